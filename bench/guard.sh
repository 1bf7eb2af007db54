#!/usr/bin/env bash
# A guard against performance regressions, run before and after each
# performance-sensitive change: the criterion benches (the reader on Arabic
# and French text, loading and evaluating the rule pack, `suggest` on one
# article) saved as a named baseline, then compared with it.
#   bash bench/guard.sh save [NAME]      record the benches as NAME (default: main)
#   bash bench/guard.sh compare [NAME]   run them again against NAME; exits 1
#                                        when criterion finds a regression
# Criterion keeps baselines under target/criterion/. A change within
# GUARD_NOISE (default 0.05, i.e. 5%) is taken as noise; this 2-core
# machine varies by up to 15% between runs, so compare twice before
# believing a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-compare}
name=${2:-main}
benches=(--bench reader --bench evaluate --bench discover)
case $mode in
  save)
    cargo bench "${benches[@]}" -- --save-baseline "$name"
    ;;
  compare)
    log=$(mktemp)
    trap 'rm -f "$log"' EXIT
    cargo bench "${benches[@]}" -- --baseline "$name" --noise-threshold "${GUARD_NOISE:-0.05}" | tee "$log"
    regressed=$(grep -c "Performance has regressed" "$log" || true)
    if [ "$regressed" -gt 0 ]; then
      echo "guard: $regressed bench(es) regressed against baseline '$name'" >&2
      exit 1
    fi
    echo "guard: no regression against baseline '$name'"
    ;;
  *)
    echo "usage: bash bench/guard.sh save|compare [NAME]" >&2
    exit 2
    ;;
esac
