#!/bin/sh
# Interactive REPL tests.
# Usage: repl_test.sh INTERPRETER SESSION
# The expected output is SESSION.exp. Exit status 0 pass, 1 fail, 77 skipped.
#
# SESSION named *.in: its lines are piped into `INTERPRETER -i`; stdout and stderr
# together (prompts go to stderr when stdin is not a terminal), less the banner's first
# line, then "[exit N]", must equal the expected file, which is CPython 3.13's output:
#   (python3.13 -i < x.in 2>&1; echo "[exit $?]") | sed 1d > x.in.exp
#
# SESSION named *.keys: the terminal test described below.
# Runs INTERPRETER with no arguments on a pseudo-terminal (util-linux `script`; the test
# is skipped without it), types the keys SESSION lists, renders what the terminal then
# shows and compares that with the expected file.
#
# Why a terminal: the REPL edits lines (and reads the history file) only when stdin and
# stdout are terminals; with a pipe it reads plain lines, which the transcript runner
# cannot show either. Before the REPL starts, the terminal is set to `-echo -icanon`:
# - without echo, the output holds only what the REPL draws itself, not a copy of the keys
#   made by the terminal driver at whatever moment they arrive;
# - without canonical mode, keys sent while a statement still runs wait unaltered (the
#   driver's own erase/kill processing would otherwise edit them).
# So keys may be sent ahead of time, and the result does not depend on timing. Ctrl-C is
# the exception: its signal is raised when the key arrives, so SESSION waits for the REPL
# to have drawn what comes before it.
#
# SESSION is a shell fragment using these commands:
#   send 'TEXT'        write TEXT (printf escapes: \r Enter, \003 Ctrl-C, \033[D Left...)
#   wait_for 'TEXT' N  wait until TEXT has been drawn N times (default 1)
#   count 'TEXT'       print how many times TEXT has been drawn so far
# A file SESSION.history, if present, is the history file the REPL starts with; the file
# as the REPL leaves it is appended to the rendered output after a "--- history" line.
#
# Rendering: each output line is replayed on a row of cells (carriage return, backspace,
# erase to end of line, cursor forward/back, insert/delete characters, UTF-8 sequences one
# cell each), trailing blanks dropped.
# Rows are not wrapped at the terminal width. The banner's first line, which names the
# binary, is left out. Unlike other expected files, this one is written by hand: it is the
# screen of CPython 3.13's basic REPL (PYTHON_BASIC_REPL=1, readline) given the same keys
# (readline draws nothing with echo off, so CPython cannot be run through this script),
# followed by the history file Weft leaves.
set -u
# Absolute paths: the piped test runs in a scratch directory.
abs() {
  case $1 in
    /*) echo "$1" ;;
    */*) echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" ;;
    *) if [ -e "$1" ]; then echo "$(pwd)/$1"; else command -v "$1"; fi ;;
  esac
}
interp=$(abs "$1")
session=$(abs "$2")
expected=$session.exp
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

compare() {
  if cmp -s "$tmp/out" "$expected"; then
    exit 0
  fi
  echo "FAIL: $session on $interp"
  diff -u "$expected" "$tmp/out" | head -80
  exit 1
}

case $session in
  *.in)
    ( cd "$tmp" && "$interp" -i < "$session" 2>&1; echo "[exit $?]" ) | sed 1d > "$tmp/out"
    compare
    ;;
esac

command -v script > /dev/null 2>&1 || { echo "SKIP: util-linux script not found"; exit 77; }
raw=$tmp/raw
: > "$raw"
if [ -f "$session.history" ]; then
  cp "$session.history" "$tmp/history"
fi

send() {
  printf "$1"
}

count() {
  grep -o -F -- "$1" "$raw" | wc -l
}

# Polls the output for TEXT (fixed string), up to about 20 seconds.
wait_for() {
  n=${2:-1}
  tries=0
  while [ "$(count "$1")" -lt "$n" ]; do
    tries=$((tries + 1))
    if [ $tries -gt 200 ]; then
      echo "repl_test: timed out waiting for '$1' x$n" >&2
      return 1
    fi
    sleep 0.1
  done
}

# The keys, then stay until the interpreter has exited (the marker the wrapper prints),
# as `script` may hang up the terminal once its input ends.
keys() {
  wait_for '>>> '
  . "$session"
  wait_for '[exit '
}

# Ctrl-C goes to the whole foreground process group, the wrapping shell included: the
# trap keeps that shell alive to print the exit status (a caught signal is reset to its
# default in the interpreter it starts). `script` runs it with $SHELL, set here.
cmd="trap : INT; stty -echo -icanon cols 80 rows 24; '$interp'; echo \"[exit \$?]\""
keys | SHELL=/bin/sh HOME=$tmp WEFT_HISTORY=$tmp/history PYTHON_HISTORY=$tmp/history TERM=xterm script -qec "$cmd" /dev/null > "$raw" 2>&1

render() {
  LC_ALL=C awk '
    BEGIN { for (i = 128; i < 192; i++) cont = cont sprintf("%c", i) }
    {
      split("", cell); n = 0; col = 0; len = length($0)
      for (i = 1; i <= len; i++) {
        c = substr($0, i, 1)
        if (c == "\r") { col = 0; continue }
        if (c == "\033") {
          if (substr($0, i + 1, 1) != "[") { i++; continue }
          j = i + 2; p = ""
          while (j <= len && substr($0, j, 1) ~ /[0-9;?]/) { p = p substr($0, j, 1); j++ }
          f = substr($0, j, 1); i = j
          num = (p == "" || p == "0") ? 1 : p + 0
          if (f == "K") { for (k = col; k < n; k++) delete cell[k]; if (n > col) n = col }
          else if (f == "C") col += num
          else if (f == "D") col = col > num ? col - num : 0
          else if (f == "P") { for (k = col; k < n; k++) cell[k] = cell[k + num]; n = n > col + num ? n - num : col }
          else if (f == "@") { for (k = n - 1; k >= col; k--) cell[k + num] = cell[k]; for (k = col; k < col + num; k++) cell[k] = " "; n += num }
          continue
        }
        if (c == "\b") { if (col > 0) col--; continue }
        if (col > 0 && index(cont, c)) { cell[col - 1] = cell[col - 1] c; continue }
        cell[col++] = c
        if (col > n) n = col
      }
      out = ""
      for (k = 0; k < n; k++) out = out ((k in cell) ? cell[k] : " ")
      sub(/ +$/, "", out)
      print out
    }'
}

{
  render < "$raw" | sed 1d
  echo "--- history"
  cat "$tmp/history" 2> /dev/null
} > "$tmp/out"
compare
