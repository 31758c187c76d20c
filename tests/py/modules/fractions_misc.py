# Fraction repr/str, pickling, copying and subclassing.
import copy
import pickle
from fractions import Fraction as F


class G(F):
    pass


for f in [F(3), F(-1, 3), F(0), F(10**25, 3), G(1, 2), G(4)]:
    print(repr(f), str(f), '%s' % f, '{}'.format(f), f'{f!r}')

for f in [F(2, 3), F(-7), G(5, 6)]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g = pickle.loads(pickle.dumps(f, proto))
        print(proto, repr(g), type(g).__name__, g == f)
print(F(1, 3).__reduce__(), G(1, 3).__reduce__())

f = F(1, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f)
g = G(1, 3)
gc, gd = copy.copy(g), copy.deepcopy(g)
print(gc is g, gd is g, type(gc).__name__, type(gd).__name__, gc == g, gd == g)
print(copy.deepcopy([f, f])[0] is f)
d = copy.deepcopy({'a': g})
print(repr(d['a']))

try:
    F(1, 2).__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(G(1, 2), '__dict__'))
G(1, 2).extra = 5

# Subclass overriding __repr__ and adding state.
class Money(F):
    def __new__(cls, value, currency='EUR'):
        self = super().__new__(cls, value)
        self.currency = currency
        return self
    def __repr__(self):
        return '%s %s' % (F(self), self.currency)


m = Money('12.25')
print(repr(m), m + 1, type(m + 1).__name__, m.currency, isinstance(m, F))

print(F.__doc__.splitlines()[0])
print(F.limit_denominator.__doc__.splitlines()[0])
print(F.__add__.__name__, F.__radd__.__name__, F.__floordiv__.__name__, F.__rdivmod__.__name__)
print(F.__add__.__doc__, F.__rmod__.__doc__)
print(sorted(k for k in vars(F) if not k.startswith('_')))
