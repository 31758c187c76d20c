# Costs of the thread primitives: start+join per second, and lock acquire/release pairs
# per second uncontended (one thread) and contended (two threads taking turns on one lock).
import sys
import threading
import time


def noop():
    pass


def start_join(n):
    start = time.perf_counter()
    for _ in range(n):
        t = threading.Thread(target=noop)
        t.start()
        t.join()
    return n / (time.perf_counter() - start)


def uncontended(n):
    lock = threading.Lock()
    acquire, release = lock.acquire, lock.release
    start = time.perf_counter()
    for _ in range(n):
        acquire()
        release()
    return n / (time.perf_counter() - start)


def contended(n):
    lock = threading.Lock()

    def hammer():
        for _ in range(n):
            with lock:
                pass

    threads = [threading.Thread(target=hammer) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return 2 * n / (time.perf_counter() - start)


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    print("thread start+join per second  %10.0f" % start_join(int(2000 * scale)))
    print("lock pairs/s, uncontended     %10.0f" % uncontended(int(1000000 * scale)))
    print("lock pairs/s, 2 threads       %10.0f" % contended(int(200000 * scale)))


main()
