import timeit
import sys
import io

class FakeTimer:
    """Advances by a fixed step each time the stmt ticks it."""
    def __init__(self, step=1 / 64):
        self.now = 0.0
        self.step = step
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.now
    def tick(self):
        self.now += self.step

print(sorted(timeit.__all__), timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(timeit.default_timer is __import__('time').perf_counter)
t0 = timeit.default_timer()
print(type(t0).__name__, timeit.default_timer() >= t0)

ft = FakeTimer()
t = timeit.Timer(stmt=ft.tick, timer=ft)
print(t.timeit(10), ft.calls)
print(t.timeit(number=0), t.timeit(1))
print(t.repeat(3, 4), t.repeat(repeat=2, number=64))
print(t.repeat(0, 5))
seen = []
print(t.autorange(), t.autorange(lambda n, tt: seen.append((n, tt))), seen)
ft2 = FakeTimer(0.001)
t2 = timeit.Timer(stmt=ft2.tick, timer=ft2)
seen = []
n, tt = t2.autorange(callback=lambda n, tt: seen.append(n))
print(n, round(tt, 6), seen)

counter = []
setup_calls = []
t = timeit.Timer(stmt=lambda: counter.append(1), setup=lambda: setup_calls.append(1))
t.timeit(25)
print(len(counter), len(setup_calls))
t.repeat(3, 2)
print(len(counter), len(setup_calls))

ns = {'data': []}
timeit.timeit('data.append(x)', setup='x = 5', number=7, globals=ns)
print(ns['data'])
print(timeit.repeat('data.append(1)', repeat=3, number=2, globals=ns) is not None, len(ns['data']))
r = timeit.repeat('pass', number=10, repeat=4)
print(len(r), all(isinstance(x, float) and x >= 0 for x in r))
print(type(timeit.timeit(number=100)).__name__)
print(type(timeit.timeit('x = 1', 'y = 2', number=3)).__name__)
g = {'items': []}
timeit.timeit('for i in range(3):\n    items.append(i)', 'items.append("s")', number=2, globals=g)
print(g['items'])
timeit.timeit('items.append("m")', 'if True:\n    items.append("a")\n    items.append("b")', number=1, globals=g)
print(g['items'])
print(repr(timeit.Timer('a = 1\nb = 2', 'c = 3\nd = 4').src))
print(repr(timeit.Timer(stmt=len, setup=list).src))
print(repr(timeit.reindent('a\nb', 3)), repr(timeit.template[:30]))

for args in [dict(stmt=None), dict(setup=None), dict(stmt=3), dict(setup=b'x')]:
    try:
        timeit.Timer(**args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [dict(stmt='x = '), dict(setup='def'), dict(stmt='return 5'), dict(stmt='yield 1'),
             dict(stmt='break'), dict(setup='continue'), dict(stmt='  x = 1')]:
    try:
        timeit.Timer(**args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print(type(e).__name__, e)

t = timeit.Timer('x = 1/0')
try:
    t.timeit(3)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(file=buf)
    out = buf.getvalue().splitlines()
    start = [i for i, l in enumerate(out) if '<timeit-src>' in l][0]
    print([l for l in out[start:] if set(l.strip()) - set('~^')])
t = timeit.Timer('f()', setup='def f():\n    raise KeyError("k")')
try:
    t.repeat(2, 2)
except KeyError:
    buf = io.StringIO()
    t.print_exc(buf)
    out = buf.getvalue().splitlines()
    start = [i for i, l in enumerate(out) if '<timeit-src>' in l][0]
    print([l for l in out[start:] if set(l.strip()) - set('~^')])
