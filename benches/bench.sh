#!/usr/bin/env bash
# Benchmarks of smq-bootstrap against baselines measured in the same run, on
# loopback against the release sandbox. Prints a Markdown table of ratios.
#
#   benches/bench.sh              # full run (a few minutes)
#   N_IMPORT=2000 N_EXPORT=20000 N_SEQ=300 benches/bench.sh   # quicker
#
# Needs curl, wrk, hyperfine and GNU time; installs them with apt-get when
# missing and run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

N_IMPORT=${N_IMPORT:-10000}   # configs imported (ours, xargs baseline)
N_SEQ=${N_SEQ:-1000}          # configs for the sequential curl loop (its rate is what counts)
N_EXPORT=${N_EXPORT:-100000}  # configs exported
WRK_SECS=${WRK_SECS:-5}
TOKEN=bench-token

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need hyperfine || ! [ -x /usr/bin/time ] || ! need curl; then
  if [ "$(id -u)" = 0 ] && need apt-get; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk hyperfine time curl >/dev/null
  else
    echo "bench: needs wrk, hyperfine, GNU time and curl" >&2; exit 1
  fi
fi

cargo build --release --locked -q
BIN=$PWD/target/release/smq-bootstrap
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# Starts a fresh release sandbox; sets URL.
sandbox() {
  local out="$WORK/sandbox.$RANDOM"
  "$BIN" sandbox --listen 127.0.0.1:0 --token "$TOKEN" >"$out" 2>/dev/null &
  PIDS+=($!)
  while [ ! -s "$out" ]; do sleep 0.05; done
  URL=$(head -n 1 "$out")
}
stop_sandbox() { kill "${PIDS[-1]}" 2>/dev/null || true; wait "${PIDS[-1]}" 2>/dev/null || true; }

# JSONL create bodies: records PREFIX N
records() {
  awk -v p="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++)
    printf "{\"external_id\":\"%s-%07d\",\"external_key\":\"key-%d\",\"channels\":[\"c1\",\"c2\"],\"name\":\"%s-%d\",\"content\":\"{\\\"interval\\\":30}\"}\n", p, i, i, p, i }'
}
now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
export SMQ_TOKEN=$TOKEN SMQ_API=v1 SMQ_BOOTSTRAP_CONFIG=$WORK/profiles.toml

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)" >&2

# (a) sequential curl loop
sandbox
records seq "$N_SEQ" >"$WORK/seq.jsonl"
t0=$(now)
while IFS= read -r line; do
  curl -s -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-raw "$line" "$URL/things/configs"
done <"$WORK/seq.jsonl"
t_seq=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')
r_seq=$(rate "$N_SEQ" "$t_seq")
stop_sandbox

# (b) the same with xargs -P 16
sandbox
records par "$N_IMPORT" >"$WORK/par.jsonl"
t0=$(now)
xargs -P 16 -d '\n' -I{} curl -s -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' --data-raw {} "$URL/things/configs" <"$WORK/par.jsonl"
t_par=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')
r_par=$(rate "$N_IMPORT" "$t_par")
stop_sandbox

# (c) the sandbox's raw capacity: wrk, 16 keep-alive connections, the same POSTs (unique ids)
sandbox
# Each wrk thread gets its own id prefix (the global tid, set per thread).
cat >"$WORK/post.lua" <<LUA
local n = 0
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function request()
  n = n + 1
  local body = string.format('{"external_id":"wrk-%d-%d","external_key":"key-%d","channels":["c1","c2"],"name":"wrk-%d-%d","content":"{\\\\"interval\\\\":30}"}', tid, n, n, tid, n)
  return wrk.format("POST", "/things/configs", {["Authorization"] = "Bearer $TOKEN", ["Content-Type"] = "application/json"}, body)
end
LUA
# Only created configs count: requests minus non-2xx replies, over the run time.
wrk -t 2 -c 16 -d "${WRK_SECS}s" -s "$WORK/post.lua" "$URL" >"$WORK/wrk.txt"
r_raw=$(awk '/requests in/ { n = $1; t = $4; sub(/s,?$/, "", t) } /Non-2xx/ { bad = $5 } END { printf "%.0f", (n - bad) / t }' "$WORK/wrk.txt")
stop_sandbox

# (d) smq-bootstrap config import, default concurrency: median of 5 runs, each
# into a fresh sandbox (one run of 10k takes a fraction of a second: noisy).
times=()
for _ in 1 2 3 4 5; do
  sandbox
  t0=$(now)
  SMQ_BOOTSTRAP_URL=$URL "$BIN" -q config import "$WORK/par.jsonl"
  times+=("$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')")
  stop_sandbox
done
t_imp=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 3p)
r_imp=$(rate "$N_IMPORT" "$t_imp")

