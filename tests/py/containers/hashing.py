# Hashes of containers match CPython (so dict/set layouts agree).
print(hash(()), hash((0,)), hash((1, 2)), hash(('',)) == hash(('',)), hash((None, None)) == hash((None, None)))
print(hash((1, (2, (3, (4,))))), hash(tuple(range(50))), hash((-1,)), hash((-2,)), hash((2 ** 61 - 1,)))
print(hash((1.0,)) == hash((1,)), hash((True,)) == hash((1,)), hash((0.5, -0.5)))
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1, 2])), hash(frozenset(range(-5, 5))))
print(hash(frozenset([(1, 2), (2, 1)])), hash(frozenset([frozenset(), frozenset([frozenset()])])))
print(hash(range(0)), hash(range(1)), hash(range(3)), hash(range(-3, 3, 2)), hash(range(10 ** 20)))
print(hash(slice(None)), hash(slice(1, 2)), hash(slice(1, 2, 3)), hash(slice(-1, None, -1)))
print(sorted(map(hash, [(i, -i) for i in range(5)])))
s = {(i, j) for i in range(6) for j in range(i)}
print(s)
print({frozenset([i, i + 1]) for i in range(6)})
print({range(i) for i in range(4)}, {slice(i) for i in range(3)})
