# concurrent.futures.wait() and as_completed(): return conditions, timeouts,
# duplicates, completion order, cancelled futures, futures from an executor.
import threading
import time
import concurrent.futures as cf
from concurrent.futures import (Future, ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, repr(e.args))


def sizes(res):
    return (len(res.done), len(res.not_done))


def later(delay, fn, *args):
    t = threading.Thread(target=lambda: (time.sleep(delay), fn(*args)))
    t.start()
    return t


def finished(value):
    f = Future()
    f.set_result(value)
    return f


def failed(exc):
    f = Future()
    f.set_exception(exc)
    return f


# the result is a named tuple of two sets
r = wait([finished(1)])
print("result type", type(r).__name__, r._fields, type(r.done).__name__, r.done is r[0])
print("empty", sizes(wait([])), sizes(wait([], timeout=0)), sizes(wait([], return_when=FIRST_COMPLETED)))
print("generator input", sizes(wait(finished(i) for i in range(3))))

# ALL_COMPLETED (default)
fs = [Future() for _ in range(3)]
ts = [later(0.01 * (i + 1), fs[i].set_result, i) for i in range(3)]
r = wait(fs, timeout=5)
print("all completed", sizes(r), sorted(f.result() for f in r.done))
for t in ts:
    t.join()

# timeouts: nothing done, or only part done
fs = [Future() for _ in range(3)]
print("timeout none done", sizes(wait(fs, timeout=0.02)))
print("timeout zero", sizes(wait(fs, timeout=0)))
fs[1].set_result("x")
r = wait(fs, timeout=0.02)
print("timeout one done", sizes(r), [f.result() for f in r.done])
print("first completed at once", sizes(wait(fs, return_when=FIRST_COMPLETED)))

# FIRST_COMPLETED waits for exactly the one that finishes
fs = [Future() for _ in range(4)]
t = later(0.02, fs[2].set_result, "two")
r = wait(fs, timeout=5, return_when=FIRST_COMPLETED)
t.join()
print("first completed", sizes(r), fs[2] in r.done, [f.result() for f in r.done])
print("first completed timeout", sizes(wait([Future(), Future()], timeout=0.02, return_when=FIRST_COMPLETED)))

# FIRST_EXCEPTION: stops at the first failure, results alone don't stop it
fs = [Future() for _ in range(4)]
fs[0].set_result(0)
t = later(0.02, fs[3].set_exception, ValueError("boom"))
r = wait(fs, timeout=5, return_when=FIRST_EXCEPTION)
t.join()
print("first exception", sizes(r), fs[3] in r.done, fs[0] in r.done)
# an exception already there returns at once
print("exception already", sizes(wait([failed(KeyError()), Future()], return_when=FIRST_EXCEPTION)))
# no exception at all: same as ALL_COMPLETED
fs = [Future() for _ in range(3)]
ts = [later(0.01 * (i + 1), fs[i].set_result, i) for i in range(3)]
print("first exception none raised", sizes(wait(fs, timeout=5, return_when=FIRST_EXCEPTION)))
for t in ts:
    t.join()
print("first exception timeout", sizes(wait([finished(1), Future()], timeout=0.02, return_when=FIRST_EXCEPTION)))

# invalid return_when: only checked when wait() has to block
show(lambda: sizes(wait([Future()], timeout=0, return_when="bogus")))
show(lambda: sizes(wait([finished(1)], return_when="bogus")))

# duplicates are counted once
f1, f2 = Future(), Future()
f1.set_result(1)
print("dup wait", sizes(wait([f1, f1, f2, f2, f2], timeout=0.01)))
f2.set_result(2)
print("dup wait done", sizes(wait([f1, f2, f1, f2])))
print("dup as_completed", sorted(f.result() for f in as_completed([f1, f2, f1, f2, f1])))

