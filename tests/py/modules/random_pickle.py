# random.Random pickles and copies by state.
import random, pickle, copy
r = random.Random(5)
r.random()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r2 = pickle.loads(pickle.dumps(r, proto))
    print(proto, r.random() == r2.random() or 'diff', type(r2).__name__)
    r2.random()
r3 = copy.copy(r); r4 = copy.deepcopy(r)
print(r.random() == r3.random() == r4.random())
class Mine(random.Random):
    pass
m = Mine(3); m2 = pickle.loads(pickle.dumps(m)); print(type(m2).__name__, m.random() == m2.random())
print(r.__reduce__()[0].__name__, r.__reduce__()[1])
