#!/usr/bin/env sh
# Builds smq-bootstrap and runs a real flow against its built-in sandbox:
# create a device config, enable it, bootstrap it plain and secure.
set -eu
cd "$(dirname "$0")/.."
cargo build --release --locked
BIN=./target/release/smq-bootstrap
LOG=$(mktemp)

# Start the sandbox on a free port; it prints its URL first.
$BIN sandbox --listen 127.0.0.1:0 >"$LOG" 2>/dev/null &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null; rm -f "$LOG"' EXIT
while [ ! -s "$LOG" ]; do sleep 0.1; done

export SMQ_BOOTSTRAP_URL="$(head -n 1 "$LOG")"
export SMQ_TOKEN=sandbox-token                                  # the sandbox's default token
export SMQ_BOOTSTRAP_EXTERNAL_KEY=device-secret-1               # the device's key
export SMQ_BOOTSTRAP_ENCRYPT_KEY=12345678910111213141516171819202  # the service's default key
echo "sandbox at $SMQ_BOOTSTRAP_URL"

MAC=aa:bb:cc:dd:ee:01                                           # devices are often known by their MAC
set -x
ID=$($BIN config create --external-id "$MAC" --external-key "$SMQ_BOOTSTRAP_EXTERNAL_KEY" \
       --channel telemetry --channel commands --name demo --content '{"interval": 30}')
$BIN state enable "$ID"
$BIN -o table config list
$BIN bootstrap "$MAC"
$BIN bootstrap secure "$MAC"
