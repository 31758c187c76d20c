# optparse: --help/--version exit 0, errors go to stderr with exit status 2
import os
os.environ["COLUMNS"] = "80"
import sys
from optparse import OptionParser

p = OptionParser(prog="demo", version="%prog 2.1", usage="%prog [-v] ARGS")
p.add_option("-v", "--verbose", action="store_true", help="be chatty")
p.add_option("-n", type="int", help="a number")

for args in (["--help"], ["--version"], ["-h", "--bogus"], ["-n", "x"],
             ["--verbose=3"], ["-n"]):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print(args, "SystemExit", e.code)
        sys.stdout.flush()
        sys.stderr.flush()

try:
    p.exit(3, "custom message\n")
except SystemExit as e:
    print("exit", e.code)
try:
    p.exit()
except SystemExit as e:
    print("exit", e.code)
sys.stdout.flush()
# default prog name comes from sys.argv[0]
q = OptionParser()
print(q.get_prog_name(), q.get_usage(), end="")
sys.stdout.flush()
p.parse_args(["-v", "--no-such-option"])
print("not reached")
