import pprint
import re
import dataclasses

def noid(s):
    return re.sub(r'id=\d+', 'id=N', s)

a = [1, 2]
a.append(a)
print(noid(pprint.pformat(a)))
print(noid(pprint.saferepr(a)))
print(pprint.isrecursive(a), pprint.isreadable(a))
p = pprint.PrettyPrinter()
print(p.isrecursive(a), p.isreadable(a))
d = {'k': 1}
d['self'] = d
print(noid(pprint.pformat(d)))
print(pprint.isrecursive(d), pprint.isreadable(d))
big = {'pad': 'x' * 70, 'lst': [0] * 3}
big['lst'].append(big)
print(noid(pprint.pformat(big)))
t = ([],)
t[0].append(t)
print(noid(pprint.pformat(t)))
shared = [1, 2]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))

@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, repr=False)

@dataclasses.dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'Custom<%d>' % self.a

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int

@dataclasses.dataclass
class Node:
    name: str
    children: list

pt = Point(1, 2, ['tag%d' % i for i in range(15)])
print(pprint.pformat(pt))
print(pprint.pformat(pt, width=30))
print(pprint.pformat(Point(1, 2)))
print(pprint.pformat([Custom(i) for i in range(20)]))
print(pprint.pformat([Custom(5)] * 3, width=5))
print(pprint.pformat(NoRepr(3), width=5)[:8])
tree = Node('root', [Node('child%d' % i, [Node('leaf', [])]) for i in range(3)])
print(pprint.pformat(tree))
print(pprint.pformat(tree, width=40, indent=2))
print(pprint.pformat(tree, depth=2))
rec = Node('loop', [])
rec.children.append(rec)
rec.children.append('z' * 80)
print(noid(pprint.pformat(rec)))
print(pprint.pformat(Point, width=5))
