# Synchronization among 16 threads: Barrier (action, timeout, abort, reset), Condition
# (wait_for, notify(n), notify_all), Semaphore, BoundedSemaphore, Event, Lock.
import threading
import time

N = 16


def run_all(target, n=N, args=()):
    ts = [threading.Thread(target=target, args=(i,) + args) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def wait_until(pred, limit=5.0):
    end = time.monotonic() + limit
    while not pred() and time.monotonic() < end:
        time.sleep(0.001)
    return pred()


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, repr(e.args))


lock = threading.Lock()

# Lock: a shared counter
counter = [0]


def bump(i):
    for _ in range(1000):
        with lock:
            counter[0] += 1


run_all(bump)
print("lock counter", counter[0])

# RLock: nested acquisition from many threads
rlock = threading.RLock()
depth_total = [0]


def nested(i, level=0):
    with rlock:
        if level < 3:
            nested(i, level + 1)
        else:
            depth_total[0] += level + 1


run_all(nested)
print("rlock nested", depth_total[0])

# Barrier with an action: the action runs once per round, before anyone leaves
ROUNDS = 5
actions = [0]
records = []


def action():
    actions[0] += 1


barrier = threading.Barrier(N, action=action, timeout=5)
print("barrier", barrier.parties, barrier.n_waiting, barrier.broken)


def barrier_rounds(i):
    for r in range(ROUNDS):
        idx = barrier.wait()
        seen = actions[0]
        with lock:
            records.append((r, idx, seen))


run_all(barrier_rounds)
print("actions", actions[0])
for r in range(ROUNDS):
    idxs = sorted(idx for rr, idx, s in records if rr == r)
    print("round", r, idxs == list(range(N)), all(s >= r + 1 for rr, idx, s in records if rr == r))
print("barrier after", barrier.n_waiting, barrier.broken)

# an action that raises breaks the barrier: one thread gets the error, the rest
# get BrokenBarrierError
def bad_action():
    raise ValueError("action failed")


barrier = threading.Barrier(N, action=bad_action, timeout=5)
outcomes = []


def one_wait(i, b):
    try:
        b.wait()
        res = "passed"
    except threading.BrokenBarrierError:
        res = "BrokenBarrierError"
    except ValueError as e:
        res = "ValueError " + str(e)
    with lock:
        outcomes.append(res)


run_all(one_wait, args=(barrier,))
print("bad action", sorted(set(outcomes)), outcomes.count("BrokenBarrierError"),
      outcomes.count("ValueError action failed"), barrier.broken)
barrier.reset()
print("after reset", barrier.broken)

# timeout: one party missing, everybody gets BrokenBarrierError
barrier = threading.Barrier(N + 1, timeout=0.05)
outcomes = []
run_all(one_wait, args=(barrier,))
print("timeout", sorted(set(outcomes)), len(outcomes), barrier.broken, barrier.n_waiting)
show(barrier.wait)
barrier.reset()
print("timeout reset", barrier.broken)

# explicit timeout argument overrides the default
barrier = threading.Barrier(2)
t0 = time.monotonic()
show(barrier.wait, 0.02)
print("explicit timeout", barrier.broken, time.monotonic() - t0 < 4)

# abort() wakes every waiting thread with BrokenBarrierError
barrier = threading.Barrier(N + 1, timeout=5)
outcomes = []
ts = [threading.Thread(target=one_wait, args=(i, barrier)) for i in range(N)]
for t in ts:
    t.start()
print("all waiting", wait_until(lambda: barrier.n_waiting == N))
barrier.abort()
for t in ts:
    t.join()
print("abort", sorted(set(outcomes)), len(outcomes), barrier.broken)
show(barrier.wait)
# reset() makes it usable again, main thread is the 17th party
barrier.reset()
outcomes = []
ts = [threading.Thread(target=one_wait, args=(i, barrier)) for i in range(N)]
for t in ts:
    t.start()
barrier.wait()
for t in ts:
    t.join()
print("reused", sorted(set(outcomes)), len(outcomes))

# reset() while threads wait also breaks them
barrier = threading.Barrier(N + 1, timeout=5)
outcomes = []
ts = [threading.Thread(target=one_wait, args=(i, barrier)) for i in range(N)]
for t in ts:
    t.start()
wait_until(lambda: barrier.n_waiting == N)
barrier.reset()
for t in ts:
    t.join()
print("reset while waiting", sorted(set(outcomes)), len(outcomes), barrier.broken)

# Condition.wait_for: consumers take tokens handed out four at a time
cond = threading.Condition()
tokens = [0]
taken = []


def consumer(i):
    with cond:
        ok = cond.wait_for(lambda: tokens[0] > 0, timeout=5)
        tokens[0] -= 1
        taken.append(i)
    return ok


