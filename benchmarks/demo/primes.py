# CPU-bound threaded demo: count primes below a bound with trial division. The range is
# cut into chunks that worker threads take from a shared queue; each thread adds its
# count to a shared total under a lock. The printed result is the same on every
# interpreter and for every thread count.
# Usage: primes.py [limit, default 300000] [threads, default $WEFT_THREADS or the core count]
import os
import queue
import sys
import threading


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_range(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else int(
        os.environ.get("WEFT_THREADS") or os.cpu_count() or 1)
    chunks = 32
    step = limit // chunks
    work = queue.SimpleQueue()
    for i in range(chunks):
        work.put((i * step, limit if i == chunks - 1 else (i + 1) * step))
    total = [0]
    lock = threading.Lock()

    def worker():
        while True:
            try:
                lo, hi = work.get_nowait()
            except queue.Empty:
                return
            n = count_range(lo, hi)
            with lock:
                total[0] += n

    threads = [threading.Thread(target=worker) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"primes below {limit}: {total[0]}")


if __name__ == "__main__":
    main()
