# dict methods and protocol.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'a' in d, 'z' in d, 'z' not in d)
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('e', 5), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
d.update({'x': 10}, y=11)
d.update([('p', 1), ['q', 2]])
d.update(z=0)
print(d)
del d['x']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c['new'] = 1
print(c, d, c == d, c != d)
c.clear()
print(c, len(c))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({1: 2}, b=3), dict(zip('ab', range(2))), dict(["xy"]))
print(dict.fromkeys('abc'), dict.fromkeys(range(3), 0), dict.fromkeys({1: 2, 3: 4}, 'v'), dict.fromkeys([]))
print({1: 'a'} == {1: 'a'}, {1: 'a'} == {1: 'b'}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} == [1])
print({1: 1} | {2: 2}, {1: 1, 2: 2} | {1: 'x'})
m = {1: 1}
m |= {2: 2}
m |= [(3, 3)]
print(m)
print({1.0: 'a', 1: 'b', True: 'c'}, {0: 'x', 0.0: 'y', False: 'z'})
nan = float('nan')
n = {nan: 1}
print(n[nan], len({nan: 1, float('nan'): 2}))
k = (1, 2)
dd = {k: 'tuple', None: 'none', 3.5: 'float', frozenset([1]): 'fs', -1: 'neg', 10 ** 20: 'big'}
print(dd[(1, 2)], dd[None], dd[3.5], dd[frozenset({1})], dd[-1], dd[10 ** 20])
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), big[998], sum(big), list(big)[:5], list(big)[-3:])
for i in range(1000):
    big[str(i)] = i
print(len(big), big['500'])
r = {}
for i in range(20):
    r[i] = i
    if i % 2:
        del r[i - 1]
print(r)
print(reversed({1: 2, 3: 4}).__class__.__name__, list(reversed({1: 2, 3: 4})))
class D(dict):
    def __missing__(self, key):
        return 'missing %r' % (key,)
e = D(a=1)
print(e['a'], e['b'], e.get('b'), 'b' in e, type(e | {}).__name__, type(e.copy()).__name__)
class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
for ch in 'mississippi':
    cnt[ch] = cnt[ch] + 1
print(sorted(cnt.items()))
class E(dict):
    pass
print(E({1: 2}), E([(1, 2)]) == {1: 2}, isinstance(E(), dict))
class Keys:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, key):
        return key.upper()
print(dict(Keys()), {**Keys()} if False else 'skip')
kw = dict(a=1, b=2)
print(dict(**kw), {**kw, 'c': 3}, {'z': 0, **kw})
print(d.__contains__('a'), d.__getitem__('a'), dict.__len__(d))
show('keyerror', lambda: {}[1])
show('keyerror tuple', lambda: {}[(1, 2)])
show('keyerror str', lambda: {'a': 1}['b'])
show('pop missing', lambda: {}.pop(1))
show('popitem', lambda: {}.popitem())
show('unhashable', lambda: {[]: 1})
show('unhashable get', lambda: {}.get([]))
show('seq3', lambda: dict([(1, 2, 3)]))
show('seq int', lambda: dict([1]))
show('seq str1', lambda: dict(['a']))
show('int', lambda: dict(1))
show('args', lambda: dict({}, {}))
show('update args', lambda: {}.update({}, {}))
show('get args', lambda: {}.get())
show('pop args', lambda: {}.pop())
show('fromkeys args', lambda: dict.fromkeys())
show('or list', lambda: {} | [])
show('lt', lambda: {} < {})
show('hash', lambda: hash({}))
def mutate():
    x = {1: 1, 2: 2}
    for k in x:
        x[k + 10] = 0
show('mutate', mutate)
def mutate2():
    x = {1: 1, 2: 2}
    for k in x:
        del x[k]
        x[k + 10] = 0
show('mutate2', mutate2)
def mutate3():
    x = {1: 1, 2: 2}
    for k, v in x.items():
        x.pop(k)
show('mutate3', mutate3)
