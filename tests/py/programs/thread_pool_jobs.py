"""Job processing with threads: a hand-written worker pool over queue.Queue, a bounded
buffer with Condition, an Event-based shutdown, and concurrent.futures.ThreadPoolExecutor.
Output is deterministic: results are collected and sorted before printing."""
import threading
import queue
import hashlib
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
from collections import Counter
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    ident: int
    payload: str = field(compare=False)


class JobFailed(Exception):
    pass


def work(job):
    if "boom" in job.payload:
        raise JobFailed(f"job {job.ident} exploded")
    digest = job.payload.encode()
    for _ in range(200):
        digest = hashlib.sha256(digest).digest()
    return job.ident, digest.hex()[:12], len(job.payload)


class Pool:
    def __init__(self, n):
        self.jobs = queue.PriorityQueue()
        self.results = {}
        self.errors = {}
        self.lock = threading.Lock()
        self.per_worker = Counter()
        self.threads = [threading.Thread(target=self._run, name=f"w{i}", daemon=True) for i in range(n)]

    def _run(self):
        me = threading.current_thread().name
        while True:
            job = self.jobs.get()
            try:
                if job is None or job.payload is None:
                    return
                try:
                    res = work(job)
                    with self.lock:
                        self.results[job.ident] = res
                        self.per_worker[me] += 1
                except JobFailed as exc:
                    with self.lock:
                        self.errors[job.ident] = str(exc)
            finally:
                self.jobs.task_done()

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        for i in range(len(self.threads)):
            self.jobs.put(Job(10**9, i, None))
        for t in self.threads:
            t.join(timeout=30)
        return False


class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()
        self.max_seen = 0

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


payloads = [f"record-{i}" * (i % 5 + 1) for i in range(40)]
payloads[13] = "boom-13"
payloads[27] = "boom-27"
jobs = [Job(i % 3, i, p) for i, p in enumerate(payloads)]

with Pool(4) as pool:
    for j in jobs:
        pool.jobs.put(j)
    pool.jobs.join()
print("pool:", len(pool.results), "ok,", len(pool.errors), "failed")
print("errors:", sorted(pool.errors.items()))
print("sample:", [pool.results[i] for i in (0, 1, 39)])
print("all workers accounted:", sum(pool.per_worker.values()) == len(pool.results), all(not t.is_alive() for t in pool.threads))

serial = {j.ident: work(j) for j in jobs if "boom" not in j.payload}
print("matches serial:", serial == pool.results)

buf = BoundedBuffer(3)
consumed = []
done = threading.Event()


def producer(base):
    for i in range(25):
        buf.put(base + i)


def consumer():
    while True:
        item = buf.get()
        if item is None:
            break
        consumed.append(item)
    done.set()


producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
cons = threading.Thread(target=consumer)
cons.start()
for p in producers:
    p.start()
for p in producers:
    p.join()
buf.put(None)
print("consumer finished:", done.wait(timeout=30), len(consumed), sorted(consumed) == sorted(k * 100 + i for k in range(3) for i in range(25)))
print("buffer bound respected:", buf.max_seen <= 3)

counter = 0
counter_lock = threading.RLock()


def bump(n):
    global counter
    for _ in range(n):
        with counter_lock:
            with counter_lock:
                counter += 1


threads = [threading.Thread(target=bump, args=(2000,)) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="ex") as ex:
    futures = {ex.submit(work, j): j.ident for j in jobs[:20]}
    ok, bad = [], []
    for fut in as_completed(futures):
        try:
            ok.append(fut.result()[0])
        except JobFailed as exc:
            bad.append(str(exc))
    print("executor:", sorted(ok) == [i for i in range(20) if i != 13], bad)
    squares = list(ex.map(lambda x: x * x, range(10)))
    print("map:", squares)
    f = ex.submit(pow, 2, 100)
    print("future:", f.result(timeout=30), f.done(), f.exception())
    fs = [ex.submit(work, jobs[13]), ex.submit(work, jobs[0])]
    done_set, _ = wait(fs, timeout=30, return_when=FIRST_EXCEPTION)
    print("wait:", any(d.exception() is not None for d in done_set), type(fs[0].exception()).__name__)

local = threading.local()
seen = []


def use_local(v):
    local.value = v
    seen.append(getattr(local, "value", None))


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("thread-local:", sorted(seen), hasattr(local, "value"))
print("main thread:", threading.current_thread().name, threading.main_thread() is threading.current_thread())
print("active threads at end:", threading.active_count())
