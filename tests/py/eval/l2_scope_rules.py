# Scoping rules of 3.13: inlined comprehensions (PEP 709) and what they can see,
# walrus targets, class-body visibility, nonlocal/global chains, the compile-time
# errors for misplaced declarations, and the runtime NameError/UnboundLocalError text.

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


def comp_shadow():
    x = "outer"
    ys = [x for x in range(3)]
    return x, ys


print(comp_shadow())


def comp_restores_after_error():
    x = "kept"
    try:
        [1 / x for x in (1, 0)]
    except ZeroDivisionError:
        pass
    return x


print(comp_restores_after_error())


def comp_locals():
    a = 1
    inside = [sorted(locals()) for b in [2]][0]
    return inside, sorted(locals())


print(comp_locals())


def comp_cells():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    hs = [(lambda j: lambda: j)(i) for i in range(3)]
    return [f() for f in fs], [g() for g in gs], [h() for h in hs]


print(comp_cells())


def walrus_leaks():
    data = [5, 8, 13]
    if any((hit := v) > 7 for v in data):
        pass
    total = [running := 0] + [running := running + v for v in data]
    return hit, total, running


print(walrus_leaks())


class K:
    base = 4
    firsts = [i for i in range(base)]  # the first iterable is evaluated in class scope
    try:
        items = [base + i for i in range(3)]
    except NameError as e:
        items = f"NameError: {e}"


print(K.firsts, K.items)


def class_comprehension():
    class C:
        v = 3
        try:
            r = [v for _ in range(1)]
        except NameError as e:
            r = f"NameError: {e}"
    return C.r


class_v = "global v"


def class_comp_global():
    class C:
        class_v = "class v"
        r = [class_v for _ in range(1)]
    return C.r


print(class_comprehension())


def fn_scope_through_class():
    v = "function v"

    class C:
        r = [v for _ in range(1)]
        w = v
    return C.r, C.w


print(fn_scope_through_class(), class_comp_global())


def chain():
    a = 0

    def mid():
        def inner():
            nonlocal a
            a += 1
            return a
        return inner
    f = mid()
    f()
    f()
    return a


print(chain())


def class_nonlocal():
    counter = 0

    class C:
        nonlocal counter
        counter += 1

        def bump(self):
            nonlocal counter
            counter += 10
    C().bump()
    return counter


print(class_nonlocal())

g_count = 0


def g_inc():
    global g_count
    g_count += 1
    del g_count


g_inc()
show(lambda: g_count)
show(g_inc)


def unbound_local():
    if False:
        y = 1
    return y


def unbound_free():
    def inner():
        return z
    r = inner
    del_me = inner
    z = 1
    del z
    return r()


def unbound_after_del():
    w = 1
    del w
    return w


show(unbound_local)
show(unbound_free)
show(unbound_after_del)
show(lambda: undefined_name)

for src in [
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    global x",
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "class C:\n    [(y := 1) for i in range(2)]",
    "[(i := 1) for i in range(2)]",
    "[i for i in range(2) if (j := i) for j in range(2)]",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f(a):\n    nonlocal a",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

# exec/eval namespaces and comprehension
ns = {"n": 3}
exec("r = [n * i for i in range(n)]", ns)
print(ns["r"])
print(eval("[a + b for a in 'xy' for b in 'zw']", {}))
loc = {"q": 2}
print(eval("[q * k for k in range(3)]", {}, loc))