# a cancelled future counts as done only after set_running_or_notify_cancel()
f = Future()
f.cancel()
print("cancelled not notified", sizes(wait([f], timeout=0.02)))
t = later(0.02, f.set_running_or_notify_cancel)
print("notified while waiting", sizes(wait([f], timeout=5)))
t.join()
print("cancelled notified", sizes(wait([f])), sizes(wait([f], return_when=FIRST_EXCEPTION)))
print("as_completed cancelled", [x.cancelled() for x in as_completed([f])])

# as_completed: already finished ones first, then in the order they finish
fs = [Future() for _ in range(4)]
it = as_completed(fs, timeout=5)
print("as_completed type", type(it).__name__)
fs[2].set_result(2)
print("next", next(it).result())
fs[0].set_result(0)
print("next", next(it).result())
fs[3].set_result(3)
fs[1].set_result(1)
print("rest in finishing order", [f.result() for f in it])
print("as_completed empty", list(as_completed([])))

# as_completed also yields failed and cancelled futures
a, b, c = Future(), Future(), Future()
b.set_exception(OSError("x"))
c.cancel()
c.set_running_or_notify_cancel()
a.set_result("a")
out = []
for f in as_completed([a, b, c]):
    out.append("cancelled" if f.cancelled() else
               type(f.exception()).__name__ if f.exception() else f.result())
print("mixed", sorted(out))

# as_completed waits for futures completed by other threads
fs = [Future() for _ in range(5)]
ts = [later(0.005 * (5 - i), fs[i].set_result, i * 10) for i in range(5)]
print("threads", sorted(f.result() for f in as_completed(fs, timeout=5)))
for t in ts:
    t.join()

# as_completed timeout: the message counts the unfinished futures (duplicates once)
done_f, pending_f = finished("ready"), Future()
got = []
try:
    for f in as_completed([done_f, pending_f, pending_f], timeout=0.02):
        got.append(f.result())
except TimeoutError as e:
    print("as_completed timeout", type(e).__name__, str(e), got)
try:
    for f in as_completed([Future(), Future(), finished(1)], timeout=0):
        pass
except cf.TimeoutError as e:
    print("timeout 0", str(e))
print("all done timeout 0", [f.result() for f in as_completed([finished(5)], timeout=0)])
# a future finishing inside the timeout is still yielded
pf = Future()
t = later(0.01, pf.set_result, "in time")
print("in time", [f.result() for f in as_completed([pf], timeout=5)])
t.join()

# with a ThreadPoolExecutor
def work(i):
    time.sleep(0.002 * (i % 4))
    if i == 7:
        raise ValueError(i)
    return i * i


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(work, i) for i in range(12)]
    seen = 0
    results = []
    errors = []
    for f in as_completed(fs):
        seen += 1
        if f.exception() is not None:
            errors.append(repr(f.exception()))
        else:
            results.append(f.result())
    print("executor as_completed", seen, sorted(results), errors)
    print("executor wait all", sizes(wait(fs)))

gate = threading.Event()


def blocker(i):
    if i == 2:
        raise KeyError("first failure")
    gate.wait(5)
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(blocker, i) for i in range(3)]
    r = wait(fs, timeout=5, return_when=FIRST_EXCEPTION)
    print("executor first exception", sizes(r), [repr(f.exception()) for f in r.done])
    r = wait(fs, timeout=0.02)
    print("executor timeout", sizes(r))
    gate.set()
    r = wait(fs, timeout=5, return_when=ALL_COMPLETED)
    print("executor all", sizes(r), sorted(f.result() for f in r.done if f.exception() is None))

# many threads waiting on the same futures at once
fs = [Future() for _ in range(4)]
counts = []
lock = threading.Lock()


def waiter(mode):
    if mode == "as_completed":
        n = len(list(as_completed(fs, timeout=5)))
    else:
        n = len(wait(fs, timeout=5, return_when=mode).done)
    with lock:
        counts.append((mode, n))


modes = [ALL_COMPLETED, "as_completed"] * 4
ws = [threading.Thread(target=waiter, args=(m,)) for m in modes]
for w in ws:
    w.start()
time.sleep(0.02)
for i, f in enumerate(fs):
    f.set_result(i)
for w in ws:
    w.join()
print("many waiters", sorted(counts))
