# typing audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
from typing import *
import typing
def P(*a):
    print(*a)
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, e)
type IntList = list[int]
P(IntList, repr(IntList), type(IntList), IntList.__value__, IntList.__type_params__, IntList.__name__, IntList.__module__)
type Pair[T] = tuple[T, T]
P(Pair, Pair[int], Pair.__type_params__, Pair.__parameters__, get_origin(Pair[int]), get_args(Pair[int]))
def f[T, *Ts, **P](x: T) -> T: return x
P(f.__type_params__, [type(t).__name__ for t in f.__type_params__])
class C[T: int, U: (str, bytes) = str]:
    def m[V](self): pass
P(C.__type_params__, C.__parameters__, C.__mro__, C.__orig_bases__)
T1, U1 = C.__type_params__
P(T1.__bound__, U1.__constraints__, U1.__default__, U1.has_default(), T1.has_default(), T1.__default__)
P(C[int, str], C.m.__type_params__)
P(C[int])
E(lambda: C[int, str, bytes])
class D[T](list[T]): pass
P(D.__mro__, D[int], D.__parameters__)
E(lambda: IntList[int])
TA = TypeAliasType('TA', int)
P(TA, TA.__value__, TA.__module__)
E(lambda: setattr(TA, 'x', 1))
import pickle
P(pickle.loads(pickle.dumps(IntList)) is IntList)
class E1[T]:
    x: T
P(get_type_hints(E1))
def g[T](a: T) -> list[T]: pass
P(get_type_hints(g))
P(T1.__infer_variance__, T1.__covariant__, repr(T1))
from typing import TypeVar
X = TypeVar('X', infer_variance=True)
P(repr(X))
Y = TypeVar('Y', default=int)
P(Y.__default__, Y.has_default(), repr(typing.NoDefault))
