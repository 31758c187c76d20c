# Insertion order is kept across deletions, re-insertions, resizes and popitem.
d = {}
for c in 'zyxwvutsrq':
    d[c] = ord(c)
print(list(d))
del d['w']
del d['z']
d['w'] = 0
d['a'] = 1
print(list(d))
d['y'] = 'updated'
print(d)
print(d.popitem(), d.popitem(), list(d))
d['new'] = 1
print(list(d))
big = {i: None for i in range(100, 0, -7)}
print(list(big))
for i in list(big)[::2]:
    del big[i]
big[3] = 'three'
print(list(big), len(big))
s = {}
for i in range(50):
    s[i] = i
    if i >= 10:
        del s[i - 10]
print(list(s))
print(list({**{'b': 1, 'a': 2}, 'c': 3, 'b': 4}))
m = dict.fromkeys([5, 3, 5, 1, 3])
print(m)
print(list(dict(zip([3, 1, 2], 'abc')).items()))
x = {1: 'a'}
x.pop(1)
x[2] = 'b'
x[1] = 'c'
print(x)
keys = [('t', i) for i in range(30)] + [float(i) / 2 for i in range(30)] + [None, True, -1]
dd = dict.fromkeys(keys)
print(list(dd)[:5], list(dd)[30:34], list(dd)[-3:], len(dd))
