#!/bin/bash
# Runs the test suite under AddressSanitizer or ThreadSanitizer.
#
#   scripts/sanitize.sh asan     # swift test --sanitize=address, built in .build-asan
#   scripts/sanitize.sh tsan     # swift test --sanitize=thread, built in .build-tsan
#
# Each sanitizer builds in its own scratch folder, so the usual .build stays as it is; the
# first build takes several minutes. Extra arguments go to `swift test` (`--filter Reader`).
# ThreadSanitizer reads scripts/tsan-suppressions.txt, which names only the known false
# positives of Synchronization.Mutex (see the file); any report fails the run
# (halt_on_error), as does any AddressSanitizer report. LeakSanitizer (part of asan) reads
# scripts/lsan-suppressions.txt, which names the leaks of XCTest and Foundation seen at exit.
set -eu
cd "$(dirname "$0")/.."
sanitizer=${1:-}
[ $# -gt 0 ] && shift
# The runtime's backtracer would catch a trap before the sanitizer prints its report.
export SWIFT_BACKTRACE=enable=no
case $sanitizer in
asan)
    export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt ${LSAN_OPTIONS:-}"
    exec swift test --sanitize=address --scratch-path .build-asan "$@" ;;
tsan)
    export TSAN_OPTIONS="suppressions=$PWD/scripts/tsan-suppressions.txt halt_on_error=1 ${TSAN_OPTIONS:-}"
    exec swift test --sanitize=thread --scratch-path .build-tsan "$@" ;;
*)
    echo "usage: scripts/sanitize.sh asan|tsan [swift test arguments]" >&2
    exit 64 ;;
esac
