# unittest.main() arguments: argv, exit, verbosity, defaultTest, module,
# testRunner (class or instance), testLoader, exit codes, result attribute.
import io
import re
import sys
import types
import unittest


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)
    return text


class Good(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Bad(unittest.TestCase):
    def test_fails(self):
        self.assertIn(3, [1, 2])


class Skipper(unittest.TestCase):
    @unittest.skip('always')
    def test_skipped(self):
        pass


def call_main(**kwargs):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    code = 'no exit'
    prog = None
    try:
        prog = unittest.main(**kwargs)
    except SystemExit as e:
        code = e.code
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print('>>> main(%s) exit=%r' % (', '.join('%s=%r' % kv for kv in kwargs.items()
                                             if kv[0] not in ('testRunner', 'module', 'testLoader')),
                                    code))
    print(clean(text).rstrip('\n'))
    return prog


call_main(argv=['prog', 'Good'])
call_main(argv=['prog', 'Bad'])
call_main(argv=['prog', 'Skipper'])
call_main(argv=['prog', '-k', 'nothing'])
prog = call_main(argv=['prog', 'Good.test_a'], exit=False, verbosity=2)
print(type(prog).__name__, prog.result.testsRun, prog.result.wasSuccessful(),
      prog.verbosity, prog.testNames, prog.exit)
call_main(argv=['prog'], defaultTest='Good.test_b', exit=False, verbosity=2)
call_main(argv=['prog'], defaultTest=['Good.test_a', 'Skipper'], exit=False, verbosity=2)
call_main(argv=['prog', '-q', 'Good'], exit=False)
call_main(argv=['prog', '-v', 'Good'], exit=False, verbosity=0)

# module given as an object or dotted name; module=None with full names.
mod = types.ModuleType('mainmod')


class InMod(unittest.TestCase):
    def test_in_mod(self):
        pass


InMod.__module__ = 'mainmod'
mod.InMod = InMod
sys.modules['mainmod'] = mod
call_main(module=mod, argv=['prog', '-v'], exit=False)
call_main(module='mainmod', argv=['prog', '-v'], exit=False)
call_main(module=None, argv=['prog', '-v', 'mainmod.InMod'], exit=False)
call_main(module=None, argv=['prog', '-v', '__main__.Good.test_a', 'mainmod'], exit=False)


class RecordingRunner:
    def __init__(self, **kwargs):
        print('runner made with', sorted(kwargs.items()))

    def run(self, test):
        print('run called with', test.countTestCases(), 'tests')
        result = unittest.TestResult()
        test(result)
        return result


call_main(argv=['prog', 'Good'], testRunner=RecordingRunner, exit=False)
call_main(argv=['prog', '-f', '-b', '--durations', '3', 'Good'], testRunner=RecordingRunner)


class NoArgRunner:
    def __init__(self):
        print('no-arg runner')

    def run(self, test):
        r = unittest.TestResult()
        test(r)
        return r


call_main(argv=['prog', 'Bad'], testRunner=NoArgRunner)
stream = io.StringIO()
call_main(argv=['prog', 'Good'], testRunner=unittest.TextTestRunner(stream=stream, verbosity=2),
          exit=False)
print(clean(stream.getvalue()))

loader = unittest.TestLoader()
loader.testMethodPrefix = 'test_b'
call_main(argv=['prog', 'Good'], testLoader=loader, exit=False, verbosity=2)
prog = call_main(argv=['prog', 'Good'], exit=False, failfast=True, buffer=True,
                 catchbreak=False, warnings='ignore', tb_locals=False)
print(prog.failfast, prog.buffer, prog.catchbreak, prog.warnings, prog.tb_locals,
      prog.durations, prog.testNamePatterns)
prog = call_main(argv=['prog', 'Good'], exit=False)
print(prog.failfast, prog.buffer, prog.catchbreak, prog.warnings, prog.tb_locals,
      prog.durations, prog.testNamePatterns, prog.progName)
call_main(argv=['prog', '-k', 'test_a', '-k', 'Bad'], exit=False, verbosity=2)
call_main(argv=['prog', 'NoSuch'], exit=False)
call_main(argv=['prog', '--bogus'])


# main() shows warnings with the 'default' action unless told otherwise.
class Warns(unittest.TestCase):
    def test_dep(self):
        import warnings
        for _ in range(2):
            warnings.warn('old api', DeprecationWarning)


# (A fresh loader: the -k patterns of earlier calls stay on the default one.)
print(unittest.defaultTestLoader.testNamePatterns)
prog = call_main(argv=['prog', 'Warns'], exit=False, testLoader=unittest.TestLoader())
print(prog.warnings)
prog = call_main(argv=['prog', 'Warns'], exit=False, warnings='ignore',
                 testLoader=unittest.TestLoader())
print(prog.warnings)
