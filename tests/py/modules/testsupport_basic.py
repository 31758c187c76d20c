# test.support: stream capture, swapping, comparison helpers, recursion and
# skip helpers that behave the same on every implementation.
import sys
import unittest
from test import support


def show(label, *values):
    print(label, *values)


# captured_stdout / captured_stderr / captured_stdin
with support.captured_stdout() as out:
    print("hello")
    print("world", end="!")
show("stdout", repr(out.getvalue()))
with support.captured_stderr() as err:
    print("to stderr", file=sys.stderr)
show("stderr", repr(err.getvalue()))
with support.captured_stdin() as inp:
    inp.write("line one\nline two\n")
    inp.seek(0)
    show("stdin", repr(input()))
    show("stdin", repr(sys.stdin.readline()))
show("restored", sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__)
with support.captured_output("stdout") as out2:
    sys.stdout.write("x")
show("captured_output", repr(out2.getvalue()))


# swap_attr / swap_item
class Obj:
    a = 1


o = Obj()
with support.swap_attr(o, "a", 2) as old:
    show("swap_attr inside", o.a, old)
show("swap_attr after", o.a, "a" in vars(o))
o.b = 5
with support.swap_attr(o, "b", 6) as old:
    show("swap_attr b", o.b, old)
show("swap_attr b after", o.b)
with support.swap_attr(o, "c", 7) as old:
    show("swap_attr new", o.c, old)
show("swap_attr new after", hasattr(o, "c"))
d = {"k": 1}
with support.swap_item(d, "k", 2) as old:
    show("swap_item", d, old)
show("swap_item after", d)
with support.swap_item(d, "n", 3) as old:
    show("swap_item new", sorted(d.items()), old)
show("swap_item new after", d)
try:
    with support.swap_attr(o, "a", 10):
        raise KeyError("boom")
except KeyError:
    show("swap_attr restored on error", o.a)

# comparison helpers
show("ALWAYS_EQ", support.ALWAYS_EQ == 1, support.ALWAYS_EQ != "x",
     [1, 2].count(support.ALWAYS_EQ))
show("NEVER_EQ", support.NEVER_EQ == support.NEVER_EQ, support.NEVER_EQ != 1,
     support.NEVER_EQ in [support.NEVER_EQ])
show("LARGEST", support.LARGEST > 10**100, support.LARGEST >= "z",
     max([3, support.LARGEST, 5]) is support.LARGEST)
show("SMALLEST", support.SMALLEST < -10**100, support.SMALLEST <= (),
     min([3, support.SMALLEST]) is support.SMALLEST)
show("sortdict", support.sortdict({"b": 2, "a": 1, "c": [3]}))

# recursion and int digit limits
base = sys.getrecursionlimit()
with support.infinite_recursion(50):
    show("infinite_recursion lowered", sys.getrecursionlimit() < base)

    def deep(n):
        return deep(n + 1)
    try:
        deep(0)
    except RecursionError:
        show("RecursionError", True)
show("recursion restored", sys.getrecursionlimit() == base)
with support.set_recursion_limit(321):
    show("set_recursion_limit", sys.getrecursionlimit())
show("restored again", sys.getrecursionlimit() == base)
digits = sys.get_int_max_str_digits()
with support.adjust_int_max_str_digits(640):
    show("int digits", sys.get_int_max_str_digits())
    try:
        int("1" * 700)
    except ValueError as e:
        show("ValueError", "limit" in str(e))
show("int digits restored", sys.get_int_max_str_digits() == digits)

# exceptions and resources
show("ResourceDenied is SkipTest",
     issubclass(support.ResourceDenied, unittest.SkipTest))
show("TestFailed", issubclass(support.TestFailed, support.Error),
     str(support.TestFailed("msg")))
saved = support.use_resources
support.use_resources = ["cpu"]
show("enabled", support.is_resource_enabled("cpu"),
     support.is_resource_enabled("network"))
try:
    support.requires("network")
