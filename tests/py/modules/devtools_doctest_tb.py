# doctest: the tracebacks reported for examples that raise, with their
# source lines and carets.
import doctest
import re
import sys

TEXT = r'''
>>> 1/0
>>> x = 1/0
>>> [1][5]
>>> {}['a']
>>> int('z')
>>> len(5) + 1
>>> -(1/0)
>>> f = lambda: 1/0
>>> f()
>>> y = f()
>>> (1).real.imag.nope
>>> 2 ** 'a'
>>> 'a' - 1  # comment
>>> print(undefined_name)
>>> undefined
>>> raise ValueError('v')
>>> import no_such_module_here
>>> def g(n):
...     if n:
...         return g(n - 1)
...     return {}['k'] + 1
>>> g(2)
>>> def h():
...     return int('q')
>>> h()
>>> [][0] * 3
>>> 3 * [][0]
>>> abs(*[1, 2]) # trailing
>>> try:
...     1/0
... except ZeroDivisionError:
...     raise KeyError('k') from None
>>> try:
...     1/0
... except ZeroDivisionError as e:
...     raise KeyError('chained') from e
>>> def 1bad(): pass
>>> x = (1,
...      2)[7]
>>> int(
...     'q'
... )
>>> y = int(
...     'r')
>>> d = {}
>>> d[
...   'a'
...   ][
...   'b']
>>> result = (1 +
...     2 +
...     3 +
...     4 +
...     5 +
...     6 +
...     'x' +
...     7)
>>> (lambda: 1 / 0)()
>>> len(5) # doctest: +ELLIPSIS
>>> [1, 2].index(
...     3)  # comment
'''


def clean(text):
    # Drop the entry of doctest's runner frame (installation dependent).
    out = []
    skip = False
    for line in text.splitlines(True):
        m = re.match(r'( +)File "([^"]*)"', line)
        if m:
            skip = m.group(2).endswith('doctest.py')
            indent = len(m.group(1))
        elif skip and (len(line) - len(line.lstrip(' ')) <= indent):
            skip = False
        if not skip:
            out.append(line)
    return ''.join(out)


parts = []
test = doctest.DocTestParser().get_doctest(TEXT, {}, 'tb', 'tb.txt', 0)
runner = doctest.DocTestRunner(verbose=False)
r = runner.run(test, out=parts.append)
print(clean(''.join(parts)))
print(r)
