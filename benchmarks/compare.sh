#!/bin/sh
# Run a script on weft-gil, weft-ft and (if present) the host python3, interleaved,
# REPEAT times each, and print the median wall time of each and its ratio to weft-gil.
# Outputs must agree; a differing output is reported as a failure, not a time.
# Usage: benchmarks/compare.sh BUILD_DIR script.py [args...]
set -u
build=$1
shift
script=$1
repeat=${REPEAT:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

names="weft-gil weft-ft"
set_interp() {
  case $1 in
    weft-gil) echo "$build/weft-gil" ;;
    weft-ft) echo "$build/weft-ft" ;;
    python3) python3 -c 'import sys; print(sys.executable)' ;;  # not a launcher shim
  esac
}
if command -v python3 >/dev/null 2>&1; then names="$names python3"; fi

now() { date +%s.%N; }
echo "comparing on: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "script: $*   (repeat $repeat, interleaved)"
status=0
for n in $names; do
  "$(set_interp $n)" "$@" > "$tmp/$n.out" 2>&1 || { echo "$n failed:"; cat "$tmp/$n.out"; status=1; }
done
for n in $names; do
  if ! cmp -s "$tmp/weft-gil.out" "$tmp/$n.out"; then
    echo "FAIL: output of $n differs from weft-gil"; status=1
  fi
done
i=0
while [ $i -lt "$repeat" ]; do
  for n in $names; do
    t0=$(now); "$(set_interp $n)" "$@" > /dev/null 2>&1; t1=$(now)
    awk "BEGIN{print $t1 - $t0}" >> "$tmp/$n.times"
  done
  i=$((i + 1))
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
spread() { sort -n "$1" | awk 'NR==1{lo=$1} {hi=$1} END {printf "%.3f-%.3f", lo, hi}'; }
base=$(median "$tmp/weft-gil.times")
printf "%-10s %10s %16s %12s\n" interpreter "median s" "min-max s" "vs weft-gil"
for n in $names; do
  m=$(median "$tmp/$n.times")
  printf "%-10s %10.3f %16s %11.2fx\n" "$n" "$m" "$(spread "$tmp/$n.times")" "$(awk "BEGIN{print $m / $base}")"
done
echo "output: $(head -1 "$tmp/weft-gil.out")"
exit $status
