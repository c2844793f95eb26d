
use builtin;
use str;

set edit:completion:arg-completer[kctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kctl'= {
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand cluster 'Show the cluster: id, controller and brokers'
            cand topics 'List and describe topics'
            cand config 'Show and switch config-file contexts'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;cluster'= {
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand info 'Cluster id, controller and brokers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;cluster;info'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;cluster;help'= {
            cand info 'Cluster id, controller and brokers'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;cluster;help;info'= {
        }
        &'kctl;cluster;help;help'= {
        }
        &'kctl;topics'= {
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List topics with their partition count and replication factor'
            cand describe 'Partitions (leader, replicas, in-sync replicas) and configs of one topic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;topics;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --all 'Include internal topics (names starting with "__")'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;topics;describe'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;topics;help'= {
            cand list 'List topics with their partition count and replication factor'
            cand describe 'Partitions (leader, replicas, in-sync replicas) and configs of one topic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;topics;help;list'= {
        }
        &'kctl;topics;help;describe'= {
        }
        &'kctl;topics;help;help'= {
        }
        &'kctl;config'= {
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get-contexts 'List the contexts in the config file; the current one is marked'
            cand use-context 'Make NAME the current context'
            cand view 'Print the config file with every secret redacted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;config;get-contexts'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;config;use-context'= {
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;config;view'= {
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;config;help'= {
            cand get-contexts 'List the contexts in the config file; the current one is marked'
            cand use-context 'Make NAME the current context'
            cand view 'Print the config file with every secret redacted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;config;help;get-contexts'= {
        }
        &'kctl;config;help;use-context'= {
        }
        &'kctl;config;help;view'= {
        }
        &'kctl;config;help;help'= {
        }
        &'kctl;completions'= {
            cand -b 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --bootstrap-servers 'Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]'
            cand --registry 'Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]'
            cand --context 'Use this context from the config file [env: KCTL_CONTEXT]'
            cand --config 'Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]'
            cand -X 'Set a librdkafka property directly, as kcat does (repeatable)'
            cand --sasl-mechanism 'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512'
            cand --sasl-username 'SASL username'
            cand --sasl-password-env 'Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]'
            cand --sasl-password-file 'File holding the SASL password'
            cand --tls-ca 'CA certificate (PEM) to verify the brokers with; implies --tls'
            cand --tls-cert 'Client certificate (PEM) for mutual TLS; implies --tls'
            cand --tls-key 'Client private key (PEM) for mutual TLS; implies --tls'
            cand --registry-username 'Schema Registry basic-auth username'
            cand --registry-password-env 'Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]'
            cand --registry-password-file 'File holding the registry password'
            cand --timeout 'How long to wait for the broker or registry before giving up, e.g. 10s, 500ms'
            cand --tls 'Connect to Kafka over TLS'
            cand --insecure-config 'Accept a config file that holds plaintext passwords and is readable by others'
            cand -v 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand --verbose 'More logging on stderr (-v: kctl''s steps, -vv: librdkafka''s logs too)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kctl;help'= {
            cand cluster 'Show the cluster: id, controller and brokers'
            cand topics 'List and describe topics'
            cand config 'Show and switch config-file contexts'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kctl;help;cluster'= {
            cand info 'Cluster id, controller and brokers'
        }
        &'kctl;help;cluster;info'= {
        }
        &'kctl;help;topics'= {
            cand list 'List topics with their partition count and replication factor'
            cand describe 'Partitions (leader, replicas, in-sync replicas) and configs of one topic'
        }
        &'kctl;help;topics;list'= {
        }
        &'kctl;help;topics;describe'= {
        }
        &'kctl;help;config'= {
            cand get-contexts 'List the contexts in the config file; the current one is marked'
            cand use-context 'Make NAME the current context'
            cand view 'Print the config file with every secret redacted'
        }
        &'kctl;help;config;get-contexts'= {
        }
        &'kctl;help;config;use-context'= {
        }
        &'kctl;help;config;view'= {
        }
        &'kctl;help;completions'= {
        }
        &'kctl;help;help'= {
        }
    ]
    $completions[$command]
}
