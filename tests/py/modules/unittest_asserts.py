# unittest assertion methods: passing cases stay silent, failing ones raise
# AssertionError with CPython's messages (first line only where a diff follows).
import unittest
import warnings


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def hide_addresses(text):
    # "<X object at 0x7f...>" differs between runs: drop the address.
    while ' at 0x' in text:
        start = text.index(' at 0x')
        end = start + 6
        while end < len(text) and text[end] in '0123456789abcdef':
            end += 1
        text = text[:start] + text[end:]
    return text


def check(name, *args, first_line=False, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as exc:
        msg = hide_addresses(str(exc))
        if first_line:
            msg = msg.split('\n')[0]
        print(f'{name}: {msg}')
    except Exception as exc:
        print(f'{name}: {type(exc).__name__}: {exc}')
    else:
        print(f'{name}: passed')


class Unrepr:
    def __repr__(self):
        raise RuntimeError('no repr')


class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    __hash__ = None

    def __repr__(self):
        return f'Box({self.v})'


check('assertTrue', 1)
check('assertTrue', 0)
check('assertTrue', [], 'custom')
check('assertFalse', '')
check('assertFalse', 'x')
check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'with a message')
check('assertEqual', 1, 1.0)
check('assertEqual', None, 0)
check('assertEqual', 'abc', 'abd', first_line=True)
check('assertEqual', 'a\nb\n', 'a\nc\n', first_line=True)
check('assertEqual', 'x' * 100, 'x' * 99 + 'y', first_line=True)
check('assertEqual', 'p' * 50 + 'A' * 60, 'p' * 50 + 'B' * 60, first_line=True)
check('assertEqual', [1, 2, 3], [1, 2, 4], first_line=True)
check('assertEqual', (1, 2), (1, 2, 3), first_line=True)
check('assertEqual', {'a': 1}, {'a': 2}, first_line=True)
check('assertEqual', {1, 2}, {2, 3})
check('assertEqual', frozenset([1]), frozenset([1]))
check('assertEqual', [1], (1,))
check('assertEqual', Unrepr(), 5)
check('assertNotEqual', 1, 2)
check('assertNotEqual', 'a', 'a')
check('assertNotEqual', [1], [1], 'msg')
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=0)
check('assertAlmostEqual', 1.0, 1.5, places=1)
check('assertAlmostEqual', 1.0, 1.5, delta=0.6)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25, places=2)
check('assertAlmostEqual', float('inf'), float('inf'))
check('assertAlmostEqual', 1 + 1j, 1 + 1.5j)
check('assertNotAlmostEqual', 1.0, 1.1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.0)
check('assertNotAlmostEqual', 1.0, 1.5, delta=0.6)
check('assertNotAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2, 3], [1, 5, 3], first_line=True)
check('assertSequenceEqual', 'abc', 'abd', first_line=True)
check('assertSequenceEqual', [1, 2], [1, 2], seq_type=tuple)
check('assertSequenceEqual', (1, 2), [1, 2], seq_type=tuple)
check('assertSequenceEqual', 5, [1])
check('assertListEqual', [1, 2], [1, 2])
check('assertListEqual', (1,), [1])
check('assertListEqual', [1], 'x')
check('assertTupleEqual', (1,), (2,), first_line=True)
check('assertSetEqual', {1}, {1})
check('assertSetEqual', {1, 2, 3}, {3, 4})
check('assertSetEqual', {1}, set())
check('assertSetEqual', set(), {'b'})
check('assertSetEqual', 1, {1})
check('assertSetEqual', {1}, 1)
check('assertSetEqual', {1}, [1])
check('assertDictEqual', {'a': 1}, {'a': 1})
check('assertDictEqual', {'a': 1}, {'a': 1, 'b': 2}, first_line=True)
check('assertDictEqual', [], {})
check('assertDictEqual', {}, [])
check('assertIn', 1, [1, 2])
check('assertIn', 3, [1, 2])
check('assertIn', 'z', 'abc', 'not there')
check('assertNotIn', 3, [1, 2])
check('assertNotIn', 2, [1, 2])
check('assertIs', None, None)
check('assertIs', 1, None)
check('assertIsNot', t, t)
check('assertIsNot', 1, 2)
check('assertIsNone', None)
check('assertIsNone', 0)
check('assertIsNotNone', None)
check('assertIsNotNone', 0)
check('assertIsInstance', 1, int)
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertNotIsInstance', 1, str)
check('assertNotIsInstance', True, int)
check('assertLess', 1, 2)
check('assertLess', 2, 2)
check('assertLessEqual', 2, 2)
check('assertLessEqual', 3, 2)
check('assertGreater', 2, 1)
check('assertGreater', 'a', 'b')
check('assertGreaterEqual', 2, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 1, 'a')
check('assertCountEqual', [1, 2, 2], [2, 1, 2])
check('assertCountEqual', [1, 2, 2], [2, 1, 1])
check('assertCountEqual', 'aab', 'abc')
check('assertCountEqual', [[1], [2], [2]], [[2], [1], [1]])
check('assertCountEqual', [Box(1), Box(1)], [Box(1)])
check('assertMultiLineEqual', 'a', 'a')
check('assertMultiLineEqual', b'a', 'a')
check('assertMultiLineEqual', 'a', 5)
check('assertMultiLineEqual', 'one\ntwo', 'one\nthree', first_line=True)

print('--- long reprs are shortened')
check('assertEqual', list(range(40)), list(range(39)) + [99], first_line=True)
check('assertEqual', 'a' * 200, 'b' * 200, first_line=True)
check('assertEqual', 10 ** 100, 10 ** 100 + 1)
check('assertIn', 'x', 'y' * 200)

print('--- fail, msg and longMessage')
check('fail')
check('fail', 'explicit')
t.longMessage = False
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'only this')
check('assertIn', 5, [6], 'only this')
t.longMessage = True
t.maxDiff = 10
check('assertEqual', [1, 2, 3, 4], [1, 2, 3, 5], first_line=True)
try:
    t.assertEqual([1, 2, 3, 4], [1, 2, 3, 5])
