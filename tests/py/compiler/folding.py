# Constant folding and code-object details that CPython 3.13's compiler makes visible.
def consts(f):
    return [c for c in f.__code__.co_consts if not hasattr(c, "co_code")]

def a():
    return (1, 2, (3, -4))
def b(x=(1, 2), *, y=-1.5):
    return 2 ** 10, 1 << 4, "ab" * 3, -(-5), ~0, not 1
def c(x):
    if x in [1, 2, 3]:
        return x is None
    for i in [4, 5]:
        pass
    return "%s-%r" % (x, i)
def d():
    "Docstring."
    while 1:
        return 0
def e():
    return 2 ** 1000 > 0, "x" * 5000 == "x" * 5000
def f():
    x = 1
    return x

for fn in (a, b, c, d, e, f):
    print(fn.__name__, consts(fn), fn.__code__.co_varnames, fn.__code__.co_names)
print(b.__defaults__, b.__kwdefaults__, a() is a(), d.__doc__)
print(c(2), c(7))
print(-0.0, (-0.0, 0.0), 0.0 == -0.0, repr(-(0.0)))
print({1, 2, 3} == {3, 2, 1}, sorted({-1, -2, -3}))
print(1 if (not 0) else 2, 0.5 + 0.25, 7 // 2, 7 % 3, 2 ** -1, 10 / 4)
print((lambda: 1).__code__.co_consts)
class K:
    "Class doc."
    x = 1
print(K.__doc__, [k for k in vars(K) if not k.startswith("__")])
