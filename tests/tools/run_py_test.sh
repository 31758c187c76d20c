#!/bin/sh
# Run one Python test script on an interpreter and compare with its expected output.
# Usage: run_py_test.sh INTERPRETER path/to/name.py
# The script runs from its own directory under its base name, so tracebacks print
# File "name.py" on every machine. The transcript format is the one gen_exp.sh writes.
set -u
interp=$1
script=$2
dir=$(dirname "$script")
name=$(basename "$script")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$(dirname "$0")/transcript.sh" "$interp" "$dir" "$name" > "$tmp/out"
if cmp -s "$tmp/out" "$script.exp"; then
  exit 0
fi
echo "FAIL: $script on $interp"
diff -u "$script.exp" "$tmp/out" | head -60
exit 1
