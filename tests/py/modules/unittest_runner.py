# unittest.TextTestRunner output: progress at each verbosity, error and failure
# reports with tracebacks, the summary line, skips, expected failures, subtests,
# fixtures and cleanups, failfast and buffering.
import io
import sys
import unittest


def show(output):
    # "Ran N tests in 0.001s": the time varies, so it is replaced.
    for line in output.split('\n'):
        if line.startswith('Ran ') and ' in ' in line and line.endswith('s'):
            line = line[:line.rindex(' in ')] + ' in X.XXXs'
        print(line)


def run(*classes, **kwargs):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    show(stream.getvalue())
    print('result:', result, result.wasSuccessful(), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses))
    return result


class Mixed(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        {}['missing']

    def test_docstring(self):
        """First line of the docstring.

        More text that is not shown.
        """
        self.assertTrue(True)

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertIn(3, [1, 2])

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_fail_msg(self):
        self.assertIsNone(5, 'should be None')

    def test_nested_error(self):
        def helper(x):
            return 10 // x
        helper(0)


print('=== verbosity 1')
run(Mixed)
print('=== verbosity 2')
run(Mixed, verbosity=2)
print('=== verbosity 0')
run(Mixed, verbosity=0)
print('=== no descriptions')
run(Mixed, verbosity=2, descriptions=False)


class AllGood(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class OnlySkips(unittest.TestCase):
    def test_a(self):
        self.skipTest('a reason')

    @unittest.skipIf(True, 'condition held')
    def test_b(self):
        pass

    @unittest.skipUnless(True, 'never shown')
    def test_c(self):
        pass


print('=== all good / skips / nothing')
run(AllGood)
run(AllGood, OnlySkips)
run(OnlySkips, verbosity=2)
run()


class Sub(unittest.TestCase):
    def test_loop(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_nested(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.fail('inner failure')
            self.assertTrue(True)

    def test_error_in_subtest(self):
        with self.subTest(kind='error'):
            raise ValueError('bad value')

    def test_skip_in_subtest(self):
        with self.subTest(n=1):
            self.skipTest('skipped inside')
        with self.subTest(n=2):
            pass

    def test_all_pass(self):
        for c in 'ab':
            with self.subTest(c=c):
                self.assertIn(c, 'abc')

    def test_no_params(self):
        with self.subTest():
            self.fail('plain')


print('=== subtests')
run(Sub)
run(Sub, verbosity=2)


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')
        cls.addClassCleanup(cls.log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')

    def setUp(self):
        self.log.append('setUp ' + self._testMethodName)
        self.addCleanup(self.log.append, 'cleanup 1')
        self.addCleanup(self.log.append, 'cleanup 2')

    def tearDown(self):
        self.log.append('tearDown')

    def test_one(self):
        self.log.append('one')

    def test_two(self):
        self.log.append('two')
        self.fail('two fails')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup after failed setUp')
        raise RuntimeError('setUp broke')

    def tearDown(self):
        print('never printed')

    def test_x(self):
        print('never printed')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no resource')

    def test_x(self):
        pass


class SkippedClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('whole class skipped')

    def test_x(self):
        pass


class FailingCleanup(unittest.TestCase):
    def test_x(self):
        self.addCleanup(lambda: 1 / 0)


class FailingTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError('teardown')

    def test_x(self):
        pass


@unittest.skip('class decorator')
class SkippedClass(unittest.TestCase):
    def test_x(self):
        pass

    def test_y(self):
        pass


print('=== fixtures')
run(Fixtures)
print(Fixtures.log)
run(BrokenSetUp, BrokenClass, SkippedClassSetUp, verbosity=2)
run(FailingCleanup, FailingTearDownClass, SkippedClass)


class Chained(unittest.TestCase):
    def test_cause(self):
        try:
            int('x')
        except ValueError as exc:
            raise LookupError('converted') from exc

    def test_context(self):
        try:
            [][1]
        except IndexError:
            self.fail('failed while handling')


print('=== chained exceptions')
run(Chained)

print('=== failfast')
run(Mixed, failfast=True)


class Printing(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden output')

    def test_loud_fail(self):
        print('shown on failure')
        sys.stderr.write('error output')
        self.fail('printed')


print('=== buffer')
saved = sys.stdout, sys.stderr
capture = io.StringIO()
sys.stdout = sys.stderr = capture
try:
    result_stream = io.StringIO()
    unittest.TextTestRunner(stream=result_stream, buffer=True).run(
        unittest.TestLoader().loadTestsFromTestCase(Printing))
finally:
    sys.stdout, sys.stderr = saved
print(repr(capture.getvalue()))
show(result_stream.getvalue())


class Returns(unittest.TestCase):
    def test_returns(self):
        return 42


print('=== a test returning a value warns')
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    run(Returns)
print([str(w.message).split(' (')[0] for w in caught])
