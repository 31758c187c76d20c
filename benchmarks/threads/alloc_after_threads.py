# Allocation speed before and after the process has threads: a loop that makes and drops
# one int object per iteration, timed on the main thread, in a worker thread, and on the
# main thread again once a thread has run (an allocator that locks once threads exist
# shows up as the last two being slower than the first).
import threading
import time


def work(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total


def timed(fn, *args):
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


N = 4_000_000
first = timed(work, N)
box = []
th = threading.Thread(target=lambda: box.append(timed(work, N)))
th.start()
th.join()
again = timed(work, N)
print("main thread, before any thread  %.3f s" % first)
print("in a worker thread               %.3f s" % box[0])
print("main thread, after a thread ran  %.3f s" % again)
