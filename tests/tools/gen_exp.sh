#!/bin/sh
# Generate the expected output (<name>.py.exp) of test scripts with CPython 3.13.
# Usage: tests/tools/gen_exp.sh tests/py/area/name.py ...   (default: every script
# under tests/py that has no .exp yet; -f regenerates all).
set -u
here=$(cd "$(dirname "$0")" && pwd)
oracle=${WEFT_ORACLE:-$HOME/.pyenv/versions/3.13.0/bin/python3}
if [ ! -x "$oracle" ]; then
  echo "gen_exp.sh: CPython 3.13 not found at $oracle (set WEFT_ORACLE)" >&2
  exit 2
fi
force=0
if [ "${1:-}" = "-f" ]; then force=1; shift; fi
if [ $# -eq 0 ]; then
  set -- $(find "$here/../py" -name '*.py' | sort)
fi
for script in "$@"; do
  if [ "$force" -eq 0 ] && [ -f "$script.exp" ] && [ $# -gt 1 ]; then
    continue
  fi
  "$here/transcript.sh" "$oracle" "$(dirname "$script")" "$(basename "$script")" > "$script.exp"
  echo "wrote $script.exp"
done
