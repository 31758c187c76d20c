import types
@types.coroutine
def w():
    return (yield 1)
async def f():
    x = await w()
    return x * 2
c = f(); print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
print(w.__code__.co_flags & 0x100, types.coroutine(f) is f)
def plain():
    return iter([1, 2])
pc = types.coroutine(plain)
print(type(pc()).__name__)
class G:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return v
    def throw(self, *a): raise a[0]
    def close(self): pass
import collections.abc
collections.abc.Generator.register(G)
wc = types.coroutine(lambda: G())
print(type(wc()).__name__)
def g(): yield
co = g.__code__
r = co.replace(co_name='h', co_qualname='H.h', co_firstlineno=99)
print(r.co_name, r.co_qualname, r.co_firstlineno, co.co_name, r.co_flags == co.co_flags)
try:
    co.replace(co_name=3)
except TypeError as e:
    print("TypeError", e)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError", e)
