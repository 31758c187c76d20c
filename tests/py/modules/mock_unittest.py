# unittest.mock used from unittest.TestCase tests run by unittest.main():
# patch decorators on methods and classes, setUp patchers, failures.
import io
import os
import re
import sys
import unittest
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, call, sentinel


def get_cwd_upper():
    return os.getcwd().upper()


class Repo:
    def load(self, key):
        raise RuntimeError('real load called')

    def save(self, key, value):
        raise RuntimeError('real save called')


def store(repo, key):
    value = repo.load(key)
    repo.save(key, value + 1)
    return value


class MockTests(unittest.TestCase):

    @patch('os.getcwd', return_value='/tmp/dir')
    def test_patch_decorator(self, mock_cwd):
        self.assertEqual(get_cwd_upper(), '/TMP/DIR')
        mock_cwd.assert_called_once_with()

    @patch.object(Repo, 'save')
    @patch.object(Repo, 'load', return_value=41)
    def test_stacked(self, mock_load, mock_save):
        self.assertEqual(store(Repo(), 'k'), 41)
        mock_load.assert_called_once_with('k')
        mock_save.assert_called_once_with('k', 42)

    def test_autospec(self):
        repo = mock.create_autospec(Repo, instance=True)
        repo.load.return_value = 1
        store(repo, 'z')
        self.assertEqual(repo.mock_calls, [call.load('z'), call.save('z', 2)])
        with self.assertRaises(TypeError):
            repo.save('only one')

    def test_context_manager(self):
        with patch.dict(os.environ, {'UNITTEST_MOCK': '1'}):
            self.assertEqual(os.environ['UNITTEST_MOCK'], '1')
        self.assertNotIn('UNITTEST_MOCK', os.environ)

    def test_assert_fails(self):
        m = Mock(name='m')
        m(1)
        m.assert_called_with(2)

    def test_failure_message(self):
        m = MagicMock()
        m.method('a')
        m.method.assert_called_once_with('b')

    def test_side_effect_error(self):
        m = Mock(side_effect=KeyError('missing'))
        m()

    def test_sentinel(self):
        m = Mock(return_value=sentinel.result)
        self.assertIs(m(), sentinel.result)

    @unittest.expectedFailure
    def test_expected(self):
        Mock().assert_called()


@patch('__main__.get_cwd_upper', return_value='PATCHED')
class ClassPatched(unittest.TestCase):

    def setUp(self):
        patcher = patch.object(Repo, 'load', return_value=5)
        self.mock_load = patcher.start()
        self.addCleanup(patcher.stop)

    def test_one(self, mock_func):
        self.assertEqual(get_cwd_upper(), 'PATCHED')
        self.assertEqual(Repo().load('x'), 5)
        self.mock_load.assert_called_once_with('x')

    def test_two(self, mock_func):
        self.assertEqual(mock_func.call_count, 0)
        self.assertIsInstance(mock_func, MagicMock)

    def helper_not_patched(self):
        return get_cwd_upper()


def clean(text):
    out = []
    skipping = False
    for line in text.split('\n'):
        if line.startswith('  File "'):
            skipping = True
            continue
        if skipping and line.startswith('    '):
            continue
        skipping = False
        line = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', line)
        line = re.sub(r"id='\d+'", "id='?'", line)
        out.append(line)
    return '\n'.join(out)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(argv=['prog'], testRunner=runner, exit=False)
print(clean(stream.getvalue()))
print(prog.result.wasSuccessful(), len(prog.result.failures),
      len(prog.result.errors), len(prog.result.expectedFailures))
print(Repo.load.__name__, get_cwd_upper.__name__)
print(ClassPatched('test_one').helper_not_patched() == os.getcwd().upper())
