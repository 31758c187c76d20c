# A tour of statement and expression forms; each prints something.
def f(a, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw)
print(f(1, c=3), f(1, 2, 3, c=5, e=6))
g = lambda x, *, y=1: x + y
print(g(1), g(1, y=2))
print([i * j for i in range(3) for j in range(3) if i != j])
print({k: v for k, v in zip("ab", [1, 2])}, {c for c in "aab"} == {"a", "b"})
print(list((y := 10, y + 1)), y)
first, *rest = [1, 2, 3]
print(first, rest)
a = b = [0]
a[0] += 5
print(a, b)
class C:
    x: int = 1
    def m(self) -> str:
        return "m"
print(C().m(), C.x, C.__annotations__)
match {"kind": "point", "x": 1, "y": 2}:
    case {"kind": "point", "x": 0}:
        print("on axis")
    case {"kind": "point", **rest}:
        print("point", sorted(rest.items()))
match [1, 2, 3]:
    case [1, *others] if len(others) == 2:
        print("list", others)
match 5:
    case 1 | 2:
        print("small")
    case int(n) if n > 3:
        print("big", n)
try:
    raise ValueError("v")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
finally:
    print("finally")
with open(__file__) as fh, open(__file__) as fh2:
    print(fh.readline().startswith("#"))
x = 0
while x < 3:
    x += 1
else:
    print("while-else", x)
for i in range(2):
    pass
else:
    print("for-else", i)
def gen():
    yield 1
    yield from [2, 3]
print(list(gen()))
print(1 if x else 2, not x, -x ** 2, ~x, x // 2, x % 2, 2 ** -1, x @ x if False else 0)
print(1 < 2 < 3, 1 < 2 > 3, 1 is not None, 1 not in [2])
print(*[1, 2], sep="-", end="\n")
print({**{"a": 1}, "b": 2}, [*"ab", *"cd"], (*"ab",))
type Alias = int
print(Alias.__value__)
def generic[T](x: T) -> T:
    return x
print(generic(7))
global_var = 1
def use_global():
    global global_var
    global_var += 1
use_global()
print(global_var)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner()
    return v
print(outer())
assert True, "never"
del a
print("a" in dir())
