# doctest: parser, checker, option flags, diffs, runners, unittest glue,
# testfile and the command line.
import doctest
import os
import subprocess
import sys
import tempfile
import unittest

P = doctest.DocTestParser()

print("--- flags")
for name in sorted(doctest.OPTIONFLAGS_BY_NAME):
    print(name, doctest.OPTIONFLAGS_BY_NAME[name])
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(doctest.register_optionflag('ELLIPSIS'))
print(doctest.register_optionflag('MY_FLAG'))
del doctest.OPTIONFLAGS_BY_NAME['MY_FLAG']

print("--- TestResults")
r = doctest.TestResults(1, 5)
print(r, r.skipped, tuple(r))
r = doctest.TestResults(0, 3, skipped=2)
print(r, r.failed, r.attempted, r.skipped)
f, a = r
print(f, a)

print("--- parser")
text = '''
Some text.
    >>> x = 1
    >>> x + 1   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    2
    >>> def f():
    ...     return 3
    ...
    >>> f()
    3

    >>> raise KeyError('k')
    Traceback (most recent call last):
      File "x", line 1
    KeyError: 'k'
    >>> # just a comment
    >>> print('tab\\there')
    tab\there
'''
for piece in P.parse(text, 'demo'):
    if isinstance(piece, doctest.Example):
        print('EX', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, sorted(piece.options.items()))
    else:
        print('TEXT', repr(piece))
t = P.get_doctest(text, {'a': 1}, 'demo', 'demo.txt', 10)
print(t, t.globs, t.lineno, t.filename, len(t.examples))
print(repr(P.get_doctest('', {}, 'e', None, None)))
print(repr(P.get_doctest('>>> 1\n1', {}, 'one', 'f', 0)))
for bad in ['>>>x = 1', '  >>> x = 1\n ... y', '>>> 1\n  >>> 2',
            '>>> x # doctest: +NOPE', '>>> # doctest: +ELLIPSIS',
            '  >>> print(1)\n 1']:
    try:
        P.parse(bad, 'bad')
    except ValueError as e:
        print(type(e).__name__, e)
e1 = doctest.Example('1', '1')
print(repr(e1.source), repr(e1.want), e1 == doctest.Example('1\n', '1\n'),
      e1 == doctest.Example('2', '1'), hash(e1) == hash(doctest.Example('1', '1')))
print(doctest.Example('x', '', exc_msg='E').exc_msg)

print("--- checker")
C = doctest.OutputChecker()
cases = [
    ('1\n', 'True\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('0\n', 'False\n', 0),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE),
    ('a\n\nb\n', 'a\n   \nb\n', 0),
    ('a  b\n c\n', 'a b c\n', doctest.NORMALIZE_WHITESPACE),
    ('a  b\n c\n', 'a b c\n', 0),
    ('a...z\n', 'abcz\n', doctest.ELLIPSIS),
    ('a...z\n', 'abcz\n', 0),
    ('aa...aa\n', 'aaa\n', doctest.ELLIPSIS),
    ('...\n', 'anything\n', doctest.ELLIPSIS),
    ('x...y...z\n', 'x1y2z\n', doctest.ELLIPSIS),
    ('x...y...z\n', 'x1z2y\n', doctest.ELLIPSIS),
    ('[0, 1, ..., 9]\n', str(list(range(10))) + '\n', doctest.ELLIPSIS),
    ('\u00e9\n', '\u00e9\n', 0),
    ('\\xe9\n', '\u00e9\n', 0),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, C.check_output(want, got, flags))

print("--- output_difference")
want = 'one\ntwo\nthree\nfour\nfive\n'
got = 'one\ntwo\nTHREE\nfour\nfive\n\n'
ex = doctest.Example('f()', want)
for flags in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF,
              doctest.REPORT_NDIFF, doctest.DONT_ACCEPT_BLANKLINE]:
    print(C.output_difference(ex, got, flags), end='')
print(C.output_difference(doctest.Example('f()', 'a\n'), 'b\n', doctest.REPORT_UDIFF), end='')
print(C.output_difference(doctest.Example('f()', ''), 'b\n', 0), end='')
print(C.output_difference(doctest.Example('f()', 'a\n'), '', 0), end='')
print(C.output_difference(doctest.Example('f()', ''), '', 0), end='')

print("--- runner")
src = '''
>>> a = [1, 2, 3]
>>> a
[1, 2, 3]
>>> a.append(4)
>>> a
[1, 2, 3]
>>> print('x')
y
>>> len(a)  # doctest: +SKIP
99
>>> 'z'
'z'
'''
def runit(flags=0, verbose=False, cls=doctest.DocTestRunner):
    out = []
    t = P.get_doctest(src, {}, 'rt', 'rt.txt', 3)
    runner = cls(verbose=verbose, optionflags=flags)
    try:
        res = runner.run(t, out=out.append)
    except (doctest.DocTestFailure, doctest.UnexpectedException) as e:
        print(type(e).__name__, e, e.example.source.strip(), sorted(t.globs))
        return runner
    print(''.join(out), end='')
    print(res, runner.failures, runner.tries, runner.skips, t.globs)
    return runner
