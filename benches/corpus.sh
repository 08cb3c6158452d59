#!/usr/bin/env bash
# Times the whole lede binary over a folder of articles and prints MB/s, articles/s and peak
# memory. A measurement, not a test: it never fails a build.
#
#   benches/corpus.sh [FOLDER] [RUNS]      FOLDER defaults to ../shared/corpus/bbc, RUNS to 5
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/corpus/bbc}
runs=${2:-5}
[ -d "$folder" ] || { echo "corpus.sh: no folder $folder" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/lede
files=$(find "$folder" -name '*.txt' | wc -l)
bytes=$(find "$folder" -name '*.txt' -exec cat {} + | wc -c)
best=""
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$bin" "$folder" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
peak="n/a"
if [ -x /usr/bin/time ]; then
  stats=$(mktemp)
  /usr/bin/time -v -o "$stats" "$bin" "$folder" > /dev/null 2>&1 || true
  peak=$(awk -F': ' '/Maximum resident/ {print $2 " KiB"}' "$stats")
  rm -f "$stats"
fi
printf 'folder: %s (%d articles, %.1f MB)\n' "$folder" "$files" "$(echo "$bytes / 1000000" | bc -l)"
printf 'best of %d runs: %.3f s  =>  %.1f MB/s, %.0f articles/s, peak memory %s\n' \
  "$runs" "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)" "$(echo "$files / $best" | bc -l)" "$peak"
