# fileinput: reading several files, line numbers, inplace editing, hooks
import fileinput
import gzip
import io
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
def path(name):
    return os.path.join(tmp, name)
def write(name, data, mode="w"):
    with open(path(name), mode) as f:
        f.write(data)
    return path(name)

a = write("a.txt", "a1\na2\na3\n")
b = write("b.txt", "b1\nb2")
e = write("empty.txt", "")
c = write("c.txt", "c1\n")

def rel(name):
    return None if name is None else os.path.relpath(name, tmp) if name.startswith(tmp) else name

# module-level API
for line in fileinput.input([a, e, b, c], encoding="utf-8"):
    print(repr(line), fileinput.lineno(), fileinput.filelineno(),
          rel(fileinput.filename()), fileinput.isfirstline(),
          fileinput.isstdin(), fileinput.fileno() >= 0)
print(fileinput.lineno(), fileinput.filelineno(), rel(fileinput.filename()))
fileinput.close()
for fn in (fileinput.lineno, fileinput.filename, fileinput.nextfile,
           fileinput.filelineno, fileinput.fileno, fileinput.isfirstline,
           fileinput.isstdin):
    try:
        fn()
    except RuntimeError as ex:
        print(fn.__name__, type(ex).__name__, ex)

# nextfile skips the rest of a file
fi = fileinput.input((a, b), encoding="utf-8")
print(fileinput.filename(), fileinput.lineno())
for line in fi:
    print(repr(line), fileinput.lineno(), fileinput.filelineno())
    if line == "a1\n":
        fileinput.nextfile()
fileinput.close()

# input() twice while active
fileinput.input([a], encoding="utf-8")
next(fileinput._state)
try:
    fileinput.input([b])
except RuntimeError as ex:
    print(type(ex).__name__, ex)
fileinput.close()
fileinput.close()

# FileInput class, context manager, readline, binary mode
with fileinput.FileInput(files=(a, b), encoding="utf-8") as fi:
    print(fi.filename(), fi.lineno(), fi.fileno())
    print(repr(fi.readline()), repr(fi.readline()))
    print(list(fi))
    print(repr(fi.readline()), fi.lineno(), fi.filelineno())
with fileinput.FileInput(a, mode="rb") as fi:
    print(list(fi), fi.lineno())
    print(repr(fi.readline()))
from pathlib import Path
with fileinput.FileInput(Path(c), encoding="utf-8") as fi:
    print(list(fi))
print(fileinput.FileInput[str])

# stdin (the test harness gives an empty stdin) and "-"
old_stdin = sys.stdin
sys.stdin = io.StringIO("s1\ns2\n")
try:
    with fileinput.FileInput(["-", c]) as fi:
        for line in fi:
            print(repr(line), rel(fi.filename()), fi.isstdin(), fi.lineno())
    sys.stdin = io.StringIO("only\n")
    with fileinput.FileInput([]) as fi:
        print(list(fi), fi.filename())
    sys.stdin = io.StringIO("argv\n")
    saved_argv = sys.argv
    sys.argv = ["prog"]
    try:
        with fileinput.FileInput() as fi:
            print(list(fi), fi.filename())
        sys.argv = ["prog", c]
        with fileinput.FileInput(encoding="utf-8") as fi:
            print(list(fi), rel(fi.filename()))
    finally:
        sys.argv = saved_argv
finally:
    sys.stdin = old_stdin

# errors
for kw in ({"mode": "w"}, {"mode": "rU"}, {"inplace": True, "openhook": open},
           {"openhook": "notcallable"}):
    try:
        fileinput.FileInput([a], **kw)
    except ValueError as ex:
        print(type(ex).__name__, ex)
try:
    list(fileinput.FileInput([path("missing.txt")], encoding="utf-8"))
except FileNotFoundError as ex:
    print(type(ex).__name__, ex.errno)

# inplace editing with and without backup
d = write("d.txt", "one\ntwo\nthree\n")
os.chmod(d, 0o640)
with fileinput.input(d, inplace=True, encoding="utf-8") as fi:
    for line in fi:
        print(line.upper(), end="")
        if fi.isfirstline():
            print("inserted")
print("stdout restored")
with open(d, encoding="utf-8") as f:
    print(repr(f.read()))
print(oct(os.stat(d).st_mode & 0o777), sorted(os.listdir(tmp)))
d2 = write("d2.txt", "x\ny\n")
with fileinput.FileInput([d, d2], inplace=True, backup=".orig",
                         encoding="utf-8") as fi:
    for line in fi:
        sys.stdout.write("%d:%s" % (fi.lineno(), line))
print(sorted(os.listdir(tmp)))
for n in ("d.txt", "d.txt.orig", "d2.txt", "d2.txt.orig"):
    with open(path(n), encoding="utf-8") as f:
        print(n, repr(f.read()))

# hooks
g = path("z.gz")
with gzip.open(g, "wb") as f:
    f.write("gz line 1\ngz line 2\n".encode("utf-8"))
with fileinput.FileInput([g, a], openhook=fileinput.hook_compressed,
                         encoding="utf-8") as fi:
    print(list(fi))
with fileinput.FileInput([g], mode="rb",
                         openhook=fileinput.hook_compressed) as fi:
    print(list(fi))
f = fileinput.hook_compressed(a, "r", encoding="utf-8")
print(f.read())
f.close()
lat = write("latin.txt", "caf\xe9\n".encode("latin-1"), "wb")
with fileinput.FileInput([lat], openhook=fileinput.hook_encoded("latin-1")) as fi:
    print(list(fi))
with fileinput.FileInput([lat], openhook=fileinput.hook_encoded("ascii", "replace")) as fi:
    print(list(fi))
try:
    with fileinput.FileInput([lat], encoding="utf-8") as fi:
        list(fi)
except UnicodeDecodeError as ex:
    print(type(ex).__name__, ex.reason)
with fileinput.FileInput([lat], encoding="utf-8", errors="replace") as fi:
    print(list(fi))
def myhook(name, mode, encoding=None, errors=None):
    print("hook called", rel(name), mode, encoding, errors)
    return io.StringIO("hooked\n")
with fileinput.FileInput([a], openhook=myhook) as fi:
    print(list(fi))
with fileinput.FileInput([a], openhook=myhook, encoding="ascii") as fi:
    print(list(fi))
print(fileinput.__all__)

import shutil
shutil.rmtree(tmp)
