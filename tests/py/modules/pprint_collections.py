import pprint
import collections
import types

od = collections.OrderedDict((k, k * 3) for k in 'zyxwvutsrqponm')
print(pprint.pformat(od))
print(pprint.pformat(od, width=40))
print(pprint.pformat(collections.OrderedDict()))
dd = collections.defaultdict(list, {'b': [1, 2] * 10, 'a': list(range(15))})
print(pprint.pformat(dd))
print(pprint.pformat(dd, width=30, indent=3))
print(pprint.pformat(collections.defaultdict(int)))
print(pprint.pformat(collections.defaultdict(None, {i: i for i in range(30)}), width=40))
c = collections.Counter('abracadabra mississippi hello world programming')
print(pprint.pformat(c))
print(pprint.pformat(c, width=40, indent=2))
print(pprint.pformat(collections.Counter()))
cm = collections.ChainMap({'a': 1, 'b': list(range(20))}, {'c': 3}, {})
print(pprint.pformat(cm))
print(pprint.pformat(cm, width=30))
print(pprint.pformat(collections.ChainMap()))
print(pprint.pformat(collections.ChainMap({})))
print(pprint.pformat(collections.ChainMap({'x': 'y' * 80})))
dq = collections.deque(range(30))
print(pprint.pformat(dq))
print(pprint.pformat(dq, width=40))
print(pprint.pformat(collections.deque(range(30), maxlen=40), width=40))
print(pprint.pformat(collections.deque()))
print(pprint.pformat(collections.deque(maxlen=3)))
ud = collections.UserDict({i: str(i) * 5 for i in range(12)})
print(pprint.pformat(ud))
print(pprint.pformat(ud, width=30))
ul = collections.UserList([list(range(10))] * 4)
print(pprint.pformat(ul))
print(pprint.pformat(ul, width=30))
us = collections.UserString('words and more words ' * 6)
print(pprint.pformat(us, width=40))
print(pprint.pformat([us], width=40))
mp = types.MappingProxyType({'k%d' % i: i for i in range(20)})
print(pprint.pformat(mp))
print(pprint.pformat(mp, width=30))
Point = collections.namedtuple('Point', 'x y')
print(pprint.pformat([Point(1, 2)] * 8))
print(pprint.pformat(Point(list(range(30)), 'y' * 60)))
class SubList(list):
    pass
class SubDict(dict):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList!'
class ReprDict(dict):
    def __repr__(self):
        return 'ReprDict(' + str(len(self)) + ')'
print(pprint.pformat(SubList(range(30))))
print(pprint.pformat(SubDict({i: i for i in range(30)})))
print(pprint.pformat(ReprList(range(30))))
print(pprint.pformat(ReprDict({i: i for i in range(30)})))
print(pprint.pformat([ReprList(range(30)), ReprDict()], width=10))
print(pprint.isreadable(ReprList()), pprint.saferepr(ReprList([1])))
class SubTuple(tuple):
    pass
print(pprint.pformat(SubTuple(range(30))))
class SubSet(set):
    pass
print(pprint.pformat(SubSet(range(30))))
class SubOD(collections.OrderedDict):
    pass
print(pprint.pformat(SubOD((i, i) for i in range(25))))
class SubCounter(collections.Counter):
    pass
print(pprint.pformat(SubCounter('aaabbbbccccccdddddddeeeeeeeeffffffgg' * 2), width=30))
class SubDeque(collections.deque):
    pass
print(pprint.pformat(SubDeque(range(30))))
