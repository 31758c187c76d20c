# TestLoader: load_tests protocol, loadTestsFromName(s), testNamePatterns,
# discover (start dir, pattern, top-level dir, packages and their load_tests,
# import errors, SkipTest at import, dotted start names).
import io
import os
import re
import shutil
import sys
import tempfile
import types
import unittest

root = tempfile.mkdtemp(prefix='utaudit')


def clean(text):
    text = text.replace(root, 'ROOT')
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)
    return text


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


def show(label, suite, loader=None):
    print(label, ids(suite), suite.countTestCases())
    if loader is not None and loader.errors:
        for e in loader.errors:
            lines = clean(e).strip().splitlines()
            print('  error:', lines[0], '...', lines[-1])


CASE = '''import unittest
class %s(unittest.TestCase):
    def test_one(self):
        pass
    def test_two(self):
        pass
    def helper(self):
        pass
'''

# A module with load_tests, made on the fly.
mod = types.ModuleType('lt_mod')


class A(unittest.TestCase):
    def test_a1(self): pass
    def test_a2(self): pass
    def runTest(self): pass


class B(unittest.TestCase):
    def test_b(self): pass


class NoTests(unittest.TestCase):
    def runTest(self): pass


for cls in (A, B, NoTests):
    cls.__module__ = 'lt_mod'
    setattr(mod, cls.__name__, cls)
mod.TestCase = unittest.TestCase
sys.modules['lt_mod'] = mod
loader = unittest.TestLoader()
show('module', loader.loadTestsFromModule(mod))


def load_tests(ldr, tests, pattern):
    print('load_tests called with', type(ldr).__name__, tests.countTestCases(), pattern)
    suite = unittest.TestSuite()
    suite.addTest(A('test_a2'))
    return suite


mod.load_tests = load_tests
show('load_tests', loader.loadTestsFromModule(mod, pattern='pat*'))


def bad_load_tests(ldr, tests, pattern):
    raise RuntimeError('load_tests broke')


mod.load_tests = bad_load_tests
loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(mod)
show('bad load_tests', suite, loader)
result = unittest.TestResult()
suite.run(result)
print(' ', [(str(t), e.strip().splitlines()[-1]) for t, e in result.errors])
del mod.load_tests

loader = unittest.TestLoader()
show('name class', loader.loadTestsFromName('lt_mod.A'))
show('name method', loader.loadTestsFromName('lt_mod.A.test_a1'))
show('name module', loader.loadTestsFromName('lt_mod'))
show('name relative', loader.loadTestsFromName('B', mod))
show('names', loader.loadTestsFromNames(['A.test_a2', 'B'], mod))
mod.make_suite = lambda: unittest.TestSuite([B('test_b')])
mod.make_case = lambda: A('test_a1')
mod.not_test = lambda: 42
mod.value = 5
show('callable suite', loader.loadTestsFromName('make_suite', mod))
show('callable case', loader.loadTestsFromName('make_case', mod))
for name in ('not_test', 'value'):
    try:
        loader.loadTestsFromName(name, mod)
    except TypeError as e:
        print('TypeError:', re.sub(' at 0x[0-9a-f]+', '', str(e)))
loader = unittest.TestLoader()
show('missing attr', loader.loadTestsFromName('lt_mod.Nope'), loader)
loader = unittest.TestLoader()
show('missing module', loader.loadTestsFromName('no_such_module_xyz.Test'), loader)
suite = loader.loadTestsFromName('no_such_module_xyz')
r = unittest.TestResult()
suite.run(r)
print('  run:', [str(t) for t, _ in r.errors], r.errors[0][1].strip().splitlines()[-1])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError:', e)
show('base TestCase', loader.loadTestsFromTestCase(unittest.TestCase))
show('runTest only', loader.loadTestsFromTestCase(NoTests))

# getTestCaseNames, prefix, sort, patterns
loader = unittest.TestLoader()
print(loader.getTestCaseNames(A))
loader.testMethodPrefix = 'run'
print(loader.getTestCaseNames(A))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(A))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(A))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*a2*']
print(loader.getTestCaseNames(A), loader.getTestCaseNames(B))
loader.testNamePatterns = ['lt_mod.B.*', '*A.test_a1']
print(loader.getTestCaseNames(A), loader.getTestCaseNames(B))
show('patterns module', loader.loadTestsFromModule(mod))

# Discovery
write('proj/test_alpha.py', CASE % 'Alpha')
write('proj/test_beta.py', CASE % 'Beta' + 'class NotATest:\n    pass\n')
write('proj/other.py', CASE % 'Other')
write('proj/check_gamma.py', CASE % 'Gamma')
write('proj/test-invalid.py', CASE % 'Invalid')
write('proj/notpkg/test_hidden.py', CASE % 'Hidden')
write('proj/pkg/__init__.py', '')
write('proj/pkg/test_inner.py', CASE % 'Inner')
write('proj/pkg/sub/__init__.py', '')
write('proj/pkg/sub/test_deep.py', CASE % 'Deep')
write('proj/lpkg/__init__.py', '''
import os
def load_tests(loader, tests, pattern):
    print('  lpkg load_tests pattern=%r' % (pattern,))
    here = os.path.dirname(__file__)
    tests.addTests(loader.discover(start_dir=here, pattern='x_*.py'))
    return tests
''')
write('proj/lpkg/x_one.py', CASE % 'XOne')
write('proj/lpkg/test_ignored.py', CASE % 'Ignored')
write('proj/test_broken.py', 'import unittest\nraise ImportError("cannot load me")\n')
write('proj/test_skipmod.py', 'import unittest\nraise unittest.SkipTest("module skipped")\n')
write('proj/test_loadtests.py', CASE % 'LT' + '''
def load_tests(loader, tests, pattern):
    print('  module load_tests pattern=%r count=%d' % (pattern, tests.countTestCases()))
    return tests
''')

proj = os.path.join(root, 'proj')
saved_path = list(sys.path)
loader = unittest.TestLoader()
suite = loader.discover(proj)
show('discover', suite, loader)
result = unittest.TestResult()
suite.run(result)
print('  ran', result.testsRun, 'errors', [str(t) for t, _ in result.errors],
      'skipped', [(str(t), r) for t, r in result.skipped])
print('  top on path:', sys.path[0] == proj)
sys.path[:] = saved_path
for m in [m for m in sys.modules if m.startswith(('test_', 'pkg', 'lpkg', 'check_', 'x_'))]:
    del sys.modules[m]

loader = unittest.TestLoader()
show('pattern', loader.discover(proj, pattern='check_*.py'), loader)
sys.path[:] = saved_path
loader = unittest.TestLoader()
show('start subdir', loader.discover(os.path.join(proj, 'pkg'), top_level_dir=proj), loader)
sys.path[:] = saved_path
for m in [m for m in sys.modules if m.startswith(('test_', 'pkg', 'lpkg', 'check_', 'x_'))]:
    del sys.modules[m]
try:
    unittest.TestLoader().discover(os.path.join(proj, 'notpkg'), top_level_dir=proj)
except ImportError as e:
    print('ImportError:', clean(str(e)))
sys.path[:] = saved_path
sys.path.insert(0, proj)
loader = unittest.TestLoader()
show('dotted', loader.discover('pkg', pattern='test*.py'), loader)
sys.path[:] = saved_path
try:
    unittest.TestLoader().discover('sys')
except TypeError as e:
    print('TypeError:', e)

shutil.rmtree(root)
