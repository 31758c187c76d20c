# set methods and operators.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {3}), a.difference(b, [1]))
print(a.symmetric_difference([3, 5]), a.union(), a.intersection(), a.difference())
print(a < b, a <= a, a < {1, 2, 3, 4}, a > {1}, a >= {1, 2, 3}, a == {3, 2, 1}, a != b, a == frozenset(a))
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([7]), a.isdisjoint(b), {1}.issubset(range(3)))
c = set(a)
c |= {7}
c &= {1, 2, 7, 8}
c -= {2}
c ^= {1, 9}
print(c)
c.add(5)
c.discard(100)
c.remove(5)
print(c, len(c), 7 in c, 8 in c)
cc = c.copy()
cc.clear()
print(cc, c, set(), set([]), set(()), set('aab') == {'a', 'b'})
print(frozenset([1]) in {frozenset([1])}, {1, 2} in [{2, 1}], set([frozenset()]))
s = {frozenset([1, 2])}
print(frozenset([2, 1]) in s, {1, 2} in s)
s.remove({2, 1})
print(s)
s.add(frozenset())
s.discard(set())
print(s)
print(set(x * 2 for x in range(3)), set({1: 2}), set(range(0)))
class S(set):
    pass
ss = S([1, 2])
print(ss, S(), type(ss | {3}).__name__, type(ss.copy()).__name__, isinstance(ss, set), ss == {1, 2})
class F(frozenset):
    pass
ff = F([1])
print(ff, F(), type(ff | {2}).__name__, hash(ff) == hash(frozenset([1])))
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
r = set()
r.add(r.__class__.__name__)
print(r)
show('pop empty', lambda: set().pop())
show('remove missing', lambda: {1}.remove(2))
show('remove tuple', lambda: set().remove((1, 2)))
show('unhashable add', lambda: set().add([]))
show('unhashable in', lambda: [] in {1})
show('unhashable build', lambda: {[1]})
show('or list', lambda: {1} | [1])
show('ior list', lambda: set().__ior__([1]))
show('lt list', lambda: {1} < [1])
show('union int', lambda: {1}.union(1))
show('update int', lambda: set().update(1))
show('args', lambda: set(1, 2))
show('kw', lambda: set(x=1))
show('hash', lambda: hash(set()))
show('fs args', lambda: frozenset(1, 2))
def mutate():
    x = {1, 2, 3}
    for i in x:
        x.add(i + 10)
show('mutate', mutate)
def mutate2():
    x = {1, 2, 3}
    for i in x:
        x.discard(i)
show('mutate2', mutate2)
