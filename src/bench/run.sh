#!/usr/bin/env bash
# Galley's benchmark: generates a synthetic book of 90 chapters and ~5 MB of Markdown per unit of
# size (src/bench/BenchBook.java), then times `java -jar target/galley.jar build` on it as a new
# process each run (JVM start included): median wall time, CPU time, peak resident memory and PDF
# pages per second, at 1x, 2x and 4x the size; the same book built again and again in one JVM;
# a rebuild in `galley watch` after a one-line edit; and the repository's own book, cold.
# When pandoc is on the PATH, it makes the EPUB alone of each book in the same run (same chapter
# files, in order, images found through --resource-path), and Galley's time is compared with it;
# without pandoc, with the fixed figure of issue 7, labelled as such.
#
# usage: src/bench/run.sh [--runs N] [--sizes "1 2 4"] [--pandoc-runs N]
# Needs bash, a JDK 17 and GNU time (/usr/bin/time) for the memory figure; builds the jar if missing.
set -euo pipefail

runs=5
sizes="1 2 4"
pandoc_runs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --pandoc-runs) pandoc_runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/galley.jar"
work="$root/target/bench"
# used only when pandoc is not on the PATH: pandoc, EPUB only, the 1x book, 2 cores (issue 7)
fixed_pandoc_epub_seconds=9.5
mkdir -p "$work"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -B -DskipTests package)
fi
if [ ! -x /usr/bin/time ]; then
  echo "GNU time (/usr/bin/time) is needed for CPU time and peak memory" >&2
  exit 2
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# generates the book of the given size once; a changed generator makes it again
book_of_size() {
  local size=$1 dir="$work/book-${1}x"
  local stamp
  stamp=$(sha256sum "$root/src/bench/BenchBook.java" | cut -c1-16)
  if [ ! -f "$dir/.stamp" ] || [ "$(cat "$dir/.stamp")" != "$stamp" ]; then
    rm -rf "$dir"
    java -Djava.awt.headless=true -cp "$jar" "$root/src/bench/BenchBook.java" "$dir" "$size" >&2
    echo "$stamp" > "$dir/.stamp"
  fi
  echo "$dir"
}

# runs one cold build; prints "wall cpu rss_mb pages"
cold_build() {
  local book=$1 out=$2 log="$work/build.log" stats="$work/time.txt"
  /usr/bin/time -f "%e %U %S %M" -o "$stats" java -jar "$jar" build "$book" --output "$out" 2> "$log" || {
    cat "$log" >&2; echo "the build failed" >&2; exit 1; }
  local pages
  pages=$(sed -n 's/^pdf \([0-9]*\) pages.*/\1/p' "$log" | head -1)
  awk -v pages="${pages:-0}" '{ printf "%s %.2f %d %s\n", $1, $2 + $3, $4 / 1024, pages }' "$stats"
}

# prints the medians of `runs` cold builds of a book: "wall cpu rss pages"
measure_cold() {
  local book=$1 out="$work/out" rows="$work/rows.txt"
  : > "$rows"
  for _ in $(seq "$runs"); do
    cold_build "$book" "$out" >> "$rows"
  done
  echo "$(cut -d' ' -f1 "$rows" | median) $(cut -d' ' -f2 "$rows" | median) $(cut -d' ' -f3 "$rows" | median) $(cut -d' ' -f4 "$rows" | head -1)"
}

