# TestSuite and result odds and ends: buffered setUpClass output, _ErrorHolder,
# suite cleanup after run, debug(), FunctionTestCase, subtests with failfast.
import unittest, io, sys, re
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass output')
        raise ValueError('x')
    def test_a(self): pass
class B(unittest.TestCase):
    def test_b(self):
        print('b out')
        self.fail('f')
    def test_c(self):
        pass
s = unittest.TestSuite([unittest.TestLoader().loadTestsFromTestCase(A), unittest.TestLoader().loadTestsFromTestCase(B)])
print(s.countTestCases(), repr(s)[:60])
stream = io.StringIO()
old = sys.stdout
r = unittest.TextTestRunner(stream=stream, buffer=True, verbosity=2, descriptions=False).run(s)
print(re.sub(r'[0-9.]+s', 'Ts', stream.getvalue()))
print(list(s), s.countTestCases())
print(r.errors[0][0], type(r.errors[0][0]).__name__, repr(r.errors[0][0]))
s2 = unittest.TestSuite([B('test_c')])
s2.debug()
print(unittest.TestSuite([B('test_c')]) == unittest.TestSuite([B('test_c')]))
ft = unittest.FunctionTestCase(lambda: None, description='desc')
print(ft, repr(ft)[:40], ft.id(), ft.shortDescription())
r = unittest.TestResult(); ft.run(r); print(r)
try:
    with unittest.TestCase().subTest(a=1):
        raise KeyError(1)
except KeyError as e: print('raised', e)
class C(unittest.TestCase):
    def test_x(self):
        with self.subTest(i=1):
            self.fail('one')
        with self.subTest(i=2):
            self.fail('two')
r = unittest.TestResult(); r.failfast = True
C('test_x').run(r); print(len(r.failures), r.shouldStop)
print(unittest.TextTestResult(io.StringIO(), True, 1).separator1[:5])
print(unittest.util.safe_repr('x'*100, True), unittest.util.strclass(C))
print(unittest.case._SubTest, unittest.case.DIFF_OMITTED)


# A running test's _outcome.
class Peek(unittest.TestCase):
    def test_peek(self):
        o = self._outcome
        print('outcome:', o.success, o.result_supports_subtests, o.expecting_failure,
              o.expectedFailure, type(o.result).__name__)

    @unittest.expectedFailure
    def test_peek_xfail(self):
        print('xfail outcome:', self._outcome.expecting_failure)
        raise ValueError


r = unittest.TestResult()
unittest.TestSuite([Peek('test_peek'), Peek('test_peek_xfail')]).run(r)
print(r.testsRun, len(r.expectedFailures))
