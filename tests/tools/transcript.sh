#!/bin/sh
# Print the transcript of running DIR/NAME with INTERPRETER from DIR: its stdout, then
# (if any) a "--- stderr ---" line and its stderr, then "[exit N]" when N is not 0.
# Standard input is /dev/null; PYTHONHASHSEED and the locale are fixed. Absolute paths
# of the test's directory are printed relative to it.
set -u
interp=$1
dir=$2
name=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$dir" || exit 2
# The locale is fixed too (C.UTF-8, no LC_* overrides): locale tests print it.
env -u LC_ALL -u LC_CTYPE -u LC_NUMERIC -u LC_TIME -u LC_COLLATE -u LC_MONETARY \
    -u LC_MESSAGES LANG=C.UTF-8 PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
    timeout 50 "$interp" "$name" > "$tmp/stdout" 2> "$tmp/stderr" < /dev/null
rc=$?
# Paths of the test directory differ between machines: print them relative.
here=$(pwd -P)
sed "s|$here/||g" "$tmp/stdout"
if [ -s "$tmp/stderr" ]; then
  echo "--- stderr ---"
  sed "s|$here/||g" "$tmp/stderr"
fi
if [ "$rc" -ne 0 ]; then
  echo "[exit $rc]"
fi