# pandoc's EPUB of a book, alone: the chapter files in the order Galley reads them (the bench
# book and this repository's name them in order), its images found from manuscript/ and the
# book folder, each file read on its own as Galley reads it (--file-scope: its notes are its own); prints the median wall time of `pandoc_runs` runs, "wall cpu rss_mb"
measure_pandoc() {
  local book=$1 rows="$work/pandoc-rows.txt" stats="$work/pandoc-time.txt" log="$work/pandoc.log"
  : > "$rows"
  for _ in $(seq "$pandoc_runs"); do
    (cd "$book/manuscript" && /usr/bin/time -f "%e %U %S %M" -o "$stats" \
      pandoc --from markdown --to epub3 --file-scope --resource-path=".:$book" --metadata title=Benchmark \
      -o "$work/pandoc.epub" $(ls ./*.md | LC_ALL=C sort)) 2> "$log" || {
      cat "$log" >&2; echo "pandoc failed" >&2; exit 1; }
    awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 / 1024 }' "$stats" >> "$rows"
  done
  echo "$(cut -d' ' -f1 "$rows" | median) $(cut -d' ' -f2 "$rows" | median) $(cut -d' ' -f3 "$rows" | median)"
}

# the median of the times `galley watch` reports for the rebuilds after a line is added to a
# chapter, once per run
watch_rebuild() {
  local book=$1 log="$work/watch.log" chapter
  chapter=$(ls "$book"/manuscript/*.md | head -45 | tail -1)
  cp "$chapter" "$work/chapter.bak"
  trap 'cp "$work/chapter.bak" "$chapter"' EXIT
  java -jar "$jar" watch "$book" --output "$work/out" 2> "$log" &
  local pid=$!
  for _ in $(seq 600); do grep -q "^watching" "$log" && break; sleep 0.5; done
  for k in $(seq "$runs"); do
    echo "A line added for the benchmark." >> "$chapter"
    for _ in $(seq 600); do [ "$(grep -c '^built in' "$log")" -gt "$k" ] && break; sleep 0.2; done
  done
  kill "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  cp "$work/chapter.bak" "$chapter"
  trap - EXIT
  grep '^built in' "$log" | tail -n +2 | awk '{ print $3 }' | median
}

echo "Galley benchmark, $(date -u +%Y-%m-%d)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "java: $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cold builds: median of $runs runs, each a new JVM"
if command -v pandoc > /dev/null; then
  echo "pandoc: $(pandoc --version | head -1), EPUB only, median of $pandoc_runs runs, in this run"
else
  echo "pandoc: not on the PATH; compared with the fixed figure of ${fixed_pandoc_epub_seconds} s (issue 7, 1x book)"
fi
echo
printf "%-22s %9s %9s %9s %7s %9s %9s %9s %9s\n" "book" "wall s" "cpu s" "cpu/wall" "peak MB" "pages" \
  "pages/s" "pandoc s" "vs pandoc"

for size in $sizes; do
  book=$(book_of_size "$size")
  mb=$(cat "$book"/manuscript/*.md | wc -c | awk '{ printf "%.1f", $1 / 1048576 }')
  read -r wall cpu rss pages < <(measure_cold "$book")
  if command -v pandoc > /dev/null; then
    read -r pandoc_wall _ _ < <(measure_pandoc "$book")
    pandoc_label="$pandoc_wall"
  else
    pandoc_wall=$(echo "$fixed_pandoc_epub_seconds $size" | awk '{ print $1 * $2 }')
    pandoc_label="${pandoc_wall}*"
  fi
  printf "%-22s %9.2f %9.2f %9.2f %9d %7d %9.0f %9s %8.2fx\n" "${size}x: $mb MB" "$wall" "$cpu" \
    "$(echo "$cpu $wall" | awk '{ print $1 / $2 }')" "$rss" "$pages" \
    "$(echo "$pages $wall" | awk '{ print $1 / $2 }')" "$pandoc_label" \
    "$(echo "$wall $pandoc_wall" | awk '{ print $1 / $2 }')"
done
command -v pandoc > /dev/null || echo "* not measured: issue 7's figure for the 1x book, times the size"

read -r wall cpu rss pages < <(measure_cold "$root")
printf "%-22s %9.2f %9.2f %9.2f %9d %7d %9.0f\n" "seed book" "$wall" "$cpu" \
  "$(echo "$cpu $wall" | awk '{ print $1 / $2 }')" "$rss" "$pages" "$(echo "$pages $wall" | awk '{ print $1 / $2 }')"

echo
book=$(book_of_size 1)
echo "warm, in one JVM (1x book, build repeated):"
java -cp "$jar" "$root/src/bench/WarmBuild.java" "$book" "$work/out" 6 | tail -1
echo "galley watch, rebuild after a one-line edit (1x book, median of $runs): $(watch_rebuild "$book") s"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
