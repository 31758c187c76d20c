# TestCase features run through TextTestRunner: subTest, skips, expected
# failures, cleanups (test, class, module), enterContext, fixture errors.
import contextlib
import io
import re
import sys
import types
import unittest

log = []


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)
    return text


def run_suite(suite, verbosity=2, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(clean(stream.getvalue()))
    print('testsRun=%d failures=%d errors=%d skipped=%d xfail=%d xpass=%d ok=%s' % (
        result.testsRun, len(result.failures), len(result.errors),
        len(result.skipped), len(result.expectedFailures),
        len(result.unexpectedSuccesses), result.wasSuccessful()))
    return result


def load(*classes):
    loader = unittest.TestLoader()
    return unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)


@contextlib.contextmanager
def ctx(name):
    log.append('enter ' + name)
    try:
        yield name + '!'
    finally:
        log.append('exit ' + name)


class Features(unittest.TestCase):
    def test_subtest_params(self):
        for i in range(4):
            with self.subTest(i=i, kind='even' if i % 2 == 0 else 'odd'):
                self.assertLess(i, 2)

    def test_subtest_msg(self):
        with self.subTest('first message'):
            self.fail('inside subtest')
        with self.subTest('nested', a=1):
            with self.subTest(b=2):
                raise ValueError('nested error')
        with self.subTest():
            self.assertTrue(0)

    def test_subtest_skip(self):
        with self.subTest(x=1):
            self.skipTest('skip in subtest')
        log.append('after skipped subtest')

    def test_skiptest(self):
        self.skipTest('reason here')

    @unittest.skip('decorated skip')
    def test_skip_decorator(self):
        pass

    @unittest.skipIf(True, 'skipIf true')
    def test_skipif(self):
        pass

    @unittest.skipUnless(False, 'skipUnless false')
    def test_skipunless(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_skipif_false(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.expectedFailure
    def test_xfail_subtest(self):
        with self.subTest(n=1):
            self.fail('expected')

    def test_cleanups(self):
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(lambda: log.append('cleanup 2'))
        value = self.enterContext(ctx('test'))
        log.append('entered ' + value)

    def test_cleanup_errors(self):
        def bad(n):
            raise RuntimeError('cleanup %d' % n)
        self.addCleanup(bad, 1)
        self.addCleanup(bad, 2)

    def test_doc(self):
        """First docstring line.

        More text."""
        self.assertEqual(self.shortDescription(), 'First docstring line.')
        print('id:', self.id(), file=sys.stderr if False else sys.stdout)


run_suite(load(Features))
print(log)
log.clear()


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('never')

    def test_a(self):
        pass


class ClassFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')
        cls.value = cls.enterClassContext(ctx('class'))

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def test_a(self):
        log.append('test_a ' + self.value)


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'cleanup after bad setUpClass')
        raise ValueError('setUpClass broke')

    def test_x(self):
        log.append('never runs')


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError('tearDownClass broke')

    def test_y(self):
        pass


class BadClassCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def bad():
            raise TypeError('class cleanup broke')
        cls.addClassCleanup(bad)

    def test_z(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('skip from setUpClass')

    def test_w(self):
        pass


run_suite(load(SkippedClass, ClassFixtures, BadSetUpClass, BadTearDownClass,
               BadClassCleanup, SkipInSetUpClass))
print(log)
log.clear()

# Module fixtures: classes in a module made on the fly.
mod = types.ModuleType('fixmod')
sys.modules['fixmod'] = mod


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')
    unittest.enterModuleContext(ctx('module'))


def tearDownModule():
    log.append('tearDownModule')
    raise RuntimeError('tearDownModule broke')


mod.setUpModule = setUpModule
mod.tearDownModule = tearDownModule


class InModule(unittest.TestCase):
    def test_m(self):
        log.append('test_m')


InModule.__module__ = 'fixmod'
run_suite(load(InModule))
print(log)
log.clear()

mod2 = types.ModuleType('fixmod2')
sys.modules['fixmod2'] = mod2


def setUpModule2():
    unittest.addModuleCleanup(log.append, 'module2 cleanup')
    raise OSError('setUpModule broke')


mod2.setUpModule = setUpModule2


class InModule2(unittest.TestCase):
    def test_n(self):
        log.append('never')


InModule2.__module__ = 'fixmod2'
run_suite(load(InModule2), verbosity=1)
print(log)
log.clear()

# Setup/teardown errors in the test itself.
class TestFixtures(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == 'test_setup_fails':
            raise KeyError('setUp')
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        if self._testMethodName == 'test_teardown_fails':
            raise IndexError('tearDown')

    def test_setup_fails(self):
        pass

    def test_teardown_fails(self):
        pass

    def test_both(self):
        self.fail('test body')


run_suite(load(TestFixtures), verbosity=1)
print(log)
log.clear()

# doCleanups called directly, and TestCase.run without a result.
class Direct(unittest.TestCase):
    def test_it(self):
        pass


t = Direct('test_it')
t.addCleanup(log.append, 'direct')
print('doCleanups:', t.doCleanups(), log)
r = Direct('test_it').run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())
print(repr(Direct('test_it')), str(Direct('test_it')), Direct('test_it').id())
print(Direct('test_it') == Direct('test_it'), Direct('test_it').countTestCases())
try:
    Direct('nope')
except ValueError as e:
    print('ValueError:', e)
print(unittest.TestCase().id())

# failfast stops after the first problem.
class FF(unittest.TestCase):
    def test_1(self):
        self.fail('one')

    def test_2(self):
        log.append('test_2 ran')


run_suite(load(FF), verbosity=1, failfast=True)
print(log)

# enterContext / enterClassContext / enterModuleContext with objects that are
# not (synchronous) context managers.
class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        pass


for label, func in (('enterContext', Direct('test_it').enterContext),
                    ('enterClassContext', Direct.enterClassContext),
                    ('enterModuleContext', unittest.enterModuleContext)):
    for obj in (AsyncOnly(), 42):
        try:
            func(obj)
        except TypeError as e:
            print(label, 'TypeError:', e)
