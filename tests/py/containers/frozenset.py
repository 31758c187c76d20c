# frozenset: hashing, immutability, identity of copies, nesting.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset('a'), repr(frozenset([(1, 2)])))
print(hash(frozenset()), hash(f), hash(frozenset([1, 2, 3])) == hash(f), hash(frozenset(range(100))))
print(hash(frozenset([frozenset([1]), frozenset([2])])), hash(frozenset([(1, 2), (3, 4)])))
print(hash(frozenset([-1])), hash(frozenset([1.5, 2.5])), hash(frozenset([None])) == hash(frozenset([None])))
print(frozenset(f) is f, f.copy() is f, f | {4}, f & {1}, f - {1}, f ^ {0}, type(f | {4}).__name__)
print({1, 2} | frozenset([3]), type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f < frozenset(range(5)), f.issubset(range(4)))
d = {f: 'value'}
print(d[frozenset([1, 2, 3])], d.get(frozenset([1, 2])))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested)
show('add', lambda: f.add(1))
show('unhashable', lambda: frozenset([[1]]))
show('kw', lambda: frozenset(a=1))
hs = set()
for i in range(200):
    hs.add(hash(frozenset(range(i))))
print(len(hs))
