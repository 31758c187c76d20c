# Error messages shared by the containers (unhashable items, bad operands, mutation).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('set of lists', lambda: {[1], [2]})
show('dict key list', lambda: {[]: 0})
show('dict key dict', lambda: {{}: 0})
show('set of sets', lambda: {{1}})
show('tuple with list', lambda: {(1, [2])})
show('in dict', lambda: [] in {})
show('list plus int', lambda: [] + 1)
show('int plus list', lambda: 1 + [])
show('tuple plus str', lambda: () + 'a')
show('dict plus', lambda: {} + {})
show('set plus', lambda: {1} + {2})
show('list minus', lambda: [1] - [1])
show('list iadd int', lambda: [].__iadd__(1))
show('tuple iadd', lambda: ().__iadd__)
show('neg list', lambda: -[1])
show('range plus', lambda: range(1) + range(2))
one = [1]
show('list call', lambda: one())
show('list attr', lambda: [].foo)
show('dict attr', lambda: {}.append)
show('len int', lambda: len(5))
fl = 1.0
show('list index float', lambda: one[fl])
nn = None
show('tuple index None', lambda: (1,)[nn])
show('range index str', lambda: range(3)['x'])
st = {1}
show('set index', lambda: st[0])
show('dict slice', lambda: {}[1:2])
show('del tuple', lambda: ().__delitem__(0))
def f():
    l = [1, 2, 3]
    for x in l:
        l.remove(x)
    return l
show('remove while iterating', f)
def g():
    d = dict.fromkeys(range(3))
    for k in d:
        d.pop(k)
show('pop while iterating', g)
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
show('bad hash set', lambda: {BadHash()})
show('bad hash dict', lambda: {BadHash(): 1})
show('bad hash in', lambda: BadHash() in {1: 2})
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError('no eq')
show('bad eq list', lambda: BadEq() in [1, 2])
show('bad eq same', lambda: (lambda b: b in [b])(BadEq()))
show('bad eq dict', lambda: {BadEq(): 1, BadEq(): 2})
show('bad eq set', lambda: {BadEq(), BadEq()})
class Ident:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
i = Ident()
print(i in [i], [i] == [i], (i,) == (i,), i in {i}, {i: 1}[i], [i].index(i), [i].count(i))
nan = float('nan')
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan in {nan}, [nan].count(nan))
class Mutator:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    def __hash__(self):
        return 7
d = {}
d[Mutator(d)] = 1
try:
    print(Mutator(d) in d, len(d))
except Exception as e:
    print(type(e).__name__, e)
