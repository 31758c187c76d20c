# Assertion methods: messages, diffs (difflib/pprint), maxDiff, longMessage,
# assertLogs/assertNoLogs, assertWarns(Regex), assertRaisesRegex, failureException.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as exc:
        print('--- %s: %s' % (label, type(exc).__name__))
        print(exc)
    else:
        print('--- %s: passed%s' % (label, '' if result is None else ' -> %r' % (result,)))


# Diffs of strings, lists, dicts, tuples, sets.
check('multiline', t.assertEqual, 'one\ntwo\nthree\n', 'one\ntoo\nthree\n')
check('multiline no newline', t.assertEqual, 'abc', 'abd')
check('multiline last newline', t.assertEqual, 'a\nb', 'a\nb\n')
check('list', t.assertEqual, [1, 2, 3, 4], [1, 2, 5, 4])
check('list lengths', t.assertEqual, [1, 2], [1, 2, 3, 4])
check('tuple', t.assertEqual, (1, 'x'), (1, 'y'))
check('dict', t.assertEqual, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
check('set', t.assertEqual, {1, 2, 3}, {2, 3, 4})
check('frozenset', t.assertSetEqual, frozenset([1]), frozenset())
check('long list', t.assertEqual, list(range(30)), list(range(1, 31)))
big1 = {i: 'value %d' % i for i in range(60)}
big2 = dict(big1, x='other')
check('maxDiff default', t.assertDictEqual, big1, big2)
t.maxDiff = None
check('maxDiff None', t.assertEqual, ['a' * 30, 'b' * 30, 'c'], ['a' * 30, 'b' * 31, 'c'])
t.maxDiff = 40
check('maxDiff 40', t.assertMultiLineEqual, 'x\n' * 10, 'x\n' * 9 + 'y\n')
t.maxDiff = 640
check('sequence type', t.assertSequenceEqual, [1], (1,), seq_type=list)
check('sequence ok', t.assertSequenceEqual, [1, 2], (1, 2))
check('not a dict', t.assertDictEqual, [], {})
check('not a string', t.assertMultiLineEqual, b'x', 'x')
check('long repr', t.assertEqual, 'x' * 100 + 'a', 'x' * 100 + 'b')

# longMessage
check('msg long', t.assertEqual, 1, 2, 'custom')
t.longMessage = False
check('msg short', t.assertEqual, 1, 2, 'custom')
check('msg short none', t.assertTrue, 0)
t.longMessage = True

# Almost equal
check('almost', t.assertAlmostEqual, 1.0, 1.00000001)
check('almost fail', t.assertAlmostEqual, 1.0, 1.1)
check('almost places', t.assertAlmostEqual, 1.0, 1.01, places=1)
check('almost places fail', t.assertAlmostEqual, 1.0, 1.01, places=3)
check('almost delta', t.assertAlmostEqual, 10, 11, delta=2)
check('almost delta fail', t.assertAlmostEqual, 10, 15, delta=2)
check('almost both', t.assertAlmostEqual, 1, 2, places=2, delta=1)
check('not almost', t.assertNotAlmostEqual, 1.0, 1.00000001)
check('not almost delta', t.assertNotAlmostEqual, 1, 1.5, delta=1)
check('almost same', t.assertNotAlmostEqual, 3, 3)

# Count equal
check('count', t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 2])
check('count fail', t.assertCountEqual, [1, 2, 2, 'a'], [2, 1, 1, 'b'])
check('count unhashable', t.assertCountEqual, [[1], [2]], [[2], [2]])

# Type / identity / containers
check('isinstance', t.assertIsInstance, 1, str)
check('isinstance tuple', t.assertIsInstance, 1, (str, bytes), 'm')
check('notisinstance', t.assertNotIsInstance, 1, int)
check('is', t.assertIs, [], [])
check('isnot', t.assertIsNot, None, None)
check('isnone', t.assertIsNone, 0)
check('isnotnone', t.assertIsNotNone, None)
check('in', t.assertIn, 4, [1, 2])
check('notin', t.assertNotIn, 1, {1: 2})
check('greater', t.assertGreater, 1, 2)
check('greaterequal', t.assertGreaterEqual, 1, 2)
check('less', t.assertLess, 2, 1)
check('lessequal', t.assertLessEqual, 2, 1)
check('notequal', t.assertNotEqual, 'a', 'a')
check('false', t.assertFalse, [1])
check('regex', t.assertRegex, 'hello', r'^w')
check('notregex', t.assertNotRegex, 'hello', r'l+')

