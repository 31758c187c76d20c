# The command line: python -m unittest (names, discovery, -v -q -f -b -k,
# --locals, --durations, discover -s -p -t, exit codes 0/1/5), and --help.
import os
import re
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp(prefix='utcli')
exe = os.path.basename(sys.executable)


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


def clean(text):
    text = text.replace(root, 'ROOT')
    text = text.replace(exe + ' -m unittest', 'python -m unittest')
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', text)
    text = re.sub(r'(?m)^\d+\.\d{3}s +', 'N.NNNs ', text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)
    # Frames of unittest's own loader (its source differs between implementations).
    text = re.sub(r'(?m)^  File "loader.py".*\n(    .*\n)*', '', text)
    return text


def cli(*args, cwd=None):
    # A wide terminal: the usage lines must not wrap (the program name, which
    # holds the interpreter's name, changes their length).
    env = dict(os.environ, COLUMNS='250')
    proc = subprocess.run([sys.executable, '-m', 'unittest', *args],
                          cwd=cwd or root, capture_output=True, text=True, env=env)
    print('$ python -m unittest', ' '.join(args), '->', proc.returncode)
    out = clean(proc.stdout)
    if out:
        print('[stdout]')
        print(out.rstrip('\n'))
    print(clean(proc.stderr).rstrip('\n'))


write('test_math.py', '''import unittest
class MathTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_sub(self):
        print('sub output')
        self.assertEqual(2 - 1, 1)
class OtherTest(unittest.TestCase):
    def test_other(self):
        pass
''')
write('test_fail.py', '''import unittest
class FailTest(unittest.TestCase):
    def test_bad(self):
        print('captured stdout')
        word = 'local'
        self.assertEqual(word, 'other')
    def test_after(self):
        pass
''')
write('sub/__init__.py', '')
write('sub/test_subpkg.py', '''import unittest
class SubTest(unittest.TestCase):
    def test_in_sub(self):
        pass
''')
write('sub/check_named.py', '''import unittest
class CheckTest(unittest.TestCase):
    def test_check(self):
        pass
''')
write('empty/__init__.py', '')
# Not matched by discovery's default pattern; only the slow test is listed
# with --durations 1 (how long the fast one takes does not matter).
write('timing_mod.py', '''import time, unittest
class Timing(unittest.TestCase):
    def test_fast(self):
        pass
    def test_slow(self):
        time.sleep(0.05)
''')

cli('test_math')
cli('-v', 'test_math.MathTest')
cli('-q', 'test_math.MathTest.test_add')
cli('test_math.py')
cli('-v', 'sub/test_subpkg.py')
cli('-v', 'sub')
cli('-v', '-k', 'sub', 'test_math')
cli('-k', 'Other', '-k', '*add', 'test_math', '-v')
cli('test_fail')
cli('-f', 'test_fail')
cli('-b', 'test_fail.FailTest.test_bad')
cli('--locals', 'test_fail.FailTest.test_bad')
cli('--durations', '1', 'timing_mod')
cli('-v', '--durations', '1', 'timing_mod')
cli('-v')
cli()
cli('discover', '-s', 'sub', '-t', '.', '-v')
cli('discover', '-p', 'check_*.py', '-v')
cli('discover', 'sub', 'check_*.py')
cli('discover', '-s', 'empty')
cli('-k', 'nomatch', 'test_math')
cli('no_such_module')
cli('test_math.NoClass')
cli('--help')
cli('discover', '-h')
shutil.rmtree(root)
