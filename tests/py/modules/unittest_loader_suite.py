# unittest building blocks: TestCase identity and hooks, TestLoader, TestSuite,
# FunctionTestCase, TestResult used directly, module fixtures and load_tests.
import io
import sys
import types
import unittest


def show(text):
    for line in text.split('\n'):
        if line.startswith('Ran ') and ' in ' in line and line.endswith('s'):
            line = line[:line.rindex(' in ')] + ' in X.XXXs'
        print(line)


def run_text(test, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    show(stream.getvalue())
    return result


class Sample(unittest.TestCase):
    """Class docstring."""

    def test_b(self):
        """Does b.

        Second line."""

    def test_a(self):
        pass

    def testC(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5


print('--- TestCase identity')
t = Sample('test_b')
print(t.id(), '|', str(t), '|', repr(t))
print(t.shortDescription(), Sample('test_a').shortDescription())
print(t == Sample('test_b'), t == Sample('test_a'), hash(t) == hash(Sample('test_b')))
print(t.countTestCases(), type(t.defaultTestResult()).__name__)
try:
    Sample('nosuch')
except ValueError as exc:
    print('ValueError:', exc)
print(repr(unittest.TestCase()), unittest.TestCase().id())

print('--- TestLoader')
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
suite = loader.loadTestsFromTestCase(Sample)
print(suite.countTestCases(), [x.id() for x in suite])
print(repr(unittest.TestSuite([Sample('test_a')])))
loader.testMethodPrefix = 'help'
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_a', '*.testC']
print(loader.getTestCaseNames(Sample))
loader.testNamePatterns = ['*Sample.test_[ab]']
print(loader.getTestCaseNames(Sample))
loader.testNamePatterns = ['*test_?']
print(loader.getTestCaseNames(Sample))
print(unittest.TestLoader().loadTestsFromTestCase(unittest.TestCase).countTestCases())
try:
    unittest.TestLoader().loadTestsFromTestCase(unittest.TestSuite)
except TypeError as exc:
    print('TypeError:', exc)


class RunTestOnly(unittest.TestCase):
    def runTest(self):
        pass


print([x.id() for x in unittest.TestLoader().loadTestsFromTestCase(RunTestOnly)])

print('--- loadTestsFromName(s) with a module')
mod = types.ModuleType('fake_tests')
mod.Sample = Sample
mod.RunTestOnly = RunTestOnly
mod.not_a_test = 42


def make_suite():
    return unittest.TestSuite([Sample('test_a')])


mod.make_suite = make_suite
mod.make_case = lambda: Sample('testC')
mod.bad_factory = lambda: 'nope'
loader = unittest.TestLoader()
for name in ['Sample', 'Sample.test_a', 'make_suite', 'make_case', 'RunTestOnly']:
    found = loader.loadTestsFromName(name, mod)
    print(name, '->', found.countTestCases(), [x.id() for x in found])
for name in ['bad_factory', 'not_a_test']:
    try:
        loader.loadTestsFromName(name, mod)
    except TypeError as exc:
        print(name, '-> TypeError:', str(exc).split(' at 0x')[0])
failed = loader.loadTestsFromName('missing', mod)
print([x.id() for x in failed], len(loader.errors), loader.errors[0].split('\n')[0])
print(loader.loadTestsFromNames(['Sample.test_a', 'Sample.testC'], mod).countTestCases())
print(loader.loadTestsFromModule(mod).countTestCases())


def load_tests(loader, tests, pattern):
    print('load_tests called with', tests.countTestCases(), 'tests and pattern', pattern)
    return unittest.TestSuite([RunTestOnly()])


mod.load_tests = load_tests
print(loader.loadTestsFromModule(mod).countTestCases())

print('--- TestSuite')
suite = unittest.TestSuite()
print(suite.countTestCases(), list(suite))
suite.addTest(Sample('test_a'))
suite.addTests([Sample('test_b'), unittest.TestSuite([Sample('testC')])])
print(suite.countTestCases(), suite == unittest.TestSuite(list(suite)))
for bad in [5, Sample, 'text']:
    try:
        if isinstance(bad, str):
            suite.addTests(bad)
        else:
            suite.addTest(bad)
    except TypeError as exc:
        print('TypeError:', exc)
result = unittest.TestResult()
suite.run(result)
print(result, result.testsRun, suite.countTestCases(), list(suite))

print('--- FunctionTestCase')
calls = []
ftc = unittest.FunctionTestCase(lambda: calls.append('test'),
                                setUp=lambda: calls.append('setUp'),
                                tearDown=lambda: calls.append('tearDown'))


def plain_test():
    """Plain function test."""
    if 1 + 1 != 3:
        raise AssertionError('arithmetic')


ftc2 = unittest.FunctionTestCase(plain_test)
ftc3 = unittest.FunctionTestCase(plain_test, description='described')
print(ftc.id(), str(ftc2), ftc2.shortDescription(), ftc3.shortDescription())
print(ftc2 == unittest.FunctionTestCase(plain_test), ftc2 == ftc3)
run_text(unittest.TestSuite([ftc, ftc2]), verbosity=2)
print(calls)

print('--- TestResult used directly')


class Hooks(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.assertFalse(True)

    def test_error(self):
        raise KeyError(1)

    @unittest.skip('why')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        1 / 0

    @unittest.expectedFailure
    def test_xpass(self):
        pass


result = unittest.TestResult()
print(result.wasSuccessful(), result.shouldStop, result.testsRun)
unittest.TestLoader().loadTestsFromTestCase(Hooks).run(result)
print(result, result.wasSuccessful())
print([(str(test), text.split('\n')[-2]) for test, text in result.failures])
print([(str(test), text.split('\n')[-2]) for test, text in result.errors])
print([(str(test), reason) for test, reason in result.skipped])
print([str(test) for test, _ in result.expectedFailures], [str(x) for x in result.unexpectedSuccesses])
result.stop()
print(result.shouldStop)
print(Hooks.test_skip.__unittest_skip__, Hooks.test_skip.__unittest_skip_why__,
      Hooks.test_xfail.__unittest_expecting_failure__, Hooks.test_skip.__name__)

# Running a test without a result uses a fresh TestResult.
r = Hooks('test_fail').run()
print(type(r).__name__, r.testsRun, len(r.failures))
r = Hooks('test_pass')()
print(r.testsRun, r.wasSuccessful())

print('--- debug, doCleanups, enterContext')


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')
        return 'value'

    def __exit__(self, *exc):
        self.log.append('exit')


class Debugged(unittest.TestCase):
    log = []

    def setUp(self):
        self.log.append('setUp')
        print('entered:', self.enterContext(Ctx(self.log)))

    def test_it(self):
        self.addCleanup(self.log.append, 'cleanup')
        self.log.append('test')

    def test_raises(self):
        raise ValueError('from debug')

    @unittest.skip('skip in debug')
    def test_skipped(self):
        pass


Debugged('test_it').debug()
print(Debugged.log)
try:
    Debugged('test_raises').debug()
except ValueError as exc:
    print('debug let through:', exc)
try:
    Debugged('test_skipped').debug()
except unittest.SkipTest as exc:
    print('SkipTest:', exc)
tc = Debugged('test_it')
tc.addCleanup(print, 'manual cleanup', 1)
tc.addCleanup(print, 'manual cleanup', 2)
print(tc.doCleanups())
try:
    tc.enterContext(5)
except TypeError as exc:
    print('TypeError:', exc)

print('--- addTypeEqualityFunc')


class Point:
    def __init__(self, x):
        self.x = x


class PointTest(unittest.TestCase):
    def setUp(self):
        self.addTypeEqualityFunc(Point, self.assertPointEqual)

    def assertPointEqual(self, a, b, msg=None):
        if a.x != b.x:
            self.fail(self._formatMessage(msg, f'points differ: {a.x} vs {b.x}'))

    def test_points(self):
        self.assertEqual(Point(1), Point(1))
        self.assertEqual(Point(1), Point(2), 'extra')


run_text(unittest.TestLoader().loadTestsFromTestCase(PointTest))

print('--- module fixtures')
fixture_mod = types.ModuleType('fixture_mod')
sys.modules['fixture_mod'] = fixture_mod
fixture_mod.setUpModule = lambda: print('setUpModule')
fixture_mod.tearDownModule = lambda: print('tearDownModule')
unittest.addModuleCleanup(print, 'module cleanup registered early')


class InModule(unittest.TestCase):
    def test_x(self):
        print('InModule.test_x')


InModule.__module__ = 'fixture_mod'
run_text(unittest.TestLoader().loadTestsFromTestCase(InModule))


def broken_setup():
    unittest.addModuleCleanup(print, 'cleanup after broken setUpModule')
    raise RuntimeError('module setup failed')


fixture_mod.setUpModule = broken_setup
run_text(unittest.TestLoader().loadTestsFromTestCase(InModule))

print('--- public names')
names = ['FunctionTestCase', 'SkipTest', 'TestCase', 'TestLoader', 'TestResult',
         'TestSuite', 'TextTestResult', 'TextTestRunner', 'addModuleCleanup',
         'defaultTestLoader', 'doModuleCleanups', 'enterModuleContext', 'expectedFailure',
         'installHandler', 'main', 'registerResult', 'removeHandler', 'removeResult',
         'skip', 'skipIf', 'skipUnless', 'TestProgram', 'BaseTestSuite']
print([name for name in names if not hasattr(unittest, name)])
print(set(names) - {'TestProgram', 'BaseTestSuite'} <= set(unittest.__all__))
