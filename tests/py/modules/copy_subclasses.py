# copy and deepcopy of namedtuples and of list, dict and tuple subclasses.
from collections import namedtuple, OrderedDict, Counter, defaultdict
import copy
P = namedtuple('P', 'x y')
p = P(1, [2])
q = copy.deepcopy(p); print(q, q.y is p.y, copy.copy(p) is p, type(P.x).__name__, P.x.__doc__)
for bad in ('set', 'delete'):
    try:
        setattr(p, 'x', 5) if bad == 'set' else delattr(p, 'x')
    except AttributeError as e:
        print(type(e).__name__, e)
class L(list): pass
l = L([1, [2]]); l.a = 5; m = copy.deepcopy(l); print(type(m).__name__, m, m.a, m[1] is l[1])
class D(dict): pass
d = D(a=[1]); e = copy.deepcopy(d); print(type(e).__name__, e, e['a'] is d['a'])
print(copy.deepcopy(OrderedDict(a=1)), copy.deepcopy(Counter('aab')), copy.copy(defaultdict(list, a=[1])))
class T(tuple): pass
print(type(copy.deepcopy(T((1, 2)))).__name__)
class N:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
    def __new__(cls, v): o = super().__new__(cls); o.made = v; return o
n = copy.copy(N(3)); print(n.v, n.made)