except AssertionError as exc:
    # The diff's length depends on how it is drawn: check only that it is omitted.
    print('omitted:', 'Set self.maxDiff to None to see it.' in str(exc))
t.maxDiff = None
check('assertEqual', [1, 2, 3, 4], [1, 2, 3, 5], first_line=True)
t.maxDiff = 80 * 8


class MyError(Exception):
    pass


def raiser(exc, *args, **kwargs):
    if exc is not None:
        raise exc(*args)
    return kwargs


print('--- assertRaises')
check('assertRaises', ValueError, raiser, ValueError, 'v')
check('assertRaises', (KeyError, ValueError), raiser, KeyError)
check('assertRaises', ValueError, raiser, None)
check('assertRaises', (KeyError, ValueError), raiser, None)
check('assertRaises', ValueError, raiser, MyError, 'passes through')
check('assertRaises', ValueError, lambda: None)
check('assertRaises', 'ValueError', raiser, ValueError)
check('assertRaises', (ValueError, 3), raiser, ValueError)
with t.assertRaises(MyError) as cm:
    raise MyError('kept', 42)
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
try:
    with t.assertRaises(KeyError, msg='context msg'):
        pass
except AssertionError as exc:
    print('context:', exc)
try:
    with t.assertRaises(KeyError, foo=1):
        pass
except TypeError as exc:
    print('TypeError:', exc)
try:
    with t.assertRaises(KeyError):
        raise IndexError('other')
except IndexError as exc:
    print('IndexError passed through:', exc)
print(t.assertRaises(KeyError, raiser, KeyError), t.assertRaises(KeyError) is not None)

print('--- assertWarns')


def warner(category, text='careful'):
    warnings.warn(text, category)


check('assertWarns', UserWarning, warner, UserWarning)
check('assertWarns', DeprecationWarning, warner, DeprecationWarning)
check('assertWarns', (UserWarning, RuntimeWarning), warner, RuntimeWarning)
check('assertWarns', UserWarning, warner, RuntimeWarning)
check('assertWarns', UserWarning, lambda: None)
check('assertWarns', ValueError, warner, UserWarning)
with t.assertWarns(UserWarning) as cm:
    warnings.warn('the message', UserWarning)
print(type(cm.warning).__name__, str(cm.warning), cm.lineno, cm.filename.endswith('unittest_asserts.py'))
try:
    with t.assertWarns(FutureWarning, msg='ctx'):
        pass
except AssertionError as exc:
    print('context:', exc)


print('--- regular expressions')
import re

check('assertRegex', 'hello world', r'wor')
check('assertRegex', 'hello world', r'^world')
check('assertRegex', 'hello world', re.compile('W', re.I))
check('assertRegex', 'x', '')
check('assertRegex', b'bytes', b'yt')
check('assertNotRegex', 'hello world', r'o\s+w')
check('assertNotRegex', 'hello', r'z')
check('assertRaisesRegex', ValueError, 'inval', int, 'x')
check('assertRaisesRegex', ValueError, '^base', int, 'x')
check('assertRaisesRegex', ValueError, re.compile('LITERAL', re.I), int, 'x')
check('assertRaisesRegex', ValueError, 'x', lambda: None)
check('assertWarnsRegex', DeprecationWarning, 'thing$', warner, DeprecationWarning,
      'deprecated thing')
check('assertWarnsRegex', DeprecationWarning, '^thing', warner, DeprecationWarning,
      'deprecated thing')
check('assertWarnsRegex', UserWarning, 'thing', warner, DeprecationWarning)
with t.assertRaisesRegex(KeyError, "'k") as cm:
    {}['k']
print(repr(cm.exception))
try:
    with t.assertRaisesRegex(KeyError, "zz", msg='mm'):
        {}['k']
except AssertionError as exc:
    print(exc)
