#!/bin/bash
# Builds the libFuzzer targets (Fuzz/, a nested package) and runs each for a set time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     # default: 60 s each for every target
#
# Targets: html (ingest.html), xml (feed, Reuters, NITF and generic XML readers), warc (the
# web-archive reader), jsonl (JSON Lines), tokenize (text ingest, normalise, tokenise,
# sentences), numbers (the numbers stage). Each runs alone (one fuzzing process at a time),
# starting from its seed corpus (Fuzz/make-seeds.py: the tests' fixtures and seeds/) and the
# corpus earlier runs grew. Everything it writes is in .fuzz/ (not in git):
#   .fuzz/seeds/TARGET     seed corpus, remade each run
#   .fuzz/corpus/TARGET    inputs libFuzzer found interesting, kept between runs
#   .fuzz/crashes/TARGET   crash, timeout and out-of-memory reproducers
#   .fuzz/logs/TARGET.log  libFuzzer's output
# Per target it prints executions, executions per second, coverage (libFuzzer's `cov`, the
# instrumented edges reached), corpus size and the reproducers written in this run. After a
# crash libFuzzer starts again, until the target's time is used. It exits with 1 when a target
# wrote any reproducer.
#
# Reproduce or minimise a crash:
#   Fuzz/.build/release/FuzzHTML .fuzz/crashes/html/crash-...
#   Fuzz/.build/release/FuzzHTML -minimize_crash=1 -runs=10000 .fuzz/crashes/html/crash-...
# (with SWIFT_BACKTRACE=enable=no, as below, so that libFuzzer prints the stack).
#
# Bounds of one input: -max_len (bytes, per target below), -timeout=10 s, -rss_limit_mb=2048.
# Needs a Swift toolchain with libFuzzer (swift.org's Linux toolchains have it), and lld.
set -eu
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-html xml warc jsonl tokenize numbers}

product() {
    case $1 in
    html) echo FuzzHTML ;; xml) echo FuzzXML ;; warc) echo FuzzWARC ;; jsonl) echo FuzzJSONL ;;
    tokenize) echo FuzzTokenize ;; numbers) echo FuzzNumbers ;;
    *) echo "fuzz.sh: unknown target '$1' (html, xml, warc, jsonl, tokenize, numbers)" >&2; exit 64 ;;
    esac
}

max_len() {
    case $1 in
    tokenize) echo 4096 ;; numbers) echo 1024 ;; *) echo 8192 ;;
    esac
}

for target in $TARGETS; do product "$target" >/dev/null; done

# gold fails to link the instrumented executables; lld links them.
swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
python3 Fuzz/make-seeds.py .fuzz/seeds

# The Swift runtime's backtracer would catch a trap before libFuzzer saves the input.
export SWIFT_BACKTRACE=enable=no
status=0
printf '%-9s %12s %8s %7s %8s %s\n' target executions exec/s cov corpus reproducers | tee .fuzz/summary.txt
for target in $TARGETS; do
    mkdir -p ".fuzz/corpus/$target" ".fuzz/crashes/$target" .fuzz/logs
    log=".fuzz/logs/$target.log"
    : >"$log"
    before=$(ls ".fuzz/crashes/$target" | wc -l)
    echo "fuzz.sh: $target for ${SECONDS_PER_TARGET}s (log: $log)" >&2
    # libFuzzer stops at a crash (its input saved): start it again until the time is used.
    started=$(date +%s)
    executions=0
    while remaining=$((started + SECONDS_PER_TARGET - $(date +%s))); [ "$remaining" -gt 0 ]; do
        "Fuzz/.build/release/$(product "$target")" -max_total_time="$remaining" -max_len="$(max_len "$target")" \
            -timeout=10 -rss_limit_mb=2048 -artifact_prefix=".fuzz/crashes/$target/" -print_final_stats=1 \
            ".fuzz/corpus/$target" ".fuzz/seeds/$target" >>"$log" 2>&1 || true
        run=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        [ -n "$run" ] || { echo "fuzz.sh: $target stopped without statistics; see $log" >&2; break; }
        executions=$((executions + ${run:-0}))
        sed -i 's/^stat::number_of_executed_units:/counted::number_of_executed_units:/' "$log"
    done
    rate=$((executions / SECONDS_PER_TARGET))
    coverage=$(sed -n 's/^#.*cov: \([0-9]*\).*/\1/p' "$log" | tail -1)
    corpus=$(ls ".fuzz/corpus/$target" | wc -l)
    found=$(($(ls ".fuzz/crashes/$target" | wc -l) - before))
    [ "$found" -gt 0 ] && status=1
    printf '%-9s %12s %8s %7s %8s %s\n' "$target" "$executions" "$rate" "${coverage:-?}" "$corpus" "$found" \
        | tee -a .fuzz/summary.txt
done
echo "fuzz.sh: totals in .fuzz/summary.txt; reproducers in .fuzz/crashes/" >&2
exit $status
