# threading.Thread: names, start/join/is_alive, daemon flag, errors, current/main thread.
import threading
import time


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


def work(out, n):
    out.append(sum(range(n)))


out = []
t = threading.Thread(target=work, args=(out, 1000))
print(t.name.startswith("Thread-"), t.name.endswith("(work)"), t.daemon, t.ident, t.is_alive())
print(repr(t).split(",")[1])
show(t.join)
t.start()
show(t.start)
t.join()
print(out, t.is_alive(), repr(t).split(",")[1].split()[0])
t2 = threading.Thread(target=lambda: None, name=123)
print(t2.name)
t2.daemon = True
t2.start()
t2.join()
try:
    t2.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = (self.n, threading.current_thread() is self, threading.current_thread().name)


workers = [Worker(i) for i in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
show(threading.current_thread().join)
print(threading.active_count(), [th.name for th in threading.enumerate()])

# join with a timeout on a thread still running.
gate = threading.Event()
slow = threading.Thread(target=gate.wait)
slow.start()
slow.join(0.02)
print("alive after timed join", slow.is_alive())
gate.set()
slow.join()
print("alive after join", slow.is_alive())

# Threads started from threads.
results = []
lock = threading.Lock()


def spawner(depth):
    if depth:
        child = threading.Thread(target=spawner, args=(depth - 1,))
        child.start()
        child.join()
    with lock:
        results.append(depth)


spawner_thread = threading.Thread(target=spawner, args=(4,))
spawner_thread.start()
spawner_thread.join()
print(results)


class NoInit(threading.Thread):
    def __init__(self):
        pass


show(NoInit().start)
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.TIMEOUT_MAX == threading._thread.TIMEOUT_MAX if hasattr(threading, "_thread") else True)
for name in ("settrace", "setprofile"):
    try:
        getattr(threading, name)(None)
        print(name, "accepted")
    except NotImplementedError:
        print(name, "NotImplementedError")
print(threading.gettrace(), threading.getprofile())
