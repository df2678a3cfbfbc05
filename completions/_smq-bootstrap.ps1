
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'smq-bootstrap' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'smq-bootstrap'
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
        'smq-bootstrap' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage device configs (needs a user token)')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Enable or disable devices (needs a user token)')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Fetch a device''s bootstrap config with its external id and key, as the device does')
            [CompletionResult]::new('crypto', 'crypto', [CompletionResultType]::ParameterValue, 'Encrypt or decrypt offline, as the secure bootstrap does')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check that the service is up')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run an in-memory stand-in of the bootstrap service')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to the users service: the token pair is kept in the profile (0600) and renewed as it expires; management commands then need no token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the login session: revoked on the service where it can be (Magistrala), and forgotten here')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what a device or an operator needs, one line each with the fix: the URL, DNS, TCP, TLS (chain, name, expiry, CA), /health and the generation, the clock, the crypto key, the external key, the user token, the proxy, file permissions, and where each setting came from. Exits 0 only when every check passed')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named settings in the profile file (device profiles are `device-profile`)')
            [CompletionResult]::new('device-profile', 'device-profile', [CompletionResultType]::ParameterValue, 'Device profiles (Magistrala v0.30): templates the service renders into each device''s content. Not the settings of `profile`')
            [CompletionResult]::new('enrollment', 'enrollment', [CompletionResultType]::ParameterValue, 'Enrollments (Magistrala v0.30): a config''s device profile and the clients and channels bound to the profile''s slots')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write completions and man pages into DIR (for packaging)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;config' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Upload a device config; prints the new config id alone (with -o json, the created config where the service answers with it: Magistrala v0.30)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configs')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show one config, by its id or its external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a config''s name, content and (v0.30) render context; a field not given keeps its value (the service replaces them together: the tool reads, merges and writes)')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Replace a config''s certificates; prints what the service stored')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Replace a config''s channel list (not in Magistrala v0.30: there a device''s channels come from its device profile''s bindings, see `enrollment bind`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove configs (asks first; --yes when not interactive)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many configs from JSONL, a JSON array or CSV, concurrently and resumably')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every config, page after page, as JSONL (default), JSON or CSV that `config import` reads back; external keys and certificates included')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the service''s configs what FILE says: create the missing ones, update those that differ (name, content, channels or profile, certificates, state), leave the rest; with --prune, remove the ones not in FILE. Safe to run again: a second run changes nothing. Takes --report, --resume and --plan as import does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;config;create' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The request body as JSON: inline, @FILE, or - for stdin; flags override its fields')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Device''s external id')
            [CompletionResult]::new('--external-key', '--external-key', [CompletionResultType]::ParameterName, 'Device''s external key (its bootstrap secret)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Channel id (repeat for several)')
            [CompletionResult]::new('--thing-id', '--thing-id', [CompletionResultType]::ParameterName, 'Use an existing thing (client) instead of creating one (not in v0.30)')
            [CompletionResult]::new('--profile-id', '--profile-id', [CompletionResultType]::ParameterName, 'Device profile that renders the config''s content (Magistrala v0.30)')
            [CompletionResult]::new('--render-context', '--render-context', [CompletionResultType]::ParameterName, 'Per-device template variables, a JSON object: inline or @FILE (Magistrala v0.30)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Config name')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'Free-form content: text or @FILE')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Start enabled or disabled. New configs start disabled (state 0), in Magistrala v0.30 enabled; the other start is a second request, as `state enable|disable` makes it')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate: text or @FILE')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key: text or @FILE')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate: text or @FILE')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Configs per page (at most 100)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Configs to skip')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort what was fetched by FIELD (numbers by value, text by code point; missing last). The service orders by id; with --all this sorts every config')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only configs with this status. Magistrala v0.30 lists only enabled configs unless told otherwise (all lists every one); the older generations list all of them, their state 1 being enabled and 0 disabled')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only configs with this status. Magistrala v0.30 lists only enabled configs unless told otherwise (all lists every one); the older generations list all of them, their state 1 being enabled and 0 disabled')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only configs whose name contains TEXT (case-insensitive)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Only the config with this external id')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow the pages to the end (100 a request). Without it, a list that stops short says on stderr how many more there are')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Sort in descending order')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;view' {
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The device''s external id instead: the config is looked up by it')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'New content: text or @FILE')
            [CompletionResult]::new('--render-context', '--render-context', [CompletionResultType]::ParameterName, 'New render context, a JSON object: inline or @FILE (Magistrala v0.30)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;certs' {
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate: text or @FILE')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Client private key: text or @FILE')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate: text or @FILE')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;connections' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;remove' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the ids from FILE, one a line (- for stdin; blank lines and # comments skipped)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write one JSONL line per input record: line, key, outcome, id, error')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the records an earlier --report marks as done (its lines are carried into the new report)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Input format [default: from the file extension, else from the first character]')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What to do when a different config with the record''s external id exists (one with the record''s own key, id, name and content counts as skipped: already there)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write one JSONL line per input record: line, key, outcome, id, error')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the records an earlier --report marks as done (its lines are carried into the new report)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--drop-ids', '--drop-ids', [CompletionResultType]::ParameterName, 'Ignore thing_id/client_id in the records: create new things (to move configs to another deployment)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Check every record here and send nothing: fields, values, duplicates in the file. Exits 2 when a record is invalid. The generation is the one given or remembered; without either, what every generation requires is checked')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Show what the import would do to each record (create, update, unchanged, skip, conflict, invalid) from read-only requests, and change nothing. Exits 5 when a record would fail')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;export' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only configs with this status. Magistrala v0.30 lists only enabled configs unless told otherwise (all lists every one); the older generations list all of them, their state 1 being enabled and 0 disabled')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only configs with this status. Magistrala v0.30 lists only enabled configs unless told otherwise (all lists every one); the older generations list all of them, their state 1 being enabled and 0 disabled')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only configs whose name contains TEXT (case-insensitive)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Only the config with this external id')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Detail requests in flight at once')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write the export to FILE (mode 0600, put in place only when complete) instead of standard output: it holds every external key and private key')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--no-details', '--no-details', [CompletionResultType]::ParameterName, 'Skip fetching each config''s channels and certificates (faster; the output cannot be imported)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;apply' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Input format [default: from the file extension, else from the first character]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write one JSONL line per input record: line, key, outcome, id, error')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the records an earlier --report marks as done (its lines are carried into the new report)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove the configs whose external id is not in the file (after a confirmation; --yes when not interactive). Nothing is removed when any record failed')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Show what apply would do (with --prune, what it would remove), from read-only requests')
            [CompletionResult]::new('--drop-ids', '--drop-ids', [CompletionResultType]::ParameterName, 'Ignore thing_id/client_id in the records')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;config;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Upload a device config; prints the new config id alone (with -o json, the created config where the service answers with it: Magistrala v0.30)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configs')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show one config, by its id or its external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a config''s name, content and (v0.30) render context; a field not given keeps its value (the service replaces them together: the tool reads, merges and writes)')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Replace a config''s certificates; prints what the service stored')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Replace a config''s channel list (not in Magistrala v0.30: there a device''s channels come from its device profile''s bindings, see `enrollment bind`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove configs (asks first; --yes when not interactive)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many configs from JSONL, a JSON array or CSV, concurrently and resumably')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every config, page after page, as JSONL (default), JSON or CSV that `config import` reads back; external keys and certificates included')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the service''s configs what FILE says: create the missing ones, update those that differ (name, content, channels or profile, certificates, state), leave the rest; with --prune, remove the ones not in FILE. Safe to run again: a second run changes nothing. Takes --report, --resume and --plan as import does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;config;help;create' {
            break
        }
        'smq-bootstrap;config;help;list' {
            break
        }
        'smq-bootstrap;config;help;view' {
            break
        }
        'smq-bootstrap;config;help;update' {
            break
        }
        'smq-bootstrap;config;help;certs' {
            break
        }
        'smq-bootstrap;config;help;connections' {
            break
        }
        'smq-bootstrap;config;help;remove' {
            break
        }
        'smq-bootstrap;config;help;import' {
            break
        }
        'smq-bootstrap;config;help;export' {
            break
        }
        'smq-bootstrap;config;help;apply' {
            break
        }
        'smq-bootstrap;config;help;help' {
            break
        }
        'smq-bootstrap;state' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable devices (state 1: connected to their channels)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable devices (state 0)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;state;enable' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the ids from FILE, one a line (- for stdin; blank lines and # comments skipped)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write one JSONL line per input record: line, key, outcome, id, error')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the records an earlier --report marks as done (its lines are carried into the new report)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;state;disable' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the ids from FILE, one a line (- for stdin; blank lines and # comments skipped)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write one JSONL line per input record: line, key, outcome, id, error')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the records an earlier --report marks as done (its lines are carried into the new report)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;state;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable devices (state 1: connected to their channels)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable devices (state 0)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;state;help;enable' {
            break
        }
        'smq-bootstrap;state;help;disable' {
            break
        }
        'smq-bootstrap;state;help;help' {
            break
        }
        'smq-bootstrap;bootstrap' {
            [CompletionResult]::new('--external-key-file', '--external-key-file', [CompletionResultType]::ParameterName, 'Read the external key from FILE')
            [CompletionResult]::new('--save-dir', '--save-dir', [CompletionResultType]::ParameterName, 'Also write config.json, client.crt, client.key (mode 0600) and ca.crt into DIR')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait tries (90s, 10m, 1h; plain numbers are seconds); then the last failure''s exit code')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between fetches of --watch')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'With --watch, run CMD (through sh -c) after each change, with SMQ_BOOTSTRAP_DIR, SMQ_BOOTSTRAP_CONFIG_FILE, SMQ_BOOTSTRAP_CLIENT_CERT, SMQ_BOOTSTRAP_CLIENT_KEY, SMQ_BOOTSTRAP_CA_CERT (those written) and SMQ_BOOTSTRAP_EXTERNAL_ID in its environment. A failing CMD is reported; the watch goes on')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Try again until the config can be served (not uploaded yet, disabled, the service or the network down), with backoff; a wrong key or an undecryptable reply stops at once. One status line per try on stderr')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep fetching, every --interval (with jitter): when the document changes, rewrite --save-dir (whole sets only) and run --exec. Stops cleanly (exit 0) on SIGTERM or Ctrl-C')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('secure', 'secure', [CompletionResultType]::ParameterValue, 'Fetch through the secure endpoint: the key is sent AES-CFB encrypted and the reply decrypted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;bootstrap;secure' {
            [CompletionResult]::new('--external-key-file', '--external-key-file', [CompletionResultType]::ParameterName, 'Read the external key from FILE')
            [CompletionResult]::new('--save-dir', '--save-dir', [CompletionResultType]::ParameterName, 'Also write config.json, client.crt, client.key (mode 0600) and ca.crt into DIR')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'How long --wait tries (90s, 10m, 1h; plain numbers are seconds); then the last failure''s exit code')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between fetches of --watch')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'With --watch, run CMD (through sh -c) after each change, with SMQ_BOOTSTRAP_DIR, SMQ_BOOTSTRAP_CONFIG_FILE, SMQ_BOOTSTRAP_CLIENT_CERT, SMQ_BOOTSTRAP_CLIENT_KEY, SMQ_BOOTSTRAP_CA_CERT (those written) and SMQ_BOOTSTRAP_EXTERNAL_ID in its environment. A failing CMD is reported; the watch goes on')
            [CompletionResult]::new('--crypto-key-file', '--crypto-key-file', [CompletionResultType]::ParameterName, 'Read the crypto key from FILE')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Try again until the config can be served (not uploaded yet, disabled, the service or the network down), with backoff; a wrong key or an undecryptable reply stops at once. One status line per try on stderr')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep fetching, every --interval (with jitter): when the document changes, rewrite --save-dir (whole sets only) and run --exec. Stops cleanly (exit 0) on SIGTERM or Ctrl-C')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;bootstrap;help' {
            [CompletionResult]::new('secure', 'secure', [CompletionResultType]::ParameterValue, 'Fetch through the secure endpoint: the key is sent AES-CFB encrypted and the reply decrypted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;bootstrap;help;secure' {
            break
        }
        'smq-bootstrap;bootstrap;help;help' {
            break
        }
        'smq-bootstrap;crypto' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt TEXT (or stdin with -) and print hex(IV‖ciphertext), as the secure request''s key')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt IV‖ciphertext from FILE (or stdin) and print the plaintext, as a saved secure reply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;crypto;encrypt' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The encryption key (16, 24 or 32 bytes)')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the key from FILE')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;crypto;decrypt' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The encryption key (16, 24 or 32 bytes)')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the key from FILE')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'The input is hex text rather than raw bytes')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;crypto;help' {
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt TEXT (or stdin with -) and print hex(IV‖ciphertext), as the secure request''s key')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt IV‖ciphertext from FILE (or stdin) and print the plaintext, as a saved secure reply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;crypto;help;encrypt' {
            break
        }
        'smq-bootstrap;crypto;help;decrypt' {
            break
        }
        'smq-bootstrap;crypto;help;help' {
            break
        }
        'smq-bootstrap;health' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;sandbox' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this certificate chain (PEM); needs --tls-key')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The private key (PEM) of --tls-cert')
            [CompletionResult]::new('--write-ca', '--write-ca', [CompletionResultType]::ParameterName, 'Write that CA''s certificate to FILE, for clients'' --tls-ca')
            [CompletionResult]::new('--request-log', '--request-log', [CompletionResultType]::ParameterName, 'Append one line per request received (METHOD PATH STATUS) to FILE')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Answer this share of API requests (0 to 1) with 503 before doing anything')
            [CompletionResult]::new('--drop-rate', '--drop-rate', [CompletionResultType]::ParameterName, 'Carry out this share of API requests (0 to 1), then close the connection without answering')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Wait this long before handling each API request')
            [CompletionResult]::new('--unavailable-for', '--unavailable-for', [CompletionResultType]::ParameterName, 'Answer every request with 503 for this many seconds after the start (a service that comes up late)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the fault dice, for repeatable runs')
            [CompletionResult]::new('--encrypt-key', '--encrypt-key', [CompletionResultType]::ParameterName, 'The service''s encryption key for secure bootstrap')
            [CompletionResult]::new('--unverified-token', '--unverified-token', [CompletionResultType]::ParameterName, 'A user whose e-mail is not verified, as TOKEN:DOMAIN (v0.30 refuses it; repeatable)')
            [CompletionResult]::new('--known-domain', '--known-domain', [CompletionResultType]::ParameterName, 'A domain that exists but has no members (repeatable); other domains no user names are unknown')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'A client the Clients service holds, for bindings (v0.30), as JSON: {"id", "domain_id"?, "name"?, "identity"?, "secret"?}; repeatable')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'A channel the Channels service holds, as JSON: {"id", "domain_id"?, "name"?, "route"?, "metadata"?}; its name and metadata show in configs; repeatable')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'An account of the users service, for `login`: NAME:PASSWORD, a member of --domain (repeatable). The token endpoints are served at the sandbox''s own root')
            [CompletionResult]::new('--user-domain', '--user-domain', [CompletionResultType]::ParameterName, 'Another domain an account of --user is a member of: NAME:DOMAIN (repeatable)')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'Lifetime of the access tokens the users service issues, in seconds')
            [CompletionResult]::new('--refresh-ttl', '--refresh-ttl', [CompletionResultType]::ParameterName, 'Lifetime of its refresh tokens, in seconds')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--tls-self-signed', '--tls-self-signed', [CompletionResultType]::ParameterName, 'Serve HTTPS with a new CA and a certificate it signs for localhost and 127.0.0.1')
            [CompletionResult]::new('--typed-errors', '--typed-errors', [CompletionResultType]::ParameterName, 'Serve Magistrala v0.20: the clients API (with --api clients) answering with its `{"message"}`-only errors and statuses. (--api profiles serves v0.30.)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;login' {
            [CompletionResult]::new('--users-url', '--users-url', [CompletionResultType]::ParameterName, 'The users service [default: the bootstrap URL''s host on port 9002 when it uses 9013, else its root; confirmed before a password is sent]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name or e-mail [default: the session''s, else a prompt]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from FILE (first line)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input (first line)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Show the session (user, URLs, generation, domain, when each token expires), never a token')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;logout' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;doctor' {
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'A device''s external id, to check its external key with the service')
            [CompletionResult]::new('--external-key', '--external-key', [CompletionResultType]::ParameterName, 'The device''s external key (prefer SMQ_BOOTSTRAP_EXTERNAL_KEY or --external-key-file)')
            [CompletionResult]::new('--external-key-file', '--external-key-file', [CompletionResultType]::ParameterName, 'Read the external key from FILE')
            [CompletionResult]::new('--crypto-key', '--crypto-key', [CompletionResultType]::ParameterName, 'The service''s crypto key, to check its length and the secure endpoint')
            [CompletionResult]::new('--crypto-key-file', '--crypto-key-file', [CompletionResultType]::ParameterName, 'Read the crypto key from FILE')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;profile' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of a profile: url, token, token_file, output, tls_ca, insecure, timeout')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from a profile')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the token redacted unless --show-secrets)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;profile;set' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;profile;unset' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;profile;show' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;profile;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;profile;remove' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;profile;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of a profile: url, token, token_file, output, tls_ca, insecure, timeout')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from a profile')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the token redacted unless --show-secrets)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;profile;help;set' {
            break
        }
        'smq-bootstrap;profile;help;unset' {
            break
        }
        'smq-bootstrap;profile;help;show' {
            break
        }
        'smq-bootstrap;profile;help;list' {
            break
        }
        'smq-bootstrap;profile;help;remove' {
            break
        }
        'smq-bootstrap;profile;help;help' {
            break
        }
        'smq-bootstrap;device-profile' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a device profile from flags and/or --json; prints its id (-o json: the profile)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Create a device profile from a JSON, YAML or TOML document; prints its id (-o json: the profile)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List device profiles, newest first')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show a device profile')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the fields given; prints the profile. The service cannot clear the name, description, format or template; --defaults ''{}'' and --clear-slots clear those')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove device profiles (asks first; --yes when not interactive). Configs using one fall back to their static content; their bindings stay')
            [CompletionResult]::new('slots', 'slots', [CompletionResultType]::ParameterValue, 'Show a device profile''s binding slots')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a device profile as the service would: for a stored config (--config-id; its bindings without their secrets), or for a sample device described by the flags. Prints the content; -o json prints {"content": …}')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;device-profile;create' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The profile as JSON: inline, @FILE, or - for stdin; flags override its fields')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Profile name (unique in the domain)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the rendered text becomes: json (re-emitted, the service''s default), yaml, toml, go-template (as rendered) or raw (the template as it is, not rendered)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The Go template: text or @FILE. It sees .Device.ID, .Device.ExternalID, .Device.DomainID, .Vars (defaults overlaid by the config''s render context) and .Bindings.SLOT.{ID,Snapshot,Secret}')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Default template variables, a JSON object: inline or @FILE')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'A binding slot: NAME:TYPE, or NAME:TYPE:required (TYPE client or channel; repeat for several; replaces the slots)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;upload' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Its format [default: from the file extension]')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only profiles whose name contains TEXT (case-insensitive)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Profiles per page (1 to 100)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Profiles to skip')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow the pages to the end (100 a request)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;view' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;update' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The profile as JSON: inline, @FILE, or - for stdin; flags override its fields')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Profile name (unique in the domain)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the rendered text becomes: json (re-emitted, the service''s default), yaml, toml, go-template (as rendered) or raw (the template as it is, not rendered)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The Go template: text or @FILE. It sees .Device.ID, .Device.ExternalID, .Device.DomainID, .Vars (defaults overlaid by the config''s render context) and .Bindings.SLOT.{ID,Snapshot,Secret}')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Default template variables, a JSON object: inline or @FILE')
            [CompletionResult]::new('--slot', '--slot', [CompletionResultType]::ParameterName, 'A binding slot: NAME:TYPE, or NAME:TYPE:required (TYPE client or channel; repeat for several; replaces the slots)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--clear-slots', '--clear-slots', [CompletionResultType]::ParameterName, 'Remove every binding slot')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;remove' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;slots' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;render' {
            [CompletionResult]::new('--config-id', '--config-id', [CompletionResultType]::ParameterName, 'Render for this config, with its render context and bindings')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'The sample device''s config id')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The sample device''s external id')
            [CompletionResult]::new('--render-context', '--render-context', [CompletionResultType]::ParameterName, 'Template variables, a JSON object: inline or @FILE (a stored config''s own win)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'A sample binding: SLOT=TYPE:RESOURCE_ID (repeat for several)')
            [CompletionResult]::new('--snapshot', '--snapshot', [CompletionResultType]::ParameterName, 'A sample binding''s snapshot field: SLOT.KEY=VALUE (a channel''s topic is SLOT.topic=…)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'A sample binding''s secret: SLOT.KEY=VALUE (a client''s is SLOT.secret=…; a sample, not a real secret)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;device-profile;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a device profile from flags and/or --json; prints its id (-o json: the profile)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Create a device profile from a JSON, YAML or TOML document; prints its id (-o json: the profile)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List device profiles, newest first')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show a device profile')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the fields given; prints the profile. The service cannot clear the name, description, format or template; --defaults ''{}'' and --clear-slots clear those')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove device profiles (asks first; --yes when not interactive). Configs using one fall back to their static content; their bindings stay')
            [CompletionResult]::new('slots', 'slots', [CompletionResultType]::ParameterValue, 'Show a device profile''s binding slots')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a device profile as the service would: for a stored config (--config-id; its bindings without their secrets), or for a sample device described by the flags. Prints the content; -o json prints {"content": …}')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;device-profile;help;create' {
            break
        }
        'smq-bootstrap;device-profile;help;upload' {
            break
        }
        'smq-bootstrap;device-profile;help;list' {
            break
        }
        'smq-bootstrap;device-profile;help;view' {
            break
        }
        'smq-bootstrap;device-profile;help;update' {
            break
        }
        'smq-bootstrap;device-profile;help;remove' {
            break
        }
        'smq-bootstrap;device-profile;help;slots' {
            break
        }
        'smq-bootstrap;device-profile;help;render' {
            break
        }
        'smq-bootstrap;device-profile;help;help' {
            break
        }
        'smq-bootstrap;enrollment' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a config a device profile (a profile cannot be taken away, only replaced; the config''s bindings stay)')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind clients and channels to the profile''s slots, as SLOT=TYPE:ID (TYPE client or channel). Merged with the config''s other bindings; the service snapshots each resource (a client''s secret included, kept encrypted). The first bind must cover every required slot')
            [CompletionResult]::new('bindings', 'bindings', [CompletionResultType]::ParameterValue, 'Show a config''s bindings (their secrets are never shown)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Resolve a config''s bound resources again and store fresh snapshots (a renamed channel, a rotated client secret)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;enrollment;assign' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;enrollment;bind' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;enrollment;bindings' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;enrollment;refresh' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;enrollment;help' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a config a device profile (a profile cannot be taken away, only replaced; the config''s bindings stay)')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind clients and channels to the profile''s slots, as SLOT=TYPE:ID (TYPE client or channel). Merged with the config''s other bindings; the service snapshots each resource (a client''s secret included, kept encrypted). The first bind must cover every required slot')
            [CompletionResult]::new('bindings', 'bindings', [CompletionResultType]::ParameterValue, 'Show a config''s bindings (their secrets are never shown)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Resolve a config''s bound resources again and store fresh snapshots (a renamed channel, a rotated client secret)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;enrollment;help;assign' {
            break
        }
        'smq-bootstrap;enrollment;help;bind' {
            break
        }
        'smq-bootstrap;enrollment;help;bindings' {
            break
        }
        'smq-bootstrap;enrollment;help;refresh' {
            break
        }
        'smq-bootstrap;enrollment;help;help' {
            break
        }
        'smq-bootstrap;completions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;generate-docs' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the bootstrap service [default: http://localhost:9013]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the user token from FILE (first line)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named settings from the profile file (see `smq-bootstrap profile`)')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Domain id, required by every generation but v1')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json when piped]; csv applies to lists')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output through a jq expression (jq''s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Trust the CA certificates in FILE (PEM) for HTTPS')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds; connecting is limited to 10 s [default: 30]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the service''s TLS certificate (unsafe; prints a warning)')
            [CompletionResult]::new('--curl', '--curl', [CompletionResultType]::ParameterName, 'Print the equivalent curl command of each request on stderr (secrets redacted)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets (tokens, keys) in --curl, -v and config output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests as curl commands and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response on stderr (secrets redacted)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results and errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for removal when not interactive)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'smq-bootstrap;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage device configs (needs a user token)')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Enable or disable devices (needs a user token)')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Fetch a device''s bootstrap config with its external id and key, as the device does')
            [CompletionResult]::new('crypto', 'crypto', [CompletionResultType]::ParameterValue, 'Encrypt or decrypt offline, as the secure bootstrap does')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check that the service is up')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run an in-memory stand-in of the bootstrap service')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to the users service: the token pair is kept in the profile (0600) and renewed as it expires; management commands then need no token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the login session: revoked on the service where it can be (Magistrala), and forgotten here')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what a device or an operator needs, one line each with the fix: the URL, DNS, TCP, TLS (chain, name, expiry, CA), /health and the generation, the clock, the crypto key, the external key, the user token, the proxy, file permissions, and where each setting came from. Exits 0 only when every check passed')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named settings in the profile file (device profiles are `device-profile`)')
            [CompletionResult]::new('device-profile', 'device-profile', [CompletionResultType]::ParameterValue, 'Device profiles (Magistrala v0.30): templates the service renders into each device''s content. Not the settings of `profile`')
            [CompletionResult]::new('enrollment', 'enrollment', [CompletionResultType]::ParameterValue, 'Enrollments (Magistrala v0.30): a config''s device profile and the clients and channels bound to the profile''s slots')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write completions and man pages into DIR (for packaging)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'smq-bootstrap;help;config' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Upload a device config; prints the new config id alone (with -o json, the created config where the service answers with it: Magistrala v0.30)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configs')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show one config, by its id or its external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a config''s name, content and (v0.30) render context; a field not given keeps its value (the service replaces them together: the tool reads, merges and writes)')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Replace a config''s certificates; prints what the service stored')
            [CompletionResult]::new('connections', 'connections', [CompletionResultType]::ParameterValue, 'Replace a config''s channel list (not in Magistrala v0.30: there a device''s channels come from its device profile''s bindings, see `enrollment bind`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove configs (asks first; --yes when not interactive)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create many configs from JSONL, a JSON array or CSV, concurrently and resumably')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every config, page after page, as JSONL (default), JSON or CSV that `config import` reads back; external keys and certificates included')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the service''s configs what FILE says: create the missing ones, update those that differ (name, content, channels or profile, certificates, state), leave the rest; with --prune, remove the ones not in FILE. Safe to run again: a second run changes nothing. Takes --report, --resume and --plan as import does')
            break
        }
        'smq-bootstrap;help;config;create' {
            break
        }
        'smq-bootstrap;help;config;list' {
            break
        }
        'smq-bootstrap;help;config;view' {
            break
        }
        'smq-bootstrap;help;config;update' {
            break
        }
        'smq-bootstrap;help;config;certs' {
            break
        }
        'smq-bootstrap;help;config;connections' {
            break
        }
        'smq-bootstrap;help;config;remove' {
            break
        }
        'smq-bootstrap;help;config;import' {
            break
        }
        'smq-bootstrap;help;config;export' {
            break
        }
        'smq-bootstrap;help;config;apply' {
            break
        }
        'smq-bootstrap;help;state' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable devices (state 1: connected to their channels)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable devices (state 0)')
            break
        }
        'smq-bootstrap;help;state;enable' {
            break
        }
        'smq-bootstrap;help;state;disable' {
            break
        }
        'smq-bootstrap;help;bootstrap' {
            [CompletionResult]::new('secure', 'secure', [CompletionResultType]::ParameterValue, 'Fetch through the secure endpoint: the key is sent AES-CFB encrypted and the reply decrypted')
            break
        }
        'smq-bootstrap;help;bootstrap;secure' {
            break
        }
        'smq-bootstrap;help;crypto' {
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt TEXT (or stdin with -) and print hex(IV‖ciphertext), as the secure request''s key')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt IV‖ciphertext from FILE (or stdin) and print the plaintext, as a saved secure reply')
            break
        }
        'smq-bootstrap;help;crypto;encrypt' {
            break
        }
        'smq-bootstrap;help;crypto;decrypt' {
            break
        }
        'smq-bootstrap;help;health' {
            break
        }
        'smq-bootstrap;help;sandbox' {
            break
        }
        'smq-bootstrap;help;login' {
            break
        }
        'smq-bootstrap;help;logout' {
            break
        }
        'smq-bootstrap;help;doctor' {
            break
        }
        'smq-bootstrap;help;profile' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of a profile: url, token, token_file, output, tls_ca, insecure, timeout')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from a profile')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the token redacted unless --show-secrets)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            break
        }
        'smq-bootstrap;help;profile;set' {
            break
        }
        'smq-bootstrap;help;profile;unset' {
            break
        }
        'smq-bootstrap;help;profile;show' {
            break
        }
        'smq-bootstrap;help;profile;list' {
            break
        }
        'smq-bootstrap;help;profile;remove' {
            break
        }
        'smq-bootstrap;help;device-profile' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a device profile from flags and/or --json; prints its id (-o json: the profile)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Create a device profile from a JSON, YAML or TOML document; prints its id (-o json: the profile)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List device profiles, newest first')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Show a device profile')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the fields given; prints the profile. The service cannot clear the name, description, format or template; --defaults ''{}'' and --clear-slots clear those')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove device profiles (asks first; --yes when not interactive). Configs using one fall back to their static content; their bindings stay')
            [CompletionResult]::new('slots', 'slots', [CompletionResultType]::ParameterValue, 'Show a device profile''s binding slots')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a device profile as the service would: for a stored config (--config-id; its bindings without their secrets), or for a sample device described by the flags. Prints the content; -o json prints {"content": …}')
            break
        }
        'smq-bootstrap;help;device-profile;create' {
            break
        }
        'smq-bootstrap;help;device-profile;upload' {
            break
        }
        'smq-bootstrap;help;device-profile;list' {
            break
        }
        'smq-bootstrap;help;device-profile;view' {
            break
        }
        'smq-bootstrap;help;device-profile;update' {
            break
        }
        'smq-bootstrap;help;device-profile;remove' {
            break
        }
        'smq-bootstrap;help;device-profile;slots' {
            break
        }
        'smq-bootstrap;help;device-profile;render' {
            break
        }
        'smq-bootstrap;help;enrollment' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a config a device profile (a profile cannot be taken away, only replaced; the config''s bindings stay)')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind clients and channels to the profile''s slots, as SLOT=TYPE:ID (TYPE client or channel). Merged with the config''s other bindings; the service snapshots each resource (a client''s secret included, kept encrypted). The first bind must cover every required slot')
            [CompletionResult]::new('bindings', 'bindings', [CompletionResultType]::ParameterValue, 'Show a config''s bindings (their secrets are never shown)')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Resolve a config''s bound resources again and store fresh snapshots (a renamed channel, a rotated client secret)')
            break
        }
        'smq-bootstrap;help;enrollment;assign' {
            break
        }
        'smq-bootstrap;help;enrollment;bind' {
            break
        }
        'smq-bootstrap;help;enrollment;bindings' {
            break
        }
        'smq-bootstrap;help;enrollment;refresh' {
            break
        }
        'smq-bootstrap;help;completions' {
            break
        }
        'smq-bootstrap;help;generate-docs' {
            break
        }
        'smq-bootstrap;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
