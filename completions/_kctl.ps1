
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
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: id, controller and brokers')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List and describe topics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and switch config-file contexts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
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
        'kctl;cluster;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Cluster id, controller and brokers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;cluster;help;info' {
            break
        }
        'kctl;cluster;help;help' {
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
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, in-sync replicas) and configs of one topic')
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
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, in-sync replicas) and configs of one topic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;topics;help;list' {
            break
        }
        'kctl;topics;help;describe' {
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
        'kctl;config;help;help' {
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
        'kctl;help' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: id, controller and brokers')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List and describe topics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and switch config-file contexts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kctl;help;cluster' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Cluster id, controller and brokers')
            break
        }
        'kctl;help;cluster;info' {
            break
        }
        'kctl;help;topics' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with their partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions (leader, replicas, in-sync replicas) and configs of one topic')
            break
        }
        'kctl;help;topics;list' {
            break
        }
        'kctl;help;topics;describe' {
            break
        }
        'kctl;help;config' {
            [CompletionResult]::new('get-contexts', 'get-contexts', [CompletionResultType]::ParameterValue, 'List the contexts in the config file; the current one is marked')
            [CompletionResult]::new('use-context', 'use-context', [CompletionResultType]::ParameterValue, 'Make NAME the current context')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the config file with every secret redacted')
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
        'kctl;help;completions' {
            break
        }
        'kctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
