# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kctl_global_optspecs
    string join \n b/bootstrap-servers= registry= context= config= X= sasl-mechanism= sasl-username= sasl-password-env= sasl-password-file= tls tls-ca= tls-cert= tls-key= registry-username= registry-password-env= registry-password-file= timeout= insecure-config v/verbose h/help V/version
end

function __fish_kctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kctl_using_subcommand
    set -l cmd (__fish_kctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kctl -n "__fish_kctl_needs_command" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_needs_command" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_needs_command" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_needs_command" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_needs_command" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_needs_command" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_needs_command" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_needs_command" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_needs_command" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_needs_command" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_needs_command" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_needs_command" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_needs_command" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_needs_command" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_needs_command" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_needs_command" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "cluster" -d 'Show the cluster: id, controller and brokers; check its health'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "brokers" -d 'Brokers: list them (rack, partitions led, disk use); show one\'s configs'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "topics" -d 'List and describe topics'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "config" -d 'Show and switch config-file contexts'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "schema" -d 'Schema Registry: list, get, register, check, compat, diff and delete schemas'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "plan" -d 'Show what `apply` would change to make the cluster match topics.yaml (exit 3 when changes are pending)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "apply" -d 'Make the cluster\'s topics match topics.yaml: plan, confirm, execute, report each step'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "export" -d 'Write the live topics and schemas as a kctl project (topics.yaml, schemas/) whose first plan is empty'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "lag" -d 'Consumer lag per group, topic and partition (exit 3 with --fail-above when exceeded)'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "groups" -d 'List and describe consumer groups; reset their committed offsets'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "tail" -d 'Print a topic\'s records, decoded (Avro, JSON, text, binary), from any position; never joins a group'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "produce" -d 'Send events from NDJSON (stdin or -f) or generated from the schema, Avro-encoded through the registry'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "dlq" -d 'Dead-letter queues: summarise entries, show them, replay them to their original topic'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "acls" -d 'ACLs: list, create and delete them, and check who may do what'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "users" -d 'SCRAM users: list them, set and delete their credentials'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -f -a "info" -d 'Cluster id, controller and brokers'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -f -a "health" -d 'Is the cluster healthy? One line per problem; exit 0 healthy, 3 unhealthy, 1 could not tell'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info health help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l expect-brokers -d 'Also a problem: fewer than N brokers alive' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l lag-above -d 'Also check consumer lag: a group whose total lag is above N is a problem' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l lag-for -d 'With --watch: a group is a problem only once its lag stayed above --lag-above this long, e.g. 5m' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l watch -d 'Refresh every INTERVAL (default 5s; give it as --watch=10s) until Ctrl-C' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -s o -l output -d 'Output format; prometheus prints gauges for a scraper or a textfile collector' -r -f -a "table\t''
json\t''
yaml\t''
prometheus\t''"
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "info" -d 'Cluster id, controller and brokers'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "health" -d 'Is the cluster healthy? One line per problem; exit 0 healthy, 3 unhealthy, 1 could not tell'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -f -a "list" -d 'Brokers with host, rack, partitions led and log-dir usage'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -f -a "describe" -d 'One broker\'s configs, marking which are set dynamically, statically or by default'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and not __fish_seen_subcommand_from list describe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l changed -d 'Only configs not at their default (set dynamically or in server.properties)'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from help" -f -a "list" -d 'Brokers with host, rack, partitions led and log-dir usage'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from help" -f -a "describe" -d 'One broker\'s configs, marking which are set dynamically, statically or by default'
complete -c kctl -n "__fish_kctl_using_subcommand brokers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -f -a "describe" -d 'Partitions (leader, replicas, ISR, watermarks, messages, size) and configs of topics'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -f -a "create" -d 'Create topics: the plan, a confirmation, then each creation reported (as apply does)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -f -a "delete" -d 'Delete topics (destructive: asks on a terminal, needs --yes otherwise; internal topics refused)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -f -a "alter-config" -d 'Set topic configs or reset them to the broker default'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe create delete alter-config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l all -d 'Include internal topics (names starting with "__")'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l sizes -d 'Also show each topic\'s size on disk (leader replicas) and message count'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l regex -d 'Read each TOPIC as a regex (unanchored) and describe every topic it matches'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l partitions -d 'Partitions of each [default: the broker\'s num.partitions]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l replication-factor -d 'Replicas of each partition [default: the broker\'s default.replication.factor]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l set -d 'A topic config, checked as in topics.yaml, e.g. retention.ms=7d (repeatable; --config names kctl\'s config file)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the plan and change nothing (exit 3 when something would change)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s y -l yes -d 'Go ahead without asking; needed when there is no terminal'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show the plan and change nothing (exit 3 when something would change)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Go ahead without asking; needed when there is no terminal'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l set -d 'Set a config, checked as in topics.yaml, e.g. retention.ms=7d (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l delete -d 'Reset a config to the broker default (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l dry-run -d 'Show the plan and change nothing (exit 3 when something would change)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s y -l yes -d 'Go ahead without asking; needed when there is no terminal'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from alter-config" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Partitions (leader, replicas, ISR, watermarks, messages, size) and configs of topics'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create topics: the plan, a confirmation, then each creation reported (as apply does)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete topics (destructive: asks on a terminal, needs --yes otherwise; internal topics refused)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "alter-config" -d 'Set topic configs or reset them to the broker default'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -f -a "get-contexts" -d 'List the contexts in the config file; the current one is marked'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -f -a "use-context" -d 'Make NAME the current context'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -f -a "view" -d 'Print the config file with every secret redacted'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -f -a "set-context" -d 'Create or update context NAME from the connection flags given (-b, --registry, --sasl-*, --tls*, --timeout, -X)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -f -a "delete-context" -d 'Delete context NAME (and current-context, when it names NAME)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -f -a "rename-context" -d 'Rename context OLD to NEW (current-context follows)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view set-context delete-context rename-context help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from get-contexts" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from use-context" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format' -r -f -a "yaml\t''
json\t''"
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from set-context" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from delete-context" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from rename-context" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-contexts" -d 'List the contexts in the config file; the current one is marked'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use-context" -d 'Make NAME the current context'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Print the config file with every secret redacted'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set-context" -d 'Create or update context NAME from the connection flags given (-b, --registry, --sasl-*, --tls*, --timeout, -X)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete-context" -d 'Delete context NAME (and current-context, when it names NAME)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "rename-context" -d 'Rename context OLD to NEW (current-context follows)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "list" -d 'Subjects with their latest version, schema id and references'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "get" -d 'A registered schema, by subject and version or by global id'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "register" -d 'Register FILE as a new version of SUBJECT (no new version if already registered)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "check" -d 'Check FILE against SUBJECT\'s latest version (exit 1 when incompatible)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "compat" -d 'Show or set the compatibility level, global or of one subject'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "diff" -d 'Field-level differences between a registered version and FILE (exit 3 when they differ)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "delete" -d 'Delete a subject: soft, or for good with --permanent (asks first)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and not __fish_seen_subcommand_from list get register check compat diff delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l prefix -d 'Only subjects whose names start with PREFIX' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l version -d 'Version number or "latest"' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l id -d 'Global schema id instead of a subject' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l reference -d 'A named type FILE uses from another subject, e.g. com.acme.Address=addresses-value:3 (VERSION may be "latest"; repeatable). Without any, the references of SUBJECT\'s latest version are reused' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l reference -d 'A named type FILE uses from another subject, e.g. com.acme.Address=addresses-value:3 (VERSION may be "latest"; repeatable). Without any, the references of SUBJECT\'s latest version are reused' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from compat" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l version -d 'Registered version to compare with: a number or "latest"' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l reference -d 'A named type FILE uses from another subject, e.g. com.acme.Address=addresses-value:3 (VERSION may be "latest"; repeatable). Without any, the references of SUBJECT\'s latest version are reused' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l permanent -d 'Delete for good (soft-deleting first if needed); cannot be undone'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking; required when there is no terminal'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "list" -d 'Subjects with their latest version, schema id and references'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "get" -d 'A registered schema, by subject and version or by global id'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register FILE as a new version of SUBJECT (no new version if already registered)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check FILE against SUBJECT\'s latest version (exit 1 when incompatible)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "compat" -d 'Show or set the compatibility level, global or of one subject'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Field-level differences between a registered version and FILE (exit 3 when they differ)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a subject: soft, or for good with --permanent (asks first)'
complete -c kctl -n "__fish_kctl_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l dynamic -d 'Print the dynamic registration instead (bash, zsh, fish, elvish, powershell): topic, group, subject and context names then come from the live cluster, as `COMPLETE=SHELL kctl` prints'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -s f -l file -d 'The topics file' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l overrides -d 'Apply this override block of the file [default: the block named like the active context, if any]' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l prune-prefix -d 'Scope of --prune: topics whose names start with PREFIX' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l prune-regex -d 'Scope of --prune: topics whose whole name matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand plan" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand plan" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l no-overrides -d 'Ignore the file\'s override blocks, even one named like the active context'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l prune -d 'Delete topics that are not in the file; needs a scope (--prune-prefix or --prune-regex)'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l prune-configs -d 'Reset topic configs the file does not mention to the broker default'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l prune-acls -d 'Delete ACLs the file does not declare, inside the file\'s `access.prune` scope'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand plan" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s f -l file -d 'The topics file' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l overrides -d 'Apply this override block of the file [default: the block named like the active context, if any]' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l prune-prefix -d 'Scope of --prune: topics whose names start with PREFIX' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l prune-regex -d 'Scope of --prune: topics whose whole name matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l no-overrides -d 'Ignore the file\'s override blocks, even one named like the active context'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l prune -d 'Delete topics that are not in the file; needs a scope (--prune-prefix or --prune-regex)'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l prune-configs -d 'Reset topic configs the file does not mention to the broker default'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l prune-acls -d 'Delete ACLs the file does not declare, inside the file\'s `access.prune` scope'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s y -l yes -d 'Apply without asking; needed for destructive steps when there is no terminal'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l continue-on-error -d 'Apply everything else when a schema is incompatible with the registry (exit 4)'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand export" -s d -l dir -d 'Directory to write topics.yaml and schemas/ into (created if missing)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand export" -l topics -d 'Export only topics whose whole name matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l subjects -d 'Export only subjects whose whole name matches REGEX [default: every subject, or with --topics those of the selected topics]' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand export" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand export" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand export" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand export" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand export" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand export" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand export" -l stdout -d 'Print topics.yaml alone to stdout (no schemas, no files written)'
complete -c kctl -n "__fish_kctl_using_subcommand export" -l force -d 'Overwrite files that already exist in DIR'
complete -c kctl -n "__fish_kctl_using_subcommand export" -l include-internal -d 'Include internal topics (names starting with "__", and _schemas)'
complete -c kctl -n "__fish_kctl_using_subcommand export" -l all-versions -d 'Also write every earlier version of each subject, under schemas/history/'
complete -c kctl -n "__fish_kctl_using_subcommand export" -l no-schemas -d 'Export topics only; do not contact the Schema Registry'
complete -c kctl -n "__fish_kctl_using_subcommand export" -l no-acls -d 'Leave the cluster\'s ACLs out (by default they become the `access:` block)'
complete -c kctl -n "__fish_kctl_using_subcommand export" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand export" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand export" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand export" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand export" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l topic -d 'Only this topic (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -s o -l output -d 'Output format; prometheus is the text exposition format (for a textfile collector)' -r -f -a "table\t''
json\t''
yaml\t''
prometheus\t''"
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l fail-above -d 'Exit 3 when any selected group\'s total lag is above N' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l for -d 'With --watch: exit 3 only once a group\'s lag has stayed above N this long, e.g. 5m' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l watch -d 'Refresh every INTERVAL (default 5s; give it as --watch=10s), with consumption rate and time to catch up' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand lag" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l skip-members -d 'Do not look up group members (no DescribeGroups): owners and member counts show as unknown'
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand lag" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand lag" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand lag" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand lag" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -f -a "list" -d 'Consumer groups with their state, member count and assignment protocol'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -f -a "describe" -d 'A group\'s members, their hosts and assigned partitions'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets: a dry-run plan unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -f -a "delete" -d 'Delete consumer groups and their committed offsets (destructive; a group in use is refused)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets on some topics (destructive)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and not __fish_seen_subcommand_from list describe reset-offsets delete delete-offsets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l skip-members -d 'Do not look up group members (no DescribeGroups): member counts and protocols show as unknown'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l topic -d 'Topic to reset, optionally with partitions: orders or orders:0,2 (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l to -d 'earliest (or beginning), latest (or end), an offset (1234), or a TIME (1h or -1h ago, epoch ms, 2024-05-01T12:00:00Z, a date)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l execute -d 'Commit the new offsets (without it, only the plan is shown)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l force-unknown-members -d 'Execute even when kctl cannot find out whether the group has active members'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l skip-members -d 'Do not look up group members (no DescribeGroups); --execute then needs --force-unknown-members'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from reset-offsets" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show the plan and change nothing (exit 3 when something would change)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Go ahead without asking; needed when there is no terminal'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l topic -d 'Topic, or TOPIC:P,P for some partitions (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l dry-run -d 'Show the plan and change nothing (exit 3 when something would change)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -s y -l yes -d 'Go ahead without asking; needed when there is no terminal'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from delete-offsets" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'Consumer groups with their state, member count and assignment protocol'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "describe" -d 'A group\'s members, their hosts and assigned partitions'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "reset-offsets" -d 'Move a group\'s committed offsets: a dry-run plan unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete consumer groups and their committed offsets (destructive; a group in use is refused)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets on some topics (destructive)'
complete -c kctl -n "__fish_kctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l from -d 'Where to start: an offset, or a TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, 2026-11-24T10:00:00Z, 2026-11-24) [default: beginning]' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s n -l last -d 'Start at the last N records of each partition (instead of --from)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l until -d 'Stop each partition at its first record later than this TIME (same forms as --from, no offset)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l max-messages -d 'Stop after printing N records (of each topic, when several are read)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s p -l partition -d 'Read only this partition (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l key-format -d 'How to read keys' -r -f -a "auto\t'Confluent-framed Avro, JSON Schema or Protobuf (by the schema id), else UTF-8 text (JSON included), else base64'
avro\t''
json-schema\t'Confluent-framed JSON of a registered JSON Schema'
protobuf\t'Confluent-framed Protobuf, shown in the proto3 JSON mapping'
json\t''
string\t'UTF-8 text'
base64\t''"
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l value-format -d 'How to read values' -r -f -a "auto\t'Confluent-framed Avro, JSON Schema or Protobuf (by the schema id), else UTF-8 text (JSON included), else base64'
avro\t''
json-schema\t'Confluent-framed JSON of a registered JSON Schema'
protobuf\t'Confluent-framed Protobuf, shown in the proto3 JSON mapping'
json\t''
string\t'UTF-8 text'
base64\t''"
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s o -l output -d 'Output format' -r -f -a "pretty\t'For people: time, partition, offset, key, headers, the value pretty-printed'
json\t'One JSON envelope per line (what `kctl produce` reads)'
yaml\t'One YAML document (---) per record, the same fields as json'
raw\t'Values only, one per line'"
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l avro-json -d 'Avro in -o json/raw: avro = Avro\'s JSON encoding (lossless, what `kctl produce` reads), plain = unions unwrapped, logical types rendered' -r -f -a "avro\t''
plain\t''"
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l fields -d 'Print only these fields, comma-separated: topic, partition, offset, timestamp, key, value, headers, key_format, value_format, key_schema_id, value_schema_id, error, headers.NAME, key.PATH, value.PATH' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l format -d 'Print each record as TEMPLATE: --fields names in braces, e.g. \'{partition}:{offset} {key} {value.id}\' (\\t, \\n; {{ for a brace)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l key -d 'Only records whose key is K (its bytes, or its decoded text)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s H -l header -d 'Only records with this header, or with this header value (repeatable; all must match)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l where -d 'Only records where PATH OP VALUE holds, e.g. \'value.status==SHIPPED\', \'amount>100\', \'name=~^a\' (repeatable; all must hold)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l regex -d 'Read each TOPIC as a regex (unanchored, as grep) naming every topic it matches at start'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s F -l follow -d 'Keep waiting for new records instead of stopping at the end that existed at start'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s f -d 'Removed: -f is --file in every kctl command; follow with -F/--follow'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kctl -n "__fish_kctl_using_subcommand tail" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s f -l file -d 'Read events from FILE (one per line) instead of stdin' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l value -d 'Send one record with this value (read as one line of input would be) instead of reading input' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l value-format -d 'Value format [default: the value subject\'s (avro, json-schema or protobuf) when it exists, else json]' -r -f -a "avro\t'Confluent wire format with a registered Avro schema'
json-schema\t'Confluent wire format with a registered JSON Schema (validated JSON)'
protobuf\t'Confluent wire format with a registered Protobuf schema (proto3 JSON mapping in the input)'
json\t'JSON text'
string\t'UTF-8 text, each line as is'
bytes\t'Raw bytes, base64 in the input'"
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l key-format -d 'Key format [default: the key subject\'s when the value uses a schema and the key subject exists, else string]' -r -f -a "avro\t'Confluent wire format with a registered Avro schema'
json-schema\t'Confluent wire format with a registered JSON Schema (validated JSON)'
protobuf\t'Confluent wire format with a registered Protobuf schema (proto3 JSON mapping in the input)'
json\t'JSON text'
string\t'UTF-8 text, each line as is'
bytes\t'Raw bytes, base64 in the input'"
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l key -d 'The same key for every record (JSON or text for an Avro key)' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l key-field -d 'Take each record\'s key from this dotted path in the event, e.g. customer.id' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l value-subject -d 'Value subject [default: TOPIC-value]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l key-subject -d 'Key subject [default: TOPIC-key]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l schema-version -d 'Encode with this version of the value subject instead of the latest' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l schema-id -d 'Encode with the schema that has this global id' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l schema-file -d 'Encode with the schema in FILE (.avsc Avro, .json JSON Schema, .proto Protobuf); it must be registered under the value subject (see --register)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l message -d 'Protobuf: the value\'s message, by full name or name [default: the schema\'s only top-level message]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s H -l header -d 'Add a header to every record (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s p -l partition -d 'Send every record to partition N [default: murmur2 of the key, as Java producers; random without a key]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l generate -d 'Send N random events that conform to the value schema instead of reading input' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l seed -d 'Seed for --generate: the same seed gives the same events, byte for byte' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l rate -d 'Send at most R events per second' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s o -l output -d 'Summary format: table (on stderr) or json/yaml (on stdout)' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l register -d 'Register --schema-file under the value subject first (not with --dry-run)'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l envelope -d 'Treat every line as an envelope {"key", "value", "headers", "partition", "timestamp", ...}'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l no-envelope -d 'Never treat a line as an envelope, even when it looks like one'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l dry-run -d 'Validate and encode every event; send nothing'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kctl -n "__fish_kctl_using_subcommand produce" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -f -a "inspect" -d 'Summary of a dead-letter topic\'s entries by original topic, error class and age'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -f -a "show" -d 'Print entries with decoded key and value, origin and error details'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -f -a "replay" -d 'Replay entries to their original topic: a dry-run plan unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and not __fish_seen_subcommand_from inspect show replay help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s p -l partition -d 'Only this DLQ partition (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l offset -d 'Only these DLQ offsets: N, N..M, N.. or ..M (inclusive), optionally P: first, e.g. 2:10..20 (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l since -d 'Only entries written to the DLQ at or after TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, RFC 3339, a date)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l until -d 'Only entries written to the DLQ at or before TIME (same forms as --since)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l origin -d 'Only entries whose detected original topic is TOPIC (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l error-class -d 'Only entries whose error class matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l error-message -d 'Only entries whose error message matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l key -d 'Only entries whose key is exactly KEY (its UTF-8 bytes)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s H -l header -d 'Only entries with header NAME, or with NAME=VALUE (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l limit -d 'At most N entries: the first N matching, by partition then offset' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s p -l partition -d 'Only this DLQ partition (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l offset -d 'Only these DLQ offsets: N, N..M, N.. or ..M (inclusive), optionally P: first, e.g. 2:10..20 (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l since -d 'Only entries written to the DLQ at or after TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, RFC 3339, a date)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l until -d 'Only entries written to the DLQ at or before TIME (same forms as --since)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l origin -d 'Only entries whose detected original topic is TOPIC (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l error-class -d 'Only entries whose error class matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l error-message -d 'Only entries whose error message matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l key -d 'Only entries whose key is exactly KEY (its UTF-8 bytes)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s H -l header -d 'Only entries with header NAME, or with NAME=VALUE (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l limit -d 'At most N entries: the first N matching, by partition then offset' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l no-decode -d 'Leave values as they are (text or base64) instead of decoding Confluent-framed Avro'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s p -l partition -d 'Only this DLQ partition (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l offset -d 'Only these DLQ offsets: N, N..M, N.. or ..M (inclusive), optionally P: first, e.g. 2:10..20 (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l since -d 'Only entries written to the DLQ at or after TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, RFC 3339, a date)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l until -d 'Only entries written to the DLQ at or before TIME (same forms as --since)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l origin -d 'Only entries whose detected original topic is TOPIC (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l error-class -d 'Only entries whose error class matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l error-message -d 'Only entries whose error message matches REGEX' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l key -d 'Only entries whose key is exactly KEY (its UTF-8 bytes)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s H -l header -d 'Only entries with header NAME, or with NAME=VALUE (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l limit -d 'At most N entries: the first N matching, by partition then offset' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l to -d 'Send to TOPIC instead of the detected original topic (required for entries without one)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l max-replays -d 'Park, instead of replaying, entries already replayed this many times (loop guard)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l park-topic -d 'Copy parked entries to TOPIC (without it they are only listed in the report)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l rate -d 'Send at most N records per second' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l scan-from -d 'Where the scan for earlier replays starts: earliest, or a TIME (beginning, 1h or -1h ago, epoch ms, RFC 3339, a date) [default: 10m before the oldest selected entry]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l settle -d 'After the first scan, wait this long for records a killed earlier run still had in flight, then scan again' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l execute -d 'Send the records (without it, only the plan is shown)'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s y -l yes -d 'Do not ask for confirmation on a terminal'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s i -l interactive -d 'Choose the entries from a list showing their errors (needs a terminal)'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l transactions -d 'Send in Kafka transactions (transactional.id kctl-dlq-replay.DLQ), fencing a killed earlier run; needs broker support'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Summary of a dead-letter topic\'s entries by original topic, error class and age'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print entries with decoded key and value, origin and error details'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Replay entries to their original topic: a dry-run plan unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand dlq; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -f -a "list" -d 'List the cluster\'s ACLs, optionally only those of a principal, resource or operation'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -f -a "create" -d 'Create ACLs: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -f -a "delete" -d 'Delete ACLs: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -f -a "check" -d 'Would PRINCIPAL be allowed OPERATION on RESOURCE, and which ACL decides (exit 3 when denied)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and not __fish_seen_subcommand_from list create delete check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l principal -d 'Only ACLs of this principal (e.g. User:inspection-svc)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l resource -d 'Only ACLs that apply to this resource, TYPE:NAME (literal, prefixed and wildcard patterns)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l operation -d 'Only ACLs for this operation (read, write, describe, ...)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l principal -d 'Principal, TYPE:NAME (e.g. User:inspection-svc)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l resource -d 'Resource, TYPE:NAME: topic, group, cluster, transactional_id, delegation_token or user' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l pattern -d 'How the resource name matches: literal or prefixed' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l operation -d 'Operation (repeatable): all, read, write, create, delete, alter, describe, cluster_action, describe_configs, alter_configs, idempotent_write, create_tokens, describe_tokens' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l permission -d 'allow or deny' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l host -d 'Client host the ACL applies to' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l execute -d 'Make the change (without it, only show what would change)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not ask for confirmation on a terminal'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l principal -d 'Principal, TYPE:NAME (e.g. User:inspection-svc)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l resource -d 'Resource, TYPE:NAME: topic, group, cluster, transactional_id, delegation_token or user' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l pattern -d 'How the resource name matches: literal or prefixed' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l operation -d 'Operation (repeatable): all, read, write, create, delete, alter, describe, cluster_action, describe_configs, alter_configs, idempotent_write, create_tokens, describe_tokens' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l permission -d 'allow or deny' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l host -d 'Client host the ACL applies to' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l execute -d 'Make the change (without it, only show what would change)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation on a terminal'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -s f -l file -d 'Check the ACLs this topics file declares instead of the cluster\'s' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l host -d 'The client\'s host (`*`: a client from a host no host-specific ACL names)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the cluster\'s ACLs, optionally only those of a principal, resource or operation'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create ACLs: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete ACLs: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "check" -d 'Would PRINCIPAL be allowed OPERATION on RESOURCE, and which ACL decides (exit 3 when denied)'
complete -c kctl -n "__fish_kctl_using_subcommand acls; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "list" -d 'Users with SCRAM credentials: mechanisms and iterations (never a secret)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "create" -d 'Set a user\'s SCRAM password (the password from --password-env, --password-file or a prompt)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l mechanism -d 'SCRAM mechanism' -r -f -a "SCRAM-SHA-256\t''
SCRAM-SHA-512\t''"
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l iterations -d 'PBKDF2 iterations (Kafka accepts 4096 to 16384)' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l password-env -d 'Name of the environment variable holding the password' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l password-file -d 'File holding the password (its first line)' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l replace -d 'Replace the password of a user that already has a credential for this mechanism'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l mechanism -d 'Delete only this mechanism\'s credential [default: every mechanism the user has]' -r -f -a "SCRAM-SHA-256\t''
SCRAM-SHA-512\t''"
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l execute -d 'Delete (without it, only show what would be deleted)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation on a terminal'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'Users with SCRAM credentials: mechanisms and iterations (never a secret)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Set a user\'s SCRAM password (the password from --password-env, --password-file or a prompt)'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "cluster" -d 'Show the cluster: id, controller and brokers; check its health'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "brokers" -d 'Brokers: list them (rack, partitions led, disk use); show one\'s configs'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "topics" -d 'List and describe topics'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "config" -d 'Show and switch config-file contexts'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "schema" -d 'Schema Registry: list, get, register, check, compat, diff and delete schemas'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "plan" -d 'Show what `apply` would change to make the cluster match topics.yaml (exit 3 when changes are pending)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "apply" -d 'Make the cluster\'s topics match topics.yaml: plan, confirm, execute, report each step'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "export" -d 'Write the live topics and schemas as a kctl project (topics.yaml, schemas/) whose first plan is empty'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "lag" -d 'Consumer lag per group, topic and partition (exit 3 with --fail-above when exceeded)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "groups" -d 'List and describe consumer groups; reset their committed offsets'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "tail" -d 'Print a topic\'s records, decoded (Avro, JSON, text, binary), from any position; never joins a group'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "produce" -d 'Send events from NDJSON (stdin or -f) or generated from the schema, Avro-encoded through the registry'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "dlq" -d 'Dead-letter queues: summarise entries, show them, replay them to their original topic'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "acls" -d 'ACLs: list, create and delete them, and check who may do what'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "users" -d 'SCRAM users: list them, set and delete their credentials'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster brokers topics config schema completions plan apply export lag groups tail produce dlq acls users help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "info" -d 'Cluster id, controller and brokers'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "health" -d 'Is the cluster healthy? One line per problem; exit 0 healthy, 3 unhealthy, 1 could not tell'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from brokers" -f -a "list" -d 'Brokers with host, rack, partitions led and log-dir usage'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from brokers" -f -a "describe" -d 'One broker\'s configs, marking which are set dynamically, statically or by default'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "describe" -d 'Partitions (leader, replicas, ISR, watermarks, messages, size) and configs of topics'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "create" -d 'Create topics: the plan, a confirmation, then each creation reported (as apply does)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "delete" -d 'Delete topics (destructive: asks on a terminal, needs --yes otherwise; internal topics refused)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "alter-config" -d 'Set topic configs or reset them to the broker default'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-contexts" -d 'List the contexts in the config file; the current one is marked'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use-context" -d 'Make NAME the current context'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Print the config file with every secret redacted'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set-context" -d 'Create or update context NAME from the connection flags given (-b, --registry, --sasl-*, --tls*, --timeout, -X)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete-context" -d 'Delete context NAME (and current-context, when it names NAME)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "rename-context" -d 'Rename context OLD to NEW (current-context follows)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "list" -d 'Subjects with their latest version, schema id and references'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "get" -d 'A registered schema, by subject and version or by global id'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "register" -d 'Register FILE as a new version of SUBJECT (no new version if already registered)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "check" -d 'Check FILE against SUBJECT\'s latest version (exit 1 when incompatible)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "compat" -d 'Show or set the compatibility level, global or of one subject'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "diff" -d 'Field-level differences between a registered version and FILE (exit 3 when they differ)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "delete" -d 'Delete a subject: soft, or for good with --permanent (asks first)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'Consumer groups with their state, member count and assignment protocol'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "describe" -d 'A group\'s members, their hosts and assigned partitions'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "reset-offsets" -d 'Move a group\'s committed offsets: a dry-run plan unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete consumer groups and their committed offsets (destructive; a group in use is refused)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets on some topics (destructive)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from dlq" -f -a "inspect" -d 'Summary of a dead-letter topic\'s entries by original topic, error class and age'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from dlq" -f -a "show" -d 'Print entries with decoded key and value, origin and error details'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from dlq" -f -a "replay" -d 'Replay entries to their original topic: a dry-run plan unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "list" -d 'List the cluster\'s ACLs, optionally only those of a principal, resource or operation'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "create" -d 'Create ACLs: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "delete" -d 'Delete ACLs: a dry run unless --execute'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from acls" -f -a "check" -d 'Would PRINCIPAL be allowed OPERATION on RESOURCE, and which ACL decides (exit 3 when denied)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'Users with SCRAM credentials: mechanisms and iterations (never a secret)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Set a user\'s SCRAM password (the password from --password-env, --password-file or a prompt)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user\'s SCRAM credentials: a dry run unless --execute'
