import pprint
import io

data = {'name': 'weft', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4)}],
        'c': 'x' * 50}, 'tuple1': (1,), 'empty': [], 'emptyd': {}, 'emptyt': (),
        'set': {5, 3, 1}, 'fs': frozenset({'q', 'p'}), 'none': None, 'f': 1.5,
        'cplx': 1j, 'bool': True}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
print(pprint.pformat(data, width=20, indent=2, compact=True))
for w in (1, 5, 10, 20, 35):
    print(pprint.pformat(list(range(20)), width=w, compact=True))
    print(pprint.pformat([[1, 2, 3], [4, 5], (6, 7, 8), {9: 10}], width=w))
print(pprint.pformat((1,), width=1))
print(pprint.pformat(((1,),), width=1))
print(pprint.pformat([(1, 2), [3]], width=1, indent=3))
print(pprint.pformat({'a': {'b': {'c': {'d': 1}}}}, depth=2))
print(pprint.pformat([[[[1]]]], depth=3))
print(pprint.pformat(((((1,),),),), depth=2))
print(pprint.pformat(12345678901234, underscore_numbers=True))
print(pprint.pformat([1234567, {1000: 2000000}], underscore_numbers=True))
print(pprint.pformat([True, 1.0e10, 1000000], underscore_numbers=True))
s = io.StringIO()
pprint.pprint({'b': 1, 'a': 2}, stream=s)
pprint.pprint([1, 2], s, 2, 3)
print(repr(s.getvalue()))
p = pprint.PrettyPrinter(width=30, indent=2)
print(p.pformat(data))
p.pprint([1, 2, 3])
print(p.isreadable([1, 2]), p.isrecursive([1, 2]))
print(p.format([1, {'a': 2}], {}, 0, 0))
print(p.format(object(), {}, 0, 0)[1:])
for bad in [dict(indent=-1), dict(depth=0), dict(depth=-3), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pprint.PrettyPrinter(indent='x')
except Exception as e:
    print(type(e).__name__, e)
print(pprint.PrettyPrinter(indent='3', width='20').pformat(list(range(8))))
# mixed unorderable keys sort by type name
print(pprint.pformat({1: 'a', 'b': 2, 2.5: 'c', None: 0}))
print(pprint.pformat({3, 'a', 1, 'b'}))
print(pprint.pformat({(1, 'a'), (1, 2)}))
print(pprint.saferepr({'x': [1, 2], 'a': (3,)}))
print(pprint.isreadable([1, 'a', None]), pprint.isreadable(object()), pprint.isreadable(pprint))
print(pprint.isrecursive([1]), pprint.isreadable(1.5))
print(pprint.pformat(set()), pprint.pformat(frozenset()), pprint.pformat(frozenset(range(30))))
print(pprint.pformat(set(range(40)), width=30, compact=True))
print(pprint.pformat(frozenset(range(12)), width=30))
print(pprint.pformat({'k': frozenset(range(12))}, width=30))
print(sorted(pprint.__all__))

class Upper(pprint.PrettyPrinter):
    # format() is the documented hook for customising element text.
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=20).pformat({'key': ['abc', 'def', {'x': 'yz'}], 'k2': 'v'}))
s = io.StringIO()
pprint.pp({'z': 1, 'a': list(range(12))}, s, width=20)
pprint.pp({'z': 1, 'a': 2}, stream=s, sort_dicts=True)
print(s.getvalue(), end='')
p = pprint.PrettyPrinter(stream=s)
import sys
old = sys.stdout
sys.stdout = io.StringIO()
try:
    pprint.PrettyPrinter().pprint(['captured'])
    captured = sys.stdout.getvalue()
finally:
    sys.stdout = old
print(repr(captured))
print(pprint.pformat([1, 2], width=-5), pprint.pformat({'a': 1}, indent=0, width=1))
print(pprint.pformat({'a': [1, 2], 'b': 3}, indent=0, width=1))
print(pprint.pformat(-12345678, underscore_numbers=True), pprint.pformat(3.5e20, underscore_numbers=True))
class BigInt(int):
    pass
print(pprint.pformat(BigInt(10 ** 10), underscore_numbers=True), pprint.saferepr(BigInt(5)))
print(pprint.pformat({(1, 2): {3: [4]}, (0,): None}, width=10))
print(pprint.PrettyPrinter(depth=1).pformat([[1], {'a': 1}, (2,), [], {}, ()]))
print(pprint.PrettyPrinter(depth=1).isreadable([[1]]), pprint.PrettyPrinter(depth=2).isreadable([[1]]))
