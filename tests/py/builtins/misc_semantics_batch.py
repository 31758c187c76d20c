# float() of float subclasses uses their __float__; float subclasses whose __init__ takes keywords;
# length_hint, copy of slices, math.fma, os.supports_*, long range iterators, sort mutation,
# and the context of exceptions thrown into a generator inside an except block.
import operator, copy, math, os, sys
class F(float):
    def __float__(self):
        return 42.0
print(float(F(1.5)), type(float(F(1.5))).__name__)
class G(float):
    def __init__(self, value, *, note=None):
        self.note = note
g = G(2.5, note='x'); print(g, g.note)
class H:
    def __length_hint__(self):
        raise TypeError('no')
class H2:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(H2(), 7))
try:
    print(operator.length_hint(H(), 5))
except TypeError as e:
    print('TypeError', e)
s = slice(1, 2); print(copy.copy(s) is s, copy.deepcopy(s) is s)
print(hasattr(math, 'fma') and math.fma(2.0, 3.0, 4.0))
print(isinstance(os.supports_dir_fd, set), isinstance(os.supports_fd, set), isinstance(os.supports_follow_symlinks, set))
M = sys.maxsize
it = iter(range(M - 1, M + 3, 2)); print(type(it).__name__, list(it))
print(type(iter(range(3))).__name__)
l = list(range(10))
try:
    l.sort(key=lambda x: (l.append(1), x)[1])
except ValueError as e:
    print('ValueError', e)
def gen():
    try:
        raise KeyError('a')
    except KeyError:
        yield 1
g = gen(); next(g)
try:
    g.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
