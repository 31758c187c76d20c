# optparse: actions, types, defaults, callbacks, parsing rules
import os
os.environ["COLUMNS"] = "80"
from optparse import (OptionParser, Option, OptionValueError, Values,
                      make_option, OptionGroup, BadOptionError)
import optparse


class NoExit(OptionParser):
    def error(self, msg):
        raise RuntimeError("error: " + msg)

    def exit(self, status=0, msg=None):
        raise RuntimeError("exit %r %r" % (status, msg))


def run(p, args):
    try:
        opts, rest = p.parse_args(args)
        d = {k: v for k, v in sorted(vars(opts).items())}
        print(args, "->", d, rest)
    except RuntimeError as e:
        print(args, "->", e)


p = NoExit(prog="prog")
p.add_option("-f", "--file", dest="filename")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
p.add_option("-v", action="store_true", dest="verbose")
p.add_option("-n", "--num", type="int", default=3)
p.add_option("--ratio", type="float")
p.add_option("-z", type="complex")
p.add_option("--long-name", type="long")
p.add_option("-c", "--count", action="count")
p.add_option("-a", "--add", action="append", type="int")
p.add_option("--const", action="store_const", const=42)
p.add_option("--ac", action="append_const", const="X", dest="acs")
p.add_option("--mode", choices=["fast", "slow"])
p.add_option("--pair", nargs=2, type="int")
p.add_option("--strs", nargs=3)

run(p, [])
run(p, ["-f", "x.txt", "pos1", "pos2"])
run(p, ["-fx.txt", "--file=y.txt"])
run(p, ["--file", "z", "-q"])
run(p, ["-qv"])
run(p, ["-n", "10", "--num=0x1f", "-n010"])
run(p, ["-n", "0b101"])
run(p, ["-n", "-7"])
run(p, ["--ratio", "2.5", "-z", "1+2j", "--long-name", "99"])
run(p, ["-ccc", "--count", "-c"])
run(p, ["-a", "1", "-a2", "--add=3"])
run(p, ["--const", "--ac", "--ac"])
run(p, ["--mode", "fast"])
run(p, ["--pair", "1", "2", "--strs", "a", "b", "c"])
run(p, ["--fi", "abbrev"])
run(p, ["--co"])
run(p, ["a", "--", "-f", "b"])
run(p, ["-", "-f", "-"])
run(p, ["--ra=1e3", "x"])
# errors
run(p, ["-n", "abc"])
run(p, ["--ratio", "x"])
run(p, ["-z", "zz"])
run(p, ["--mode", "medium"])
run(p, ["-x"])
run(p, ["--nosuch"])
run(p, ["--c"])
run(p, ["-f"])
run(p, ["--pair", "1"])
run(p, ["--quiet=1"])
run(p, ["--pair", "1", "x"])

# interspersed arguments
p.disable_interspersed_args()
run(p, ["-v", "cmd", "-q"])
p.enable_interspersed_args()
run(p, ["-v", "cmd", "-q"])

# defaults
p.set_defaults(num=7, filename="default.txt")
run(p, [])
p.set_default("num", "12")
run(p, [])
p.set_process_default_values(False)
run(p, [])
print(p.get_default_values().num)
p.set_process_default_values(True)
print(p.get_default_values().num)

# callbacks
def cb(option, opt_str, value, parser, *args, **kwargs):
    print("callback", option, opt_str, value, args, sorted(kwargs.items()),
          parser.rargs, parser.largs)
    setattr(parser.values, option.dest or "cb", value)

def varargs(option, opt_str, value, parser):
    vals = []
    while parser.rargs and not parser.rargs[0].startswith("-"):
        vals.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, vals)

def bad(option, opt_str, value, parser):
    raise OptionValueError("bad value for %s" % opt_str)

q = NoExit(prog="cb")
q.add_option("-k", action="callback", callback=cb)
q.add_option("--val", action="callback", callback=cb, type="int",
             callback_args=(1, 2), callback_kwargs={"x": "y"}, dest="val")
