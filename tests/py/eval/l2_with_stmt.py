# with statements in depth: parenthesised multi-item forms, exit order when an inner
# __enter__ fails, what __exit__ receives, truthy return values suppressing, __exit__
# raising, break/continue/return through with, special-method lookup on the type,
# ExitStack callbacks, and contextmanager-based managers.
import contextlib

events = []


class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        events.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self

    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.name} {et.__name__ if et else None} {ev!s} tb={tb is not None}")
        if self.fail_exit:
            raise KeyError(f"exit {self.name}")
        return self.suppress


def run(label, f):
    events.clear()
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        ctx = e.__context__
        print(label, "raised", type(e).__name__, e, "| context:", repr(ctx))
    for ev in events:
        print("   ", ev)


def multi():
    with (
        CM("a") as a,
        CM("b") as b,
        CM("c"),
    ):
        events.append(f"body {a.name}{b.name}")
        return "done"


def inner_enter_fails():
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        events.append("body")


def suppressed():
    with CM("outer"), CM("inner", suppress=1):
        raise ValueError("hidden")
    return "continued after suppressed"


def suppress_only_outer():
    with CM("outer", suppress="yes"), CM("inner"):
        raise ValueError("caught by outer")
    return "after"


def exit_raises():
    with CM("a"), CM("b", fail_exit=True):
        raise ValueError("original")


def exit_raises_no_error():
    with CM("a", suppress=True), CM("b", fail_exit=True):
        pass
    return "outer suppressed the exit error"


def loop_control():
    out = []
    for i in range(4):
        with CM(f"L{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


def falsy_object_return():
    class Falsy:
        def __bool__(self):
            events.append("bool called")
            return False

    class Mgr:
        def __enter__(self):
            return None

        def __exit__(self, *a):
            return Falsy()

    with Mgr() as got:
        raise ValueError(f"enter returned {got}")


for name, f in list(globals().items()):
    if callable(f) and f.__module__ == "__main__" and name not in ("run", "CM") \
            and not isinstance(f, type):
        run(name, f)


class OnInstance:
    pass


inst = OnInstance()
inst.__enter__ = lambda: "instance enter"
inst.__exit__ = lambda *a: None
try:
    with inst:
        pass
except TypeError as e:
    print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class OnlyExit:
    def __exit__(self, *a):
        pass


try:
    with OnlyExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)

with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.callback(print, "callback", n)
    stack.enter_context(CM("stacked"))
    print("in ExitStack body")
print(events[-2:])


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"</{name} after ZeroDivisionError>")
    else:
        print(f"</{name}>")


with tag("p") as p, tag("b") as b:
    print(p + b)
with tag("div"):
    1 / 0
print("swallowed by generator manager")
try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


# target assignment happens after __enter__; unpacking targets
class Pair:
    def __enter__(self):
        return (1, (2, 3))

    def __exit__(self, *a):
        return False


with Pair() as (one, (two, three)):
    print(one, two, three)
holder = {}
with Pair() as holder["k"]:
    pass
print(holder)
