# range iterators: the int64 kind only when the value after the last one cannot overflow.
import pickle, sys
M = sys.maxsize
for t in [(M - 1, M, 2), (1, 2, M), (-M, -M - 1, -2), (0, 10, 3), (M - 10, M - 1), (-5, 5, 2 ** 70)]:
    it = iter(range(*t))
    print(t, type(it).__name__, type(pickle.loads(pickle.dumps(it))).__name__, list(it)[:3])
