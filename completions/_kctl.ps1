
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kctl' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: id, controller and brokers; check its health')
            [CompletionResult]::new('brokers', 'brokers', [CompletionResultType]::ParameterValue, 'Brokers: list them (rack, partitions led, disk use); show one''s configs')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List and describe topics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and switch config-file contexts')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Schema Registry: list, get, register, check, compat, diff and delete schemas')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the cluster match topics.yaml (exit 3 when changes are pending)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the cluster''s topics match topics.yaml: plan, confirm, execute, report each step')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the live topics and schemas as a kctl project (topics.yaml, schemas/) whose first plan is empty')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Consumer lag per group, topic and partition (exit 3 with --fail-above when exceeded)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List and describe consumer groups; reset their committed offsets')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print a topic''s records, decoded (Avro, JSON, text, binary), from any position; never joins a group')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Send events from NDJSON (stdin or -f) or generated from the schema, Avro-encoded through the registry')
            [CompletionResult]::new('dlq', 'dlq', [CompletionResultType]::ParameterValue, 'Dead-letter queues: summarise entries, show them, replay them to their original topic')
            [CompletionResult]::new('acls', 'acls', [CompletionResultType]::ParameterValue, 'ACLs: list, create and delete them, and check who may do what')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'SCRAM users: list them, set and delete their credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;cluster' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Cluster id, controller and brokers')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Is the cluster healthy? One line per problem; exit 0 healthy, 3 unhealthy, 1 could not tell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;cluster;info' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;cluster;health' {
            [CompletionResult]::new('--expect-brokers', '--expect-brokers', [CompletionResultType]::ParameterName, 'Also a problem: fewer than N brokers alive')
            [CompletionResult]::new('--lag-above', '--lag-above', [CompletionResultType]::ParameterName, 'Also check consumer lag: a group whose total lag is above N is a problem')
            [CompletionResult]::new('--lag-for', '--lag-for', [CompletionResultType]::ParameterName, 'With --watch: a group is a problem only once its lag stayed above --lag-above this long, e.g. 5m')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Refresh every INTERVAL (default 5s; give it as --watch=10s) until Ctrl-C')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; prometheus prints gauges for a scraper or a textfile collector')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; prometheus prints gauges for a scraper or a textfile collector')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;cluster;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Cluster id, controller and brokers')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Is the cluster healthy? One line per problem; exit 0 healthy, 3 unhealthy, 1 could not tell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;cluster;help;info' {
            break
        }
        'kctl;cluster;help;health' {
            break
        }
        'kctl;cluster;help;help' {
            break
        }
        'kctl;brokers' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Brokers with host, rack, partitions led and log-dir usage')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One broker''s configs, marking which are set dynamically, statically or by default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;brokers;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;brokers;describe' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--changed', '--changed', [CompletionResultType]::ParameterName, 'Only configs not at their default (set dynamically or in server.properties)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;brokers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Brokers with host, rack, partitions led and log-dir usage')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One broker''s configs, marking which are set dynamically, statically or by default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;brokers;help;list' {
            break
        }
        'kctl;brokers;help;describe' {
            break
        }
        'kctl;brokers;help;help' {
            break
        }
        'kctl;topics' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with their partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, ISR, watermarks, messages, size) and configs of topics')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics: the plan, a confirmation, then each creation reported (as apply does)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (destructive: asks on a terminal, needs --yes otherwise; internal topics refused)')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Set topic configs or reset them to the broker default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;topics;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include internal topics (names starting with "__")')
            [CompletionResult]::new('--sizes', '--sizes', [CompletionResultType]::ParameterName, 'Also show each topic''s size on disk (leader replicas) and message count')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;topics;describe' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Read each TOPIC as a regex (unanchored) and describe every topic it matches')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;topics;create' {
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'Partitions of each [default: the broker''s num.partitions]')
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'Replicas of each partition [default: the broker''s default.replication.factor]')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'A topic config, checked as in topics.yaml, e.g. retention.ms=7d (repeatable; --config names kctl''s config file)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing (exit 3 when something would change)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;topics;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing (exit 3 when something would change)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;topics;alter-config' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a config, checked as in topics.yaml, e.g. retention.ms=7d (repeatable)')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Reset a config to the broker default (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing (exit 3 when something would change)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;topics;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with their partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, ISR, watermarks, messages, size) and configs of topics')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics: the plan, a confirmation, then each creation reported (as apply does)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (destructive: asks on a terminal, needs --yes otherwise; internal topics refused)')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Set topic configs or reset them to the broker default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;topics;help;list' {
            break
        }
        'kctl;topics;help;describe' {
            break
        }
        'kctl;topics;help;create' {
            break
        }
        'kctl;topics;help;delete' {
            break
        }
        'kctl;topics;help;alter-config' {
            break
        }
        'kctl;topics;help;help' {
            break
        }
        'kctl;config' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts in the config file; the current one is marked')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the config file with every secret redacted')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update context NAME from the connection flags given (-b, --registry, --sasl-*, --tls*, --timeout, -X)')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete context NAME (and current-context, when it names NAME)')
            [CompletionResult]::new('rename-context', 'rename-context', [CompletionResultType]::ParameterValue, 'Rename context OLD to NEW (current-context follows)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;config;get-contexts' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;config;use-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;config;view' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;config;set-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;config;delete-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;config;rename-context' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;config;help' {
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts in the config file; the current one is marked')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the config file with every secret redacted')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update context NAME from the connection flags given (-b, --registry, --sasl-*, --tls*, --timeout, -X)')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete context NAME (and current-context, when it names NAME)')
            [CompletionResult]::new('rename-context', 'rename-context', [CompletionResultType]::ParameterValue, 'Rename context OLD to NEW (current-context follows)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;config;help;get-contexts' {
            break
        }
        'kctl;config;help;use-context' {
            break
        }
        'kctl;config;help;view' {
            break
        }
        'kctl;config;help;set-context' {
            break
        }
        'kctl;config;help;delete-context' {
            break
        }
        'kctl;config;help;rename-context' {
            break
        }
        'kctl;config;help;help' {
            break
        }
        'kctl;schema' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects with their latest version, schema id and references')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A registered schema, by subject and version or by global id')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register FILE as a new version of SUBJECT (no new version if already registered)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check FILE against SUBJECT''s latest version (exit 1 when incompatible)')
            [CompletionResult]::new('compat', 'compat', [CompletionResultType]::ParameterValue, 'Show or set the compatibility level, global or of one subject')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Field-level differences between a registered version and FILE (exit 3 when they differ)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subject: soft, or for good with --permanent (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;schema;list' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only subjects whose names start with PREFIX')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;schema;get' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version number or "latest"')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Global schema id instead of a subject')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kctl;schema;register' {
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'A named type FILE uses from another subject, e.g. com.acme.Address=addresses-value:3 (VERSION may be "latest"; repeatable). Without any, the references of SUBJECT''s latest version are reused')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;schema;check' {
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'A named type FILE uses from another subject, e.g. com.acme.Address=addresses-value:3 (VERSION may be "latest"; repeatable). Without any, the references of SUBJECT''s latest version are reused')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;schema;compat' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;schema;diff' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Registered version to compare with: a number or "latest"')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'A named type FILE uses from another subject, e.g. com.acme.Address=addresses-value:3 (VERSION may be "latest"; repeatable). Without any, the references of SUBJECT''s latest version are reused')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kctl;schema;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Delete for good (soft-deleting first if needed); cannot be undone')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking; required when there is no terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking; required when there is no terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;schema;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects with their latest version, schema id and references')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A registered schema, by subject and version or by global id')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register FILE as a new version of SUBJECT (no new version if already registered)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check FILE against SUBJECT''s latest version (exit 1 when incompatible)')
            [CompletionResult]::new('compat', 'compat', [CompletionResultType]::ParameterValue, 'Show or set the compatibility level, global or of one subject')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Field-level differences between a registered version and FILE (exit 3 when they differ)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subject: soft, or for good with --permanent (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;schema;help;list' {
            break
        }
        'kctl;schema;help;get' {
            break
        }
        'kctl;schema;help;register' {
            break
        }
        'kctl;schema;help;check' {
            break
        }
        'kctl;schema;help;compat' {
            break
        }
        'kctl;schema;help;diff' {
            break
        }
        'kctl;schema;help;delete' {
            break
        }
        'kctl;schema;help;help' {
            break
        }
        'kctl;completions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--dynamic', '--dynamic', [CompletionResultType]::ParameterName, 'Print the dynamic registration instead (bash, zsh, fish, elvish, powershell): topic, group, subject and context names then come from the live cluster, as `COMPLETE=SHELL kctl` prints')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The topics file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The topics file')
            [CompletionResult]::new('--overrides', '--overrides', [CompletionResultType]::ParameterName, 'Apply this override block of the file [default: the block named like the active context, if any]')
            [CompletionResult]::new('--prune-prefix', '--prune-prefix', [CompletionResultType]::ParameterName, 'Scope of --prune: topics whose names start with PREFIX')
            [CompletionResult]::new('--prune-regex', '--prune-regex', [CompletionResultType]::ParameterName, 'Scope of --prune: topics whose whole name matches REGEX')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--no-overrides', '--no-overrides', [CompletionResultType]::ParameterName, 'Ignore the file''s override blocks, even one named like the active context')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete topics that are not in the file; needs a scope (--prune-prefix or --prune-regex)')
            [CompletionResult]::new('--prune-configs', '--prune-configs', [CompletionResultType]::ParameterName, 'Reset topic configs the file does not mention to the broker default')
            [CompletionResult]::new('--prune-acls', '--prune-acls', [CompletionResultType]::ParameterName, 'Delete ACLs the file does not declare, inside the file''s `access.prune` scope')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The topics file')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The topics file')
            [CompletionResult]::new('--overrides', '--overrides', [CompletionResultType]::ParameterName, 'Apply this override block of the file [default: the block named like the active context, if any]')
            [CompletionResult]::new('--prune-prefix', '--prune-prefix', [CompletionResultType]::ParameterName, 'Scope of --prune: topics whose names start with PREFIX')
            [CompletionResult]::new('--prune-regex', '--prune-regex', [CompletionResultType]::ParameterName, 'Scope of --prune: topics whose whole name matches REGEX')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--no-overrides', '--no-overrides', [CompletionResultType]::ParameterName, 'Ignore the file''s override blocks, even one named like the active context')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete topics that are not in the file; needs a scope (--prune-prefix or --prune-regex)')
            [CompletionResult]::new('--prune-configs', '--prune-configs', [CompletionResultType]::ParameterName, 'Reset topic configs the file does not mention to the broker default')
            [CompletionResult]::new('--prune-acls', '--prune-acls', [CompletionResultType]::ParameterName, 'Delete ACLs the file does not declare, inside the file''s `access.prune` scope')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply without asking; needed for destructive steps when there is no terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply without asking; needed for destructive steps when there is no terminal')
            [CompletionResult]::new('--continue-on-error', '--continue-on-error', [CompletionResultType]::ParameterName, 'Apply everything else when a schema is incompatible with the registry (exit 4)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;export' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory to write topics.yaml and schemas/ into (created if missing)')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory to write topics.yaml and schemas/ into (created if missing)')
            [CompletionResult]::new('--topics', '--topics', [CompletionResultType]::ParameterName, 'Export only topics whose whole name matches REGEX')
            [CompletionResult]::new('--subjects', '--subjects', [CompletionResultType]::ParameterName, 'Export only subjects whose whole name matches REGEX [default: every subject, or with --topics those of the selected topics]')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--stdout', '--stdout', [CompletionResultType]::ParameterName, 'Print topics.yaml alone to stdout (no schemas, no files written)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite files that already exist in DIR')
            [CompletionResult]::new('--include-internal', '--include-internal', [CompletionResultType]::ParameterName, 'Include internal topics (names starting with "__", and _schemas)')
            [CompletionResult]::new('--all-versions', '--all-versions', [CompletionResultType]::ParameterName, 'Also write every earlier version of each subject, under schemas/history/')
            [CompletionResult]::new('--no-schemas', '--no-schemas', [CompletionResultType]::ParameterName, 'Export topics only; do not contact the Schema Registry')
            [CompletionResult]::new('--no-acls', '--no-acls', [CompletionResultType]::ParameterName, 'Leave the cluster''s ACLs out (by default they become the `access:` block)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;lag' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only this topic (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; prometheus is the text exposition format (for a textfile collector)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; prometheus is the text exposition format (for a textfile collector)')
            [CompletionResult]::new('--fail-above', '--fail-above', [CompletionResultType]::ParameterName, 'Exit 3 when any selected group''s total lag is above N')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'With --watch: exit 3 only once a group''s lag has stayed above N this long, e.g. 5m')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Refresh every INTERVAL (default 5s; give it as --watch=10s), with consumption rate and time to catch up')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--skip-members', '--skip-members', [CompletionResultType]::ParameterName, 'Do not look up group members (no DescribeGroups): owners and member counts show as unknown')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;groups' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with their state, member count and assignment protocol')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'A group''s members, their hosts and assigned partitions')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets: a dry-run plan unless --execute')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets (destructive; a group in use is refused)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets on some topics (destructive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;groups;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--skip-members', '--skip-members', [CompletionResultType]::ParameterName, 'Do not look up group members (no DescribeGroups): member counts and protocols show as unknown')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;groups;describe' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;groups;reset-offsets' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic to reset, optionally with partitions: orders or orders:0,2 (repeatable)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'earliest (or beginning), latest (or end), an offset (1234), or a TIME (1h or -1h ago, epoch ms, 2024-05-01T12:00:00Z, a date)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Commit the new offsets (without it, only the plan is shown)')
            [CompletionResult]::new('--force-unknown-members', '--force-unknown-members', [CompletionResultType]::ParameterName, 'Execute even when kctl cannot find out whether the group has active members')
            [CompletionResult]::new('--skip-members', '--skip-members', [CompletionResultType]::ParameterName, 'Do not look up group members (no DescribeGroups); --execute then needs --force-unknown-members')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;groups;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing (exit 3 when something would change)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;groups;delete-offsets' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic, or TOPIC:P,P for some partitions (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing (exit 3 when something would change)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Go ahead without asking; needed when there is no terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with their state, member count and assignment protocol')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'A group''s members, their hosts and assigned partitions')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets: a dry-run plan unless --execute')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets (destructive; a group in use is refused)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets on some topics (destructive)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;groups;help;list' {
            break
        }
        'kctl;groups;help;describe' {
            break
        }
        'kctl;groups;help;reset-offsets' {
            break
        }
        'kctl;groups;help;delete' {
            break
        }
        'kctl;groups;help;delete-offsets' {
            break
        }
        'kctl;groups;help;help' {
            break
        }
        'kctl;tail' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to start: an offset, or a TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, 2026-11-24T10:00:00Z, 2026-11-24) [default: beginning]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Start at the last N records of each partition (instead of --from)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Start at the last N records of each partition (instead of --from)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Stop each partition at its first record later than this TIME (same forms as --from, no offset)')
            [CompletionResult]::new('--max-messages', '--max-messages', [CompletionResultType]::ParameterName, 'Stop after printing N records (of each topic, when several are read)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Read only this partition (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Read only this partition (repeatable)')
            [CompletionResult]::new('--key-format', '--key-format', [CompletionResultType]::ParameterName, 'How to read keys')
            [CompletionResult]::new('--value-format', '--value-format', [CompletionResultType]::ParameterName, 'How to read values')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--avro-json', '--avro-json', [CompletionResultType]::ParameterName, 'Avro in -o json/raw: avro = Avro''s JSON encoding (lossless, what `kctl produce` reads), plain = unions unwrapped, logical types rendered')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Print only these fields, comma-separated: topic, partition, offset, timestamp, key, value, headers, key_format, value_format, key_schema_id, value_schema_id, error, headers.NAME, key.PATH, value.PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print each record as TEMPLATE: --fields names in braces, e.g. ''{partition}:{offset} {key} {value.id}'' (\t, \n; {{ for a brace)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only records whose key is K (its bytes, or its decoded text)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Only records with this header, or with this header value (repeatable; all must match)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Only records with this header, or with this header value (repeatable; all must match)')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only records where PATH OP VALUE holds, e.g. ''value.status==SHIPPED'', ''amount>100'', ''name=~^a'' (repeatable; all must hold)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Read each TOPIC as a regex (unanchored, as grep) naming every topic it matches at start')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Keep waiting for new records instead of stopping at the end that existed at start')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep waiting for new records instead of stopping at the end that existed at start')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Removed: -f is --file in every kctl command; follow with -F/--follow')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;produce' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read events from FILE (one per line) instead of stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read events from FILE (one per line) instead of stdin')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Send one record with this value (read as one line of input would be) instead of reading input')
            [CompletionResult]::new('--value-format', '--value-format', [CompletionResultType]::ParameterName, 'Value format [default: the value subject''s (avro, json-schema or protobuf) when it exists, else json]')
            [CompletionResult]::new('--key-format', '--key-format', [CompletionResultType]::ParameterName, 'Key format [default: the key subject''s when the value uses a schema and the key subject exists, else string]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The same key for every record (JSON or text for an Avro key)')
            [CompletionResult]::new('--key-field', '--key-field', [CompletionResultType]::ParameterName, 'Take each record''s key from this dotted path in the event, e.g. customer.id')
            [CompletionResult]::new('--value-subject', '--value-subject', [CompletionResultType]::ParameterName, 'Value subject [default: TOPIC-value]')
            [CompletionResult]::new('--key-subject', '--key-subject', [CompletionResultType]::ParameterName, 'Key subject [default: TOPIC-key]')
            [CompletionResult]::new('--schema-version', '--schema-version', [CompletionResultType]::ParameterName, 'Encode with this version of the value subject instead of the latest')
            [CompletionResult]::new('--schema-id', '--schema-id', [CompletionResultType]::ParameterName, 'Encode with the schema that has this global id')
            [CompletionResult]::new('--schema-file', '--schema-file', [CompletionResultType]::ParameterName, 'Encode with the schema in FILE (.avsc Avro, .json JSON Schema, .proto Protobuf); it must be registered under the value subject (see --register)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Protobuf: the value''s message, by full name or name [default: the schema''s only top-level message]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header to every record (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header to every record (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Send every record to partition N [default: murmur2 of the key, as Java producers; random without a key]')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Send every record to partition N [default: murmur2 of the key, as Java producers; random without a key]')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Send N random events that conform to the value schema instead of reading input')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for --generate: the same seed gives the same events, byte for byte')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most R events per second')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Summary format: table (on stderr) or json/yaml (on stdout)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Summary format: table (on stderr) or json/yaml (on stdout)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--register', '--register', [CompletionResultType]::ParameterName, 'Register --schema-file under the value subject first (not with --dry-run)')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Treat every line as an envelope {"key", "value", "headers", "partition", "timestamp", ...}')
            [CompletionResult]::new('--no-envelope', '--no-envelope', [CompletionResultType]::ParameterName, 'Never treat a line as an envelope, even when it looks like one')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and encode every event; send nothing')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;dlq' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Summary of a dead-letter topic''s entries by original topic, error class and age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print entries with decoded key and value, origin and error details')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay entries to their original topic: a dry-run plan unless --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;dlq;inspect' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this DLQ partition (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only this DLQ partition (repeatable)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Only these DLQ offsets: N, N..M, N.. or ..M (inclusive), optionally P: first, e.g. 2:10..20 (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries written to the DLQ at or after TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, RFC 3339, a date)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries written to the DLQ at or before TIME (same forms as --since)')
            [CompletionResult]::new('--origin', '--origin', [CompletionResultType]::ParameterName, 'Only entries whose detected original topic is TOPIC (repeatable)')
            [CompletionResult]::new('--error-class', '--error-class', [CompletionResultType]::ParameterName, 'Only entries whose error class matches REGEX')
            [CompletionResult]::new('--error-message', '--error-message', [CompletionResultType]::ParameterName, 'Only entries whose error message matches REGEX')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only entries whose key is exactly KEY (its UTF-8 bytes)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Only entries with header NAME, or with NAME=VALUE (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Only entries with header NAME, or with NAME=VALUE (repeatable)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N entries: the first N matching, by partition then offset')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;dlq;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this DLQ partition (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only this DLQ partition (repeatable)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Only these DLQ offsets: N, N..M, N.. or ..M (inclusive), optionally P: first, e.g. 2:10..20 (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries written to the DLQ at or after TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, RFC 3339, a date)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries written to the DLQ at or before TIME (same forms as --since)')
            [CompletionResult]::new('--origin', '--origin', [CompletionResultType]::ParameterName, 'Only entries whose detected original topic is TOPIC (repeatable)')
            [CompletionResult]::new('--error-class', '--error-class', [CompletionResultType]::ParameterName, 'Only entries whose error class matches REGEX')
            [CompletionResult]::new('--error-message', '--error-message', [CompletionResultType]::ParameterName, 'Only entries whose error message matches REGEX')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only entries whose key is exactly KEY (its UTF-8 bytes)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Only entries with header NAME, or with NAME=VALUE (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Only entries with header NAME, or with NAME=VALUE (repeatable)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N entries: the first N matching, by partition then offset')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--no-decode', '--no-decode', [CompletionResultType]::ParameterName, 'Leave values as they are (text or base64) instead of decoding Confluent-framed Avro')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;dlq;replay' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this DLQ partition (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only this DLQ partition (repeatable)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Only these DLQ offsets: N, N..M, N.. or ..M (inclusive), optionally P: first, e.g. 2:10..20 (repeatable)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries written to the DLQ at or after TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, RFC 3339, a date)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries written to the DLQ at or before TIME (same forms as --since)')
            [CompletionResult]::new('--origin', '--origin', [CompletionResultType]::ParameterName, 'Only entries whose detected original topic is TOPIC (repeatable)')
            [CompletionResult]::new('--error-class', '--error-class', [CompletionResultType]::ParameterName, 'Only entries whose error class matches REGEX')
            [CompletionResult]::new('--error-message', '--error-message', [CompletionResultType]::ParameterName, 'Only entries whose error message matches REGEX')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only entries whose key is exactly KEY (its UTF-8 bytes)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Only entries with header NAME, or with NAME=VALUE (repeatable)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Only entries with header NAME, or with NAME=VALUE (repeatable)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N entries: the first N matching, by partition then offset')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Send to TOPIC instead of the detected original topic (required for entries without one)')
            [CompletionResult]::new('--max-replays', '--max-replays', [CompletionResultType]::ParameterName, 'Park, instead of replaying, entries already replayed this many times (loop guard)')
            [CompletionResult]::new('--park-topic', '--park-topic', [CompletionResultType]::ParameterName, 'Copy parked entries to TOPIC (without it they are only listed in the report)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most N records per second')
            [CompletionResult]::new('--scan-from', '--scan-from', [CompletionResultType]::ParameterName, 'Where the scan for earlier replays starts: earliest, or a TIME (beginning, 1h or -1h ago, epoch ms, RFC 3339, a date) [default: 10m before the oldest selected entry]')
            [CompletionResult]::new('--settle', '--settle', [CompletionResultType]::ParameterName, 'After the first scan, wait this long for records a killed earlier run still had in flight, then scan again')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Send the records (without it, only the plan is shown)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Choose the entries from a list showing their errors (needs a terminal)')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Choose the entries from a list showing their errors (needs a terminal)')
            [CompletionResult]::new('--transactions', '--transactions', [CompletionResultType]::ParameterName, 'Send in Kafka transactions (transactional.id kctl-dlq-replay.DLQ), fencing a killed earlier run; needs broker support')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;dlq;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Summary of a dead-letter topic''s entries by original topic, error class and age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print entries with decoded key and value, origin and error details')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay entries to their original topic: a dry-run plan unless --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;dlq;help;inspect' {
            break
        }
        'kctl;dlq;help;show' {
            break
        }
        'kctl;dlq;help;replay' {
            break
        }
        'kctl;dlq;help;help' {
            break
        }
        'kctl;acls' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cluster''s ACLs, optionally only those of a principal, resource or operation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create ACLs: a dry run unless --execute')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete ACLs: a dry run unless --execute')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Would PRINCIPAL be allowed OPERATION on RESOURCE, and which ACL decides (exit 3 when denied)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;acls;list' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Only ACLs of this principal (e.g. User:inspection-svc)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Only ACLs that apply to this resource, TYPE:NAME (literal, prefixed and wildcard patterns)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only ACLs for this operation (read, write, describe, ...)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;acls;create' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Principal, TYPE:NAME (e.g. User:inspection-svc)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource, TYPE:NAME: topic, group, cluster, transactional_id, delegation_token or user')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'How the resource name matches: literal or prefixed')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Operation (repeatable): all, read, write, create, delete, alter, describe, cluster_action, describe_configs, alter_configs, idempotent_write, create_tokens, describe_tokens')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'allow or deny')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Client host the ACL applies to')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Make the change (without it, only show what would change)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;acls;delete' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'Principal, TYPE:NAME (e.g. User:inspection-svc)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource, TYPE:NAME: topic, group, cluster, transactional_id, delegation_token or user')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'How the resource name matches: literal or prefixed')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Operation (repeatable): all, read, write, create, delete, alter, describe, cluster_action, describe_configs, alter_configs, idempotent_write, create_tokens, describe_tokens')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'allow or deny')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Client host the ACL applies to')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Make the change (without it, only show what would change)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;acls;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Check the ACLs this topics file declares instead of the cluster''s')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Check the ACLs this topics file declares instead of the cluster''s')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The client''s host (`*`: a client from a host no host-specific ACL names)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;acls;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cluster''s ACLs, optionally only those of a principal, resource or operation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create ACLs: a dry run unless --execute')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete ACLs: a dry run unless --execute')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Would PRINCIPAL be allowed OPERATION on RESOURCE, and which ACL decides (exit 3 when denied)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;acls;help;list' {
            break
        }
        'kctl;acls;help;create' {
            break
        }
        'kctl;acls;help;delete' {
            break
        }
        'kctl;acls;help;check' {
            break
        }
        'kctl;acls;help;help' {
            break
        }
        'kctl;users' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Users with SCRAM credentials: mechanisms and iterations (never a secret)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Set a user''s SCRAM password (the password from --password-env, --password-file or a prompt)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials: a dry run unless --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;users;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;users;create' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'SCRAM mechanism')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'PBKDF2 iterations (Kafka accepts 4096 to 16384)')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the password')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File holding the password (its first line)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the password of a user that already has a credential for this mechanism')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;users;delete' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'Delete only this mechanism''s credential [default: every mechanism the user has]')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--bootstrap-servers', '--bootstrap-servers', [CompletionResultType]::ParameterName, 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Use this context from the config file [env: KCTL_CONTEXT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property directly, as kcat does (repeatable)')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username')
            [CompletionResult]::new('--sasl-password-env', '--sasl-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]')
            [CompletionResult]::new('--sasl-password-file', '--sasl-password-file', [CompletionResultType]::ParameterName, 'File holding the SASL password')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with; implies --tls')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS; implies --tls')
            [CompletionResult]::new('--registry-username', '--registry-username', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth username')
            [CompletionResult]::new('--registry-password-env', '--registry-password-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]')
            [CompletionResult]::new('--registry-password-file', '--registry-password-file', [CompletionResultType]::ParameterName, 'File holding the registry password')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Delete (without it, only show what would be deleted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Connect to Kafka over TLS')
            [CompletionResult]::new('--insecure-config', '--insecure-config', [CompletionResultType]::ParameterName, 'Accept a config file that holds plaintext passwords and is readable by others')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kctl;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Users with SCRAM credentials: mechanisms and iterations (never a secret)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Set a user''s SCRAM password (the password from --password-env, --password-file or a prompt)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials: a dry run unless --execute')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;users;help;list' {
            break
        }
        'kctl;users;help;create' {
            break
        }
        'kctl;users;help;delete' {
            break
        }
        'kctl;users;help;help' {
            break
        }
        'kctl;help' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: id, controller and brokers; check its health')
            [CompletionResult]::new('brokers', 'brokers', [CompletionResultType]::ParameterValue, 'Brokers: list them (rack, partitions led, disk use); show one''s configs')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List and describe topics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and switch config-file contexts')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Schema Registry: list, get, register, check, compat, diff and delete schemas')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the cluster match topics.yaml (exit 3 when changes are pending)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the cluster''s topics match topics.yaml: plan, confirm, execute, report each step')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the live topics and schemas as a kctl project (topics.yaml, schemas/) whose first plan is empty')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Consumer lag per group, topic and partition (exit 3 with --fail-above when exceeded)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List and describe consumer groups; reset their committed offsets')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print a topic''s records, decoded (Avro, JSON, text, binary), from any position; never joins a group')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Send events from NDJSON (stdin or -f) or generated from the schema, Avro-encoded through the registry')
            [CompletionResult]::new('dlq', 'dlq', [CompletionResultType]::ParameterValue, 'Dead-letter queues: summarise entries, show them, replay them to their original topic')
            [CompletionResult]::new('acls', 'acls', [CompletionResultType]::ParameterValue, 'ACLs: list, create and delete them, and check who may do what')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'SCRAM users: list them, set and delete their credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;help;cluster' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Cluster id, controller and brokers')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Is the cluster healthy? One line per problem; exit 0 healthy, 3 unhealthy, 1 could not tell')
            break
        }
        'kctl;help;cluster;info' {
            break
        }
        'kctl;help;cluster;health' {
            break
        }
        'kctl;help;brokers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Brokers with host, rack, partitions led and log-dir usage')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'One broker''s configs, marking which are set dynamically, statically or by default')
            break
        }
        'kctl;help;brokers;list' {
            break
        }
        'kctl;help;brokers;describe' {
            break
        }
        'kctl;help;topics' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with their partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, ISR, watermarks, messages, size) and configs of topics')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics: the plan, a confirmation, then each creation reported (as apply does)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (destructive: asks on a terminal, needs --yes otherwise; internal topics refused)')
            [CompletionResult]::new('alter-config', 'alter-config', [CompletionResultType]::ParameterValue, 'Set topic configs or reset them to the broker default')
            break
        }
        'kctl;help;topics;list' {
            break
        }
        'kctl;help;topics;describe' {
            break
        }
        'kctl;help;topics;create' {
            break
        }
        'kctl;help;topics;delete' {
            break
        }
        'kctl;help;topics;alter-config' {
            break
        }
        'kctl;help;config' {
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts in the config file; the current one is marked')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the config file with every secret redacted')
            [CompletionResult]::new('set-context', 'set-context', [CompletionResultType]::ParameterValue, 'Create or update context NAME from the connection flags given (-b, --registry, --sasl-*, --tls*, --timeout, -X)')
            [CompletionResult]::new('delete-context', 'delete-context', [CompletionResultType]::ParameterValue, 'Delete context NAME (and current-context, when it names NAME)')
            [CompletionResult]::new('rename-context', 'rename-context', [CompletionResultType]::ParameterValue, 'Rename context OLD to NEW (current-context follows)')
            break
        }
        'kctl;help;config;get-contexts' {
            break
        }
        'kctl;help;config;use-context' {
            break
        }
        'kctl;help;config;view' {
            break
        }
        'kctl;help;config;set-context' {
            break
        }
        'kctl;help;config;delete-context' {
            break
        }
        'kctl;help;config;rename-context' {
            break
        }
        'kctl;help;schema' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects with their latest version, schema id and references')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A registered schema, by subject and version or by global id')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register FILE as a new version of SUBJECT (no new version if already registered)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check FILE against SUBJECT''s latest version (exit 1 when incompatible)')
            [CompletionResult]::new('compat', 'compat', [CompletionResultType]::ParameterValue, 'Show or set the compatibility level, global or of one subject')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Field-level differences between a registered version and FILE (exit 3 when they differ)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subject: soft, or for good with --permanent (asks first)')
            break
        }
        'kctl;help;schema;list' {
            break
        }
        'kctl;help;schema;get' {
            break
        }
        'kctl;help;schema;register' {
            break
        }
        'kctl;help;schema;check' {
            break
        }
        'kctl;help;schema;compat' {
            break
        }
        'kctl;help;schema;diff' {
            break
        }
        'kctl;help;schema;delete' {
            break
        }
        'kctl;help;completions' {
            break
        }
        'kctl;help;plan' {
            break
        }
        'kctl;help;apply' {
            break
        }
        'kctl;help;export' {
            break
        }
        'kctl;help;lag' {
            break
        }
        'kctl;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with their state, member count and assignment protocol')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'A group''s members, their hosts and assigned partitions')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Move a group''s committed offsets: a dry-run plan unless --execute')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete consumer groups and their committed offsets (destructive; a group in use is refused)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets on some topics (destructive)')
            break
        }
        'kctl;help;groups;list' {
            break
        }
        'kctl;help;groups;describe' {
            break
        }
        'kctl;help;groups;reset-offsets' {
            break
        }
        'kctl;help;groups;delete' {
            break
        }
        'kctl;help;groups;delete-offsets' {
            break
        }
        'kctl;help;tail' {
            break
        }
        'kctl;help;produce' {
            break
        }
        'kctl;help;dlq' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Summary of a dead-letter topic''s entries by original topic, error class and age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print entries with decoded key and value, origin and error details')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Replay entries to their original topic: a dry-run plan unless --execute')
            break
        }
        'kctl;help;dlq;inspect' {
            break
        }
        'kctl;help;dlq;show' {
            break
        }
        'kctl;help;dlq;replay' {
            break
        }
        'kctl;help;acls' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cluster''s ACLs, optionally only those of a principal, resource or operation')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create ACLs: a dry run unless --execute')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete ACLs: a dry run unless --execute')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Would PRINCIPAL be allowed OPERATION on RESOURCE, and which ACL decides (exit 3 when denied)')
            break
        }
        'kctl;help;acls;list' {
            break
        }
        'kctl;help;acls;create' {
            break
        }
        'kctl;help;acls;delete' {
            break
        }
        'kctl;help;acls;check' {
            break
        }
        'kctl;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Users with SCRAM credentials: mechanisms and iterations (never a secret)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Set a user''s SCRAM password (the password from --password-env, --password-file or a prompt)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials: a dry run unless --execute')
            break
        }
        'kctl;help;users;list' {
            break
        }
        'kctl;help;users;create' {
            break
        }
        'kctl;help;users;delete' {
            break
        }
        'kctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
