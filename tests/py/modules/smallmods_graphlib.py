import graphlib
from graphlib import TopologicalSorter, CycleError
g = {'d': {'b','c'} and ['b','c'], 'c': ['a'], 'b': ['a'], 'e': []}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter(); ts.add(1, 2, 3); ts.add(2, 4); ts.add(5)
try: ts.get_ready()
except ValueError as e: print(e)
try: ts.is_active()
except ValueError as e: print(e)
ts.prepare()
try: ts.prepare()
except ValueError as e: print(e)
try: ts.add(9)
except ValueError as e: print(e)
print(ts.is_active(), bool(ts))
r = ts.get_ready(); print(r)
for bad in (99, 1):
    try: ts.done(bad)
    except ValueError as e: print(e)
ts.done(*r); print(ts.get_ready())
try: ts.done(3)
except ValueError as e: print(e)
ts.done(2); print(ts.get_ready()); ts.done(1); print(ts.is_active(), ts.get_ready())
for graph in [{1: [2], 2: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['a']}, {1: [2], 2: [3], 3: [4], 4: [2]}, {0: [0]}, {1: [2, 3], 3: [4], 4: [1]}]:
    try: list(TopologicalSorter(graph).static_order())
    except CycleError as e: print(type(e).__mro__[1].__name__, e.args, e)
print(TopologicalSorter[int])
ts = TopologicalSorter(); ts.add('a','b'); ts.add('a','b'); print(list(ts.static_order()))
# a graph given to the constructor, then nodes added one at a time
ts = TopologicalSorter({'x': ['y']})
ts.add('y', 'z')
ts.add('w')
print(list(ts.static_order()))
print(list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add(1)
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done(1)
print(ts.is_active())
try:
    ts.done(1)
except ValueError as e:
    print(e)
print(issubclass(CycleError, ValueError), graphlib.__all__)
try:
    TopologicalSorter({1: [[]]})
except TypeError as e:
    print(type(e).__name__)
