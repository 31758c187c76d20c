# Ctrl-C handling: installHandler makes the first SIGINT stop the run after
# the current test; removeHandler as a function and as a decorator.
import unittest, os, signal, io, re, sys
class T(unittest.TestCase):
    def test_1(self):
        os.kill(os.getpid(), signal.SIGINT)
        print('after first sigint')
    def test_2(self):
        print('test_2 should not run')
unittest.installHandler()
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(re.sub(r'[0-9.]+s\n', 'Ts\n', stream.getvalue()))
print(r.shouldStop, r.testsRun)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
@unittest.removeHandler
def f(): return signal.getsignal(signal.SIGINT) is signal.default_int_handler
unittest.installHandler()
print(f(), signal.getsignal(signal.SIGINT) is signal.default_int_handler)

# Results stay registered after a run (held weakly); removeResult says whether
# the result was registered.
runner = unittest.TextTestRunner(stream=io.StringIO())
res = runner.run(unittest.TestSuite())
print(unittest.removeResult(res), unittest.removeResult(res))
other = unittest.TestResult()
unittest.registerResult(other)
print(unittest.removeResult(other), unittest.removeResult(unittest.TestResult()))
