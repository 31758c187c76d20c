# TextTestRunner: verbosity 0/1/2, buffer, failfast, tb_locals, durations,
# warnings, TestResult API, traceback filtering of unittest frames.
import io
import re
import sys
import time
import unittest
import warnings


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)
    text = re.sub(r'\b\d+\.\d{3}s\b', 'N.NNNs', text)
    text = re.sub(r' at 0x[0-9a-fA-F]+', ' at 0xADDR', text)
    return text


def run(cls, names=None, **kw):
    loader = unittest.TestLoader()
    if names:
        suite = unittest.TestSuite(cls(n) for n in names)
    else:
        suite = loader.loadTestsFromTestCase(cls)
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, **kw)
    result = runner.run(suite)
    print(clean(stream.getvalue()))
    return result


def helper_check(value):
    assert value, 'helper failed'


class Mixed(unittest.TestCase):
    def test_ok(self):
        print('printed by ok test')

    def test_fail(self):
        print('out of failing test')
        sys.stderr.write('err of failing test')
        self.assertEqual([1, 2], [1, 3])

    def test_error(self):
        print('out of erroring test', end='')
        local_value = {'key': 42}
        raise ValueError(local_value)

    def test_skip(self):
        self.skipTest('because')

    @unittest.expectedFailure
    def test_xfail(self):
        raise ZeroDivisionError

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_chained(self):
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('wrapped') from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.fail('during handling')

    def test_helper(self):
        helper_check(0)


for verbosity in (0, 1, 2):
    print('===== verbosity', verbosity)
    r = run(Mixed, verbosity=verbosity)
    print(r)

print('===== buffer')
real_stdout = sys.stdout
capture = io.StringIO()
sys.stdout = capture
try:
    r = run(Mixed, ['test_ok', 'test_fail', 'test_error'], buffer=True, verbosity=2)
finally:
    sys.stdout = real_stdout
print(clean(capture.getvalue()))
print('stdout restored:', sys.stdout is real_stdout)

print('===== failfast')
r = run(Mixed, ['test_ok', 'test_fail', 'test_error'], failfast=True)
print(r.testsRun, r.shouldStop)

print('===== tb_locals')
r = run(Mixed, ['test_error', 'test_chained'], tb_locals=True)


class Timed(unittest.TestCase):
    def test_fast(self):
        pass

    def test_slow(self):
        time.sleep(0.02)


print('===== durations')
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, durations=0, verbosity=1)
result = runner.run(unittest.TestLoader().loadTestsFromTestCase(Timed))
text = stream.getvalue()
print(re.sub(r'\d+\.\d+s', 'N.NNNs', text.replace('\n', '|')).count('Slowest test durations'))
lines = [l for l in text.splitlines() if 'Timed' in l]
# (whether test_fast shows depends on its speed: under 1ms it is hidden)
print([re.sub(r'^\d+\.\d+s\s+', '', l) for l in lines if 'slow' in l])
print([(name, type(t).__name__) for name, t in result.collectedDurations])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, durations=1, verbosity=1).run(
    unittest.TestLoader().loadTestsFromTestCase(Timed))
print(re.sub(r'\d+\.\d+s', 'N.NNNs', stream.getvalue()).replace('N.NNNs     ', 'N.NNNs '))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, durations=1, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Timed))
print(clean(re.sub(r'(?m)^[0-9.]+s +', 'N.NNNs ', stream.getvalue())))


print('===== warnings')


class Warny(unittest.TestCase):
    def test_warn(self):
        warnings.warn('dep', DeprecationWarning)
        warnings.warn('dep', DeprecationWarning)


old_stderr = sys.stderr
sys.stderr = io.StringIO()
try:
    run(Warny, warnings='default', verbosity=0)
    err = sys.stderr.getvalue()
finally:
    sys.stderr = old_stderr
print([line.split(': ', 1)[-1] for line in err.splitlines() if 'Warning' in line])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    run(Warny, warnings=None, verbosity=0)
print(len(w))

print('===== TestResult API')
result = unittest.TestResult()
print(result, result.wasSuccessful(), result.shouldStop, result.buffer,
      result.failfast, result.tb_locals)
suite = unittest.TestLoader().loadTestsFromTestCase(Mixed)
old = sys.stdout
sys.stdout = io.StringIO()
try:
    suite.run(result)
finally:
    sys.stdout = old
print(result)
for attr in ('errors', 'failures', 'skipped', 'expectedFailures'):
    print(attr, [(str(t), v if isinstance(v, str) and '\n' not in v
                  else v.strip().splitlines()[-1]) for t, v in getattr(result, attr)])
print('unexpectedSuccesses', [str(t) for t in result.unexpectedSuccesses])
print('durations', sorted(name for name, _ in result.collectedDurations))
print(result.wasSuccessful())
result.stop()
print(result.shouldStop)


class Events(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.events = []

    def startTestRun(self):
        self.events.append('startTestRun')

    def stopTestRun(self):
        self.events.append('stopTestRun')

    def startTest(self, test):
        super().startTest(test)
        self.events.append('startTest ' + test._testMethodName)

    def stopTest(self, test):
        self.events.append('stopTest')

    def addSuccess(self, test):
        self.events.append('addSuccess')

    def addSubTest(self, test, subtest, err):
        self.events.append('addSubTest %s %s' % (subtest._subDescription(),
                                                 None if err is None else err[0].__name__))

    def addDuration(self, test, elapsed):
        self.events.append('addDuration %s' % (type(elapsed).__name__))


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(2):
            with self.subTest(i=i):
                self.assertEqual(i, 0)


ev = Events()
Sub('test_sub').run(ev)
print(ev.events)
ev = Events()
unittest.TextTestRunner(stream=io.StringIO(), resultclass=lambda *a, **k: ev).run(
    unittest.TestSuite([Sub('test_sub')]))
print(ev.events)


class OldResult:
    # A result without addSkip, addExpectedFailure, addUnexpectedSuccess.
    def __init__(self):
        self.events = []
        self.failfast = False
        self.shouldStop = False

    def startTest(self, test):
        self.events.append('start')

    def stopTest(self, test):
        self.events.append('stop')

    def addSuccess(self, test):
        self.events.append('success')

    def addFailure(self, test, err):
        self.events.append('failure ' + err[0].__name__)

    def addError(self, test, err):
        self.events.append('error ' + err[0].__name__)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for name in ('test_skip', 'test_xfail', 'test_xpass'):
        old = OldResult()
        Mixed(name).run(old)
        print(name, old.events)
print(sorted(set(str(x.message) for x in w)))

print('===== runner attributes')
r = unittest.TextTestRunner(stream=io.StringIO())
print(r.verbosity, r.failfast, r.buffer, r.warnings, r.tb_locals, r.durations,
      r.descriptions, r.resultclass.__name__)
res = r._makeResult()
print(type(res).__name__, res.dots, res.showAll, res.descriptions)
print(res.getDescription(Mixed('test_ok')))
