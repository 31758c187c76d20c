from abc import ABC, ABCMeta, abstractmethod
class A(ABC): pass
class B: pass
print(issubclass(B, A), isinstance(B(), A))
A.register(B)
print(issubclass(B, A), isinstance(B(), A))
class C(B): pass
print(issubclass(C, A))
class D(A): pass
print(issubclass(B, D))
import collections.abc as cabc
class M: pass
print(isinstance(M(), cabc.Sized))
M.__len__ = lambda self: 0
print(isinstance(M(), cabc.Sized))
cabc.Sequence.register(M)
print(issubclass(M, cabc.Sequence), issubclass(M, cabc.Collection), issubclass(M, cabc.Iterable))
print(A.register(int) is int)
try:
    A.register(3)
except TypeError as e:
    print(e)
class E(A): pass
try:
    E.register(A) ; print("no error")
except RuntimeError as e:
    print(e)