q.add_option("--many", action="callback", callback=cb, type="string", nargs=2)
q.add_option("--list", action="callback", callback=varargs, dest="items")
q.add_option("--bad", action="callback", callback=bad)
run(q, ["-k", "a", "--val", "5", "b"])
run(q, ["--many", "x", "y"])
run(q, ["--list", "a", "b", "c", "-k", "d"])
run(q, ["--bad"])
run(q, ["--val", "nan"])

# Values
v = Values({"a": 1, "b": None})
print(v, v == {"a": 1, "b": None}, v == Values({"a": 1, "b": None}),
      v == 3, v != {"a": 2})
print(v.ensure_value("b", []), v.ensure_value("a", 5), v.ensure_value("c", 9))
v._update({"a": 10, "zz": 1, "b": None}, "careful")
print(sorted(vars(v).items()))
v._update({"zz": 1}, "loose")
print(sorted(vars(v).items()))
try:
    v._update({}, "other")
except ValueError as e:
    print(type(e).__name__, e)
v2 = Values()
v2.read_module("string", "loose")
print(v2.ascii_lowercase)
v3 = Values({"digits": None, "nope": 1})
v3.read_module("string")
print(v3.digits, v3.nope)
import tempfile
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, "conf.py")
    with open(fn, "w") as f:
        f.write("alpha = 1\nbeta = 'two'\n")
    v4 = Values({"alpha": 0})
    v4.read_file(fn)
    print(sorted(vars(v4).items()))
    v4.read_file(fn, "loose")
    print(sorted(k for k in vars(v4) if not k.startswith("__")))

# parse_args with a given values object, and leaving the caller's list alone
vals = Values({"extra": 1})
args = ["-n", "5", "x"]
o, rest = p.parse_args(args, vals)
print(o is vals, o.extra, o.num, rest, args)

# option introspection
print(p.has_option("-f"), p.has_option("--nope"), p.get_option("--file"))
print(p.get_option("-n").type, p.get_option("-n").dest, p.get_option("--mode").type)
p.remove_option("--file")
print(p.has_option("-f"), p.has_option("--file"))
try:
    p.remove_option("--file")
except ValueError as e:
    print(type(e).__name__, e)

# check_values hook
class Checked(NoExit):
    def check_values(self, values, args):
        if len(args) != 1:
            self.error("need exactly one argument")
        return values, [a.upper() for a in args]
c = Checked()
c.add_option("-x", action="store_true")
run(c, ["-x", "arg"])
run(c, [])

# option types given as builtins, and make_option
o = make_option("-t", type=int)
print(o.type, o.dest, o.nargs, o.action, o.takes_value(), o.get_opt_string())
o = Option("--str-opt", type=str, metavar="S")
print(o.type, o.dest, o.metavar, str(o))
o = Option("-y", "--yes", "--yes-please", action="store_true")
print(o.dest, o._short_opts, o._long_opts, o.takes_value(), str(o))
print(Option("-h", action="help").dest, Option("-v", action="version").dest)
print(optparse.NO_DEFAULT, optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE)
print(optparse._parse_num("0x10", int), optparse._parse_num("017", int),
      optparse._parse_num("0b", int), optparse._parse_num("0", int))

# custom type via TYPE_CHECKER
from copy import copy
def check_upper(option, opt, value):
    if not value.isalpha():
        raise OptionValueError("option %s: not letters: %r" % (opt, value))
    return value.upper()
class MyOption(Option):
    TYPES = Option.TYPES + ("upper",)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER["upper"] = check_upper
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)
    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)
m = NoExit(option_class=MyOption)
m.add_option("-u", type="upper")
m.add_option("--ext", action="extend")
m.add_option("--def", type="upper", default="abc", dest="dflt")
run(m, ["-u", "hello", "--ext", "a,b", "--ext=c"])
run(m, ["-u", "123"])
print(optparse.__all__)
