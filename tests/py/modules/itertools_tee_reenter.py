# itertools.tee: a fetch while another copy is fetching raises RuntimeError; tee of a tee copies.
import itertools, threading, time
ev = threading.Event()
def slow():
    ev.wait(2)
    yield 1
    yield 2
a, b = itertools.tee(slow())
out = []
t = threading.Thread(target=lambda: out.append(next(a)))
t.start()
time.sleep(0.2)
try:
    next(b)
except RuntimeError as e:
    print('RuntimeError', e)
ev.set(); t.join()
print(out, next(b), list(a), list(b))
def gen():
    yield next(x)
x, y = itertools.tee(gen())
try:
    next(x)
except RuntimeError as e:
    print('RuntimeError', e)
c, d = itertools.tee(iter([1, 2, 3]))
e, f = itertools.tee(c)
print(list(e), list(f), list(d), type(e).__name__)
