# queue: FIFO/LIFO/priority order, bounds and timeouts, task tracking, shutdown, threads.
import queue
import threading


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])
show(q.get_nowait)
show(q.get, timeout=0.01)
show(q.get, timeout=-1)
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put_nowait(2)
print(bq.full())
show(bq.put_nowait, 3)
show(bq.put, 3, timeout=0.01)

# task_done / join
tq = queue.Queue()
done = []


def worker():
    while True:
        item = tq.get()
        if item is None:
            tq.task_done()
            return
        done.append(item * 2)
        tq.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(100):
    tq.put(i)
tq.join()
print(len(done), sum(done))
for _ in workers:
    tq.put(None)
for w in workers:
    w.join()
show(tq.task_done)

# Producers and consumers through a bounded queue.
pc = queue.Queue(maxsize=3)
total = []
tl = threading.Lock()


def produce(k):
    for i in range(200):
        pc.put(k * 1000 + i)


def consume():
    s = 0
    while True:
        item = pc.get()
        if item is None:
            break
        s += item
    with tl:
        total.append(s)


producers = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
consumers = [threading.Thread(target=consume) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    pc.put(None)
for t in consumers:
    t.join()
print(sum(total) == sum(k * 1000 + i for k in range(4) for i in range(200)))

# shutdown (3.13)
sq = queue.Queue()
sq.put("a")
sq.shutdown()
show(sq.put, "b")
print(sq.get())
show(sq.get)
iq = queue.Queue()
iq.put(1)
iq.shutdown(immediate=True)
show(iq.get)

# SimpleQueue
simple = queue.SimpleQueue()
simple.put(1)
simple.put(2)
print(simple.qsize(), simple.get(), simple.get_nowait(), simple.empty())
show(simple.get, timeout=0.01)
show(simple.get, False)
