# collections: Counter arithmetic and queries; namedtuple factories and methods; ChainMap.
from collections import Counter, namedtuple, ChainMap

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

inventory = Counter(apples=3, pears=0, kiwis=5)
sales = Counter({'apples': 5, 'kiwis': 2, 'plums': 1})
print(inventory + sales, inventory - sales, sales - inventory)
print(inventory | sales, inventory & sales, +Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
print(inventory == Counter(apples=3, kiwis=5), inventory == Counter(apples=3, kiwis=5, pears=0))
print(Counter(a=1) <= Counter(a=1, b=2), Counter(a=2) < Counter(a=1), Counter(a=1) >= Counter())
c = Counter('mississippi')
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c.total(), sorted(c.elements()), ''.join(Counter('aab').elements()), c['zzz'], 'zzz' in c)
c.subtract('sip')
c.subtract({'m': 5})
print(c, +c)
c.update({'x': 2}, y=3)
c.update('xx')
print(c.most_common(3), repr(Counter()), Counter(['a', 'b', 'a']).keys())
words = 'the quick brown fox jumps over the lazy dog the end'.split()
top = Counter(words).most_common(3)
print(top, Counter(len(w) for w in words))
del c['x']
c['new'] += 1
print(sorted(c.items()), dict(Counter('ab')), Counter.fromkeys if False else 'nofromkeys')
err(lambda: Counter.fromkeys('abc'))
err(lambda: Counter(5))
err(lambda: Counter('a') + 1)
c2 = Counter(a=3)
c2 += Counter(a=-5, b=1)
print(c2, Counter(a=1).total(), Counter(a=2.5, b=0.5).most_common())
# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, repr(p), p._fields, p._field_defaults, Point.__name__, Point.__doc__)
print(p._asdict(), p._replace(y=10), Point._make(range(2)), p[0], p[-1], p.index(4), p.count(3))
print(tuple(p), p + (5,), p * 2, hash(p) == hash((3, 4)), Point(1, 2) < Point(1, 3))
Employee = namedtuple('Employee', 'name dept salary', defaults=['eng', 100])
print(Employee('ann'), Employee('bob', 'ops'), Employee._field_defaults, Employee('c', salary=1))
Rec = namedtuple('Rec', 'a, def, b, _c, a', rename=True)
print(Rec._fields, Rec(1, 2, 3, 4, 5))
Mod = namedtuple('Mod', 'v', module='mymod')
print(Mod.__module__, Mod(1))
P3 = namedtuple('P3', Point._fields + ('z',))
print(P3(1, 2, 3), P3.__qualname__)

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f'Vec<{self.x},{self.y}>'

v = Vec(3, 4)
print(v, v.norm2, v._replace(x=0), isinstance(v, tuple), Vec._make([1, 1]).norm2)
err(lambda: Point(1))
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, 2, z=3))
err(lambda: p._replace(z=1))
err(lambda: Point._make([1]))

err(lambda: namedtuple('Bad', 'a a'))
err(lambda: namedtuple('Bad', 'def'))
err(lambda: namedtuple('Bad', '_a'))
err(lambda: namedtuple('Bad', '1a'))
err(lambda: namedtuple('1Bad', 'a'))
err(lambda: namedtuple('Bad', 'a b', defaults=[1, 2, 3]))
# ChainMap
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'root'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], cm.get('shell', 'sh'), len(cm), sorted(cm), 'color' in cm)
cm['color'] = 'blue'
print(cli, cm.maps[0] is cli, cm.parents, cm.new_child({'user': 'me'})['user'])
err(lambda: cm['nope'])
err(lambda: cm.parents.__delitem__('user'))
print(repr(ChainMap({'a': 1}, {'b': 2})), dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
