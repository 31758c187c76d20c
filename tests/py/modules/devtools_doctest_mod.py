# doctest: testmod over this script's own docstrings, quiet and verbose.
"""Module docstring.

>>> 1 + 1
2
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
"""
import doctest
import io
import re
import sys


def clean(text):
    # Drop the traceback entry of doctest's own runner frame: its path and
    # line depend on the installation.
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


def run(func, *args, **kw):
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = func(*args, **kw)
    finally:
        sys.stdout = saved
    print(clean(buf.getvalue()), end='')
    return result


def add(a, b):
    """Add two things.

    >>> add(1, 2)
    3
    >>> add('x', 'y')
    'xy'
    >>> add(1, 1)   # wrong on purpose
    3
    """
    return a + b


def boom():
    """
    >>> boom()
    Traceback (most recent call last):
      ...
    ValueError: bad thing
    >>> boom()      # wrong message
    Traceback (most recent call last):
    ValueError: other thing
    >>> boom()  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mymod.ValueError: other thing
    >>> int('z')
    0
    """
    raise ValueError("bad thing")


class Thing:
    """A thing.

    >>> t = Thing(3)
    >>> t.value
    3
    """

    def __init__(self, value):
        self.value = value

    def double(self):
        """
        >>> Thing(4).double()
        8
        """
        return self.value * 2

    @staticmethod
    def stat():
        """
        >>> Thing.stat()
        'static'
        """
        return 'static'

    @classmethod
    def make(cls):
        """
        >>> Thing.make().value
        0
        >>> Thing.make().value
        1
        """
        return cls(0)

    @property
    def prop(self):
        """
        >>> Thing(5).prop
        50
        """
        return self.value * 10

    class Inner:
        """
        >>> Thing.Inner.__name__
        'Inner'
        """


def nodoc():
    pass


def flags():
    """
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> 3 > 2
    1
    >>> 3 > 2   # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> this_is_skipped()  # doctest: +SKIP
    42
    >>> print('')
    <BLANKLINE>
    >>> x = 5
    >>> x
    5
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    """


__test__ = {
    'extra': """
        >>> 2 * 21
        42
        >>> 'bad'
        'good'
    """,
    'func': nodoc,
}

print("=== quiet")
r = run(doctest.testmod)
print(r, r.failed, r.attempted, r.skipped)
print("=== verbose")
r = run(doctest.testmod, verbose=True)
print(r)
print("=== exclude_empty / name / report=False")
r = run(doctest.testmod, name='other', report=False, exclude_empty=True)
print(r)
print("=== optionflags REPORT_ONLY_FIRST_FAILURE")
r = run(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print(r)
print("=== FAIL_FAST")
r = run(doctest.testmod, optionflags=doctest.FAIL_FAST)
print(r)
print("=== master")
print(type(doctest.master).__name__, doctest.master.failures > 0)
print("=== finder")
finder = doctest.DocTestFinder()
for t in finder.find(sys.modules['__main__']):
    print(t.name, t.lineno, len(t.examples), [e.lineno for e in t.examples])
for t in doctest.DocTestFinder(exclude_empty=False).find(Thing):
    print(repr(t).replace(__file__, 'FILE'))
