#!/usr/bin/env bash
# Runs every fuzz target (or those named) with cargo-fuzz/libFuzzer for
# FUZZ_SECS seconds each (default 60), seeded with the authored fixtures and
# the saved regressions. Crashes land in fuzz/artifacts/<target>/; copy each
# into fuzz/regressions/<target>/ once fixed (the smoke test replays them).
#
#   fuzz/run.sh                 # all targets, 60 s each
#   FUZZ_SECS=600 fuzz/run.sh extract warc
#   fuzz/run.sh --smoke         # the stable smoke run CI uses (no cargo-fuzz)
#
# Nightly is not installed here: RUSTC_BOOTSTRAP=1 lets the stable compiler
# accept the -Z flags cargo-fuzz passes. `cargo install cargo-fuzz` once.
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${1:-}" == "--smoke" ]]; then
    exec cargo test --release --quiet -- --nocapture
fi

secs="${FUZZ_SECS:-60}"
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(extract writers decode metadata warc)
fi
command -v cargo-fuzz >/dev/null || { echo "run.sh: cargo install cargo-fuzz first" >&2; exit 2; }

export RUSTC_BOOTSTRAP=1
status=0
for t in "${targets[@]}"; do
    corpus="corpus/$t"
    mkdir -p "$corpus"
    if [[ "$t" != "warc" ]]; then
        cp -n ../fixtures/*.html "$corpus/" 2>/dev/null || true
    fi
    if [[ -d "regressions/$t" ]]; then
        cp -n "regressions/$t"/* "$corpus/" 2>/dev/null || true
    fi
    echo "== $t: ${secs}s" >&2
    if ! cargo fuzz run --release --features libfuzzer "$t" "$corpus" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len=1048576 \
        -print_final_stats=1 2>"corpus/$t.log"; then
        status=1
        echo "== $t: CRASH, see fuzz/artifacts/$t/ and corpus/$t.log" >&2
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "corpus/$t.log" >&2 || true
done
exit $status
