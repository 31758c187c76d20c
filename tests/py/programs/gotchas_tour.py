"""A guided tour of Python gotchas, written as a self-checking teaching script: late-binding
closures, mutable defaults, tuple += list, for/while-else, finally overriding return,
name mangling, class-attribute sharing, iteration-while-mutating errors and more."""
import sys

SECTIONS = []


def section(fn):
    SECTIONS.append(fn)
    return fn


@section
def late_binding():
    fns = [lambda: i for i in range(3)]
    fixed = [lambda i=i: i for i in range(3)]
    def make(n):
        return lambda: n * 10
    made = [make(n) for n in range(3)]
    return [f() for f in fns], [f() for f in fixed], [f() for f in made]


@section
def mutable_default():
    def append(item, bucket=[]):
        bucket.append(item)
        return bucket
    def append_safe(item, bucket=None):
        bucket = [] if bucket is None else bucket
        bucket.append(item)
        return bucket
    append(1); r = append(2)
    append_safe(1); s = append_safe(2)
    return r, s, append.__defaults__


@section
def tuple_plus_equals():
    t = ([1], [2])
    try:
        t[0] += [99]
    except TypeError as exc:
        return str(exc), t


@section
def loop_else():
    out = []
    for n in (7, 9, 12):
        for d in range(2, n):
            if n % d == 0:
                out.append(f"{n}={d}*{n // d}")
                break
        else:
            out.append(f"{n} prime")
    k = 0
    while k < 3:
        k += 1
    else:
        out.append(f"while-else ran with k={k}")
    return out


@section
def finally_wins():
    def f():
        try:
            return "try"
        finally:
            return "finally"
    def g():
        for i in range(3):
            try:
                if i == 1:
                    continue
                if i == 2:
                    return f"returned at {i}"
            finally:
                log.append(f"finally {i}")
    log = []
    def h():
        try:
            raise ValueError("lost")
        finally:
            return "swallowed"
    return f(), g(), log, h()


class Account:
    __secret = "hidden"
    shared = []

    def __init__(self, name):
        self.__pin = 1234
        self.name = name

    def add(self, item):
        self.shared.append((self.name, item))

    def reveal(self):
        return self.__secret, self.__pin


@section
def mangling_and_class_attrs():
    a, b = Account("a"), Account("b")
    a.add(1); b.add(2)
    has_plain = hasattr(a, "__pin")
    mangled = sorted(k for k in vars(a) if "pin" in k)
    b.shared = ["own"]
    return a.reveal(), has_plain, mangled, Account.shared, b.shared, Account._Account__secret


@section
def mutate_while_iterating():
    msgs = []
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d[k + k] = 0
    except RuntimeError as exc:
        msgs.append(str(exc))
    s = {1, 2, 3}
    try:
        for x in s:
            s.discard(x)
    except RuntimeError as exc:
        msgs.append(str(exc))
    lst = [1, 2, 3, 4, 5, 6]
    for x in lst:
        if x % 2 == 0:
            lst.remove(x)
    msgs.append(f"list after removing evens while iterating: {lst}")
    return msgs


@section
def equality_and_identity():
    a = [1, 2]
    b = a
    c = a[:]
    nan = float("nan")
    return (a == c, a is c, b is a, nan == nan, nan in [nan], [nan] == [nan], 0.1 + 0.2 == 0.3,
            True + True, isinstance(True, int), 1 == 1.0 == True, {1: "int", 1.0: "float", True: "bool"},
            -0.0 == 0.0, str(-0.0), None is None, () is ())


@section
def unpacking_and_walrus():
    first, *middle, last = range(6)
    (a, b), c = "xy", 3
    head, *_ = "q"
    data = [3, 8, 1, 9, 4]
    big = [y for x in data if (y := x * 2) > 7]
    swapped = {v: k for k, v in {"one": 1, "two": 2}.items()}
    merged = {**{"a": 1, "b": 2}, **{"b": 3}} | {"c": 4}
    return first, middle, last, a, b, c, head, big, swapped, merged, [*range(3), *"ab"]


@section
def chained_and_short_circuit():
    calls = []
    def v(x):
        calls.append(x)
        return x
    r1 = v(1) < v(2) < v(0) < v(5)
    r2 = v(0) or v("") or v("default")
    r3 = v([]) and v("never")
    return r1, r2, r3, calls, 1 < 2 > 1.5, "a" < "b" < "c", (1, 2) < (1, 2, 0)


@section
def scope_rules():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    counter = 0
    def bad():
        return counter + 1
    def worse():
        try:
            counter += 1
        except UnboundLocalError as exc:
            return f"UnboundLocalError: {exc}"
    global GLOBAL_SEEN
    GLOBAL_SEEN = "set from function"
    comp_var = [z for z in range(3)]
    return x, bad(), worse(), GLOBAL_SEEN, "z" in dir(), comp_var


@section
def integer_and_string_ops():
    return (7 // -2, -7 // 2, 7 % -3, round(0.5), round(1.5), round(2.5), int(-2.7), int("  42\n"),
            "abc" * 0, [0] * 3, [[0] * 2] * 2 == [[0, 0], [0, 0]], "".join(reversed("stressed")),
            "a,b,,c".split(","), "a b  c".split(), "  pad ".strip(), "Mississippi".count("ss"),
            "x".center(4, "*"), "%s" % (1,), str(1e16), str(123456789.0), 2 ** -1, 10 / 5)


@section
def aliasing_grid():
    grid = [[0] * 3] * 2
    grid[0][0] = 1
    good = [[0] * 3 for _ in range(2)]
    good[0][0] = 1
    return grid, good


for fn in SECTIONS:
    try:
        result = fn()
    except Exception as exc:
        result = f"!! {type(exc).__name__}: {exc}"
    print(f"-- {fn.__name__}")
    if isinstance(result, tuple):
        for item in result:
            print("   ", item)
    else:
        print("   ", result)
print(f"{len(SECTIONS)} sections", file=sys.stderr)
