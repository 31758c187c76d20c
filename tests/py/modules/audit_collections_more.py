# collections audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
from collections import *
import collections, collections.abc
def P(*a):
    print(_re.sub(r" at 0x[0-9a-f]+", " at ADDR", " ".join(map(str, a))))
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(e)))
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated([('a', 1), ('b', 2)], c=3); lu['a'] = 5; lu.update(b=7)
P(lu, list(lu))
class Tracking(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k); super().__setitem__(k, v)
t = Tracking([('x', 1)]); t.update({'y': 2}); t.setdefault('z', 3)
P(t)
od = OrderedDict(a=1, b=2, c=3)
P(list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())), od.keys() & {'a'}, od.keys() == {'a', 'b', 'c'})
P(od.pop('zz', None))
E(lambda: od.pop('zz'))
od2 = od.copy(); od2['a'] = 0; P(od, od2, type(od2).__name__)
P(vars(OrderedDict()) if hasattr(OrderedDict(), '__dict__') else 'nodict')
o = OrderedDict(); o.x = 1; P(o.x)
class Rec(OrderedDict): pass
r = Rec(a=1); r['self'] = r; P(r)
import pickle, copy
P(pickle.loads(pickle.dumps(Rec(a=1))), copy.deepcopy(od))
E(lambda: OrderedDict(1, 2))
c = Counter(a=1)
c2 = Counter({'a': 3, 'b': 2, 'c': 2, 'd': 1})
P(c2.most_common(3), list(c2), c2.most_common())
class CSub(Counter): pass
P(CSub('aab') + CSub('b'), type(CSub('a') + CSub('b')).__name__, repr(CSub('ab')))
P(Counter(a=1.5, b=0.5).total(), Counter({'a': 2}) == {'a': 2}, Counter(['x', 'y', 'x']))
import itertools
P(namedtuple('T', 'a b')(1, 2)._fields, namedtuple('T', ())().__repr__())
T3 = namedtuple('T3', 'a b c', defaults=(1, 2))
P(T3(0), T3._field_defaults, T3.__new__.__defaults__)
P(type(T3.a).__name__, T3.a.__doc__)
P(isinstance(T3(1), tuple), T3.__bases__, hash(T3(1)) == hash((1, 1, 2)))
P(T3(1)._asdict(), type(T3(1)._asdict()).__name__)
d = deque(range(5))
d.rotate(7); P(d); d.reverse(); P(d); d.clear(); P(d)
P(deque('abc', 2), deque(maxlen=0), deque([1, 2]).copy())
dq = deque([1, 2, 3])
E(lambda: [dq.append(4) for x in dq])
P(dq[1:] if False else 'skip')
E(lambda: dq[1:])
dd = defaultdict(list)
P(dd.__missing__('k'), dict(dd), dd.copy(), type(dd.copy()).__name__)
class DDSub(defaultdict): pass
P(repr(DDSub(int, a=1)))
dl = defaultdict(int, [('a', 1)], b=2); P(dl)
P(repr(ChainMap({'a': 1}, {})), ChainMap({'a': 1}).get('b', 9), 'a' in ChainMap({}, {'a': 1}), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
cm = ChainMap({'a': 1}); cm2 = cm.new_child(); cm2['a'] = 2; P(cm2, cm, cm2.parents.maps, ChainMap.fromkeys('ab', 0))
P(ChainMap({'a': 1}).copy(), type(ChainMap({}).copy()).__name__, ChainMap({'a': 1}, {'b': 2}).pop('a'))
E(lambda: ChainMap({}).popitem())
E(lambda: ChainMap({}).pop('x'))
P(collections.abc.Mapping.register, issubclass(OrderedDict, collections.abc.MutableMapping), isinstance(deque(), collections.abc.MutableSequence), isinstance(ChainMap(), collections.abc.MutableMapping))
ul = collections.UserList([1, 2]); ul2 = ul.copy(); ul2.append(3); P(ul, ul2, type(ul2).__name__)
ud = collections.UserDict({'a': 1}); P(ud.copy(), type(ud.copy()).__name__, collections.UserDict.fromkeys('ab'), ud == {'a': 1})
us = collections.UserString('x'); P(us.data, us.__class__.__name__, str(us), hash(us) == hash('x'), us.encode(), us.join(['a', 'b']), type(us.join(['a','b'])).__name__)
