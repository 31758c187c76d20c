# optparse: help output with both formatters, groups, option errors
import io
import os
os.environ["COLUMNS"] = "80"
import sys
from optparse import (OptionParser, OptionGroup, Option, IndentedHelpFormatter,
                      TitledHelpFormatter, HelpFormatter, SUPPRESS_HELP,
                      SUPPRESS_USAGE, OptionError, OptionConflictError,
                      make_option)
import optparse


def build(formatter=None, **kw):
    p = OptionParser(usage="%prog [options] FILE...", version="%prog 1.0",
                     prog="tool", formatter=formatter,
                     description="Tool processes files. " * 8, epilog=
                     "See the manual for more details about %prog, "
                     "which has many options.", **kw)
    p.add_option("-f", "--file", dest="filename", metavar="FILE",
                 help="write report to FILE")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose",
                 default=True, help="don't print status messages to stdout")
    p.add_option("-n", type="int", default=5,
                 help="number of items [default: %default]")
    p.add_option("--level", choices=["a", "b"], help="level; default %default")
    p.add_option("--secret", help=SUPPRESS_HELP)
    p.add_option("--nohelp", action="store_true")
    p.add_option("--a-very-long-option-name-here", type="string",
                 help="this help text goes on the next line because the "
                      "option strings are too long for the column")
    g = OptionGroup(p, "Dangerous Options",
                    "Caution: use these options at your own risk.  "
                    "It is believed that some of them bite.")
    g.add_option("-g", action="store_true", help="Group option.")
    g.add_option("--pairs", nargs=2, type="int", metavar="A B",
                 help="two numbers")
    p.add_option_group(g)
    g2 = p.add_option_group("Debug")
    g2.add_option("--debug", action="count", help="more debugging " * 12)
    return p


p = build()
print(p.format_help())
print("=" * 20)
print(build(TitledHelpFormatter()).format_help())
print("=" * 20)
print(build(IndentedHelpFormatter(indent_increment=4, max_help_position=30,
                                  width=60, short_first=0)).format_help())
print("=" * 20)
f = IndentedHelpFormatter(width=50)
f.set_short_opt_delimiter("")
f.set_long_opt_delimiter(" ")
print(build(f).format_help())
f.default_tag = None
print(build(f).format_option_help())
for bad in (("set_short_opt_delimiter", "="), ("set_long_opt_delimiter", "")):
    try:
        getattr(f, bad[0])(bad[1])
    except ValueError as e:
        print(type(e).__name__, e)

# usage variants
for usage in (None, "usage: %prog x", "Usage: %prog y", SUPPRESS_USAGE, "custom"):
    q = OptionParser(usage=usage, prog="u")
    print(repr(q.usage), repr(q.get_usage()))
    print(repr(q.format_help()))
out = io.StringIO()
p.print_usage(out)
p.print_version(out)
p.print_help(out)
print(out.getvalue()[:80])
print(repr(p.get_version()), repr(OptionParser().get_version()))
q = OptionParser(add_help_option=False, prog="bare")
print(repr(q.format_help()))
q.add_option("-x")
print(repr(q.format_help()))
print(repr(OptionParser(prog="p", description="Desc for %prog").format_help()))

# print_help/print_usage to stdout by default
p2 = OptionParser(prog="std")
p2.print_usage()
p2.print_help()
p2.print_version()

# groups
print(p.get_option_group("-g").title, p.get_option_group("-f"),
      p.get_option_group("--nothere"))
g = p.option_groups[0]
g.set_title("Renamed")
g.set_description("New description.")
fm = IndentedHelpFormatter()
fm.store_option_strings(p)
print(g.format_help(fm))
try:
    p.add_option_group(OptionGroup(OptionParser(), "Other"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.add_option_group(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.add_option_group(g, "x")
except TypeError as e:
    print(type(e).__name__, e)

# Option construction errors
cases = [
    ((), {}),
    (("-",), {}),
    (("--",), {}),
    (("x",), {}),
    (("-xy",), {}),
    (("---x",), {}),
    (("-x",), {"action": "bogus"}),
    (("-x",), {"type": "bogus"}),
    (("-x",), {"type": list}),
    (("-x",), {"action": "store_true", "type": "int"}),
    (("-x",), {"type": "choice"}),
    (("-x",), {"type": "choice", "choices": "abc"}),
    (("-x",), {"choices": ["a"], "type": "int"}),
    (("-x",), {"const": 1}),
    (("-x",), {"action": "count", "nargs": 2}),
    (("-x",), {"action": "callback", "callback": "notcallable"}),
    (("-x",), {"action": "callback", "callback": len, "callback_args": [1]}),
    (("-x",), {"action": "callback", "callback": len, "callback_kwargs": 1}),
    (("-x",), {"callback": len}),
    (("-x",), {"callback_args": (1,)}),
    (("-x",), {"callback_kwargs": {}}),
    (("-x",), {"foo": 1, "bar": 2}),
]
for args, kw in cases:
    try:
        Option(*args, **kw)
        print("ok", args, kw)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)

# conflicts
p = OptionParser(prog="c")
p.add_option("-a", "--alpha")
try:
    p.add_option("-a", "--other")
except OptionConflictError as e:
    print(type(e).__name__, e, e.option_id)
try:
    p.add_option("-b", "--alpha", "--help")
except OptionConflictError as e:
    print(type(e).__name__, e)
p.set_conflict_handler("resolve")
p.add_option("-a", "--new-a", help="new a")
p.add_option("--alpha", help="new alpha")
print([str(o) for o in p.option_list])
p.add_option("-h", help="not help")
print([str(o) for o in p.option_list])
try:
    p.set_conflict_handler("nope")
except ValueError as e:
    print(type(e).__name__, e)
p = OptionParser(prog="r", conflict_handler="resolve")
g = p.add_option_group("G")
g.add_option("-h", "--help", action="store_true", help="group help")
print(p.format_help())
try:
    p.add_option(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.add_option(Option("-z"), Option("-y"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    OptionParser(conflict_handler="x")
except ValueError as e:
    print(type(e).__name__, e)

# standard_option_list and option_list
class Std(OptionParser):
    standard_option_list = [make_option("--std", action="store_true", help="standard")]
s = Std(prog="s", option_list=[make_option("-o", help="from list")])
print(s.format_help())

# formatter base class is abstract
h = HelpFormatter(2, 24, 80, 1)
for name in ("format_usage", "format_heading"):
    try:
        getattr(h, name)("x")
    except NotImplementedError as e:
        print(type(e).__name__, e)
h.indent(); h.dedent()
try:
    h.dedent()
except AssertionError as e:
    print(type(e).__name__, e)
print(IndentedHelpFormatter(width=30).max_help_position,
      IndentedHelpFormatter().width, TitledHelpFormatter(width=10).max_help_position)
os.environ["COLUMNS"] = "50"
print(IndentedHelpFormatter().width)
os.environ["COLUMNS"] = "junk"
print(IndentedHelpFormatter().width)
del os.environ["COLUMNS"]
print(IndentedHelpFormatter().width)
print(str(optparse.BadOptionError("--x")),
      str(optparse.AmbiguousOptionError("--x", ["--xa", "--xb"])),
      str(OptionError("msg", None)), str(OptionError("msg", "")),
      str(optparse.OptionValueError("val")))
