# Limits of arguments: itertools counts that do not fit a C ssize_t or cannot be allocated,
# and struct_time fields (C ints, then the ranges asctime/strftime check).
import itertools, time
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
for fac in (itertools.combinations, itertools.combinations_with_replacement, itertools.permutations):
    t(lambda: fac(range(5), 2**64))
    t(lambda: fac(range(5), 2**62))
    t(lambda: fac(range(5), -1))
t(lambda: itertools.combinations(range(5), 2**44))
t(lambda: itertools.product([1,2], repeat=2**60))
t(lambda: itertools.product([1,2], repeat=2**64))
t(lambda: itertools.product([1], repeat=-1))
t(lambda: list(itertools.product(repeat=2**62)))
t(lambda: itertools.repeat(1, 2**64))
t(lambda: itertools.islice(range(3), 2**64))
for c in [(2147483648, 1, 1, 0, 0, 0, 0, 0, 0), (2024, 2147483648, 1, 0, 0, 0, 0, 0, 0), (88888888888,)*9]:
    t(lambda: time.mktime(c)); t(lambda: time.asctime(c)); t(lambda: time.strftime('%Y', c))
t(lambda: time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, 0)))
t(lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 0, 0)))
t(lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 0, 0)))
t(lambda: time.strftime('%Y', (2024, 1, 32, 0, 0, 0, 0, 0, 0)))
t(lambda: time.strftime('%Y', (2024, 1, 1, 24, 0, 0, 0, 0, 0)))
t(lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 62, 0, 0, 0)))
t(lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 7, 0, 0)))
t(lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 367, 0)))
t(lambda: time.strftime('%Y', (2024, 0, 0, 0, 0, 0, -1, 0, 0)))
t(lambda: time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
