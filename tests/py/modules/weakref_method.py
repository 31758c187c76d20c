# weakref.WeakMethod: weak references to bound methods, their callbacks, equality and
# hashing, and the arguments it refuses.
import re
import weakref


def masked(s):
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', s)


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'A(%d)' % self.n

    def meth(self, x=0):
        return self.n + x

    def other(self):
        return -self.n

    @classmethod
    def cm(cls):
        return cls.__name__


print(weakref.WeakMethod.__mro__[1] is weakref.ref, weakref.WeakMethod.__slots__)

print('-- basics')
a = A(1)
wm = weakref.WeakMethod(a.meth)
m = wm()
print(m, m(2), m == a.meth, m.__self__ is a, m.__func__ is A.meth, type(m).__name__)
print(isinstance(wm, weakref.ref), type(wm).__name__, wm.__callback__ is not None)
print(masked(repr(wm)))
# A plain ref to a bound method dies at once; a WeakMethod does not.
print(weakref.ref(a.meth)(), wm() is not None)
print(wm._alive, wm._meth_type.__name__, wm._func_ref() is A.meth)

print('-- classmethods and other method types')
wc = weakref.WeakMethod(A.cm)
print(wc(), wc()())


class L(list):
    pass


lst = L([1, 2])
attempt('builtin method', weakref.WeakMethod, lst.append)

print('-- equality and hash')
b = A(1)
w1 = weakref.WeakMethod(a.meth)
w2 = weakref.WeakMethod(a.meth)
w3 = weakref.WeakMethod(a.other)
w4 = weakref.WeakMethod(b.meth)
print(w1 is w2, w1 == w2, w1 != w2, w1 == w3, w1 != w3, w1 == w4, w1 != w4)
print(w1 == weakref.ref(a), w1 != weakref.ref(a), w1 == 1, w1 != 1, weakref.ref(a) == w1)
print(hash(w1) == hash(w2), hash(w1) == hash(a))
print(len({w1, w2, w3}))

print('-- callbacks')
events = []
c = A(3)
wcb = weakref.WeakMethod(c.meth, lambda r: events.append(('dead', r is wcb, r())))
keep = weakref.WeakMethod(c.meth)
print(wcb()())
del c
print(events, wcb(), keep(), wcb._alive)
print(wcb == wcb, wcb != wcb, wcb == keep, wcb != keep)
attempt('hash dead', hash, wcb)

# The function dying also ends the method, and the callback still runs only once.


def make_class():
    class T:
        def f(self):
            return 'f'
    return T


T = make_class()
t = T()
events = []
wf = weakref.WeakMethod(t.f, lambda r: events.append('cb'))
print(wf()())
del T.f
print(events, wf(), wf._alive)
del t
print(events)

print('-- errors')
attempt('function', weakref.WeakMethod, A.meth)
attempt('builtin', weakref.WeakMethod, len)
attempt('int', weakref.WeakMethod, 1)
attempt('no args', weakref.WeakMethod)
attempt('too many', weakref.WeakMethod, a.meth, None, 1)
attempt('non-weakrefable self', weakref.WeakMethod, (1).__add__)


class Slotted:
    __slots__ = ()

    def f(self):
        pass


attempt('slotted self', weakref.WeakMethod, Slotted().f)
attempt('attribute', setattr, wm, 'x', 1)
