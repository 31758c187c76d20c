# list.sort / sorted: stability, key=, reverse=, errors, mutation during sort.
_state = [12345]
def rnd(n):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return _state[0] % n

def shuffle(l):
    for i in range(len(l) - 1, 0, -1):
        j = rnd(i + 1)
        l[i], l[j] = l[j], l[i]

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = [rnd(100) for _ in range(500)]
s = sorted(data)
print(s[:20], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(rnd(10), i) for i in range(300)]
byfirst = sorted(pairs, key=lambda p: p[0])
print(all(byfirst[i][1] < byfirst[i + 1][1] for i in range(len(byfirst) - 1) if byfirst[i][0] == byfirst[i + 1][0]))
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:5], all(rev[i][1] < rev[i + 1][1] for i in range(len(rev) - 1) if rev[i][0] == rev[i + 1][0]))
words = "the quick brown fox jumps over the lazy dog THE End".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3.5, -1.0, 2.25, 0.0, -0.0, 1e100]), sorted([10 ** 30, -5, 3, 2 ** 64]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (2,), (1,)]))
print(sorted([[2, 1], [1, 5], [1, 2, 3]]), sorted("hello"), sorted({3: 1, 1: 2}))
print(sorted([True, False, 2, -1]), sorted([1, 2.5, 0, -3.5]))
desc = list(range(100, 0, -1))
desc.sort()
print(desc[:5], desc[-3:])
big = list(range(2000)) + list(range(1000))
shuffle(big)
big.sort(reverse=True)
print(big[:6], big[-6:], len(big))
x = [5, 3, 1]
print(x.sort(), x)
x.sort(key=None, reverse=False)
print(x)
x.sort(reverse=1)
print(x)
print(sorted([3, 1], reverse=None))

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
show('mixed', lambda: sorted([3, 'a']))
show('mixed2', lambda: ['a', 3].sort())
show('none', lambda: sorted([None, None, 1]))
show('positional', lambda: [].sort(1))
show('keyfunc', lambda: [1, 2].sort(key=1))
show('badkw', lambda: [1].sort(foo=1))
def f():
    l = [3, 2, 1]
    def k(v):
        l.append(1)
        return v
    l.sort(key=k)
    return l
show('mutate key', f)
def g():
    l = [3, 2, 1, 5, 4]
    class M:
        def __init__(s, x): s.x = x
        def __lt__(s, o):
            l.append(1)
            return s.x < o.x
    l.sort(key=M)
    return l
show('mutate lt', g)
def h():
    l = [3, 2, 1, 0]
    def k(v):
        if v == 1:
            raise ValueError('boom')
        return v
    try:
        l.sort(key=k)
    except ValueError as e:
        print('raised', e)
    return l
show('key raises', h)
def j():
    l = [3, 'x', 1, 2]
    try:
        l.sort()
    except TypeError as e:
        print('raised', e)
    return sorted(map(str, l))
show('partial', j)
