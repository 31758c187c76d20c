# del / assignment of extended list slices, including steps near sys.maxsize.
import sys
for size in (0, 1, 2, 5, 10, 11):
    for sl in (slice(9, None, sys.maxsize), slice(None, None, sys.maxsize), slice(None, None, -sys.maxsize),
               slice(1, None, 2), slice(None, None, -2), slice(-1, None, -3), slice(2, 8, 3), slice(0, None, 1 << 62),
               slice(None, None, -(1 << 62)), slice(3, 1, 2), slice(size, None, 5)):
        a = list(range(size))
        del a[sl]
        b = list(range(size))
        b[sl] = []  if len(range(size)[sl]) == 0 else [None] * len(range(size)[sl])
        print(size, sl, a, b)
a = list(range(10))
del a[9::1 << 333]
print(a)
