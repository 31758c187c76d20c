# collections: deque (maxlen, rotate, errors), defaultdict (repr, factories), OrderedDict.
from collections import deque, defaultdict, OrderedDict


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


history = deque(maxlen=3)
for line in ['a', 'b', 'c', 'd', 'e']:
    history.append(line)
print(history, repr(history), history.maxlen, len(history))
history.appendleft('z')
print(history, list(history))
history.extend('xy')
print(history)
history.extendleft('12')
print(history, deque(maxlen=0), deque([1, 2], maxlen=0), deque('abc', 2))
d = deque(range(6))
d.rotate(2)
print(d, end=' ')
d.rotate(-3)
print(d, end=' ')
d.rotate(0)
d.rotate(13)
print(d, end=' ')
e = deque()
e.rotate(5)
print(e, deque([1]).copy())
d = deque('abcabc')
print(d.count('a'), d.index('b'), d.index('b', 2), d.index('c', 0, 3), 'c' in d, d[2], d[-1])
d.remove('b')
d.insert(1, 'X')
d[0] = 'A'
del d[-1]
print(d, d * 2, d + deque('!'), d == deque(d), d < deque('B'), d.copy() is d)
d.reverse()
print(d, list(reversed(d)), deque(reversed(d)))
d.clear()
print(d, bool(d), bool(deque([0])))
q = deque([1, 2, 3], maxlen=3)
q.insert(0, 5) if len(q) < 3 else print('full')
err(lambda: q.insert(0, 5))
err(lambda: deque().popleft())
err(lambda: deque().pop())
err(lambda: deque([1]).remove(2))
err(lambda: deque([1]).index(2))
err(lambda: deque([1])[5])
err(lambda: deque(maxlen=-1))
err(lambda: deque(maxlen='3'))
err(lambda: deque([1]).rotate('x'))
err(lambda: deque(5))
err(lambda: hash(deque()))
it = iter(deque([1, 2]))
dd = deque([1, 2])
it2 = iter(dd)
next(it2)
dd.append(3)
err(lambda: next(it2))
q2 = deque([1, 2, 3])
q2 += [4, 5]
q2 *= 2
print(q2, q2.maxlen, deque([3], maxlen=2) + deque([1, 2, 3]))
# defaultdict
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(counts, counts.default_factory)
groups = defaultdict(list, {'x': [0]})
groups['x'].append(1)
groups['y'].append(2)
print(groups, repr(defaultdict(None)), defaultdict(lambda: 'n/a').__class__.__name__)
nested = defaultdict(lambda: defaultdict(set))
nested['a']['b'].add(1)
print(dict(nested['a']), 'z' in nested, nested.get('q'), len(nested))
nd = defaultdict(None, a=1)
err(lambda: nd['missing'])
err(lambda: defaultdict(5))
cp = counts.copy()
print(type(cp).__name__, cp == counts, cp.default_factory is int, defaultdict(int, {'a': 1}) | {'b': 2})
print(repr(defaultdict(list, a=[1])), repr(defaultdict(dict)))
# OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
od['z'] = 1
od['a'] = 2
print(od, repr(OrderedDict([('k', 1)])), list(reversed(od)))
err(lambda: od.move_to_end('missing'))
err(lambda: OrderedDict().popitem())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(dict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=2))
o2 = OrderedDict(x=1)
o2.update(y=2)
o2.setdefault('w', 0)
print(o2, o2 | {'x': 9}, o2.pop('y'), o2.pop('nope', 'dflt'), list(o2.keys()), list(o2.items()))
