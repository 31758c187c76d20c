# hash() agrees across int, float and complex for equal values, and matches CPython's values.
vals = [0, 1, -1, -2, 2, 10**18, 2**61 - 1, 2**61, 2**62, -2**61, 2**64 + 5, -(2**64 + 5), 2**100, -(3**300), 12345678901234567890]
print([hash(v) for v in vals])
print([hash(float(v)) == hash(v) for v in vals if abs(v) < 2**1000])
print([hash(complex(v)) == hash(v) for v in vals if abs(v) < 2**1000])
fl = [0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1e300, 1e-300, 5e-324, 2.0**70, -2.0**61, 123.456, 1e16, float('inf'), float('-inf')]
print([hash(f) for f in fl])
print([hash(complex(a, b)) for a, b in [(1, 2), (0, 1), (-1, 0), (1.5, -2.5), (0.0, -0.0), (1e300, 1e-300)]])
print(hash(True), hash(False), hash(2.0) == hash(2), hash(-1.0), hash(-2**63), hash(2**63))
n1, n2 = float('nan'), float('nan')
print(hash(n1) == hash(n1), len({n1, n2}), len({1, 1.0, 1 + 0j, True}), len({0, -0.0, 0j, False}))
d = {}
for v in [1, 1.0, True, 2**64, float(2**64), 0.5]:
    d[v] = d.get(v, 0) + 1
print(sorted(d.values()))
