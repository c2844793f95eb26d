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
complete -c kctl -n "__fish_kctl_needs_command" -f -a "cluster" -d 'Show the cluster: id, controller and brokers'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "topics" -d 'List and describe topics'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "config" -d 'Show and switch config-file contexts'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -f -a "info" -d 'Cluster id, controller and brokers'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and not __fish_seen_subcommand_from info help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "info" -d 'Cluster id, controller and brokers'
complete -c kctl -n "__fish_kctl_using_subcommand cluster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -f -a "describe" -d 'Partitions (leader, replicas, in-sync replicas) and configs of one topic'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and not __fish_seen_subcommand_from list describe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Partitions (leader, replicas, in-sync replicas) and configs of one topic'
complete -c kctl -n "__fish_kctl_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -s b -l bootstrap-servers -d 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l registry -d 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l context -d 'Use this context from the config file [env: KCTL_CONTEXT]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l config -d 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -s X -d 'Set a librdkafka property directly, as kcat does (repeatable)' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l sasl-mechanism -d 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l sasl-username -d 'SASL username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l sasl-password-env -d 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l sasl-password-file -d 'File holding the SASL password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l tls-ca -d 'CA certificate (PEM) to verify the brokers with; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l tls-cert -d 'Client certificate (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l tls-key -d 'Client private key (PEM) for mutual TLS; implies --tls' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l registry-username -d 'Schema Registry basic-auth username' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l registry-password-env -d 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l registry-password-file -d 'File holding the registry password' -r -F
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l timeout -d 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms' -r
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -f -a "get-contexts" -d 'List the contexts in the config file; the current one is marked'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -f -a "use-context" -d 'Make NAME the current context'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -f -a "view" -d 'Print the config file with every secret redacted'
complete -c kctl -n "__fish_kctl_using_subcommand config; and not __fish_seen_subcommand_from get-contexts use-context view help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get-contexts" -d 'List the contexts in the config file; the current one is marked'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use-context" -d 'Make NAME the current context'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Print the config file with every secret redacted'
complete -c kctl -n "__fish_kctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l tls -d 'Connect to Kafka over TLS'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -l insecure-config -d 'Accept a config file that holds plaintext passwords and is readable by others'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s v -l verbose -d 'More logging on stderr (-v: kctl\'s steps, -vv: librdkafka\'s logs too)'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kctl -n "__fish_kctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster topics config completions help" -f -a "cluster" -d 'Show the cluster: id, controller and brokers'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster topics config completions help" -f -a "topics" -d 'List and describe topics'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster topics config completions help" -f -a "config" -d 'Show and switch config-file contexts'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster topics config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c kctl -n "__fish_kctl_using_subcommand help; and not __fish_seen_subcommand_from cluster topics config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from cluster" -f -a "info" -d 'Cluster id, controller and brokers'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'List topics with their partition count and replication factor'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "describe" -d 'Partitions (leader, replicas, in-sync replicas) and configs of one topic'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get-contexts" -d 'List the contexts in the config file; the current one is marked'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use-context" -d 'Make NAME the current context'
complete -c kctl -n "__fish_kctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Print the config file with every secret redacted'
