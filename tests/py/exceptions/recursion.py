# RecursionError from deep C recursion (repr, comparison, hashing of nested data) and
# from Python recursion; the interpreter must keep working afterwards.
import sys

def t(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except RecursionError as e:
        print(type(e).__name__, e)

deep = []
for i in range(100000):
    deep = [deep]
t(lambda: repr(deep))
t(lambda: str(deep))
other = []
for i in range(100000):
    other = [other]
t(lambda: deep == other)
d = {}
for i in range(100000):
    d = {'k': d}
t(lambda: repr(d))

def down(n):
    return down(n + 1)
t(lambda: down(0))

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr loop:', type(e).__name__)

shallow = [[[[1]]]]
print(repr(shallow), shallow == [[[[1]]]])
sys.setrecursionlimit(200)
t(lambda: down(0))
print(sys.getrecursionlimit())