# Raises
check('raises ok', t.assertRaises, ZeroDivisionError, lambda: 1 / 0)
check('raises not raised', t.assertRaises, ValueError, lambda: None)
check('raises tuple', t.assertRaises, (KeyError, ValueError), len)
check('raises other', t.assertRaises, KeyError, int, 'x')
check('raises bad arg', t.assertRaises, 1)
with t.assertRaises(KeyError) as cm:
    {}['k']
print('exception kept:', repr(cm.exception), cm.exception.__traceback__)
check('raises msg kw', lambda: t.assertRaises(KeyError, msg='my msg').__exit__(None, None, None))
try:
    with t.assertRaises(KeyError, foo=1):
        pass
except TypeError as e:
    print('bad kw:', e)
check('raisesregex', t.assertRaisesRegex, ValueError, 'invalid lit', int, 'x')
check('raisesregex nomatch', t.assertRaisesRegex, ValueError, '^zzz', int, 'x')
check('raisesregex notraised', t.assertRaisesRegex, ValueError, 'a', int, '1')
with t.assertRaisesRegex(TypeError, r'unsupported') as cm:
    1 + 'a'
print('regex exception:', cm.exception)


# Warns
def warn(msg, cat=UserWarning):
    warnings.warn(msg, cat)


check('warns', t.assertWarns, UserWarning, warn, 'hi')
check('warns not', t.assertWarns, DeprecationWarning, warn, 'hi')
check('warns none', t.assertWarns, UserWarning, lambda: None)
check('warnsregex', t.assertWarnsRegex, UserWarning, 'h.', warn, 'hi')
check('warnsregex nomatch', t.assertWarnsRegex, UserWarning, 'zz', warn, 'hi')
with t.assertWarns(DeprecationWarning) as wcm:
    warn('deprecated thing', DeprecationWarning)
print('warning kept:', wcm.warning, type(wcm.filename).__name__, wcm.lineno > 0)
check('warns bad arg', t.assertWarns, ValueError)

# Logs
def log_something():
    with t.assertLogs('app', level='WARNING') as cm:
        logging.getLogger('app').info('ignored info')
        logging.getLogger('app.sub').warning('careful %s', 'now')
        logging.getLogger('app').error('bad')
        logging.getLogger('other').error('elsewhere')
    print('output:', cm.output)
    print('records:', [(r.name, r.levelname, r.getMessage()) for r in cm.records])


log_something()


def logs_none():
    with t.assertLogs('quiet'):
        pass


check('logs none', logs_none)


def logs_fail():
    with t.assertLogs('foo', level=logging.ERROR):
        logging.getLogger('foo').warning('only a warning')


def logs_root():
    with t.assertLogs() as cm:
        logging.info('root info')
    print(cm.output)


def nologs_fail():
    with t.assertNoLogs('foo'):
        logging.getLogger('foo').info('unexpected')
        logging.getLogger('foo').debug('debug ignored')


def nologs_ok():
    with t.assertNoLogs('foo', 'ERROR') as cm:
        logging.getLogger('foo').warning('below level')
    print('nologs returns', cm)


def logs_logger_obj():
    lg = logging.getLogger('objlogger')
    lg.setLevel(logging.CRITICAL)
    with t.assertLogs(lg, 'DEBUG') as cm:
        lg.debug('dbg')
    print(cm.output, lg.level, lg.propagate, lg.handlers)


check('logs level', logs_fail)
check('logs root', logs_root)
check('nologs', nologs_fail)
check('nologs ok', nologs_ok)
check('logs logger', logs_logger_obj)


def logs_exception():
    with t.assertLogs('x'):
        raise KeyError('passes through')


check('logs exception', logs_exception)


# failureException
class MyFailure(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyFailure

    def runTest(self):
        pass


check('custom failure', Custom().assertEqual, 1, 2)
check('custom fail', Custom().fail, 'nope')
check('fail none', t.fail)


# addTypeEqualityFunc
class Point:
    def __init__(self, x):
        self.x = x


def point_eq(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException('points differ: %d vs %d' % (a.x, b.x))


t.addTypeEqualityFunc(Point, point_eq)
check('type eq func', t.assertEqual, Point(1), Point(2))
