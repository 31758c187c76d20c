# GIL switching rate: two CPU-bound threads for a fixed time at several switch intervals.
# With a working drop-request mechanism the switches per second are close to 1/interval.
# Needs sys._gil_stats() (Weft); elsewhere it prints what it can.
import sys
import threading
import time


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1
    return n


def measure(interval, seconds=0.5):
    sys.setswitchinterval(interval)
    stop = threading.Event()
    threads = [threading.Thread(target=spin, args=(stop,)) for _ in range(2)]
    stats = getattr(sys, "_gil_stats", None)
    before = stats() if stats else None
    start = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    if not stats:
        return elapsed, None, None
    after = stats()
    return (elapsed, (after["switches"] - before["switches"]) / elapsed,
            (after["forced_drops"] - before["forced_drops"]) / elapsed)


def main():
    print("interval_ms  expected/s  switches/s  forced_drops/s")
    for interval in (0.001, 0.002, 0.005, 0.010, 0.020):
        elapsed, switches, forced = measure(interval)
        if switches is None:
            print("%11.1f  %10.0f  %10s  %14s" % (interval * 1e3, 1 / interval, "n/a", "n/a"))
        else:
            print("%11.1f  %10.0f  %10.0f  %14.0f" % (interval * 1e3, 1 / interval, switches, forced))
    sys.setswitchinterval(0.005)


main()
