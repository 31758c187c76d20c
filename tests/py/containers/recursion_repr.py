# Self-referencing containers print with placeholders; very deep nesting raises
# RecursionError instead of crashing, and deep structures are freed without overflow.
a = [1]
a.append(a)
print(a, repr(a))
t = (a,)
print(t)
d = {}
d['self'] = d
d['list'] = [d]
print(d)
s = [{}, ()]
s[0]['x'] = s
print(s)
class Box(set):
    pass
b = [Box()]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
print(a == a, d == d, [a] == [a])
deep = []
for i in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print('RecursionError', e)
other = []
for i in range(100000):
    other = [other]
try:
    print(deep == other)
except RecursionError as e:
    print('RecursionError', e)
dd = {}
for i in range(100000):
    dd = {1: dd}
try:
    repr(dd)
except RecursionError as e:
    print('RecursionError', e)
tt = ()
for i in range(100000):
    tt = (tt,)
try:
    str(tt)
except RecursionError as e:
    print('RecursionError', e)
medium = []
for i in range(200):
    medium = [medium]
print(len(repr(medium)))
del deep, other, dd, tt
chain = None
for i in range(1000000):
    chain = [chain]
del chain
chain = ()
for i in range(1000000):
    chain = (chain, i)
del chain
chain = {}
for i in range(300000):
    chain = {'n': chain}
del chain
chain = set()
for i in range(300000):
    chain = {frozenset(chain)} if i % 1000 == 0 else chain
del chain
print('freed')
tt = ()
for i in range(100000):
    tt = (tt, i)
print(hash(tt) == hash(tt), len({tt: 1}))
del tt
for name, mk in [('filter', lambda it: filter(None, it)), ('map', lambda it: map(abs, it)),
                 ('zip', lambda it: zip(it)), ('enumerate', lambda it: enumerate(it)),
                 ('reversed', lambda it: reversed([it])), ('iter', lambda it: iter([it])),
                 ('dictiter', lambda it: iter({it: 1})), ('slice', lambda it: slice(it)),
                 ('keys', lambda it: {1: it}.keys())]:
    it = iter([])
    for i in range(200000):
        it = mk(it)
    del it
    print(name, 'freed')
