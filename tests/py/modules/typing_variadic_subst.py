# TypeVarTuple substitution: *Ts takes a run of arguments; *tuple[...] / *Tuple[...] spread.
from typing import *
Ts = TypeVarTuple('Ts')
T = TypeVar('T')
class C(Generic[*Ts]): pass
class E(Generic[T, *Ts]): pass
print(C[*Ts][*tuple[*Ts]])
print(C[*Ts][*Tuple[*Ts]])
print(C[int, str], C[int, str].__args__, C[()].__args__ if False else '')
print(E[int, str, bytes].__args__, E[int].__args__)
print(C[*Ts][int, str], C[*Ts][*tuple[int, str]])
print(Tuple[*Ts][int, str])
print(E[T, *Ts][int, float, str])
print([*Tuple[int, str]])
print(tuple[*Ts][int, str], tuple[int, *Ts][str, bytes, float], tuple[*Ts][()])
print(tuple[T, *Ts][int], dict[T, tuple[*Ts]][int, str, bytes])
try:
    tuple[T, *Ts][()]
except TypeError as e:
    print('TypeError', e)
