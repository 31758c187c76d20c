# CPU-bound demo: count primes below a bound with trial division, in N chunks.
# Prints a checksum that must be identical on every interpreter.
import sys


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
    chunks = 8
    step = limit // chunks
    total = 0
    for i in range(chunks):
        total += count_range(i * step, limit if i == chunks - 1 else (i + 1) * step)
    print(f"primes below {limit}: {total}")


if __name__ == "__main__":
    main()
