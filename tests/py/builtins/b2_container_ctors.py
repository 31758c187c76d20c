# list/tuple/dict/set/frozenset/bytes/bytearray/range/slice constructors and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    yield 1
    yield 2
print(list(), list('ab'), list(range(3)), list(gen()), list((1, 2)), list({'k': 1}), list(b'hi'))
print(tuple(), tuple([1, [2]]), tuple('xy'), tuple(x * 2 for x in range(3)), tuple(reversed('abc')))
t(lambda: list(5))
t(lambda: list(None))
t(lambda: tuple(1.5))
t(lambda: list([1], [2]))
class BadIter:
    def __iter__(self):
        raise RuntimeError('iter failed')
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError('next failed')
t(lambda: list(BadIter()))
t(lambda: tuple(BadNext()))

print(dict(), dict(a=1, b=2), dict([('x', 1), ['y', 2]]), dict({'p': 1}, q=2), dict(zip('ab', [1, 2])))
print(dict([('k', 1), ('k', 2)]), dict({1: 'a'}, **{'b': 3}), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
t(lambda: dict(5))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(['ab', 'c']))
t(lambda: dict([[1]]))
t(lambda: dict({}, {}))
t(lambda: dict.fromkeys(5))
t(lambda: dict.fromkeys())
class KV:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
print(dict(KV()), {**KV()})
t(lambda: {}['missing'])
t(lambda: {}[[1]])
t(lambda: {[1]: 2})
d = {'a': 1}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('b', []), d.pop('a'), d.pop('q', 'dflt'), d)
t(lambda: d.pop('q'))
t(lambda: {}.popitem())
t(lambda: d.update(5))
t(lambda: d.update([1]))
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))

print(set(), set('abca') == {'a', 'b', 'c'}, sorted(set([3, 1, 3])), frozenset(), sorted(frozenset('zyx')))
print(set(range(5)) - {1, 2}, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, frozenset([1]) == {1})
t(lambda: set(5))
t(lambda: set([[1]]))
t(lambda: {[]})
t(lambda: frozenset([{}]))
t(lambda: {1}.remove(2))
t(lambda: set().pop())
t(lambda: {1} | [2])
t(lambda: {1} < 5)
t(lambda: hash(set()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 'ok'}[frozenset([1])])

print(bytes(), bytes(3), bytes([65, 66]), bytes(b'ab'), bytes(bytearray(b'c')), bytes(range(3)), bytes(x for x in [97]))
print(bytearray(), bytearray(2), bytearray([1, 255]), bytearray(b'q'), bytes.fromhex('41 42ff'), bytearray.fromhex(''))
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(['a']))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytearray([300]))
t(lambda: bytearray(-5))
t(lambda: bytes.fromhex('4'))
t(lambda: bytes.fromhex('zz'))
t(lambda: bytes.fromhex(b'41'))
t(lambda: b'abc'[5])
t(lambda: bytearray(b'ab').pop(5))
t(lambda: bytearray().pop())
ba = bytearray(b'xyz')
ba[0] = 65
ba += b'!'
ba.extend([66])
print(ba, ba.hex(), ba.hex(':'), bytes(ba).hex('-', 2), b'\x00\xff'.hex())
t(lambda: ba.__setitem__(0, 256))
t(lambda: ba.__setitem__(0, 'a'))
t(lambda: ba.append(-1))
t(lambda: b'ab' + 'c')
t(lambda: 'c' + b'ab')

print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)), range(3) == range(0, 3), range(1, 10, 2)[2])
r = range(0, 20, 3)
print(r, len(r), r[-1], r[1:4], r[::-1], 9 in r, 10 in r, r.index(9), r.count(6), list(reversed(r))[:2])
print(len(range(-5)), len(range(2**70)), range(2**70)[-1] == 2**70 - 1, range(5)[:100])
t(lambda: range())
t(lambda: range(1.5))
t(lambda: range(1, 2, 0))
t(lambda: range('a'))
t(lambda: range(1, 2, 3, 4))
t(lambda: range(5)[5])
t(lambda: range(5)[-6])
t(lambda: range(5)['a'])
t(lambda: range(5).index(7))
t(lambda: len(range(2**70)))

s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, 2), 'abcdefghij'[s], s.indices(5), slice(None, None, -1).indices(4))
print([0, 1, 2, 3][slice(-2, None)], slice(1, 2) == slice(1, 2), slice(-100, 100).indices(3))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice('a').indices(5))
t(lambda: [1, 2][slice('a', None)])
t(lambda: [1, 2][::0])
t(lambda: 'abc'[1.5])
t(lambda: [1][1])
t(lambda: (1,)[-2])
t(lambda: [1]['x'])