except support.ResourceDenied as e:
    show("requires", e)
support.requires("cpu")
support.use_resources = saved
try:
    support.get_attribute(o, "missing")
except unittest.SkipTest:
    show("get_attribute", "skipped")
show("get_attribute found", support.get_attribute(o, "a"))

# implementation guards
show("check_impl_detail unknown impl",
     support.check_impl_detail(nosuchimpl=True),
     support.check_impl_detail(nosuchimpl=False))

# bigmemtest without a memory limit runs the test with a small size
class Big(unittest.TestCase):
    @support.bigmemtest(size=support._2G, memuse=8)
    def test_big(self, size):
        print("bigmem size", size)

    @support.bigmemtest(size=support._4G, memuse=8, dry_run=False)
    def test_no_dry(self, size):
        print("never runs")


def run_quietly(*classes):
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    import io
    result = unittest.TextTestRunner(io.StringIO(), verbosity=0).run(suite)
    return (result.testsRun, len(result.failures), len(result.errors),
            sorted(reason for _, reason in result.skipped))


show("bigmem", run_quietly(Big))


class Syntax(unittest.TestCase):
    def test_ok(self):
        support.check_syntax_error(self, "def f(:\n  pass")
        support.check_syntax_error(self, "x = = 1", lineno=1)
        support.check_syntax_error(self, "1 +* 2", "invalid syntax")

    def test_not_an_error(self):
        support.check_syntax_error(self, "x = 1")


show("check_syntax_error", run_quietly(Syntax))


class Expected(unittest.TestCase):
    @support.anticipate_failure(True)
    def test_fails(self):
        self.assertEqual(1, 2)

    @support.anticipate_failure(False)
    def test_passes(self):
        pass

    @support.requires_resource("cpu")
    def test_cpu(self):
        pass


show("anticipate_failure", run_quietly(Expected))


class FreeAfterIter(unittest.TestCase):
    def test_list(self):
        support.check_free_after_iterating(self, iter, list)

    def test_tuple(self):
        support.check_free_after_iterating(self, iter, tuple)

    def test_reversed(self):
        support.check_free_after_iterating(self, reversed, list)


show("check_free_after_iterating", run_quietly(FreeAfterIter))

# gc helpers run without error
support.gc_collect()
with support.disable_gc():
    show("disable_gc", "ok")


# unraisable exceptions
class Bad:
    def __del__(self):
        raise ValueError("from __del__")


with support.catch_unraisable_exception() as cm:
    b = Bad()
    del b
    show("unraisable", type(cm.unraisable.exc_value).__name__,
         cm.unraisable.exc_value)
show("unraisable attr removed", hasattr(cm, "unraisable"))

# retry helpers
count = 0
for _ in support.busy_retry(support.SHORT_TIMEOUT):
    count += 1
    if count == 3:
        break
show("busy_retry", count)
count = 0
for _ in support.sleeping_retry(0.05, error=False, init_delay=0.001):
    count += 1
show("sleeping_retry ended", count > 1)
try:
    for _ in support.busy_retry(0.01, "never ready"):
        pass
except AssertionError as e:
    show("busy_retry timeout", "never ready" in str(e))

# matcher and misc
m = support.Matcher()
show("Matcher", m.matches({"msg": "hello world", "levelno": 10},
                          msg="world", levelno=10),
     m.matches({"msg": "hello"}, msg="bye"))
show("timeouts", support.SHORT_TIMEOUT > 0, support.LONG_TIMEOUT >=
     support.SHORT_TIMEOUT, support.LOOPBACK_TIMEOUT > 0,
     support.INTERNET_TIMEOUT > 0)
show("platform flags", support.is_wasi, support.is_emscripten,
     support.is_android, support.is_apple_mobile)
show("subprocess support", support.has_subprocess_support)
show("findfile absolute", support.findfile("/no/such/file.txt"))
show("findfile missing", support.findfile("no_such_file_for_weft.txt"))
