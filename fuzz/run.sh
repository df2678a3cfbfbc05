#!/usr/bin/env bash
# Runs the fuzz targets with cargo-fuzz (libFuzzer + AddressSanitizer, leak
# detection on). Stable Rust works: RUSTC_BOOTSTRAP=1 enables the sanitizer flags.
#
#   fuzz/run.sh                 # every target, 10 minutes each, two at a time
#   SECS=60 fuzz/run.sh secure_reply
#
# New inputs go to fuzz/corpus/<target> (not committed); the seeds in
# fuzz/seeds/<target> are. A crash lands in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
SECS=${SECS:-600}
JOBS=${JOBS:-2}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(secure_reply service_replies import_records local_files sandbox_decode)
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
mkdir -p logs
run() {
  local t=$1
  mkdir -p "corpus/$t"
  cargo fuzz run -O "$t" "corpus/$t" "seeds/$t" -- -max_total_time="$SECS" -rss_limit_mb=2048 -print_final_stats=1 \
    >"logs/$t.log" 2>&1 && echo "$t: ok" || echo "$t: FAILED (see fuzz/logs/$t.log)"
  grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb)|cov:' "logs/$t.log" | tail -4
}
export -f run
export SECS
printf '%s\n' "${targets[@]}" | xargs -P "$JOBS" -I{} bash -c 'run {}'
