"""A command-line style tool (fake argv) that parses options, runs subcommands and finally
exits via sys.exit with a message (stderr + exit status 1)."""
import sys
import os
from collections import namedtuple
from contextlib import redirect_stdout, suppress, ExitStack
import io
import atexit

Option = namedtuple("Option", "name short takes_value default help")

OPTIONS = [
    Option("verbose", "v", False, False, "print more"),
    Option("count", "n", True, "3", "how many"),
    Option("sep", "s", True, ",", "separator"),
    Option("upper", "u", False, False, "uppercase output"),
]


class UsageError(Exception):
    pass


def parse_args(argv):
    by_long = {o.name: o for o in OPTIONS}
    by_short = {o.short: o for o in OPTIONS}
    values = {o.name: o.default for o in OPTIONS}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("--"):
            name, eq, val = arg[2:].partition("=")
            opt = by_long.get(name)
            if opt is None:
                raise UsageError(f"unknown option --{name}")
        elif arg.startswith("-") and len(arg) > 1:
            opt = by_short.get(arg[1])
            if opt is None:
                raise UsageError(f"unknown option -{arg[1]}")
            eq, val = ("=", arg[2:]) if len(arg) > 2 else ("", "")
        else:
            positional.append(arg)
            continue
        if opt.takes_value:
            if not eq:
                try:
                    val = next(it)
                except StopIteration:
                    raise UsageError(f"option --{opt.name} needs a value") from None
            values[opt.name] = val
        else:
            if eq:
                raise UsageError(f"option --{opt.name} takes no value")
            values[opt.name] = True
    return values, positional


def cmd_repeat(opts, args):
    n = int(opts["count"])
    text = " ".join(args) or "hello"
    if opts["upper"]:
        text = text.upper()
    return opts["sep"].join([text] * n)


def cmd_stats(opts, args):
    nums = [float(a) for a in args]
    if not nums:
        raise UsageError("stats needs numbers")
    mean = sum(nums) / len(nums)
    out = f"n={len(nums)} min={min(nums):g} max={max(nums):g} mean={mean:.3f}"
    if opts["verbose"]:
        out += f" sorted={sorted(nums)}"
    return out


def cmd_env(opts, args):
    return ",".join(f"{k}={os.environ.get(k, '<unset>')}" for k in args)


COMMANDS = {"repeat": cmd_repeat, "stats": cmd_stats, "env": cmd_env}


def run(argv):
    try:
        if not argv:
            raise UsageError("no command given")
        command, *rest = argv
        if command not in COMMANDS:
            raise UsageError(f"unknown command {command!r} (choose from {', '.join(sorted(COMMANDS))})")
        opts, args = parse_args(rest)
        return 0, COMMANDS[command](opts, args)
    except UsageError as exc:
        return 2, f"usage error: {exc}"
    except ValueError as exc:
        return 1, f"error: {exc}"


atexit.register(lambda: print("atexit: cleanup ran", flush=True))
atexit.register(print, "atexit: registered second, runs first")

os.environ["TOOL_MODE"] = "test"
invocations = [
    ["repeat", "-n", "2", "hi", "there"],
    ["repeat", "--count=4", "--sep", "|", "-u", "x"],
    ["repeat", "-n2", "--", "-v", "--upper"],
    ["stats", "3", "1.5", "4", "-v"],
    ["stats", "1", "two"],
    ["stats"],
    ["repeat", "--count"],
    ["repeat", "--upper=yes"],
    ["repeat", "-x"],
    ["frob"],
    [],
    ["env", "TOOL_MODE", "SURELY_NOT_SET_12345"],
]
codes = []
for argv in invocations:
    code, out = run(argv)
    codes.append(code)
    print(f"$ tool {' '.join(argv):<36} [{code}] {out}")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", "line", 2, sep="-")
print("captured:", buf.getvalue().splitlines())

with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
print("after suppress")

with ExitStack() as stack:
    stack.callback(print, "exitstack: callback 1")
    stack.callback(print, "exitstack: callback 2")
    print("inside exitstack")

failed = [c for c in codes if c]
print(f"{len(failed)} of {len(codes)} invocations failed", flush=True)
if failed:
    sys.exit(f"tool: {len(failed)} failures (worst exit code {max(failed)})")
print("not reached")
