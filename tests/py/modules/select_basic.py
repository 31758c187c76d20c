# select.select, poll and epoll objects on a pipe: readiness, registration, errors.
import select, os

def _fixed_pipe(base):
    # Descriptors at fixed numbers, so printed results do not depend on what is open.
    r, w = os.pipe()
    fr, fw = os.dup2(r, base), os.dup2(w, base + 1)
    os.close(r)
    os.close(w)
    return fr, fw
r, w = _fixed_pipe(64)
print(select.select([r], [w], [], 0))
os.write(w, b'x')
print(select.select([r], [], [], 1.5))
for args in [([],[],[],'x'), ([],[],[],-1), (1,[],[]), ([-1],[],[], 0), (['a'],[],[],0), ([],[],[],float('nan')), ([],[],[],1e300)]:
    try: print(select.select(*args))
    except Exception as e: print(type(e).__name__, e)
p = select.poll()
p.register(r, select.POLLIN); p.register(w)
print(sorted(p.poll(0)), sorted(p.poll(None)), sorted(p.poll(10.5)))
p.modify(w, select.POLLIN); print(sorted(p.poll(0)))
p.unregister(w)
for a in [(-1,), ('x',), (0, 2**40), (0, -1)]:
    try: p.register(*a)
    except Exception as e: print(type(e).__name__, e)
try: p.modify(55, 1)
except Exception as e: print(type(e).__name__, e)
try: p.unregister(55)
except Exception as e: print(type(e).__name__, e)
try: p.poll('x')
except Exception as e: print(type(e).__name__, e)
class F:
    def fileno(self): return r
print(select.select([F()], [], [], 0)[0][0].__class__.__name__)
e = select.epoll(); print(type(e).__name__, e.closed, e.fileno() > 0)
e.register(r, select.EPOLLIN); e.register(w, select.EPOLLOUT)
print(sorted(e.poll(0)), sorted(e.poll(timeout=1, maxevents=4)))
e.modify(w, select.EPOLLIN); print(sorted(e.poll(0.01)))
e.unregister(r); print(e.poll(0))
try: e.register(-1)
except Exception as x: print(type(x).__name__, x)
try: e.unregister(99)
except Exception as x: print(type(x).__name__, x)
try: e.poll(maxevents=0)
except Exception as x: print(type(x).__name__, x)
with select.epoll() as e2: print(e2.closed)
print(e2.closed)
e.close(); print(e.closed)
for f in (e.poll, e.fileno, lambda: e.register(r)):
    try: f()
    except Exception as x: print(type(x).__name__, x)
print(select.error is OSError, select.EPOLLIN, select.POLLOUT, select.PIPE_BUF)
os.read(r, 1)
print(select.select([r], [], [], 0.05))