# Export of N_EXPORT configs: wall time and peak RSS
sandbox
records exp "$N_EXPORT" >"$WORK/exp.jsonl"
SMQ_BOOTSTRAP_URL=$URL "$BIN" -q config import --concurrency 32 "$WORK/exp.jsonl"
# Wall time (s) and peak RSS (MB) from GNU time's report in $WORK/time.txt.
wall_rss() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s }
              /Maximum resident set size/ { r = $2 / 1024 }
              END { printf "%s %.1f\n", w, r }' "$WORK/time.txt"
}
export_run() {
  SMQ_BOOTSTRAP_URL=$URL /usr/bin/time -v "$BIN" config export "$@" 2>"$WORK/time.txt" >"$WORK/export.out"
  echo "$(wc -l <"$WORK/export.out") $(wall_rss)"
}
read -r exp_lines exp_wall exp_rss < <(export_run)
read -r _ expn_wall expn_rss < <(export_run --no-details)

# Re-running a file whose configs are all there: import (all skipped), apply
# (looked up first: all unchanged), and the read-only --plan, on the first
# N_IMPORT records of the export's service.
head -n "$N_IMPORT" "$WORK/exp.jsonl" >"$WORK/again.jsonl"
timed() {
  local t0; t0=$(now)
  SMQ_BOOTSTRAP_URL=$URL "$BIN" -q "$@" >/dev/null || [ $? = 5 ]
  awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }'
}
t_reimp=$(timed config import "$WORK/again.jsonl")
t_reapply=$(timed config apply "$WORK/again.jsonl")
t_plan=$(timed config import --plan -o json "$WORK/again.jsonl")

# A list of every config, as JSON and through --jq (which sees the whole array).
list_run() {
  SMQ_BOOTSTRAP_URL=$URL /usr/bin/time -v "$BIN" config list --all "$@" 2>"$WORK/time.txt" >"$WORK/list.out"
  wall_rss
}
read -r list_wall list_rss < <(list_run -o json)
read -r jq_wall jq_rss < <(list_run --jq '[.[] | select(.name | endswith("7"))] | length')
stop_sandbox

# bootstrap secure (one process) vs curl fetching the plain document
sandbox
SMQ_BOOTSTRAP_URL=$URL "$BIN" -q config create --external-id dev-b --external-key key-b --channel c1 --content x >/dev/null
export SMQ_BOOTSTRAP_URL=$URL SMQ_BOOTSTRAP_EXTERNAL_KEY=key-b SMQ_BOOTSTRAP_ENCRYPT_KEY=12345678910111213141516171819202
hyperfine -N --warmup 20 --runs 300 --export-json "$WORK/hf.json" \
  "curl -s -H 'Authorization: Thing key-b' $URL/things/bootstrap/dev-b" \
  "$BIN bootstrap secure dev-b" >/dev/null
read -r t_curl t_secure < <(python3 -c "import json; r=json.load(open('$WORK/hf.json'))['results']; print(r[0]['mean']*1000, r[1]['mean']*1000)")
stop_sandbox

cat <<TABLE
| measurement | result | ratio | target |
| --- | --- | --- | --- |
| sequential curl loop, ${N_SEQ} POSTs | ${r_seq}/s | — | — |
| xargs -P 16 curl, ${N_IMPORT} POSTs | ${r_par}/s | — | — |
| raw capacity (wrk, 16 keep-alive connections, ${WRK_SECS} s) | ${r_raw}/s | — | — |
| \`config import\` of ${N_IMPORT}, concurrency 16 (median of 5) | ${r_imp}/s ($(printf %.2f "$t_imp") s) | $(ratio "$r_imp" "$r_par")× xargs, $(ratio "$r_imp" "$r_seq")× sequential, $(ratio "$r_imp" "$r_raw") of raw | ≥ 20× xargs, ≥ 0.70 of raw |
| \`config export\` of ${exp_lines} (with channels and certificates) | $(printf %.2f "$exp_wall") s, ${exp_rss} MB peak RSS | — | < 50 MB |
| \`config export --no-details\` of ${exp_lines} | $(printf %.2f "$expn_wall") s, ${expn_rss} MB peak RSS | — | < 50 MB |
| re-running ${N_IMPORT} records that are all there: \`config import\` (skipped) | $(printf %.2f "$t_reimp") s | — | — |
| the same with \`config apply\` (looked up first, unchanged) | $(printf %.2f "$t_reapply") s | $(ratio "$t_reapply" "$t_reimp")× import | ≤ 1.5× |
| the same with \`config import --plan\` (read-only) | $(printf %.2f "$t_plan") s | $(ratio "$t_plan" "$t_reimp")× import | ≤ 1.5× |
| \`config list --all -o json\` of ${exp_lines} | $(printf %.2f "$list_wall") s, ${list_rss} MB peak RSS | — | — |
| the same through \`--jq '[.[] \\| select(…)] \\| length'\` | $(printf %.2f "$jq_wall") s, ${jq_rss} MB peak RSS | $(ratio "$jq_wall" "$list_wall")× | ≤ 1.5× |
| \`bootstrap secure\` vs curl of the plain document (mean of 300) | $(printf %.2f "$t_secure") ms vs $(printf %.2f "$t_curl") ms | $(ratio "$t_secure" "$t_curl")× | ≤ 1.5× |
TABLE
