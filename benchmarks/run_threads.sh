#!/bin/sh
# Thread machinery measurements: GIL throughput with N CPU-bound threads, switch rate
# against the switch interval, hand-back latency for a sleeping thread, and the cost of
# starting threads and of locks. Runs each script of benchmarks/threads/ on weft-gil,
# weft-ft and the host python3 one after the other and prints their reports.
# Usage: benchmarks/run_threads.sh [BUILD_DIR] [name ...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
[ $# -gt 0 ] && shift
host=${HOST_PYTHON:-$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)}
if [ $# -gt 0 ]; then
  progs=$(for n in "$@"; do echo "$here/threads/$n.py"; done)
else
  progs=$(ls "$here"/threads/*.py)
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for prog in $progs; do
  for interp in "$build/weft-gil" "$build/weft-ft" "$host"; do
    [ -x "$interp" ] || continue
    echo
    echo "== $(basename "$prog" .py) on $(basename "$interp") ($("$interp" --version 2>&1))"
    "$interp" "$prog" || echo "(exit status $?)"
  done
done
