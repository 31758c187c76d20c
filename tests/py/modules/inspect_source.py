# inspect source retrieval: getsource, getsourcelines, getcomments, getdoc, getfile.
import inspect
import linecache
import os
import sys


# A comment about simple.
# Second comment line.
def simple(a):
    return a  # trailing


def with_body_comment():
    x = 1
    # a comment inside, indented like the body
    return x
    # trailing comment at body level

# not part of the function
value = 1


@staticmethod
def decorated():
    pass


class Outer:
    """Outer doc.

        Indented more.
    Back.
    """

    # comment above method
    def method(self):
        """Method doc."""
        def inner():
            return 1
        return inner

    class Inner:
        def deep(self):
            pass

    @property
    def prop(self):
        """Prop doc."""
        return 1


class Child(Outer):
    def method(self):
        return 2

    @property
    def prop(self):
        return 2


lam = lambda x: (x +
                 1)
two_lambdas = [lambda: 1, lambda: 2]


def multiline_sig(a,
                  b=(1,
                     2)):
    '''Doc
    string.'''
    return (a,
            b)


if True:
    def nested_in_if():
        return 'if'


for obj in (simple, with_body_comment, decorated, Outer, Outer.method, Outer().method,
            Outer.Inner, Outer.Inner.deep, Child, lam, multiline_sig, nested_in_if,
            Outer.method(None)):
    lines, lnum = inspect.getsourcelines(obj)
    print(getattr(obj, '__qualname__', obj), lnum, len(lines))
    print(inspect.getsource(obj), end='---\n')

for obj in (simple, Outer, Outer.method, value, with_body_comment, Child.method, multiline_sig):
    print(repr(inspect.getcomments(obj)))

for obj in (Outer, Outer.method, Child.method, Child.prop, Child, Outer.__dict__['prop'],
            Child.__dict__['prop'], simple, multiline_sig, Outer(), [].append,
            Outer.Inner):
    print(repr(inspect.getdoc(obj)))

for doc in ['', 'one', '  one\n    two\n  three', '\n\n  lead\n    x\n\n', 'a\n\tb\n    c',
            'first\n\n   second\n      third\n', '   \n   ']:
    print(repr(inspect.cleandoc(doc)))

print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'))
print(inspect.getfile(simple), inspect.getsourcefile(simple), inspect.getfile(Outer))
print(inspect.getfile(simple.__code__), inspect.getfile(sys._getframe()))
print(inspect.getmodule(simple).__name__, inspect.getmodule(Outer.method).__name__,
      inspect.getmodule(inspect) is inspect, inspect.getmodule(len).__name__)
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('c.pyc'), inspect.getmodulename('c.txt'))
print(os.path.basename(inspect.getabsfile(simple)), os.path.isabs(inspect.getabsfile(simple)))
for bad in (1, len, sys):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in (len, 1):
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)

lines, lnum = inspect.findsource(Outer.method)
print(lnum, lines[lnum], len(lines) > 100)
print(inspect.getblock(['def f():\n', '    return 1\n', 'x = 2\n']))
print(inspect.getblock(['lambda: 1\n', 'y\n']))
print(inspect.getblock(['@d\n', 'def f(): pass\n', 'z\n']))
print(inspect.getblock(['class A:\n', '  a = 1\n', '\n', '  # c\n', '  b = 2\n', 'c\n']))

# A module written to a temporary directory.
d = '/tmp/inspect_source_%d' % os.getpid()
os.mkdir(d)
with open(os.path.join(d, 'insp_mod.py'), 'w') as f:
    f.write('#!/usr/bin/env python\n# Module comment.\n#\n# More.\n\n"""Module doc."""\n\n'
            'def f():\n    pass\n\n\nclass K:\n    pass\n')
sys.path.insert(0, d)
import insp_mod
print(inspect.getsource(insp_mod), end='---\n')
print(inspect.getsourcelines(insp_mod)[1], repr(inspect.getcomments(insp_mod)))
print(inspect.getdoc(insp_mod), inspect.getsource(insp_mod.K), end='')
print(inspect.getsourcefile(insp_mod) == os.path.join(d, 'insp_mod.py'))
print(inspect.getmodule(insp_mod.f) is insp_mod, inspect.getmodulename(insp_mod.__file__))

# Source changed on disk is seen after checkcache (getsource calls it).
with open(os.path.join(d, 'insp_mod.py'), 'a') as f:
    f.write('# appended\n')
print(len(inspect.findsource(insp_mod)[0]))
sys.path.pop(0)
os.remove(os.path.join(d, 'insp_mod.py'))
os.rmdir(d)
linecache.clearcache()

# Code without a file.
ns = {}
exec('def from_exec():\n    return 1\n', ns)
try:
    inspect.getsource(ns['from_exec'])
except OSError as e:
    print('OSError', e)
print(inspect.getsourcefile(ns['from_exec']))

# classes for getclasstree.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
tree = inspect.getclasstree([D, B, C, A])
def show(t, depth=0):
    for item in t:
        if isinstance(item, list):
            show(item, depth + 1)
        else:
            print('  ' * depth, item[0].__name__, [b.__name__ for b in item[1]])
show(tree)
show(inspect.getclasstree([D, B, C, A], unique=True))


# Class sources come from the line the class statement starts on.
def factory():
    class Local:
        x = 1
    return Local


class Dup:
    a = 1


class Dup:
    b = 2


@(lambda c: c)
class Decorated(
        object):
    pass


for cls in (factory(), Dup, Decorated):
    print(inspect.getsourcelines(cls)[1], inspect.getsource(cls), end='--\n')
Made = type('Made', (), {})
for obj in (Made, int):
    try:
        inspect.getsource(obj)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
