# X | Y on classes: types.UnionType, isinstance with unions, annotations.
print(int | str, int | None, None | int, int | int, (int | str) | float, int | (str | float))
class A: pass
print(A | None, type(int | str), (int | str).__args__, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
def f(x: int | None = None) -> list | dict:
    return x
print(f.__annotations__)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
print(int.__or__, repr(type.__dict__['__ror__']))
