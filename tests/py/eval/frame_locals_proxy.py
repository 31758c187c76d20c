import sys
def f(a, b=2):
    c = [a]
    def g(): return c
    p = sys._getframe().f_locals
    print(type(p).__name__, type(p.keys()).__name__, p.keys(), list(p), len(p), 'a' in p, 'zz' in p, p.get('zz', 9))
    p['new'] = 5; print(sorted(p.copy()), type(p.copy()).__name__, p['new'])
    for k in ('a', 'new', 'nope'):
        try: del p[k]
        except Exception as e: print(type(e).__name__, e)
    try: p['one'] = 2
    except Exception as e: print(type(e).__name__, e)
    try: p['nope']
    except Exception as e: print(type(e).__name__, e)
    p['b'] = 10; print(b, dict(p) == p.copy())
    p['c'] = 'changed'; print(g())
    print(p.setdefault('b', 0), p.pop('zzz', None) if hasattr(p, 'pop') else None)
    import collections.abc; print(isinstance(p, collections.abc.Mapping))
    x = locals(); x['qq'] = 1; print('qq' in locals(), 'p' in locals(), 'new' in locals())
    print(list(reversed(p))[:2], sorted(p.items())[0], sorted(p.values(), key=repr)[0])
    p.update({'a': 100}); print(a)
    b = 11; print(p['b'])
    del b
    print('b' in p, 'b' in p.keys())
f(1)
print(type(sys._getframe().f_locals).__name__)
class K:
    print(type(sys._getframe().f_locals).__name__)
def h():
    return [sys._getframe().f_locals['x'] for x in range(2)]
print(h())
# PEP 667 (3.13): frame.f_locals of a function frame is a write-through FrameLocalsProxy.
import sys
def pep667():
    x = 1
    fr = sys._getframe()
    proxy = fr.f_locals
    print(type(proxy).__name__)
    proxy["x"] = 2          # PEP 667: writes through to the fast local
    print("x after write:", x)
    x = 3
    print("proxy sees rebind:", proxy["x"])
    proxy["extra"] = 4
    print("extra in locals():", "extra" in locals())
pep667()
def closure_write():
    c = "cell"
    def inner():
        return c
    sys._getframe().f_locals["c"] = "written"
    return inner()
print(closure_write())
