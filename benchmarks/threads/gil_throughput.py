# GIL throughput: total work per second of N CPU-bound threads relative to one thread.
# With a GIL the ideal is 1.0 for every N (no speedup, but no collapse from switching);
# without one it approaches N on N free cores.
# Usage: gil_throughput.py [threads list, default 1,2,4,8] [work units, default 40]
import sys
import threading
import time


def work(units):
    total = 0
    for _ in range(units):
        for i in range(100000):
            total += i & 7
    return total


def run(nthreads, units):
    threads = [threading.Thread(target=work, args=(units,)) for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def main():
    counts = [int(x) for x in (sys.argv[1] if len(sys.argv) > 1 else "1,2,4,8").split(",")]
    units = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    stats = getattr(sys, "_gil_stats", None)
    print("threads  seconds  work/s vs 1 thread  switches/s")
    for n in counts:
        # The same total work on one thread and on n threads, measured in alternation so
        # that both see the same machine, best of three each: this is a throughput
        # ceiling, and the machine is shared.
        one, many, switched = [], [], 0
        for _ in range(3):
            if n > 1:
                one.append(run(1, n * units))
            before = stats()["switches"] if stats else 0
            many.append(run(n, units))
            switched += (stats()["switches"] - before) if stats else 0
        elapsed = min(many)
        switches = "%.0f" % (switched / sum(many)) if stats else "n/a"
        ratio = min(one) / elapsed if one else 1.0
        print("%7d  %7.3f  %18.2f  %10s" % (n, elapsed, ratio, switches))


main()
