# copy.copy / copy.deepcopy of weak references: a plain weakref.ref is atomic (the same
# object comes back, alive or dead, inside containers too); its subclasses and proxies
# are not, and the weak containers copy through their own __copy__ / __deepcopy__.
import copy
import weakref


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class Obj:
    def __init__(self, n):
        self.n = n

    def meth(self):
        return self.n

    def __repr__(self):
        return 'Obj(%d)' % self.n


a = Obj(1)
r = weakref.ref(a)
print('-- plain ref')
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.copy(r)() is a)
cb = weakref.ref(a, lambda wr: None)
print(copy.copy(cb) is cb, copy.deepcopy(cb) is cb, cb.__callback__ is not None)

print('-- inside containers')
lst = [r, r, a]
dl = copy.deepcopy(lst)
print(dl[0] is r, dl[1] is r, dl[2] is a, dl[2].n)
sl = copy.copy(lst)
print(sl is lst, sl[0] is r)
d = {'k': r, 'pair': (r, 1)}
dd = copy.deepcopy(d)
print(dd['k'] is r, dd['pair'] is d['pair'], dd['pair'][0] is r)
t = (r, [r])
dt = copy.deepcopy(t)
print(dt is t, dt[0] is r, dt[1] is t[1], dt[1][0] is r)
memo = {}
print(copy.deepcopy(r, memo) is r, id(r) in memo)

print('-- dead ref')
b = Obj(2)
rb = weakref.ref(b)
del b
print(rb(), copy.copy(rb) is rb, copy.deepcopy(rb) is rb)


class Holder:
    def __init__(self, target):
        self.target = target
        self.ref = weakref.ref(target)


print('-- object holding a ref')
h = Holder(a)
h2 = copy.copy(h)
print(h2.ref is h.ref, h2.target is a)
h3 = copy.deepcopy(h)
print(h3.ref is h.ref, h3.target is a, h3.target.n, h3.ref() is a)

print('-- subclasses and proxies are not atomic')


class MyRef(weakref.ref):
    pass


attempt('subclass copy', copy.copy, MyRef(a))
attempt('subclass deepcopy', copy.deepcopy, MyRef(a))
attempt('WeakMethod copy', copy.copy, weakref.WeakMethod(a.meth))
attempt('KeyedRef deepcopy', copy.deepcopy, weakref.KeyedRef(a, None, 'k'))
px = weakref.proxy(a)
pc = copy.copy(px)
print(type(pc).__name__, pc is a, pc.n, type(copy.deepcopy(px)).__name__)

print('-- weak containers')
keep = [Obj(i) for i in range(3)]
wv = weakref.WeakValueDictionary({i: o for i, o in enumerate(keep)})
wv2 = copy.copy(wv)
print(type(wv2).__name__, sorted(wv2.items(), key=lambda kv: kv[0]), wv2[0] is keep[0])
wk = weakref.WeakKeyDictionary({o: [o.n] for o in keep})
wk2 = copy.deepcopy(wk)
print(type(wk2).__name__, sorted(v for v in wk2.values()), wk2[keep[1]] is wk[keep[1]])
ws = weakref.WeakSet(keep)
ws2 = copy.copy(ws)
print(type(ws2).__name__, sorted(o.n for o in ws2), ws2 is ws)
