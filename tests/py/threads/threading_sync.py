# Condition, Semaphore, BoundedSemaphore, Event, Barrier and Timer under many threads.
import threading
import time


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


# Condition: a bounded buffer with 8 producers and 8 consumers.
cond = threading.Condition()
buf = []
consumed = []


def producer(k):
    for i in range(50):
        with cond:
            cond.wait_for(lambda: len(buf) < 5)
            buf.append(k * 100 + i)
            cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buf)
            item = buf.pop(0)
            cond.notify_all()
        if item < 0:
            return
        consumed.append(item)


threads = [threading.Thread(target=producer, args=(k,)) for k in range(8)]
threads += [threading.Thread(target=consumer) for _ in range(8)]
for t in threads:
    t.start()
for t in threads[:8]:
    t.join()
for _ in range(8):
    with cond:
        cond.wait_for(lambda: len(buf) < 5)
        buf.append(-1)
        cond.notify_all()
for t in threads[8:]:
    t.join()
print(len(consumed), sorted(consumed) == sorted(k * 100 + i for k in range(8) for i in range(50)))

c = threading.Condition(threading.Lock())
show(c.wait)
show(c.notify)
with c:
    print("timed wait", c.wait(0.01), c.wait_for(lambda: False, 0.01))
print(repr(threading.Condition()).startswith("<Condition(<unlocked _thread.RLock"))

# Semaphore: at most 3 threads inside at once.
sem = threading.Semaphore(3)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.005)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak[0])
show(threading.Semaphore, -1)
s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.01))
show(s.acquire, False, 1)
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(False))
show(s.release, 0)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
show(b.release)

# Event.
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
waiting = []


def waiter():
    waiting.append(ev.wait(5))


ws = [threading.Thread(target=waiter) for _ in range(10)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(waiting.count(True), ev.is_set())
ev.clear()
print(ev.is_set())

# Barrier with an action, several rounds.
rounds = []
barrier = threading.Barrier(8, action=lambda: rounds.append("round"))
indices = []
ilock = threading.Lock()


def party():
    for _ in range(3):
        i = barrier.wait()
        with ilock:
            indices.append(i)


ps = [threading.Thread(target=party) for _ in range(8)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(len(rounds), sorted(indices) == sorted(list(range(8)) * 3), barrier.parties,
      barrier.n_waiting, barrier.broken)

# Barrier timeout breaks it; abort and reset.
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print("after reset", b2.broken)
b2.abort()
show(b2.wait)
show(threading.Barrier, 0)

# Timer.
fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
t2 = threading.Timer(10, fired.append, args=["never"])
t2.start()
t2.cancel()
t2.join()
print(fired)
