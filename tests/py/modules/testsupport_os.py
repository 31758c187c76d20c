# test.support.os_helper: temporary names and directories, robust removal,
# environment guards, file descriptor helpers.
import os
import sys
from test.support import os_helper

print("TESTFN prefix", os_helper.TESTFN.startswith("@test_" + str(os.getpid())))
print("TESTFN_ASCII ascii", os_helper.TESTFN_ASCII.isascii())
print("TESTFN_UNICODE non-ascii", not os_helper.TESTFN_UNICODE.isascii())
print("FS_NONASCII", os_helper.FS_NONASCII != "",
      os.fsdecode(os.fsencode(os_helper.FS_NONASCII)) == os_helper.FS_NONASCII)
print("TESTFN_NONASCII", os_helper.TESTFN_NONASCII.endswith(os_helper.FS_NONASCII))
print("SAVEDCWD", os_helper.SAVEDCWD == os.getcwd())

start = os.getcwd()
# temp_dir without a path: a new directory, removed afterwards
with os_helper.temp_dir() as d:
    print("temp_dir exists", os.path.isdir(d), os.path.isabs(d))
    os.makedirs(os.path.join(d, "a", "b"))
    with open(os.path.join(d, "a", "b", "f.txt"), "w") as f:
        f.write("x")
print("temp_dir removed", os.path.exists(d))

# temp_dir with a path, quiet failure
name = os_helper.TESTFN + "_dir"
with os_helper.temp_dir(name) as d:
    print("named temp_dir", d == name, os.path.isdir(name))
print("named removed", os.path.exists(name))

# temp_cwd / change_cwd
with os_helper.temp_cwd(os_helper.TESTFN + "_cwd") as cwd:
    print("temp_cwd", os.getcwd() == cwd, os.path.basename(cwd) ==
          os_helper.TESTFN + "_cwd")
    os_helper.create_empty_file("empty")
    print("create_empty_file", os.path.getsize("empty"))
    with open("empty", "w") as f:
        f.write("data")
    os_helper.create_empty_file("empty")
    print("truncated", os.path.getsize("empty"))
print("cwd restored", os.getcwd() == start)
with os_helper.temp_dir() as d:
    with os_helper.change_cwd(d) as cwd:
        print("change_cwd", os.path.realpath(os.getcwd()) == os.path.realpath(d))
print("cwd restored again", os.getcwd() == start)
try:
    with os_helper.change_cwd("/no/such/dir/for/weft"):
        pass
except FileNotFoundError:
    print("change_cwd missing raises FileNotFoundError")

# unlink / rmdir / rmtree ignore missing paths
os_helper.unlink(os_helper.TESTFN + "_missing")
os_helper.rmdir(os_helper.TESTFN + "_missing")
os_helper.rmtree(os_helper.TESTFN + "_missing")
print("missing paths ignored")
fn = os_helper.TESTFN + "_file"
with open(fn, "w") as f:
    f.write("x")
os_helper.unlink(fn)
print("unlink", os.path.exists(fn))
tree = os_helper.TESTFN + "_tree"
os.makedirs(os.path.join(tree, "sub", "deeper"))
with open(os.path.join(tree, "sub", "file"), "w") as f:
    f.write("x")
os_helper.rmtree(tree)
print("rmtree", os.path.exists(tree))
os.mkdir(tree)
os_helper.rmdir(tree)
print("rmdir", os.path.exists(tree))

# EnvironmentVarGuard
os.environ.pop("WEFT_SUPPORT_A", None)
os.environ["WEFT_SUPPORT_B"] = "before"
with os_helper.EnvironmentVarGuard() as env:
    env["WEFT_SUPPORT_A"] = "1"
    env.set("WEFT_SUPPORT_B", "changed")
    print("inside", os.environ["WEFT_SUPPORT_A"], os.environ["WEFT_SUPPORT_B"])
    env.unset("WEFT_SUPPORT_B")
    print("unset", "WEFT_SUPPORT_B" in os.environ)
    print("guard get", env.get("WEFT_SUPPORT_A"), "WEFT_SUPPORT_A" in env)
print("after", os.environ.get("WEFT_SUPPORT_A"), os.environ.get("WEFT_SUPPORT_B"))

# FakePath
p = os_helper.FakePath("some/path")
print("FakePath", os.fspath(p), repr(p))
try:
    os.fspath(os_helper.FakePath(ZeroDivisionError))
except ZeroDivisionError:
    print("FakePath raises")

# descriptors
before = os_helper.fd_count()
fd = os.open(sys.executable, os.O_RDONLY)
print("fd_count +1", os_helper.fd_count() - before)
os.close(fd)
print("fd_count back", os_helper.fd_count() == before)
bad = os_helper.make_bad_fd()
try:
    os.fstat(bad)
except OSError as e:
    print("bad fd", type(e).__name__, e.errno == 9)
print("make_bad_fd left no file", os.path.exists(os_helper.TESTFN))

print("can_symlink", os_helper.can_symlink())


@os_helper.skip_unless_symlink
def needs_symlink():
    return "ran"


print("skip_unless_symlink", needs_symlink())
with os_helper.temp_umask(0o077):
    fn2 = os_helper.TESTFN + "_umask"
    with open(fn2, "w"):
        pass
    print("umask mode", oct(os.stat(fn2).st_mode & 0o777))
    os_helper.unlink(fn2)
