# ThreadPoolExecutor: submit, map, shutdown variants, context manager, worker names,
# initializers (good and failing), errors raised by tasks and by the executor.
import os
import sys
import threading
import time
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except BaseException as e:
        print(type(e).__name__, repr(e.args))


def square(x):
    return x * x


# construction
print("is Executor", issubclass(ThreadPoolExecutor, cf.Executor))
show(ThreadPoolExecutor, max_workers=0)
show(ThreadPoolExecutor, -1)
show(ThreadPoolExecutor, 2, initializer=42)
ex = ThreadPoolExecutor()
cpus = getattr(os, "process_cpu_count", os.cpu_count)
print("default max_workers", ex._max_workers == min(32, (cpus() or 1) + 4))
ex.shutdown()
print("BrokenThreadPool", [c.__name__ for c in BrokenThreadPool.__mro__])

# submit with args and kwargs; 'fn' and 'self' can be keyword arguments of the task
with ThreadPoolExecutor(max_workers=2) as ex:
    print("submit", ex.submit(square, 7).result())
    print("kwargs", ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, fn=3, self=4).result())
    print("builtin", ex.submit(sorted, [3, 1, 2], reverse=True).result())
    f = ex.submit(time.sleep, 0)
    print("future type", type(f).__name__, f.result(), f.done())
show(lambda: ThreadPoolExecutor(1).submit())

# context manager returns the executor and waits on exit
with ThreadPoolExecutor(max_workers=3) as ex:
    print("enter returns self", isinstance(ex, ThreadPoolExecutor))
    fs = [ex.submit(lambda i: (time.sleep(0.01), i)[1], i) for i in range(6)]
print("after with, all done", all(f.done() for f in fs), [f.result() for f in fs])
# an exception in the body propagates, the pool is still shut down
try:
    with ThreadPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(square, 3)
        raise KeyError("body")
except KeyError as e:
    print("body exception", repr(e), fut.result())
show(ex.submit, square, 1)

# exceptions raised by tasks come back through result() and exception()
class TaskError(Exception):
    pass


def fail(kind):
    if kind == "value":
        raise ValueError("bad", 1)
    if kind == "custom":
        raise TaskError("custom")
    if kind == "exit":
        sys.exit(3)
    if kind == "zero":
        return 1 / 0
    return kind


with ThreadPoolExecutor(max_workers=2) as ex:
    for kind in ("value", "custom", "exit", "zero", "ok"):
        f = ex.submit(fail, kind)
        show(f.result)
        e = f.exception()
        print(" exception()", type(e).__name__, e is not None and e.__traceback__ is not None)

# map: results in submission order even when they finish in reverse
def slow_identity(i):
    time.sleep((5 - i) * 0.01)
    return i


with ThreadPoolExecutor(max_workers=5) as ex:
    print("map order", list(ex.map(slow_identity, range(5))))
    print("map chunksize", list(ex.map(square, range(6), chunksize=4)))
    print("map chunksize 0", list(ex.map(square, range(3), chunksize=0)))
    print("map iterables", list(ex.map(pow, [2, 3, 4], [5, 2])))
    print("map three", list(ex.map(lambda a, b, c: a + b + c, "abc", "def", "ghi")))
    print("map empty", list(ex.map(square, [])))
    print("map none", list(ex.map(square)))
    print("map timeout ok", list(ex.map(square, range(4), timeout=5)))
    print("map type", type(ex.map(square, [1])).__name__)

# map submits everything before the first result is asked for
consumed = []


def gen():
    for i in range(4):
        consumed.append(i)
        yield i


with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(square, gen())
    print("consumed before next", consumed)
    print("first", next(it))
    print("rest", list(it))

# an exception in map is raised when its result is reached
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    got = []
    try:
        for r in it:
            got.append(r)
    except ZeroDivisionError as e:
        print("map error after", got, type(e).__name__)
    print("iterator exhausted", list(it))

# map timeout: TimeoutError, and the rest of the calls are cancelled
release = threading.Event()
ran = []


def maybe_block(i):
    ran.append(i)
    if i == 0:
        release.wait(5)
    return i


with ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(maybe_block, range(4), timeout=0.05)
    try:
        print("map timeout", list(it))
    except TimeoutError as e:
        print("map timeout", type(e).__name__, e.args)
    release.set()
print("ran after timeout", ran)

# map after shutdown
ex = ThreadPoolExecutor(max_workers=1)
ex.shutdown()
show(ex.map, square, [1])

# submit after shutdown, and shutdown twice
ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(square, 5)
ex.shutdown(wait=True)
print("done after shutdown(wait=True)", f.done(), f.result())
show(ex.submit, square, 1)
ex.shutdown()
ex.shutdown(wait=False, cancel_futures=True)
print("shutdown twice ok")

# shutdown(wait=False): queued work still runs
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(lambda i: (gate.wait(5), i)[1], i) for i in range(3)]
ex.shutdown(wait=False)
print("wait=False returned", [f.done() for f in fs][1:])
show(ex.submit, square, 1)
gate.set()
print("wait=False results", [f.result(timeout=5) for f in fs])
ex.shutdown(wait=True)

# shutdown(cancel_futures=True): pending work is cancelled, running work finishes
started = threading.Event()
gate = threading.Event()


def first_task():
    started.set()
    gate.wait(5)
    return "first"


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(first_task)] + [ex.submit(square, i) for i in range(4)]
started.wait(5)
ex.shutdown(wait=False, cancel_futures=True)
print("cancelled", [f.cancelled() for f in fs])
gate.set()
ex.shutdown(wait=True)
print("first result", fs[0].result())
show(fs[1].result)

# worker thread names: prefix + "_" + number; default prefix
names = set()
lock = threading.Lock()
barrier = threading.Barrier(3)


def record(i):
    if i < 3:
        barrier.wait(5)   # forces three different workers
    with lock:
        names.add(threading.current_thread().name)
    return i


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="weftpool") as ex:
    print("names results", sorted(ex.map(record, range(10))))
print("names", sorted(names))
print("prefix parts", sorted({n.rsplit("_", 1)[0] for n in names}))

with ThreadPoolExecutor(max_workers=1) as ex:
    name = ex.submit(lambda: threading.current_thread().name).result()
    print("default prefix", name.rsplit("_", 1)[0].startswith("ThreadPoolExecutor-"),
          name.rsplit("_", 1)[1])
    print("worker daemon", ex.submit(lambda: threading.current_thread().daemon).result())
    print("worker not main", ex.submit(lambda: threading.current_thread() is not threading.main_thread()).result())

# never more than max_workers threads at once
active = [0, 0]


def busy(i):
    with lock:
        active[0] += 1
        active[1] = max(active[1], active[0])
    time.sleep(0.005)
    with lock:
        active[0] -= 1
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="busy") as ex:
    used = set(ex.map(busy, range(30)))
print("max concurrent <= 3", active[1] <= 3, "threads <= 3", len(used) <= 3)

# initializer runs once per worker thread, before its tasks
inits = []


def init(tag, store):
    store.append((tag, threading.current_thread().name))


def read_init():
    return [t for t, n in inits if n == threading.current_thread().name]


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="init",
                        initializer=init, initargs=("hello", inits)) as ex:
    print("initializer seen", [ex.submit(read_init).result() for _ in range(3)])
print("initializer calls <= 2", 1 <= len(inits) <= 2, sorted({t for t, n in inits}))

# a failing initializer breaks the pool; its traceback goes to stderr (captured here)
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def bad_init():
    raise ValueError("init boom")


cap = Capture()
old_stderr = sys.stderr
sys.stderr = cap
try:
    ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    f = ex.submit(square, 2)
    try:
        f.result(timeout=5)
    except BrokenThreadPool as e:
        print("broken future", type(e).__name__, e.args)
    show(ex.submit, square, 3)
    try:
        ex.submit(square, 3)
    except cf.BrokenExecutor as e:
        print("is BrokenExecutor", type(e).__name__, isinstance(e, RuntimeError))
    ex.shutdown(wait=True)
finally:
    sys.stderr = old_stderr
text = "".join(cap.parts)
print("stderr starts", repr(text.split("\n", 1)[0]))
print("stderr mentions error", "ValueError: init boom" in text)
