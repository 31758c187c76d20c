# list indexing and slicing, including extended slices and slice assignment/deletion.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = list(range(10))
print(a[0], a[-1], a[3:7], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-3:], a[:-3])
print(a[100:], a[-100:2], a[5:1], a[::100], a[::-100], a[2:2])
print(a[slice(2, 5)], a[slice(None, None, -3)])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [7, 8, 9]
print(b)
b[:] = 'abc'
print(b)
b[3:] = range(3)
print(b)
b[::2] = [0, 0, 0]
print(b)
del b[::2]
print(b)
c = list(range(10))
del c[1:8:3]
print(c)
del c[::-2]
print(c)
d = list(range(6))
d[::-1] = d
print(d)
d[1:3] = d
print(d)
e = [1, 2, 3]
e[0] = 'z'
e[-1] = 'y'
del e[1]
print(e)
f = list(range(5))
del f[:]
print(f)
g = list(range(10))
g[2:8:2] = 'abc'
print(g)
g[-1:-4:-1] = [1, 2, 3]
print(g)
show('ext size', lambda: g.__setitem__(slice(None, None, 2), [1, 2, 3]))
def f1():
    l = [1, 2, 3]; l[5] = 1
show('set idx', f1)
def f2():
    l = [1, 2, 3]; del l[5]
show('del idx', f2)
def f3():
    l = [1, 2, 3]; l[0:1] = 1
show('assign int', f3)
def f4():
    l = [1, 2, 3]; l[::2] = 1
show('ext int', f4)
def f5():
    l = [1, 2, 3]; l[::0]
show('step 0', f5)
def f6():
    l = [1, 2, 3]; l['a'] = 1
show('str idx', f6)
def f7():
    l = [1, 2, 3]; l[1:2:'x']
show('str step', f7)
show('big index', lambda: [1, 2][10 ** 30])
print([1, 2, 3][-10 ** 30:10 ** 30], [1, 2, 3][10 ** 30::-1])
class I:
    def __index__(self):
        return 1
print([5, 6, 7][I()], [5, 6, 7][I():], (5, 6, 7)[I()])
h = [0] * 3
h[True] = 'one'
print(h)
