# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_smq_bootstrap_global_optspecs
    string join \n b/url= t/token= token-file= profile= api= domain= o/output= jq= columns= tls-ca= allow-insecure-http k/insecure timeout= retries= curl show-secrets dry-run v/verbose q/quiet color= y/yes h/help V/version
end

function __fish_smq_bootstrap_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_smq_bootstrap_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_smq_bootstrap_using_subcommand
    set -l cmd (__fish_smq_bootstrap_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "config" -d 'Manage device configs (needs a user token)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "state" -d 'Enable or disable devices (needs a user token)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "bootstrap" -d 'Fetch a device\'s bootstrap config with its external id and key, as the device does'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "crypto" -d 'Encrypt or decrypt offline, as the secure bootstrap does'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "health" -d 'Check that the service is up'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "sandbox" -d 'Run an in-memory stand-in of the bootstrap service'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "login" -d 'Log in to the users service: the token pair is kept in the profile (0600) and renewed as it expires; management commands then need no token'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "logout" -d 'End the login session: revoked on the service where it can be (Magistrala), and forgotten here'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "doctor" -d 'Check what a device or an operator needs, one line each with the fix: the URL, DNS, TCP, TLS (chain, name, expiry, CA), /health and the generation, the clock, the crypto key, the external key, the user token, the proxy, file permissions, and where each setting came from. Exits 0 only when every check passed'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "profile" -d 'Manage named settings in the profile file (device profiles are `device-profile`)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "device-profile" -d 'Device profiles (Magistrala v0.30): templates the service renders into each device\'s content. Not the settings of `profile`'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "enrollment" -d 'Enrollments (Magistrala v0.30): a config\'s device profile and the clients and channels bound to the profile\'s slots'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "generate-docs" -d 'Write completions and man pages into DIR (for packaging)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "create" -d 'Upload a device config; prints the new config id alone (with -o json, the created config where the service answers with it: Magistrala v0.30)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "list" -d 'List configs'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "view" -d 'Show one config, by its id or its external id'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "update" -d 'Change a config\'s name, content and (v0.30) render context; a field not given keeps its value (the service replaces them together: the tool reads, merges and writes)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "certs" -d 'Replace a config\'s certificates; prints what the service stored'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "connections" -d 'Replace a config\'s channel list (not in Magistrala v0.30: there a device\'s channels come from its device profile\'s bindings, see `enrollment bind`)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "remove" -d 'Remove configs (asks first; --yes when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "import" -d 'Create many configs from JSONL, a JSON array or CSV, concurrently and resumably'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "export" -d 'Write every config, page after page, as JSONL (default), JSON or CSV that `config import` reads back; external keys and certificates included'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "apply" -d 'Make the service\'s configs what FILE says: create the missing ones, update those that differ (name, content, channels or profile, certificates, state), leave the rest; with --prune, remove the ones not in FILE. Safe to run again: a second run changes nothing. Takes --report, --resume and --plan as import does'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and not __fish_seen_subcommand_from create list view update certs connections remove import export apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l json -d 'The request body as JSON: inline, @FILE, or - for stdin; flags override its fields' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l external-id -d 'Device\'s external id' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l external-key -d 'Device\'s external key (its bootstrap secret)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l channel -d 'Channel id (repeat for several)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l thing-id -d 'Use an existing thing (client) instead of creating one (not in v0.30)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l profile-id -d 'Device profile that renders the config\'s content (Magistrala v0.30)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l render-context -d 'Per-device template variables, a JSON object: inline or @FILE (Magistrala v0.30)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l name -d 'Config name' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l content -d 'Free-form content: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l status -d 'Start enabled or disabled. New configs start disabled (state 0), in Magistrala v0.30 enabled; the other start is a second request, as `state enable|disable` makes it' -r -f -a "enabled\t''
disabled\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l client-cert -d 'Client certificate: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l client-key -d 'Client private key: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l ca-cert -d 'CA certificate: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l limit -d 'Configs per page (at most 100)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l offset -d 'Configs to skip' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l sort -d 'Sort what was fetched by FIELD (numbers by value, text by code point; missing last). The service orders by id; with --all this sorts every config' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l status -l state -d 'Only configs with this status. Magistrala v0.30 lists only enabled configs unless told otherwise (all lists every one); the older generations list all of them, their state 1 being enabled and 0 disabled' -r -f -a "enabled\t''
disabled\t''
all\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l name -d 'Only configs whose name contains TEXT (case-insensitive)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l external-id -d 'Only the config with this external id' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l all -d 'Follow the pages to the end (100 a request). Without it, a list that stops short says on stderr how many more there are'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l reverse -d 'Sort in descending order'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l external-id -d 'The device\'s external id instead: the config is looked up by it' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l content -d 'New content: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l render-context -d 'New render context, a JSON object: inline or @FILE (Magistrala v0.30)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l client-cert -d 'Client certificate: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l client-key -d 'Client private key: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l ca-cert -d 'CA certificate: text or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from certs" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from connections" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l from -d 'Read the ids from FILE, one a line (- for stdin; blank lines and # comments skipped)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l concurrency -d 'Requests in flight at once' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l report -d 'Write one JSONL line per input record: line, key, outcome, id, error' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l resume -d 'Skip the records an earlier --report marks as done (its lines are carried into the new report)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l format -d 'Input format [default: from the file extension, else from the first character]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l on-conflict -d 'What to do when a different config with the record\'s external id exists (one with the record\'s own key, id, name and content counts as skipped: already there)' -r -f -a "fail\t'Count the record as failed'
skip\t'Leave the existing config as it is'
update\t'Make the existing config match the record (name, content, certificates, channels and state; v0.30: name, content, render context, profile and status)'"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight at once' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l report -d 'Write one JSONL line per input record: line, key, outcome, id, error' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l resume -d 'Skip the records an earlier --report marks as done (its lines are carried into the new report)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l drop-ids -d 'Ignore thing_id/client_id in the records: create new things (to move configs to another deployment)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l check -d 'Check every record here and send nothing: fields, values, duplicates in the file. Exits 2 when a record is invalid. The generation is the one given or remembered; without either, what every generation requires is checked'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l plan -d 'Show what the import would do to each record (create, update, unchanged, skip, conflict, invalid) from read-only requests, and change nothing. Exits 5 when a record would fail'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l status -l state -d 'Only configs with this status. Magistrala v0.30 lists only enabled configs unless told otherwise (all lists every one); the older generations list all of them, their state 1 being enabled and 0 disabled' -r -f -a "enabled\t''
disabled\t''
all\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l name -d 'Only configs whose name contains TEXT (case-insensitive)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l external-id -d 'Only the config with this external id' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l concurrency -d 'Detail requests in flight at once' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l output-file -d 'Write the export to FILE (mode 0600, put in place only when complete) instead of standard output: it holds every external key and private key' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l no-details -d 'Skip fetching each config\'s channels and certificates (faster; the output cannot be imported)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l format -d 'Input format [default: from the file extension, else from the first character]' -r -f -a "jsonl\t''
json\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l concurrency -d 'Requests in flight at once' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l report -d 'Write one JSONL line per input record: line, key, outcome, id, error' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l resume -d 'Skip the records an earlier --report marks as done (its lines are carried into the new report)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l prune -d 'Also remove the configs whose external id is not in the file (after a confirmation; --yes when not interactive). Nothing is removed when any record failed'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l plan -d 'Show what apply would do (with --prune, what it would remove), from read-only requests'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l drop-ids -d 'Ignore thing_id/client_id in the records'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "create" -d 'Upload a device config; prints the new config id alone (with -o json, the created config where the service answers with it: Magistrala v0.30)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List configs'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Show one config, by its id or its external id'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a config\'s name, content and (v0.30) render context; a field not given keeps its value (the service replaces them together: the tool reads, merges and writes)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "certs" -d 'Replace a config\'s certificates; prints what the service stored'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "connections" -d 'Replace a config\'s channel list (not in Magistrala v0.30: there a device\'s channels come from its device profile\'s bindings, see `enrollment bind`)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove configs (asks first; --yes when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create many configs from JSONL, a JSON array or CSV, concurrently and resumably'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every config, page after page, as JSONL (default), JSON or CSV that `config import` reads back; external keys and certificates included'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the service\'s configs what FILE says: create the missing ones, update those that differ (name, content, channels or profile, certificates, state), leave the rest; with --prune, remove the ones not in FILE. Safe to run again: a second run changes nothing. Takes --report, --resume and --plan as import does'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -f -a "enable" -d 'Enable devices (state 1: connected to their channels)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -f -a "disable" -d 'Disable devices (state 0)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and not __fish_seen_subcommand_from enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l from -d 'Read the ids from FILE, one a line (- for stdin; blank lines and # comments skipped)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l concurrency -d 'Requests in flight at once' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l report -d 'Write one JSONL line per input record: line, key, outcome, id, error' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l resume -d 'Skip the records an earlier --report marks as done (its lines are carried into the new report)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l from -d 'Read the ids from FILE, one a line (- for stdin; blank lines and # comments skipped)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l concurrency -d 'Requests in flight at once' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l report -d 'Write one JSONL line per input record: line, key, outcome, id, error' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l resume -d 'Skip the records an earlier --report marks as done (its lines are carried into the new report)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable devices (state 1: connected to their channels)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable devices (state 0)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l external-key-file -d 'Read the external key from FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l save-dir -d 'Also write config.json, client.crt, client.key (mode 0600) and ca.crt into DIR' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l wait-timeout -d 'How long --wait tries (90s, 10m, 1h; plain numbers are seconds); then the last failure\'s exit code' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l interval -d 'Time between fetches of --watch' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l exec -d 'With --watch, run CMD (through sh -c) after each change, with SMQ_BOOTSTRAP_DIR, SMQ_BOOTSTRAP_CONFIG_FILE, SMQ_BOOTSTRAP_CLIENT_CERT, SMQ_BOOTSTRAP_CLIENT_KEY, SMQ_BOOTSTRAP_CA_CERT (those written) and SMQ_BOOTSTRAP_EXTERNAL_ID in its environment. A failing CMD is reported; the watch goes on' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l wait -d 'Try again until the config can be served (not uploaded yet, disabled, the service or the network down), with backoff; a wrong key or an undecryptable reply stops at once. One status line per try on stderr'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l watch -d 'Keep fetching, every --interval (with jitter): when the document changes, rewrite --save-dir (whole sets only) and run --exec. Stops cleanly (exit 0) on SIGTERM or Ctrl-C'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -a "secure" -d 'Fetch through the secure endpoint: the key is sent AES-CFB encrypted and the reply decrypted'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and not __fish_seen_subcommand_from secure help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l external-key-file -d 'Read the external key from FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l save-dir -d 'Also write config.json, client.crt, client.key (mode 0600) and ca.crt into DIR' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l wait-timeout -d 'How long --wait tries (90s, 10m, 1h; plain numbers are seconds); then the last failure\'s exit code' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l interval -d 'Time between fetches of --watch' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l exec -d 'With --watch, run CMD (through sh -c) after each change, with SMQ_BOOTSTRAP_DIR, SMQ_BOOTSTRAP_CONFIG_FILE, SMQ_BOOTSTRAP_CLIENT_CERT, SMQ_BOOTSTRAP_CLIENT_KEY, SMQ_BOOTSTRAP_CA_CERT (those written) and SMQ_BOOTSTRAP_EXTERNAL_ID in its environment. A failing CMD is reported; the watch goes on' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l crypto-key-file -d 'Read the crypto key from FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l wait -d 'Try again until the config can be served (not uploaded yet, disabled, the service or the network down), with backoff; a wrong key or an undecryptable reply stops at once. One status line per try on stderr'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l watch -d 'Keep fetching, every --interval (with jitter): when the document changes, rewrite --save-dir (whole sets only) and run --exec. Stops cleanly (exit 0) on SIGTERM or Ctrl-C'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from secure" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "secure" -d 'Fetch through the secure endpoint: the key is sent AES-CFB encrypted and the reply decrypted'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -f -a "encrypt" -d 'Encrypt TEXT (or stdin with -) and print hex(IV‖ciphertext), as the secure request\'s key'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -f -a "decrypt" -d 'Decrypt IV‖ciphertext from FILE (or stdin) and print the plaintext, as a saved secure reply'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and not __fish_seen_subcommand_from encrypt decrypt help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l key -d 'The encryption key (16, 24 or 32 bytes)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l key-file -d 'Read the key from FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from encrypt" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l key -d 'The encryption key (16, 24 or 32 bytes)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l key-file -d 'Read the key from FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l hex -d 'The input is hex text rather than raw bytes'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from decrypt" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from help" -f -a "encrypt" -d 'Encrypt TEXT (or stdin with -) and print hex(IV‖ciphertext), as the secure request\'s key'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from help" -f -a "decrypt" -d 'Decrypt IV‖ciphertext from FILE (or stdin) and print the plaintext, as a saved secure reply'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand crypto; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand health" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l listen -d 'Address to listen on (port 0 picks a free port)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l tls-cert -d 'Serve HTTPS with this certificate chain (PEM); needs --tls-key' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l tls-key -d 'The private key (PEM) of --tls-cert' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l write-ca -d 'Write that CA\'s certificate to FILE, for clients\' --tls-ca' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l request-log -d 'Append one line per request received (METHOD PATH STATUS) to FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l fail-rate -d 'Answer this share of API requests (0 to 1) with 503 before doing anything' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l drop-rate -d 'Carry out this share of API requests (0 to 1), then close the connection without answering' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l latency-ms -d 'Wait this long before handling each API request' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l unavailable-for -d 'Answer every request with 503 for this many seconds after the start (a service that comes up late)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l seed -d 'Seed of the fault dice, for repeatable runs' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l encrypt-key -d 'The service\'s encryption key for secure bootstrap' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l unverified-token -d 'A user whose e-mail is not verified, as TOKEN:DOMAIN (v0.30 refuses it; repeatable)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l known-domain -d 'A domain that exists but has no members (repeatable); other domains no user names are unknown' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l client -d 'A client the Clients service holds, for bindings (v0.30), as JSON: {"id", "domain_id"?, "name"?, "identity"?, "secret"?}; repeatable' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l channel -d 'A channel the Channels service holds, as JSON: {"id", "domain_id"?, "name"?, "route"?, "metadata"?}; its name and metadata show in configs; repeatable' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l user -d 'An account of the users service, for `login`: NAME:PASSWORD, a member of --domain (repeatable). The token endpoints are served at the sandbox\'s own root' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l user-domain -d 'Another domain an account of --user is a member of: NAME:DOMAIN (repeatable)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l token-ttl -d 'Lifetime of the access tokens the users service issues, in seconds' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l refresh-ttl -d 'Lifetime of its refresh tokens, in seconds' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l tls-self-signed -d 'Serve HTTPS with a new CA and a certificate it signs for localhost and 127.0.0.1'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l typed-errors -d 'Serve Magistrala v0.20: the clients API (with --api clients) answering with its `{"message"}`-only errors and statuses. (--api profiles serves v0.30.)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l users-url -d 'The users service [default: the bootstrap URL\'s host on port 9002 when it uses 9013, else its root; confirmed before a password is sent]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l username -d 'User name or e-mail [default: the session\'s, else a prompt]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l password-file -d 'Read the password from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l password-stdin -d 'Read the password from standard input (first line)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l status -d 'Show the session (user, URLs, generation, domain, when each token expires), never a token'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand login" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand logout" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l external-id -d 'A device\'s external id, to check its external key with the service' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l external-key -d 'The device\'s external key (prefer SMQ_BOOTSTRAP_EXTERNAL_KEY or --external-key-file)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l external-key-file -d 'Read the external key from FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l crypto-key -d 'The service\'s crypto key, to check its length and the secure endpoint' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l crypto-key-file -d 'Read the crypto key from FILE' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -f -a "set" -d 'Set a setting of a profile: url, token, token_file, output, tls_ca, insecure, timeout'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -f -a "unset" -d 'Remove a setting from a profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -f -a "show" -d 'Show a profile (the token redacted unless --show-secrets)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -f -a "list" -d 'List profiles'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -f -a "remove" -d 'Delete a profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and not __fish_seen_subcommand_from set unset show list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a setting of a profile: url, token, token_file, output, tls_ca, insecure, timeout'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting from a profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile (the token redacted unless --show-secrets)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "create" -d 'Create a device profile from flags and/or --json; prints its id (-o json: the profile)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "upload" -d 'Create a device profile from a JSON, YAML or TOML document; prints its id (-o json: the profile)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "list" -d 'List device profiles, newest first'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "view" -d 'Show a device profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "update" -d 'Change the fields given; prints the profile. The service cannot clear the name, description, format or template; --defaults \'{}\' and --clear-slots clear those'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "remove" -d 'Remove device profiles (asks first; --yes when not interactive). Configs using one fall back to their static content; their bindings stay'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "slots" -d 'Show a device profile\'s binding slots'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "render" -d 'Render a device profile as the service would: for a stored config (--config-id; its bindings without their secrets), or for a sample device described by the flags. Prints the content; -o json prints {"content": …}'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and not __fish_seen_subcommand_from create upload list view update remove slots render help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l json -d 'The profile as JSON: inline, @FILE, or - for stdin; flags override its fields' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l name -d 'Profile name (unique in the domain)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l format -d 'What the rendered text becomes: json (re-emitted, the service\'s default), yaml, toml, go-template (as rendered) or raw (the template as it is, not rendered)' -r -f -a "json\t''
yaml\t''
toml\t''
go-template\t''
raw\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l template -d 'The Go template: text or @FILE. It sees .Device.ID, .Device.ExternalID, .Device.DomainID, .Vars (defaults overlaid by the config\'s render context) and .Bindings.SLOT.{ID,Snapshot,Secret}' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l defaults -d 'Default template variables, a JSON object: inline or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l slot -d 'A binding slot: NAME:TYPE, or NAME:TYPE:required (TYPE client or channel; repeat for several; replaces the slots)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l format -d 'Its format [default: from the file extension]' -r -f -a "json\t''
yaml\t''
toml\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l name -d 'Only profiles whose name contains TEXT (case-insensitive)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l limit -d 'Profiles per page (1 to 100)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l offset -d 'Profiles to skip' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l all -d 'Follow the pages to the end (100 a request)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l json -d 'The profile as JSON: inline, @FILE, or - for stdin; flags override its fields' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l name -d 'Profile name (unique in the domain)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l description -d 'Description' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l format -d 'What the rendered text becomes: json (re-emitted, the service\'s default), yaml, toml, go-template (as rendered) or raw (the template as it is, not rendered)' -r -f -a "json\t''
yaml\t''
toml\t''
go-template\t''
raw\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l template -d 'The Go template: text or @FILE. It sees .Device.ID, .Device.ExternalID, .Device.DomainID, .Vars (defaults overlaid by the config\'s render context) and .Bindings.SLOT.{ID,Snapshot,Secret}' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l defaults -d 'Default template variables, a JSON object: inline or @FILE' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l slot -d 'A binding slot: NAME:TYPE, or NAME:TYPE:required (TYPE client or channel; repeat for several; replaces the slots)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l clear-slots -d 'Remove every binding slot'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from slots" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l config-id -d 'Render for this config, with its render context and bindings' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l device-id -d 'The sample device\'s config id' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l external-id -d 'The sample device\'s external id' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l render-context -d 'Template variables, a JSON object: inline or @FILE (a stored config\'s own win)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l binding -d 'A sample binding: SLOT=TYPE:RESOURCE_ID (repeat for several)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l snapshot -d 'A sample binding\'s snapshot field: SLOT.KEY=VALUE (a channel\'s topic is SLOT.topic=…)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l secret -d 'A sample binding\'s secret: SLOT.KEY=VALUE (a client\'s is SLOT.secret=…; a sample, not a real secret)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from render" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a device profile from flags and/or --json; prints its id (-o json: the profile)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Create a device profile from a JSON, YAML or TOML document; prints its id (-o json: the profile)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List device profiles, newest first'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "view" -d 'Show a device profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change the fields given; prints the profile. The service cannot clear the name, description, format or template; --defaults \'{}\' and --clear-slots clear those'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove device profiles (asks first; --yes when not interactive). Configs using one fall back to their static content; their bindings stay'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "slots" -d 'Show a device profile\'s binding slots'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "render" -d 'Render a device profile as the service would: for a stored config (--config-id; its bindings without their secrets), or for a sample device described by the flags. Prints the content; -o json prints {"content": …}'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand device-profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -f -a "assign" -d 'Give a config a device profile (a profile cannot be taken away, only replaced; the config\'s bindings stay)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -f -a "bind" -d 'Bind clients and channels to the profile\'s slots, as SLOT=TYPE:ID (TYPE client or channel). Merged with the config\'s other bindings; the service snapshots each resource (a client\'s secret included, kept encrypted). The first bind must cover every required slot'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -f -a "bindings" -d 'Show a config\'s bindings (their secrets are never shown)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -f -a "refresh" -d 'Resolve a config\'s bound resources again and store fresh snapshots (a renamed channel, a rotated client secret)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and not __fish_seen_subcommand_from assign bind bindings refresh help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bind" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from bindings" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give a config a device profile (a profile cannot be taken away, only replaced; the config\'s bindings stay)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from help" -f -a "bind" -d 'Bind clients and channels to the profile\'s slots, as SLOT=TYPE:ID (TYPE client or channel). Merged with the config\'s other bindings; the service snapshots each resource (a client\'s secret included, kept encrypted). The first bind must cover every required slot'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from help" -f -a "bindings" -d 'Show a config\'s bindings (their secrets are never shown)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Resolve a config\'s bound resources again and store fresh snapshots (a renamed channel, a rotated client secret)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand enrollment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand completions" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s b -l url -d 'Base URL of the bootstrap service [default: http://localhost:9013]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s t -l token -d 'User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the flag) [sandbox default: sandbox-token]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l token-file -d 'Read the user token from FILE (first line)' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l profile -d 'Named settings from the profile file (see `smq-bootstrap profile`)' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l api -d 'API generation of the service: v1 (/things), domain (/{domain}/things), clients (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or auto: probe once and remember it per URL [default: auto]' -r -f -a "auto\t''
v1\t''
domain\t''
clients\t''
profiles\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l domain -d 'Domain id, required by every generation but v1' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s o -l output -d 'Output format [default: table on a terminal, json when piped]; csv applies to lists' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l jq -d 'Filter the JSON output through a jq expression (jq\'s language, run by jaq): a string result prints as plain text, others as JSON. Lists are filtered whole (as `-o json` prints them), each line with `-o jsonl`, each record in `config export`' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l columns -d 'The fields a table or CSV shows, comma-separated (`id,name,state`); a table without -o is implied' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l tls-ca -d 'Trust the CA certificates in FILE (PEM) for HTTPS' -r -F
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l timeout -d 'Request timeout in seconds; connecting is limited to 10 s [default: 30]' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l retries -d 'Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff. A create is re-sent only when it provably did not arrive' -r
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l allow-insecure-http -d 'Send the user token over plain http:// to a host other than this machine (it can be read on the way)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s k -l insecure -d 'Do not verify the service\'s TLS certificate (unsafe; prints a warning)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l curl -d 'Print the equivalent curl command of each request on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l show-secrets -d 'Show secrets (tokens, keys) in --curl, -v and config output'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -l dry-run -d 'Print the requests as curl commands and send nothing'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s v -l verbose -d 'Log each request and response on stderr (secrets redacted)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s q -l quiet -d 'Print nothing but results and errors'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s y -l yes -d 'Answer yes to confirmations (required for removal when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand generate-docs" -s V -l version -d 'Print version'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "config" -d 'Manage device configs (needs a user token)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "state" -d 'Enable or disable devices (needs a user token)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "bootstrap" -d 'Fetch a device\'s bootstrap config with its external id and key, as the device does'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "crypto" -d 'Encrypt or decrypt offline, as the secure bootstrap does'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "health" -d 'Check that the service is up'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "sandbox" -d 'Run an in-memory stand-in of the bootstrap service'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "login" -d 'Log in to the users service: the token pair is kept in the profile (0600) and renewed as it expires; management commands then need no token'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "logout" -d 'End the login session: revoked on the service where it can be (Magistrala), and forgotten here'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "doctor" -d 'Check what a device or an operator needs, one line each with the fix: the URL, DNS, TCP, TLS (chain, name, expiry, CA), /health and the generation, the clock, the crypto key, the external key, the user token, the proxy, file permissions, and where each setting came from. Exits 0 only when every check passed'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "profile" -d 'Manage named settings in the profile file (device profiles are `device-profile`)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "device-profile" -d 'Device profiles (Magistrala v0.30): templates the service renders into each device\'s content. Not the settings of `profile`'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "enrollment" -d 'Enrollments (Magistrala v0.30): a config\'s device profile and the clients and channels bound to the profile\'s slots'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "completions" -d 'Print a shell completion script'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "generate-docs" -d 'Write completions and man pages into DIR (for packaging)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and not __fish_seen_subcommand_from config state bootstrap crypto health sandbox login logout doctor profile device-profile enrollment completions generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "create" -d 'Upload a device config; prints the new config id alone (with -o json, the created config where the service answers with it: Magistrala v0.30)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List configs'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Show one config, by its id or its external id'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "update" -d 'Change a config\'s name, content and (v0.30) render context; a field not given keeps its value (the service replaces them together: the tool reads, merges and writes)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "certs" -d 'Replace a config\'s certificates; prints what the service stored'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "connections" -d 'Replace a config\'s channel list (not in Magistrala v0.30: there a device\'s channels come from its device profile\'s bindings, see `enrollment bind`)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "remove" -d 'Remove configs (asks first; --yes when not interactive)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "import" -d 'Create many configs from JSONL, a JSON array or CSV, concurrently and resumably'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "export" -d 'Write every config, page after page, as JSONL (default), JSON or CSV that `config import` reads back; external keys and certificates included'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "apply" -d 'Make the service\'s configs what FILE says: create the missing ones, update those that differ (name, content, channels or profile, certificates, state), leave the rest; with --prune, remove the ones not in FILE. Safe to run again: a second run changes nothing. Takes --report, --resume and --plan as import does'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "enable" -d 'Enable devices (state 1: connected to their channels)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "disable" -d 'Disable devices (state 0)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "secure" -d 'Fetch through the secure endpoint: the key is sent AES-CFB encrypted and the reply decrypted'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from crypto" -f -a "encrypt" -d 'Encrypt TEXT (or stdin with -) and print hex(IV‖ciphertext), as the secure request\'s key'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from crypto" -f -a "decrypt" -d 'Decrypt IV‖ciphertext from FILE (or stdin) and print the plaintext, as a saved secure reply'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Set a setting of a profile: url, token, token_file, output, tls_ca, insecure, timeout'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "unset" -d 'Remove a setting from a profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile (the token redacted unless --show-secrets)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Delete a profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "create" -d 'Create a device profile from flags and/or --json; prints its id (-o json: the profile)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "upload" -d 'Create a device profile from a JSON, YAML or TOML document; prints its id (-o json: the profile)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "list" -d 'List device profiles, newest first'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "view" -d 'Show a device profile'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "update" -d 'Change the fields given; prints the profile. The service cannot clear the name, description, format or template; --defaults \'{}\' and --clear-slots clear those'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "remove" -d 'Remove device profiles (asks first; --yes when not interactive). Configs using one fall back to their static content; their bindings stay'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "slots" -d 'Show a device profile\'s binding slots'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from device-profile" -f -a "render" -d 'Render a device profile as the service would: for a stored config (--config-id; its bindings without their secrets), or for a sample device described by the flags. Prints the content; -o json prints {"content": …}'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from enrollment" -f -a "assign" -d 'Give a config a device profile (a profile cannot be taken away, only replaced; the config\'s bindings stay)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from enrollment" -f -a "bind" -d 'Bind clients and channels to the profile\'s slots, as SLOT=TYPE:ID (TYPE client or channel). Merged with the config\'s other bindings; the service snapshots each resource (a client\'s secret included, kept encrypted). The first bind must cover every required slot'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from enrollment" -f -a "bindings" -d 'Show a config\'s bindings (their secrets are never shown)'
complete -c smq-bootstrap -n "__fish_smq_bootstrap_using_subcommand help; and __fish_seen_subcommand_from enrollment" -f -a "refresh" -d 'Resolve a config\'s bound resources again and store fresh snapshots (a renamed channel, a rotated client secret)'
