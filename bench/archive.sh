#!/usr/bin/env bash
# End-to-end benchmark over synthetic news archives (see README, Performance):
#   bash bench/archive.sh [N ...]        default: 2000 20000 100000
# For each N it builds an archive of N articles (about 5.4 KB each) with one
# rule file per article (examples/make_archive.rs), then times, in the same
# run: `cat` of the articles (the floor), `wc -m` over them (the
# yardstick), `figaudit figures` over them on every core and on one, and
# over the articles joined in one file (when it is within figaudit's 256
# MiB), `figaudit check` over the rule files writing the CSV report, then
# every report at once (CSV, JSON, SARIF, workbook, HTML), and `figaudit
# audit` over the articles (no rule files) writing its CSV, then every
# report at once.
# Wall time, throughput and peak memory come from /usr/bin/time -v.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000 100000)
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

cargo build --release --quiet --example make_archive
cargo build --release --quiet
figaudit=$PWD/target/release/figaudit
generate=$PWD/target/release/examples/make_archive

# Runs a command under /usr/bin/time -v; prints "wall_seconds peak_kb".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  rm -f "$log"
  echo "$wall $rss"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m)"
printf '| articles | MB | command | wall s | MB/s | peak MB |\n|---:|---:|---|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  dir=$work/archive-$n
  [ -d "$dir/articles" ] || "$generate" "$dir" "$n" >/dev/null
  bytes=$(find "$dir/articles" -name '*.txt' -print0 | xargs -0 cat | wc -c)
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  list=$dir/list
  find "$dir/articles" -name '*.txt' | sort > "$list"
  row() {
    local name=$1 wall=$2 rss=$3
    awk -v n="$n" -v mb="$mb" -v name="$name" -v w="$wall" -v r="$rss" \
      'BEGIN { printf "| %d | %s | %s | %.2f | %.0f | %.0f |\n", n, mb, name, w, (w > 0 ? mb / w : 0), r / 1024 }'
  }
  read -r wall rss < <(measure sh -c "xargs cat < '$list' > /dev/null")
  row '`cat` (the floor)' "$wall" "$rss"
  read -r wall rss < <(measure env LC_ALL=C.UTF-8 sh -c "xargs cat < '$list' | wc -m")
  row '`wc -m` (yardstick)' "$wall" "$rss"
  read -r wall rss < <(measure "$figaudit" figures "$dir/articles" --format csv)
  row '`figaudit figures --format csv`' "$wall" "$rss"
  read -r wall rss < <(measure "$figaudit" figures "$dir/articles" --format csv --jobs 1)
  row '`figaudit figures --format csv --jobs 1`' "$wall" "$rss"
  if [ "$bytes" -le $((256 * 1024 * 1024)) ]; then
    xargs cat < "$list" > "$dir/one.txt"
    read -r wall rss < <(measure "$figaudit" figures "$dir/one.txt" --format csv)
    row '`figaudit figures --format csv`, one file' "$wall" "$rss"
    rm -f "$dir/one.txt"
  fi
  every="--csv reports/every.csv --json reports/every.json --sarif reports/every.sarif --xlsx reports/every.xlsx --html reports/every.html"
  read -r wall rss < <(measure sh -c "cd '$dir' && '$figaudit' check rules --csv reports/discrepancies.csv")
  row '`figaudit check` (rule file per article)' "$wall" "$rss"
  read -r wall rss < <(measure sh -c "cd '$dir' && '$figaudit' check rules $every")
  row '`figaudit check`, every report' "$wall" "$rss"
  read -r wall rss < <(measure sh -c "cd '$dir' && '$figaudit' audit articles --csv reports/audit.csv")
  row '`figaudit audit` (no rule files)' "$wall" "$rss"
  read -r wall rss < <(measure sh -c "cd '$dir' && '$figaudit' audit articles $every")
  row '`figaudit audit`, every report' "$wall" "$rss"
  rm -f "$dir"/reports/every.*
done
