# GIL hand-back latency: a thread sleeping 1 ms in a loop while K CPU-bound threads run.
# The overshoot of each sleep is the time the sleeper waited to get the GIL back; with a
# 5 ms switch interval it should stay within about one interval plus 1 ms.
import sys
import threading
import time


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1


def sleeper(samples, count):
    for _ in range(count):
        t0 = time.perf_counter()
        time.sleep(0.001)
        samples.append(time.perf_counter() - t0 - 0.001)


def pct(sorted_values, p):
    k = min(len(sorted_values) - 1, int(p / 100.0 * len(sorted_values)))
    return sorted_values[k] * 1e3


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    interval = sys.getswitchinterval() * 1e3
    print("switch interval %.1f ms; sleeper overshoot in ms" % interval)
    print("cpu_threads   p50    p90    p99    max   within interval+1ms")
    for k in (0, 1, 2, 4):
        stop = threading.Event()
        spinners = [threading.Thread(target=spin, args=(stop,)) for _ in range(k)]
        for t in spinners:
            t.start()
        samples = []
        s = threading.Thread(target=sleeper, args=(samples, count))
        s.start()
        s.join()
        stop.set()
        for t in spinners:
            t.join()
        samples.sort()
        ok = sum(1 for v in samples if v * 1e3 <= interval + 1.0) / len(samples)
        print("%11d  %5.2f  %5.2f  %5.2f  %5.2f   %5.1f%%" % (
            k, pct(samples, 50), pct(samples, 90), pct(samples, 99), samples[-1] * 1e3, ok * 100))


main()
