# Closing a generator suspended outside any try/with runs none of its code (no trace events);
# one inside try/finally or with runs its clean-up.
import sys
def gen(): yield 1
def gen2():
    try:
        yield 1
    finally:
        print('finally ran')
import contextlib
def gen3():
    with contextlib.nullcontext():
        yield 1
def f():
    g = gen(); next(g)
    g2 = gen2(); next(g2)
    g3 = gen3(); next(g3)
ev = []
def t(fr, e, a):
    ev.append((e, fr.f_code.co_name))
    return t
sys.settrace(t); f(); sys.settrace(None)
print(ev)
g = gen(); next(g); g.close(); print(g.gi_frame, g.gi_running)
try:
    next(g)
except StopIteration:
    print('stopped')
def gen4():
    yield 1
    yield 2
g = gen4(); next(g); print(g.close(), list(g))
def gen5():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen5(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
