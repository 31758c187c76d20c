# types.GenericAlias built through type[...] and the constructor (PEP 585).
import types
GA = type(type[int])
print(GA, GA.__name__, GA.__module__, GA.__mro__)

a = GA(list, int)
print(a, repr(a), a.__origin__, a.__args__, a.__parameters__, a.__unpacked__)
print(GA(dict, (str, int)), GA(tuple, (int, ...)), GA(tuple, ()), GA(list, [[int, str]]))
print(GA(dict, (str, GA(list, int))), GA(list, "x"), GA(list, 3), GA(list, None), GA(list, ...))
print(type[int], type[int].__origin__, type[int].__args__)

class C:
    class Inner:
        pass
def f():
    pass
print(GA(list, C), GA(list, C.Inner), GA(list, f), GA(C, int))

# Equality and hashing.
print(a == GA(list, int), a == GA(list, (int,)), a != GA(list, str), a == list, a == GA(tuple, int))
print(hash(a) == hash(GA(list, int)), len({a, GA(list, int), GA(list, str)}))
d = {a: 1}
print(d[GA(list, int)])
try:
    a < a
except TypeError as e:
    print("TypeError", e)
try:
    hash(GA(list, [int]))
except TypeError as e:
    print("TypeError", e)

# isinstance / issubclass refuse parameterized generics.
for call in (lambda: isinstance([], a), lambda: issubclass(list, a),
             lambda: isinstance([], (int, a)), lambda: isinstance(1, type[int])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(isinstance(a, type), isinstance(a, GA))

# Attribute forwarding.
print(a.append, a.__name__, a.__qualname__, a.__module__, a.__class__)
print(hasattr(a, "__bases__"), hasattr(a, "__copy__"), hasattr(a, "__deepcopy__"))
try:
    a.__origin__ = dict
except AttributeError as e:
    print("AttributeError", e)
try:
    a.nope
except AttributeError as e:
    print("AttributeError", e)
print(sorted(set(dir(a)) - set(dir(list))))

# Calling the alias calls the origin.
print(a([1, 2]), type(a("ab")), GA(dict, (str, int))(x=1))
class E(list):
    pass
e = GA(E, int)()
print(type(e).__name__, e.__orig_class__)
class S:
    __slots__ = ()
print(type(GA(S, int)()).__name__)

# Subclassing through __mro_entries__.
print(a.__mro_entries__(()))
class D(GA(list, int)):
    pass
print(D.__mro__, D.__orig_bases__)

# Unions.
print(a | None, int | a, a | GA(dict, (str, int)), (a | None).__args__)
print(a | a)
try:
    a | 3
except TypeError as e:
    print("TypeError", e)

# Unpacking: *tuple[int, str].
t = GA(tuple, (int, str))
s = next(iter(t))
print(s, s.__unpacked__, s.__typing_unpacked_tuple_args__, t.__typing_unpacked_tuple_args__)
print([*t], s == t, s == next(iter(t)), hash(s) == hash(t))
print(next(iter(a)).__typing_unpacked_tuple_args__)
it = iter(a)
print(next(it), next(it, "done"))

# Pickle protocol.
print(a.__reduce__())
r = s.__reduce__()
print(r[0] is next, r[0](*r[1]))
import copy
print(copy.copy(a), copy.deepcopy(GA(dict, (str, a))))

# Constructor errors.
for args, kw in (((list,), {}), ((list, int, str), {}), ((list, int), {"x": 1}), ((), {})):
    try:
        GA(*args, **kw)
    except TypeError as e:
        print("TypeError", e)

# Subscripting an alias without type variables.
try:
    a[int]
except TypeError as e:
    print("TypeError", e)
try:
    str[int]
except TypeError as e:
    print("TypeError", e)

# Type variables: anything with __typing_subst__ counts.
class TV:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "~" + self.name
    def __typing_subst__(self, arg):
        return arg
T, K = TV("T"), TV("K")
g = GA(dict, (K, GA(list, T)))
print(g, g.__parameters__)
print(g[str, int], g[str, int] == GA(dict, (str, GA(list, int))))
print(GA(list, T)[float], GA(list, (T, T)).__parameters__, GA(list, [[T, K]]).__parameters__)
print(GA(list, (GA(list, T), [T]))[int], GA(list, (T, (T, int)))[int])
class P:
    __parameters__ = (T,)
    def __getitem__(self, x):
        return ("sub", x)
print(GA(list, (P(),)).__parameters__, GA(list, (P(),))[int])
for item in ((int,), (int, str, bytes)):
    try:
        g[item]
    except TypeError as e:
        print("TypeError", e)
print(GA(tuple, (T, ...))[int], (GA(list, T) | None).__args__)

# Subclasses of GenericAlias.
class MyAlias(GA):
    pass
m = MyAlias(list, int)
print(type(m).__name__, m, m == a, a == m)

# ExceptionGroup classes and MappingProxyType are generic too.
print(BaseExceptionGroup[ValueError], ExceptionGroup[ValueError].__origin__)
print(types.MappingProxyType[str, int])
