"""TestLoader: builds test suites from test case classes, modules and names."""

import functools
import os
import re
from fnmatch import fnmatch, fnmatchcase
import sys
import traceback
import types

from . import case, suite, util
from .util import three_way_cmp as _three_way_cmp

# Frames of this module are hidden from reported tracebacks.
__unittest = True


class _FailedTest(case.TestCase):
    # A test standing for a name that could not be loaded: running it raises the
    # exception met while loading.
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    # The suite holding the stand-in test, and the message for loader.errors.
    stand_in = _FailedTest(methodname, exception)
    return suiteClass((stand_in,)), message


def _make_skipped_test(methodname, exception, suiteClass):
    # A suite of one test, skipped with the SkipTest raised while importing.
    reason = str(exception)

    @case.skip(reason)
    def testSkipped(self):
        pass
    stand_in = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((stand_in(methodname),))


# File names discovery may import: Python identifiers ending in .py.
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


def _is_loadable_case_class(obj):
    # A TestCase subclass other than the two base classes.
    return (isinstance(obj, type) and issubclass(obj, case.TestCase) and
            obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader(object):
    """Makes TestSuites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        # Messages of the names that failed to load.
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            # The base classes themselves have no tests.
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in module, or what the
        module's load_tests(loader, tests, pattern) function returns."""
        found = []
        for attr in dir(module):
            candidate = getattr(module, attr)
            if _is_loadable_case_class(candidate):
                found.append(self.loadTestsFromTestCase(candidate))

        hook = getattr(module, 'load_tests', None)
        tests = self.suiteClass(found)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            failed, note = _make_failed_load_tests(module.__name__, exc,
                                                   self.suiteClass)
            self.errors.append(note)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name: a module, a TestCase class, a test
        method, a TestSuite, or a callable returning a test or suite.  Without
        module, the name starts with a module to import; with it, the name is
        looked up in module."""
        parts = name.split('.')
        failed = note = None
        if module is None:
            # Import the longest importable prefix of the name.
            prefix = list(parts)
            while prefix:
                try:
                    module = __import__('.'.join(prefix))
                    break
                except ImportError:
                    dropped = prefix.pop()
                    # Keep the error for the report if nothing else works.
                    failed, note = _make_failed_import_test(dropped, self.suiteClass)
                    if not prefix:
                        self.errors.append(note)
                        return failed
            del parts[0]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and failed is not None:
                    # In a package a missing attribute may be a submodule that
                    # failed to import: report the import error.
                    self.errors.append(note)
                    return failed
                text = 'Failed to access attribute:\n' + traceback.format_exc()
                failed, note = _make_failed_test(part, e, self.suiteClass, text)
                self.errors.append(note)
                return failed

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        elif _is_loadable_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        elif (isinstance(obj, types.FunctionType) and isinstance(parent, type) and
              issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            # A static method is not a test method: it goes on to be called below.
            if not isinstance(getattr(inst, name), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" % (obj, test))
        else:
            raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName makes for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass: callables whose
        names start with testMethodPrefix and match testNamePatterns if set."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns
        owner = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}'

        def wanted(attr):
            if not (attr.startswith(prefix) and callable(getattr(testCaseClass, attr))):
                return False
            if patterns is None:
                return True
            full = owner + '.' + attr
            return any(fnmatchcase(full, p) for p in patterns)

        names = [attr for attr in dir(testCaseClass) if wanted(attr)]
        compare = self.sortTestMethodsUsing
        if compare:
            names.sort(key=functools.cmp_to_key(compare))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find the test modules below start_dir (a directory, or a dotted module
        name) whose file names match pattern, import them and return a suite of
        their tests.  Directories are searched when they are packages (hold an
        __init__.py); a package whose __init__ defines load_tests is left to it.
        The modules are imported by their names relative to top_level_dir
        (default start_dir), which is put on sys.path.  Entries are visited in
        sorted order.
        """
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                # A nested discover() from a package's load_tests.
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top = os.path.abspath(top_level_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        self._top_level_dir = top

        not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top:
                init = os.path.join(start_dir, '__init__.py')
                not_importable = not os.path.isfile(init)
        else:
            # A dotted module name.
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                start_module = sys.modules[start_dir]
                try:
                    start_dir = os.path.abspath(
                        os.path.dirname(start_module.__file__))
                except AttributeError:
                    if start_module.__name__ in sys.builtin_module_names:
                        raise TypeError('Can not use builtin modules '
                                        'as dotted module names') from None
                    raise TypeError("don't know how to discover from "
                                    f"{start_module!r}") from None
                if implicit_top:
                    head = start_module.__name__.split('.')[0]
                    self._top_level_dir = self._get_directory_containing_module(head)
                    sys.path.remove(top)
        if not_importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)

        found = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = saved_top
        return self.suiteClass(found)

    def _get_directory_containing_module(self, module_name):
        path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(path).lower().startswith('__init__.py'):
            # A package: the directory above the package's.
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        top = self._top_level_dir
        if path == top:
            return '.'
        stem = os.path.splitext(os.path.normpath(path))[0]
        relative = os.path.relpath(stem, top)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # Which files discovery loads; subclasses may match differently.
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        # Yield the suites found in start_dir: its own package first (unless it
        # is the top level or is being loaded already), then its entries.
        dotted = self._get_name_from_path(start_dir)
        if dotted != '.' and dotted not in self._loading_packages:
            tests, recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            entry_path = os.path.join(start_dir, entry)
            tests, recurse = self._find_test_path(entry_path, pattern)
            if tests is not None:
                yield tests
            if recurse:
                package = self._get_name_from_path(entry_path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(entry_path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _import_for_discovery(self, name):
        # (module, None) or (None, the suite standing for the failed import).
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as exc:
            return None, _make_skipped_test(name, exc, self.suiteClass)
        except:
            failed, note = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(note)
            return None, failed

    def _find_test_path(self, full_path, pattern):
        # The tests of one file, or of a directory's __init__.py, and whether
        # discovery should go on into the directory: (tests or None, recurse).
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not VALID_MODULE_NAME.match(basename):
                return None, False
            if not self._match_path(basename, full_path, pattern):
                return None, False
            dotted = self._get_name_from_path(full_path)
            module, failed = self._import_for_discovery(dotted)
            if module is None:
                return failed, False
            imported = os.path.abspath(getattr(module, '__file__', full_path))
            got = os.path.splitext(os.path.realpath(imported))[0]
            wanted = os.path.splitext(os.path.realpath(full_path))[0]
            if got.lower() != wanted.lower():
                msg = ("%r module incorrectly imported from %r. Expected "
                       "%r. Is this module globally installed?")
                raise ImportError(msg % (os.path.splitext(basename)[0],
                                         os.path.dirname(got),
                                         os.path.dirname(full_path)))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isdir(full_path):
            return None, False
        if not os.path.isfile(os.path.join(full_path, '__init__.py')):
            return None, False
        dotted = self._get_name_from_path(full_path)
        package, failed = self._import_for_discovery(dotted)
        if package is None:
            return failed, False
        has_hook = getattr(package, 'load_tests', None) is not None
        # While the package's own tests load, a discover() called by its
        # load_tests must not come back into it.
        self._loading_packages.add(dotted)
        try:
            found = self.loadTestsFromModule(package, pattern=pattern)
        finally:
            self._loading_packages.discard(dotted)
        return found, not has_hook


defaultTestLoader = TestLoader()
