# Generator protocol details: states, send/throw/close edge cases and their error
# messages, close() returning a value, re-entrancy, and StopIteration conversion.


def state(g):
    # what state reports
    if g.gi_running:
        return "GEN_RUNNING"
    if g.gi_suspended:
        return "GEN_SUSPENDED"
    if g.gi_frame is None:
        return "GEN_CLOSED"
    return "GEN_CREATED"


def show(f, *a):
    try:
        r = f(*a)
        print("->", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)


def acc():
    total = 0
    try:
        while True:
            v = yield total
            if v is None:
                break
            total += v
    except GeneratorExit:
        print("acc closing at", total)
        return total
    finally:
        print("acc finally")
    return -total


g = acc()
print(state(g))
show(g.send, 5)
print(next(g), g.send(2), g.send(3))
print(state(g), g.gi_running, g.gi_frame is not None)
print("close returns", g.close())
print(state(g), g.gi_frame)
print("close again", g.close())
show(next, g)
show(g.send, 1)

g = acc()
next(g)
g.send(4)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

# close() on a generator that never started: no code runs
g = acc()
print("unstarted close", g.close(), state(g))

# throw forms
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", type(e).__name__, e.args)
        except TypeError:
            print("caught TypeError, stopping")
            return "done"


c = catcher()
next(c)
print(c.throw(ValueError))
print(c.throw(ValueError("inst")))
show(c.throw, 42)
show(c.throw, TypeError("x"))
show(c.throw, ValueError("after end"))

# throw into an unstarted generator raises at the top without running it
c = catcher()
show(c.throw, ValueError("early"))
print(state(c))


def reentrant():
    yield me.send(None)


me = reentrant()
show(next, me)


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2


ig = ignores_exit()
next(ig)
show(ig.close)
print("state after ignored close", state(ig))
show(next, ig)
print(state(ig))


def raising_other():
    try:
        yield
    finally:
        raise KeyError("from finally")


r = raising_other()
next(r)
show(r.close)


def stop_leak():
    yield 1
    raise StopIteration("leaked")


show(list, stop_leak())
try:
    list(stop_leak())
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


def uses_next():
    it = iter([1])
    while True:
        yield next(it)


show(list, uses_next())

# StopIteration raised inside a generator expression
show(lambda: list(next(iter([])) for _ in range(2)))

# generator expressions evaluate the first iterable eagerly
show(lambda: (x for x in 5))
print(type((x for x in [1] for y in 5)).__name__)
ge = (x for x in [1] for y in 5)
show(next, ge)


def lazy_args():
    log = []

    def src(tag, n):
        log.append(tag)
        return range(n)

    ge = (a * b for a in src("outer", 3) for b in src("inner", 2))
    log.append("created")
    first = next(ge)
    log.append("first")
    rest = list(ge)
    return log, first, rest


print(lazy_args())


def state_in_frame():
    x = 10
    yield
    x += 1
    yield


s = state_in_frame()
next(s)
print(s.gi_frame.f_locals)
next(s)
print(s.gi_frame.f_locals, s.gi_code.co_name, s.__name__, s.__qualname__)


def parent():
    def child():
        yield
    return child()


print(parent().__qualname__)