ts = [threading.Thread(target=consumer, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for _ in range(N // 4):
    with cond:
        tokens[0] += 4
        cond.notify(4)
    time.sleep(0.002)
for t in ts:
    t.join()
print("wait_for tokens", len(taken), sorted(taken) == list(range(N)), tokens[0])

# wait_for returns the predicate's value; False after a timeout
with cond:
    print("wait_for true", cond.wait_for(lambda: "yes"))
    print("wait_for timeout", cond.wait_for(lambda: 0, timeout=0.01))
    print("wait timeout", cond.wait(0.01))

# notify(n) wakes exactly n waiters, notify_all the rest
waiting = [0]
woken = [0]


def sleeper(i):
    with cond:
        waiting[0] += 1
        if cond.wait(timeout=5):
            woken[0] += 1


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(N)]
for t in ts:
    t.start()


def count(cell):
    with cond:
        return cell[0]


print("all in wait", wait_until(lambda: count(waiting) == N))
with cond:
    cond.notify(5)
print("notify(5)", wait_until(lambda: count(woken) == 5))
time.sleep(0.02)
print("still 5", count(woken))
with cond:
    cond.notify(0)
    cond.notify(1)
print("notify(1)", wait_until(lambda: count(woken) == 6))
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print("notify_all", count(woken))

# notify/wait without holding the lock
show(cond.notify)
show(cond.notify_all)
show(cond.wait, 0.01)

# Condition over an RLock held recursively by the waiter
rcond = threading.Condition(threading.RLock())
flag = [False]


def rwaiter(i, out):
    with rcond:
        with rcond:
            out.append(rcond.wait_for(lambda: flag[0], timeout=5))


out = []
ts = [threading.Thread(target=rwaiter, args=(i, out)) for i in range(N)]
for t in ts:
    t.start()
time.sleep(0.01)
with rcond:
    flag[0] = True
    rcond.notify_all()
for t in ts:
    t.join()
print("rlock condition", len(out), all(out))

# Semaphore(3) guarding a section: never more than three inside
sem = threading.Semaphore(3)
inside = [0, 0, 0]   # current, maximum, entries


def guarded(i):
    for _ in range(3):
        with sem:
            with lock:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
                inside[2] += 1
            time.sleep(0.001)
            with lock:
                inside[0] -= 1


run_all(guarded)
print("semaphore max <= 3", inside[1] <= 3, "entries", inside[2], "now", inside[0])
print("semaphore free", [sem.acquire(blocking=False) for _ in range(4)])
sem.release(3)
show(threading.Semaphore, -1)
show(sem.release, 0)

# Semaphore(0) used as a counting signal, release(n) wakes n
sig = threading.Semaphore(0)
got = []


def take(i):
    if sig.acquire(timeout=5):
        with lock:
            got.append(i)


ts = [threading.Thread(target=take, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
sig.release(10)
print("release(10)", wait_until(lambda: len(got) == 10))
for _ in range(N - 10):
    sig.release()
for t in ts:
    t.join()
print("semaphore signals", len(got), sig.acquire(timeout=0.01))

# BoundedSemaphore: fine with balanced use, ValueError when over-released
bsem = threading.BoundedSemaphore(4)


def balanced(i):
    for _ in range(5):
        with bsem:
            pass


run_all(balanced)
show(bsem.release)
bsem.acquire()
bsem.acquire()
show(bsem.release, 3)
bsem.release(2)
show(bsem.release)
errors = []


def over_release(i):
    try:
        bsem.release()
    except ValueError as e:
        with lock:
            errors.append(str(e))


run_all(over_release)
print("over-release errors", len(errors), sorted(set(errors)))

# Event storm: 16 waiters, one set() wakes them all
ev = threading.Event()
results = []


def ev_wait(i, timeout):
    r = ev.wait(timeout)
    with lock:
        results.append(r)


run_all(ev_wait, args=(0.01,))
print("timed out waits", len(results), sorted(set(results)))
results = []
ts = [threading.Thread(target=ev_wait, args=(i, 5)) for i in range(N)]
for t in ts:
    t.start()
time.sleep(0.01)
ev.set()
for t in ts:
    t.join()
print("event storm", len(results), sorted(set(results)), ev.is_set())
results = []
run_all(ev_wait, args=(0.01,))
print("already set", len(results), sorted(set(results)))
ev.clear()
print("cleared", ev.is_set(), ev.wait(0.01), ev.wait(0))

# many rounds of set/clear with a ping-pong between two events
ping, pong = threading.Event(), threading.Event()
hits = [0]


def ponger():
    for _ in range(50):
        if not ping.wait(5):
            return
        ping.clear()
        hits[0] += 1
        pong.set()


t = threading.Thread(target=ponger)
t.start()
for _ in range(50):
    ping.set()
    pong.wait(5)
    pong.clear()
t.join()
print("ping-pong", hits[0])
print("threads left", threading.active_count())
