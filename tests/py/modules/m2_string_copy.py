# string (constants, Template, Formatter, capwords) and copy (shallow, deep, hooks, memo, cycles).
import string
import copy

print(string.ascii_lowercase, string.ascii_uppercase, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.printable[-6:] == string.whitespace)
print(string.capwords('  hello   big\tworld  '), string.capwords('a-b c-d', '-'), string.capwords(''))
t = string.Template('Dear $name, you owe $$${amount} for ${item}s.')
print(t.substitute(name='Ann', amount='5.00', item='apple'), t.template)
print(t.safe_substitute(name='Bob'), t.substitute({'name': 'X', 'amount': 1}, item='pen'))
print(t.get_identifiers(), t.is_valid(), string.Template('$bad $').is_valid())
for tmpl, kw in [('$who', {}), ('${who', {'who': 1}), ('$ ', {}), ('$1', {})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('$who and ${who}').safe_substitute(), string.Template('$$ $').safe_substitute())


class PctTemplate(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'


print(PctTemplate('%user owes %%%amt').substitute(user='z', amt=3))
f = string.Formatter()
print(f.format('{0} + {1} = {total}', 2, 3, total=5), f.format('{:>6.2f}|{!r}', 3.14159, 'x'))
print(f.format('{a[0]}-{b.real}', a=[9], b=4), f.vformat('{x}{y}', (), {'x': 1, 'y': 2}))
print(list(f.parse('a{0}b{name!r:>5}c')), list(f.parse('')), f.format('{{lit}} {0}', 1))


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}?>')
        return super().get_value(key, args, kwargs)


print(DefaultFormatter().format('{a} {b} {0}', 'pos', a=1))
for bad in [lambda: f.format('{0}'), lambda: f.format('{x}'), lambda: f.format('{0!z}', 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# copy
orig = {'name': 'cfg', 'tags': ['a', 'b'], 'nested': {'depth': [1, [2, 3]]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['tags'].append('c')
orig['nested']['depth'][1].append(4)
print(sh['tags'], dp['tags'], sh['nested'] is orig['nested'], dp['nested']['depth'])
print(copy.copy(5), copy.deepcopy((1, 2)) == (1, 2))
tup = (1, [2])
print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup, copy.deepcopy((1, 2, 'x')))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, len(cc))
d = {}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self


root = Node('r', [Node('a'), Node('b')])
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[1].val, r2 is not root, r2.children[0] is not root.children[0])


class Resource:
    def __init__(self, ident):
        self.ident = ident
        self.log = []

    def __copy__(self):
        new = Resource(self.ident + '-copy')
        new.log = self.log
        return new

    def __deepcopy__(self, memo):
        new = Resource(self.ident + '-deep')
        memo[id(self)] = new
        new.log = copy.deepcopy(self.log, memo)
        return new


r = Resource('db')
r.log.append('open')
a, b = copy.copy(r), copy.deepcopy(r)
print(a.ident, a.log is r.log, b.ident, b.log == r.log, b.log is r.log)
print([x.ident for x in copy.deepcopy([r, r])], len({id(x) for x in copy.deepcopy([r, r])}))
memo = {}
lst = [1, 2]
c1 = copy.deepcopy(lst, memo)
c2 = copy.deepcopy(lst, memo)
print(c1 is c2, id(lst) in memo)


class Slots:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = [1]


s2 = copy.deepcopy(Slots())
print(s2.x, hasattr(s2, 'y'), copy.copy(Slots()).x)
print(copy.deepcopy(Node) is Node, copy.copy(len) is len, copy.deepcopy({1, 2}), copy.copy(frozenset([3])))
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
print(copy.replace(Pt(1, 2), y=5))
for bad in [lambda: copy.replace(Pt(1, 2), z=1), lambda: copy.replace([1], x=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
