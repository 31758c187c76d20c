# Pickling iterators: dict and set iterators, zip (with strict), map, filter, enumerate, reversed.
import pickle, copy
def check(name, make, advance=1):
    it = make()
    for _ in range(advance):
        next(it)
    try:
        data = pickle.dumps(it)
        it2 = pickle.loads(data)
        print(name, list(it2), list(it), type(it2).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
check('dict_keys', lambda: iter(d))
check('dict_values', lambda: iter(d.values()))
check('dict_items', lambda: iter(d.items()))
check('dict_rev', lambda: reversed(d))
check('set', lambda: iter({1}), 0)
check('list', lambda: iter([1, 2, 3]))
check('list_rev', lambda: reversed([1, 2, 3]))
check('tuple', lambda: iter((1, 2, 3)))
check('str', lambda: iter('abc'))
check('bytes', lambda: iter(b'abc'))
check('range', lambda: iter(range(5)))
check('zip', lambda: zip([1, 2, 3], 'abc'))
check('map', lambda: map(abs, [-1, -2, -3]))
check('filter', lambda: filter(None, [0, 1, 2, 0, 3]))
check('enumerate', lambda: enumerate('abc'))
check('reversed_seq', lambda: reversed('abc'))
check('bytearray', lambda: iter(bytearray(b'abc')))
# zip strict survives pickling; exhausted iterators pickle as empty ones.
z = zip([1, 2], [3], strict=True)
z2 = pickle.loads(pickle.dumps(z))
try:
    list(z2)
except ValueError as e:
    print('ValueError', e)
r = reversed('ab'); list(r); print(list(pickle.loads(pickle.dumps(r))), r.__reduce__()[1])
e = enumerate('abc', 10); next(e); print(e.__reduce__()[1][1], list(copy.copy(e)))
it = iter({'x': 1}); list(it); print(list(pickle.loads(pickle.dumps(it))))
