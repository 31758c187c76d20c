from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping, Iterable, Sized
import collections

@singledispatch
def f(x):
    return "default"
@f.register
def _(x: int):
    return "int"
@f.register(Sequence)
def _(x):
    return "sequence"
@f.register(Mapping)
def _(x):
    return "mapping"
@f.register
def _(x: str | bytes):
    return "text"
print([f(v) for v in (1, True, [1], (1,), "s", b"b", {}, collections.OrderedDict(), 1.5, range(3), set())])
class MySeq(Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class Reg: pass
Sequence.register(Reg)
print(f(MySeq()), f(Reg()), f(collections.UserList()), f(collections.deque()))
@f.register(Sized)
def _(x):
    return "sized"
print(f(set()), f(frozenset()), f({}))
print(sorted(k.__name__ for k in f.registry), f.dispatch(bool).__name__, f.dispatch(float) is f.registry[object])
try:
    f()
except TypeError as e:
    print(e)
for bad in (lambda: f.register(3), lambda: f.register(lambda x: x)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, str(e)[:60])
def g(x: "notaclass"): pass
try:
    f.register(g)
except Exception as e:
    print(type(e).__name__)
class A: pass
class B: pass
class C(A, B): pass
@singledispatch
def h(x): return "h-default"
h.register(A, lambda x: "A")
h.register(B, lambda x: "B")
print(h(C()))
class Iter1(Iterable):
    def __iter__(self): return iter(())
class Both:
    def __iter__(self): return iter(())
    def __len__(self): return 0
@singledispatch
def k(x): return "k"
k.register(Iterable, lambda x: "iterable")
k.register(Sized, lambda x: "sized")
try:
    print(k(Both()))
except RuntimeError as e:
    print("RuntimeError", str(e)[:20])
class Meth:
    @singledispatchmethod
    def m(self, x): return "obj"
    @m.register
    def _(self, x: int): return "int"
print(Meth().m(1), Meth().m("a"))
