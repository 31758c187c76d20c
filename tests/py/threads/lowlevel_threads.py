# _thread.start_new_thread, get_ident, exceptions in threads, _local, interrupt_main.
import _thread
import os
import signal
import sys
import time


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, print, [])
show(_thread.start_new_thread, print, (), [])

main_ident = _thread.get_ident()
results = {}
done = _thread.allocate_lock()
count_lock = _thread.allocate_lock()
pending = [8]
done.acquire()


def worker(n, scale=1):
    total = 0
    for i in range(20000):
        total += i * n
    with count_lock:
        results[n] = (total * scale, _thread.get_ident() != main_ident)
        pending[0] -= 1
        if pending[0] == 0:
            done.release()


for n in range(8):
    _thread.start_new_thread(worker, (n,), {"scale": 2})
done.acquire()
print(sorted(results.items()))
print(isinstance(_thread.get_native_id(), int))

# An uncaught exception is reported on stderr; SystemExit is silent.
finished = _thread.allocate_lock()
finished.acquire()


class Named:
    def __init__(self, exc):
        self.exc = exc

    def __call__(self):
        try:
            raise self.exc
        finally:
            finished.release()

    def __repr__(self):
        return "<Named %s>" % type(self.exc).__name__


_thread.start_new_thread(Named(ValueError("in thread")), ())
finished.acquire()
time.sleep(0.05)
_thread.start_new_thread(Named(SystemExit(3)), ())
finished.acquire()
time.sleep(0.05)

# Thread-local storage.
local = _thread._local()
local.x = "main"
seen = []
ready = _thread.allocate_lock()
ready.acquire()


def use_local():
    seen.append(hasattr(local, "x"))
    local.x = "thread"
    seen.append(local.x)
    seen.append(sorted(local.__dict__))
    ready.release()


_thread.start_new_thread(use_local, ())
ready.acquire()
print(seen, local.x)
show(_thread._local, 1)
try:
    local.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)


class Counter(_thread._local):
    def __init__(self, start):
        self.value = start
        self.inits = getattr(self, "inits", 0) + 1


c = Counter(10)
c.value += 5
out = []


def use_counter():
    out.append((c.value, c.inits))
    ready.release()


_thread.start_new_thread(use_counter, ())
ready.acquire()
print(out, c.value)

# interrupt_main and os.kill deliver KeyboardInterrupt to the main thread.
try:
    _thread.interrupt_main()
    for i in range(10**6):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupt_main: KeyboardInterrupt")
show(_thread.interrupt_main, 0)
show(_thread.interrupt_main, 1000)


def killer():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGINT)


blocker = _thread.allocate_lock()
blocker.acquire()
_thread.start_new_thread(killer, ())
try:
    blocker.acquire()
except KeyboardInterrupt:
    print("lock.acquire: KeyboardInterrupt")
_thread.start_new_thread(killer, ())
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("sleep: KeyboardInterrupt")
try:
    _thread.exit()
except SystemExit as e:
    print("exit", e.code)
sys.stdout.flush()
