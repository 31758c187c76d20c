class D:
    pass
D.__get__ = D()
class C:
    x = D()
try:
    print(C().x)
except Exception as e:
    print(type(e).__name__, e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
try:
    next(It())
except StopIteration as e:
    print("next", e.value, e.args)
def g():
    r = yield from It()
    print("yield from got", r)
list(g())
import traceback
class GE(Exception): pass
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
def outer():
    yield from inner()
o = outer(); next(o)
try:
    o.throw(GeneratorExit())
except GeneratorExit as e:
    print("outer raised GeneratorExit", type(e))
o = outer(); next(o)
try:
    o.throw(GeneratorExit)
except GeneratorExit as e:
    print("outer raised GeneratorExit type", type(e))
print(None.__ne__(None), None.__eq__(None), None.__ne__(1))
try:
    {**[[1,2]]}
except TypeError as e:
    print(e)
from collections import UserDict
print(issubclass(UserDict, dict))
