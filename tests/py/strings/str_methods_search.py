# str searching: find/rfind/index/rindex/count, startswith/endswith, removeprefix/suffix.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = 'abracadabra'
u = 'éabé€éab😀é'
for sub in ['a', 'ab', 'bra', 'abra', 'x', '', 'abracadabra', 'abracadabrax']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for sub in ['é', 'ab', 'é€', '😀', '😀é', 'x', '', 'b']:
    print(repr(sub), u.find(sub), u.rfind(sub), u.count(sub), sub in u)
for args in [(1,), (1, 5), (-4,), (-4, -1), (3, 3), (20,), (None, 4), (None, None), (0, 100), (-100, 2), (11,), (12,)]:
    print(args, s.find('a', *args), s.rfind('a', *args), s.count('a', *args), s.find('', *args),
          s.rfind('', *args), s.count('', *args), s.startswith('a', *args), s.endswith('a', *args),
          s.startswith('', *args), s.endswith('', *args))
print(s.index('c'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5))
show('index missing', lambda: s.index('z'))
show('rindex missing', lambda: s.rindex('z'))
show('index range', lambda: s.index('a', 1, 3))
show('find int', lambda: s.find(1))
show('find None', lambda: s.find(None))
show('count int', lambda: s.count(1))
show('index bytes', lambda: s.index(b'a'))
show('find no args', lambda: s.find())
show('rfind 4 args', lambda: s.rfind('a', 1, 2, 3))
show('count float', lambda: s.count('a', 1.5))
show('find str start', lambda: s.find('a', 'x'))
show('find big', lambda: s.find('a', 2**100))
show('find neg big', lambda: s.find('a', -2**100))
show('count kw', lambda: s.count(sub='a'))

class Idx:
    def __index__(self):
        return 2
print(s.find('a', Idx()), s.count('a', Idx(), Idx()))

# startswith / endswith
print(s.startswith('abra'), s.startswith('bra'), s.startswith('bra', 1), s.endswith('abra'), s.endswith('cad', 0, 7))
print(s.startswith(('x', 'ab')), s.startswith(()), s.endswith(('ra', 'zz')), s.endswith(('zz',)))
print(u.startswith('éa'), u.endswith('😀é'), u.startswith('é€', 3), u.endswith('é', 0, 4), u.startswith('a'))
show('startswith int', lambda: s.startswith(1))
show('startswith list', lambda: s.startswith(['a']))
show('startswith tuple int', lambda: s.startswith(('a', 1)))
show('startswith tuple int first', lambda: s.startswith((1, 'a')))
show('endswith tuple bytes', lambda: s.endswith((b'a',)))
show('endswith none', lambda: s.endswith(None))
show('startswith no args', lambda: s.startswith())
show('endswith bad start', lambda: s.endswith('a', 'b'))

# removeprefix / removesuffix
print(s.removeprefix('abra'), s.removeprefix('x'), s.removeprefix(''), s.removesuffix('abra'), s.removesuffix(''), s.removesuffix(s))
print(u.removeprefix('éab'), u.removesuffix('😀é'), 'aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'))
show('removeprefix int', lambda: s.removeprefix(1))
show('removesuffix None', lambda: s.removesuffix(None))
show('removeprefix none', lambda: s.removeprefix())

# Long and overlapping patterns.
long = 'ab' * 1000 + 'abc' + 'ab' * 1000
print(long.find('abc'), long.rfind('abc'), long.count('ab'), long.count('aba'), long.find('abcab'), long.count('b' * 3))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), 'aaaaa'.count('aa', 1))
wide = '€' * 50 + 'x€y' + '€' * 50
print(wide.find('x€y'), wide.rfind('€'), wide.count('€€'), wide.find('€x'), wide.find('xy'))
# Empty ranges (end before start).
print('abc'.count('', 2, 1), 'abc'.count('', 2, 2), 'abc'.find('', 2, 1), 'abc'.rfind('', 2, 1), 'abc'.startswith('', 2, 1), 'abc'.count('a', 2, 1))
print(b'abc'.count(b'', 2, 1), bytearray(b'abc').count(b'', 3, 0), b'abc'.find(b'', 2, 1))
