# Set displays: CPython folds constant items into a frozenset merged into a new set
# (SET_UPDATE), and folds constant expressions like 2 ** 40 first; the order shows it.
print({5, 3, 1, 100, 7, 64, 8, 9, 33, 17})
print({1000000, 1, 500, 2 ** 31, 77, 12345678})
print({-1, -2, 0, 2 ** 40, 2 ** 64, -2 ** 63, 10 ** 20})
print({1.5, 2.5, 0.1, -0.0, 3.0, 1e300, float('inf')})
print({(1, 2), (2, 1), (0, 0), (3,), ()})
print({-5, -4, -3, -2, -1}, {2 ** 61 - 1, 2 ** 61, 2 ** 62})
x = 77
print({1000000, 1, 500, 2147483648, x, 12345678}, {*[1000000, 1, 500], 2147483648, 77, 12345678})
print({*range(10), 100, 64}, {*{1000000, 1, 500, 2147483648, 77, 12345678}})
print({i: None for i in (1000000, 1, 500, 2147483648, 77, 12345678)}.keys() | set())
