# Closures: counters, adders and accumulators built from nested functions, nonlocal
# updates, functions returned and called through data structures, and decorators.
import sys


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


def make_adder(k):
    return lambda x: x + k


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


def trace_calls(f):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@trace_calls
def scaled(x, factor=2):
    return x * factor


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    counter = make_counter()
    adders = [make_adder(k) for k in range(10)]
    pipeline = compose(*adders[:5])
    total = 0
    for i in range(n):
        counter()
        total += adders[i % 10](i)
        total += pipeline(i) - i
        total += scaled(i, factor=3) - scaled(i)

    @memoize
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)
    print(counter(0), total, scaled.calls[0], fib(300) % 1000000007)


main()
