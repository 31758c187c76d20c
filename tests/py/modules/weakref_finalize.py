# weakref.finalize: calling, detach, peek, alive, atexit, repr, errors in finalizers, and
# the finalizers run at interpreter exit (checked in a child interpreter).
import re
import subprocess
import sys
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


def report(*args, **kwargs):
    print('report', args, sorted(kwargs.items()))
    return 'result'


print(weakref.finalize.__slots__, weakref.finalize._Info.__slots__)
print(sorted(k for k in ('alive', 'atexit', 'detach', 'peek') if hasattr(weakref.finalize, k)))

print('-- runs when the object dies')
a = A(1)
f = weakref.finalize(a, report, 1, 2, key='v')
print(f.alive, f.atexit, masked(repr(f)))
obj, func, args, kwargs = f.peek()
print(obj is a, func is report, args, kwargs)
del a, obj
print(f.alive, f.peek(), f.detach(), f(), f.atexit, masked(repr(f)))
# Dropping the finalizer object does not cancel it.
a = A(2)
weakref.finalize(a, report, 'anonymous')
del a

print('-- calling it early')
a = A(3)
f = weakref.finalize(a, report, 'early')
print(f(), f.alive, f(), f.peek())
del a
print('nothing more')
print(f(None), f(1))
attempt('two args', f, 1, 2)

print('-- detach')
a = A(4)
f = weakref.finalize(a, report, 'detached', x=1)
d = f.detach()
print(d[0] is a, d[1] is report, d[2], d[3], f.alive, f.detach(), f.peek())
del a, d
print('not called')
a = A(5)
f = weakref.finalize(a, report)
print(f.peek()[2:], f.detach()[2:])

print('-- atexit attribute')
a = A(6)
f = weakref.finalize(a, report, 'x')
f.atexit = 0
print(f.atexit)
f.atexit = 'yes'
print(f.atexit)
f.detach()
f.atexit = True
print(f.atexit)
del a

print('-- several finalizers on one object, newest first')
a = A(7)
fs = [weakref.finalize(a, print, 'finalizer', i) for i in range(3)]
r = weakref.ref(a, lambda w: print('plain callback'))
del a
print([x.alive for x in fs])

print('-- exceptions')
seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), type(u.object).__name__,
                 u.err_msg))


# Kept for the rest of the script: the default hook prints addresses.
sys.unraisablehook = hook


def boom(msg):
    raise ValueError(msg)


a = A(8)
f = weakref.finalize(a, boom, 'in finalizer')
del a
print(seen, f.alive)
a = A(9)
f = weakref.finalize(a, boom, 'called directly')
attempt('direct', f)
print(f.alive)
del a
print(len(seen))

print('-- argument errors')
attempt('no args', weakref.finalize)
attempt('no func', weakref.finalize, A(0))
attempt('non-weakrefable', weakref.finalize, 1, print)
attempt('keyword obj', lambda: weakref.finalize(obj=A(0), func=print))
attempt('attribute', setattr, weakref.finalize(A(0), print), 'x', 1)
attempt('func not callable', weakref.finalize(A(10), 5))

print('-- at exit')
child = r'''
import atexit, sys, weakref
def hook(t, v, tb):
    print('excepthook', t.__name__, v)
sys.excepthook = hook
class A:
    pass
atexit.register(print, 'atexit registered before')
keep = [A() for i in range(5)]
weakref.finalize(keep[0], print, 'first')
weakref.finalize(keep[1], print, 'second', end='!\n')
off = weakref.finalize(keep[2], print, 'never: atexit is False')
off.atexit = False
def boom():
    raise KeyError('at exit')
weakref.finalize(keep[3], boom)
def spawn():
    print('spawn')
    extra = A()
    keep.append(extra)
    weakref.finalize(extra, print, 'made during exit')
weakref.finalize(keep[4], spawn)
called = weakref.finalize(A, print, 'never: already called')
called()
atexit.register(print, 'atexit registered after')
print('main done', len(weakref.finalize._registry))
'''
proc = subprocess.run([sys.executable, '-c', child], capture_output=True, text=True)
print(proc.stdout, end='')
print('stderr:', repr(proc.stderr), 'rc:', proc.returncode)
