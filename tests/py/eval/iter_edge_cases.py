class A:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
for f in (enumerate, lambda it: map(str, it), zip):
    try: next(f(A()))
    except StopIteration as e: print(e.args)
p = property("a", "b", "c")
print(p.getter(None).fget, p.setter(None).fset, p.deleter(None).fdel)
from itertools import chain
x = chain(1, [2])
for _ in range(2):
    try: print(next(x))
    except Exception as e: print(type(e).__name__, e)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print('inner GeneratorExit')
def gen2():
    try:
        yield from gen()
    except GeneratorExit:
        print('outer GeneratorExit')
    yield 2
g = gen2(); next(g)
print(g.throw(GeneratorExit()))
class Balky:
    def __getitem__(self, i):
        if i == 1: raise ValueError("boom")
        if i > 2: raise IndexError
        return i
it = iter(Balky())
print(next(it))
for _ in range(2):
    try: print(next(it))
    except Exception as e: print(type(e).__name__, e)
