# list methods: append/extend/insert/remove/pop/index/count/clear/copy/reverse, operators.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

l = [1, 2, 3]
l.append(4)
print(l)
l.extend((5, 6))
l.extend(x * 10 for x in range(3))
l.extend("ab")
print(l, len(l))
l.insert(0, 'first')
l.insert(-1, 'beforelast')
l.insert(100, 'end')
l.insert(-100, 'start')
print(l)
l.remove('a')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(3), l.index(3, 2), l.index(20, -4))
print(l.count(1), [1, 1, 2, 1].count(1), [].count(0))
c = l.copy()
c.clear()
print(c, len(l) > 0)
r = [1, 2, 3, 4]
r.reverse()
print(r)
print([1, 2] + [3], [1, 2] * 3, 2 * [0], [1] * 0, [1] * -5)
a = [1, 2]
b = a
a += [3]
a += (4, 5)
a += range(6, 8)
print(a, b is a)
a *= 2
print(a)
a *= 0
print(a, b)
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print([1, 2] <= [1, 2], [] < [0], [[1]] == [[1]], [1, 2] == (1, 2))
print(list(), list("abc"), list(range(5)), list((1, 2)), list({1: 2, 3: 4}))
print(list(x for x in range(3)), list(reversed([1, 2, 3])))
x = [3, 1, 2]
print(sorted(x), x)
e = []
e.append(e)
print(e, len(e))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0])
show('pop empty', lambda: [].pop())
show('pop range', lambda: [1].pop(5))
show('remove', lambda: [1].remove(3))
show('index', lambda: [1].index(2))
show('index str', lambda: ['a'].index('b'))
show('insert args', lambda: [1].insert(1))
show('count args', lambda: [1].count())
show('append args', lambda: [].append(1, 2))
show('index bad start', lambda: [1, 2].index(1, 'a'))
show('getitem idx', lambda: [1][5])
k = 'a'
show('getitem str', lambda: [1][k])
show('concat', lambda: [1] + (1,))
show('mul str', lambda: [1] * 'a')
show('mul float', lambda: 2.0 * [1])
show('mul list', lambda: [1] * [1])
show('huge', lambda: [1] * (10 ** 20))
show('memory', lambda: [0] * (10 ** 12))
show('list args', lambda: list(1, 2))
show('list kw', lambda: list(x=1))
show('list int', lambda: list(1))
show('lt', lambda: [1] < (1,))
show('lt items', lambda: [1] < [None])
show('hash', lambda: hash([]))

class L(list):
    pass

s = L([3, 1, 2])
s.sort()
print(s, type(s).__name__, type(s + [1]).__name__, s == [1, 2, 3], isinstance(s, list))
print(list.__len__([1, 2]), [1, 2].__getitem__(1))
it = iter([1, 2, 3])
print(next(it), it.__length_hint__(), list(it), list(it))
rit = reversed([1, 2, 3])
print(type(rit).__name__, rit.__length_hint__(), list(rit))
print(type(iter([])).__name__)
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(list(it))
