#!/bin/sh
# Single-thread suite: time every benchmarks/single/*.py on weft-gil, weft-ft and the
# host python3, interleaved, REPEAT times (default 3), and print the median seconds of
# each, the ratios weft-gil/python3 and weft-ft/weft-gil, and their geometric means.
# A benchmark whose output differs from python3's is reported as FAIL, not timed.
# Usage: benchmarks/run_single.sh [BUILD_DIR] [name ...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
[ $# -gt 0 ] && shift
repeat=${REPEAT:-3}
# The interpreter itself, not a launcher script in front of it (pyenv shims add a third
# of a second to every start).
host=${HOST_PYTHON:-$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then
  progs=$(for n in "$@"; do echo "$here/single/$n.py"; done)
else
  progs=$(ls "$here"/single/*.py)
fi
now() { date +%s.%N; }
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "host python3: $($host --version 2>&1)   repeats: $repeat (interleaved, median)"
printf "| %-14s | %9s | %9s | %9s | %9s | %9s |\n" benchmark python3 weft-gil weft-ft gil/py3 ft/gil
printf "|%s|%s|%s|%s|%s|%s|\n" ---------------- ----------- ----------- ----------- ----------- -----------
: > "$tmp/ratios"
for prog in $progs; do
  name=$(basename "$prog" .py)
  "$host" "$prog" > "$tmp/expect" 2>&1
  ok=1
  for interp in gil ft; do
    "$build/weft-$interp" "$prog" > "$tmp/out" 2>&1
    if ! cmp -s "$tmp/expect" "$tmp/out"; then ok=0; fi
  done
  if [ $ok -eq 0 ]; then
    printf "| %-14s | %9s | %9s | %9s | %9s | %9s |\n" "$name" FAIL FAIL FAIL - -
    continue
  fi
  : > "$tmp/py"; : > "$tmp/gil"; : > "$tmp/ft"
  i=0
  while [ $i -lt "$repeat" ]; do
    for interp in py gil ft; do
      case $interp in py) cmd=$host ;; *) cmd=$build/weft-$interp ;; esac
      t0=$(now); "$cmd" "$prog" > /dev/null 2>&1; t1=$(now)
      awk "BEGIN{print $t1 - $t0}" >> "$tmp/$interp"
    done
    i=$((i + 1))
  done
  py=$(median "$tmp/py"); gil=$(median "$tmp/gil"); ft=$(median "$tmp/ft")
  r1=$(awk "BEGIN{print $gil / $py}"); r2=$(awk "BEGIN{print $ft / $gil}")
  echo "$r1 $r2" >> "$tmp/ratios"
  printf "| %-14s | %9.3f | %9.3f | %9.3f | %8.2fx | %8.2fx |\n" "$name" "$py" "$gil" "$ft" "$r1" "$r2"
done
awk '{a+=log($1); b+=log($2); n++} END {if (n) printf "geometric mean (%d benchmarks): weft-gil/python3 %.2fx, weft-ft/weft-gil %.2fx\n", n, exp(a/n), exp(b/n)}' "$tmp/ratios"