runit()
runit(verbose=True)
runit(doctest.REPORT_ONLY_FIRST_FAILURE)
runit(doctest.FAIL_FAST)
rn = runit(doctest.REPORT_NDIFF)
res = rn.summarize(verbose=True)
print(res)
rn2 = runit(cls=doctest.DebugRunner)
t = P.get_doctest('>>> raise KeyError(3)\n', {}, 'dbg', 'd.txt', 0)
try:
    doctest.DebugRunner(verbose=False).run(t)
except doctest.UnexpectedException as e:
    print('Unexpected', e.exc_info[0].__name__, e.exc_info[1])
rn.merge(runit(verbose=False))
rn.summarize(verbose=False)
rn.summarize(verbose=True)
empty = doctest.DocTestRunner(verbose=True)
print(empty.summarize())

print("--- run_docstring_examples")
def sample(x):
    """
    >>> sample(2)
    4
    >>> sample(3)
    10
    """
    return x * x
doctest.run_docstring_examples(sample, {'sample': sample}, name='sample')
doctest.run_docstring_examples(sample, {'sample': sample}, verbose=True)

print("--- script_from_examples")
print(doctest.script_from_examples('''
    Intro text.

        >>> 2 + 2
        5

    More:

        >>> if 1:
        ...    pass
        ...
        Done
'''), end='')

print("--- unittest glue")
mod_src = '''"""Top.

>>> 1 + 1
2
"""
def good():
    """
    >>> good()
    'g'
    """
    return 'g'

def bad():
    """
    >>> bad()
    1
    """
    return 2

def skipped():
    """
    >>> skipped()  # doctest: +SKIP
    """
'''
tmp = tempfile.mkdtemp()
try:
    with open(os.path.join(tmp, 'dtmod_demo.py'), 'w') as fh:
        fh.write(mod_src)
    with open(os.path.join(tmp, 'demo.txt'), 'w') as fh:
        fh.write('Text file.\n\n>>> x = 2\n>>> x * 3\n6\n>>> x\n3\n')
    sys.path.insert(0, tmp)
    import dtmod_demo
    del sys.path[0]
    suite = doctest.DocTestSuite(dtmod_demo)
    print(suite.countTestCases(), sorted(c.id() for c in suite))
    for case in suite:
        print(repr(case), case.shortDescription())
    stream = __import__('io').StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped))
    for case, text in result.failures:
        print(text.split('Traceback')[0].replace(tmp, 'TMP'), end='|\n')
        print(text[text.index('AssertionError'):].replace(tmp, 'TMP'))
    old = doctest.set_unittest_reportflags(doctest.REPORT_NDIFF)
    print(old, doctest.set_unittest_reportflags(old))
    try:
        doctest.set_unittest_reportflags(doctest.ELLIPSIS)
    except ValueError as e:
        print(type(e).__name__, e)
    fsuite = doctest.DocFileSuite(os.path.join(tmp, 'demo.txt'),
                                  module_relative=False,
                                  globs={'G': 1})
    for case in fsuite:
        print(case.id(), repr(case).replace(tmp, 'TMP'))
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(fsuite)
    print(result.testsRun, len(result.failures))
    for case, text in result.failures:
        print(text[text.index('AssertionError'):].replace(tmp, 'TMP'))
    print("--- testfile")
    def captured(func, *args, **kw):
        saved = sys.stdout
        sys.stdout = buf = __import__('io').StringIO()
        try:
            return func(*args, **kw)
        finally:
            sys.stdout = saved
            print(buf.getvalue().replace(tmp, 'TMP'), end='')
    r = captured(doctest.testfile, os.path.join(tmp, 'demo.txt'),
                 module_relative=False)
    print(r)
    r = captured(doctest.testfile, os.path.join(tmp, 'demo.txt'),
                 module_relative=False, name='named', verbose=True,
                 report=False, extraglobs={'x': 0})
    print(r)
    try:
        doctest.testfile('demo.txt', module_relative=False, package='x')
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        doctest.testfile('/abs/demo.txt')
    except ValueError as e:
        print(type(e).__name__, e)
    print("--- testsource")
    print(doctest.testsource(dtmod_demo, 'dtmod_demo.bad'), end='')
    try:
        doctest.testsource(dtmod_demo, 'dtmod_demo.nothing')
    except ValueError as e:
        print(type(e).__name__, e)
    print("--- command line")
    mod = os.path.join(tmp, 'dtmod_demo.py')
    for args in ([mod], ['demo.txt'],
                 ['-o', 'ELLIPSIS', '-f', 'demo.txt']):
        p = subprocess.run([sys.executable, '-m', 'doctest'] + args, cwd=tmp,
                           capture_output=True, text=True)
        print([a.replace(tmp, 'TMP') for a in args], p.returncode)
        print(p.stdout.replace(tmp, 'TMP'), end='')
finally:
    import shutil
    shutil.rmtree(tmp)
