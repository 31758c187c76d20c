#!/bin/sh
# Builds astdump and compares it with the Python 3.13 oracle on the given .py files
# (default: the 3.13 standard library's top-level modules).
#   tests/tools/astcheck.sh [FILE...]
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=${PY:-$HOME/.pyenv/versions/3.13.0/bin/python3}
OUT=${TMPDIR:-/tmp}/weft-astcheck
mkdir -p "$OUT"
${CC:-gcc} -std=c11 -O2 -I"$ROOT" -o "$OUT/astdump" "$ROOT/tests/tools/astdump.c" \
    "$ROOT/runtime/ast.c" "$ROOT/runtime/tokenizer.c" "$ROOT"/runtime/parser*.c
if [ $# -eq 0 ]; then
    set -- "$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"/*.py
fi
exec "$PY" "$ROOT/tests/tools/astcheck.py" --astdump "$OUT/astdump" "$@"
