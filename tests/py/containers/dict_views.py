# dict views: repr, len, iteration, membership, set operations, comparisons.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print({}.keys(), {}.values(), {}.items())
print(list(k), list(v), list(i), 2 in k, 5 in k, 'a' in v, (1, 'a') in i, (1, 'b') in i, 1 in i, (1,) in i)
d[4] = 'd'
print(k, len(v), list(i)[-1])
print(k & {1, 2, 9}, k | {9}, k - {1}, k ^ {1, 9}, {2, 3} & k, [9] | k, {1, 2} - k)
print(k == {1, 2, 3, 4}, k != {1}, k < {1, 2, 3, 4, 5}, k <= set(k), k > {1}, k >= {1, 2, 3, 4, 5})
print(k == {1: 0, 2: 0, 3: 0, 4: 0}.keys(), k == [1, 2, 3, 4], i == {(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')})
print(sorted(i & {(1, 'a'), (2, 'x')}), sorted(i | {(9, 'z')}), sorted(i - {(1, 'a')}))
print(sorted({1: 'a', 2: 'b'}.items() ^ {1: 'a', 2: 'c', 3: 'd'}.items()))
print(sorted(i ^ {(1, 'a'), (5, 'e')}))
print(k.isdisjoint({7, 8}), k.isdisjoint([1]), i.isdisjoint([(1, 'a')]), {}.keys().isdisjoint([]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(type(k).__name__, type(v).__name__, type(i).__name__)
it = iter(k)
print(next(it), it.__length_hint__())
e = {}
e['self'] = e.keys()
print(e)
e2 = {}
e2['v'] = e2.values()
print(e2)
show('hash keys', lambda: hash(k))
show('values eq', lambda: v == v)
show('values eq2', lambda: {1: 2}.values() == {1: 2}.values())
show('sub int', lambda: k - 1)
show('and int', lambda: k & 1)
def changed():
    x = {1: 2}
    it = iter(x.items())
    x[2] = 3
    next(it)
show('changed', changed)
def keyschanged():
    x = {1: 2, 3: 4}
    it = iter(x)
    next(it)
    del x[3]
    x[5] = 6
    return list(it)
show('keyschanged', keyschanged)
for key, val in d.items():
    print(key, val, end='; ')
print()
pairs = [p for p in d.items()]
print(pairs)
mp = d.keys().mapping
print(type(mp).__name__, mp[1], len(mp), d.values().mapping == d, d.items().mapping is not d)
