# doctest: DocTestFinder on an imported module (names, line numbers, which
# objects are searched) and testmod on it.
import doctest
import io
import os
import shutil
import sys
import tempfile

SOURCE = '''"""Module doc.

>>> 1
1
"""
import functools


def deco(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@deco
def decorated(x):
    """
    >>> decorated(2)
    2
    """
    return x


def plain():
    \'\'\'Single quotes.

    >>> plain()
    'p'
    \'\'\'
    return 'p'


def nodoc():
    return 0


def empty_doc():
    """No examples here."""


class Base:
    """Base class.

    >>> Base().name()
    'base'
    """

    def name(self):
        """
        >>> Base().name()
        'base'
        """
        return 'base'

    @property
    def value(self):
        """
        >>> Base().value
        42
        """
        return 42

    @staticmethod
    def smeth():
        """
        >>> Base.smeth()
        's'
        """
        return 's'

    @classmethod
    def cmeth(cls):
        """
        >>> Base.cmeth()
        'Base'
        """
        return cls.__name__

    class Nested:
        """
        >>> Base.Nested.__name__
        'Nested'
        """

        def deep(self):
            """
            >>> 'deep'
            'deep'
            """


class Child(Base):
    """
    >>> Child().name()
    'base'
    """


lam = lambda: None
lam.__doc__ = """
>>> 'lambda'
'lambda'
"""

from os.path import join  # not from this module: skipped

__test__ = {
    'text': """
    >>> 'from __test__'
    'from __test__'
    """,
    'fn': plain,
    'klass': Child,
}
'''

tmp = tempfile.mkdtemp()
try:
    with open(os.path.join(tmp, 'dt_target.py'), 'w') as f:
        f.write(SOURCE)
    sys.path.insert(0, tmp)
    import dt_target
    del sys.path[0]
    for exclude in (True, False):
        print('--- exclude_empty', exclude)
        finder = doctest.DocTestFinder(exclude_empty=exclude)
        for t in finder.find(dt_target):
            print(t.name, t.lineno, os.path.basename(t.filename or 'None'),
                  len(t.examples), [e.lineno for e in t.examples])
    print('--- recurse=False')
    for t in doctest.DocTestFinder(recurse=False).find(dt_target):
        print(t.name, t.lineno, len(t.examples))
    print('--- single objects')
    finder = doctest.DocTestFinder()
    for obj in (dt_target.Base, dt_target.decorated, dt_target.Base.value):
        for t in finder.find(obj, module=dt_target):
            print(t.name, t.lineno, len(t.examples))
    for t in finder.find(dt_target.plain, 'renamed', module=False,
                         globs={'plain': dt_target.plain}):
        print(t.name, t.lineno, t.filename, sorted(t.globs))
    try:
        finder.find(42)
    except ValueError as e:
        print(type(e).__name__, e)
    print('--- verbose finder')
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        doctest.DocTestFinder(verbose=True).find(dt_target.Base)
    finally:
        sys.stdout = saved
    print(buf.getvalue(), end='')
    print('--- testmod')
    sys.stdout = buf = io.StringIO()
    try:
        r = doctest.testmod(dt_target, verbose=True)
    finally:
        sys.stdout = saved
    print(buf.getvalue().replace(tmp, 'TMP'), end='')
    print(r)
    print('--- globs, extraglobs')
    tests = finder.find(dt_target, globs={'a': 1}, extraglobs={'b': 2})
    print(sorted(tests[0].globs))
    print('--- bad __test__')
    dt_target.__test__ = {1: 'x'}
    try:
        finder.find(dt_target)
    except ValueError as e:
        print(type(e).__name__, e)
    dt_target.__test__ = {'x': 5}
    try:
        finder.find(dt_target)
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    shutil.rmtree(tmp)
