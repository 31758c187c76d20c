from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], d.maxlen)
d.rotate(2); print(d)
d.extendleft([9, 8]); print(d, d.pop(), d.popleft())
print(deque('abc') == deque('abc'), list(reversed(deque([1, 2, 3]))))
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], sorted(dd))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict())

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'])
c.update('aaz'); print(c.most_common(3))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1, b=2))
print(sorted(Counter('hello').elements()), Counter('abc').total())

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._make([7, 8]), Point._fields)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), isinstance(p, tuple))
x, y = p
print(x, y, p == (1, 2))
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
