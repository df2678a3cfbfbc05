#!/usr/bin/env sh
# The README's device-profile example, run against the sandbox serving
# Magistrala v0.30: create a profile, create a config using it, bind a
# channel and a client to its slots, bootstrap, see the rendered content.
# BIN names the binary (default: a release build made here).
set -eu
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
    cargo build --release --locked
    BIN=./target/release/smq-bootstrap
fi
LOG=$(mktemp)
WORK=$(mktemp -d)

# The sandbox's Clients and Channels services hold one client and one channel.
$BIN sandbox --listen 127.0.0.1:0 --api profiles --domain demo \
    --client '{"id":"gw-client","name":"gateway 1","secret":"client-secret"}' \
    --channel '{"id":"telemetry","name":"telemetry","route":"site1.telemetry"}' \
    >"$LOG" 2>/dev/null &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null; rm -rf "$LOG" "$WORK"' EXIT
while [ ! -s "$LOG" ]; do sleep 0.1; done

export SMQ_BOOTSTRAP_URL="$(head -n 1 "$LOG")"
export SMQ_TOKEN=sandbox-token SMQ_DOMAIN_ID=demo
export SMQ_BOOTSTRAP_CONFIG="$WORK/profiles.toml"
export SMQ_BOOTSTRAP_EXTERNAL_KEY=device-secret-1
echo "sandbox at $SMQ_BOOTSTRAP_URL"

cat >"$WORK/gateway.yaml" <<'YAML'
name: mqtt-gateway
content_format: json
content_template: |
  {"device": "{{ .Device.ExternalID }}",
   "broker": "{{ .Vars.broker }}",
   "topic": "{{ .Bindings.data.Snapshot.topic }}",
   "username": "{{ .Bindings.mqtt.ID }}",
   "password": "{{ .Bindings.mqtt.Secret.secret }}"}
defaults:
  broker: mqtts://broker.example.com:8883
binding_slots:
  - {name: data, type: channel, required: true}
  - {name: mqtt, type: client, required: true}
YAML

set -x
PROFILE=$($BIN device-profile upload "$WORK/gateway.yaml")
ID=$($BIN config create --external-id aa:bb:cc:dd:ee:01 --external-key "$SMQ_BOOTSTRAP_EXTERNAL_KEY" \
       --profile-id "$PROFILE" --render-context '{"broker": "mqtts://site1.example.com:8883"}')
$BIN enrollment bind "$ID" data=channel:telemetry mqtt=client:gw-client
$BIN -o table enrollment bindings "$ID"
$BIN bootstrap aa:bb:cc:dd:ee:01
