"""Helpers for Weft's regression tests.

This package provides the ``test.support`` API that the test files of the
CPython regression suite (``Lib/test/test_*.py``) rely on, so that those files
can be run unmodified on Weft.  Helpers that depend on CPython internals
(reference counts, object sizes, the C API test modules) skip the test that
uses them; everything else behaves as the tests expect.

Weft-specific knobs:

* ``WEFT_TEST_USE`` (environment variable): the resources enabled for
  ``requires()``, written like regrtest's ``-u`` option, for example
  ``all,-network,-cpu``.  Without it every resource is enabled, which is what
  running a test file directly means.
"""

import contextlib
import functools
import os
import re
import stat
import sys
import sysconfig
import time
import types
import unittest

__all__ = [
    "PIPE_MAX_SIZE", "verbose", "max_memuse", "use_resources", "failfast",
    "Error", "TestFailed", "TestDidNotRun", "ResourceDenied",
    "record_original_stdout", "get_original_stdout", "captured_stdout",
    "captured_stdin", "captured_stderr", "captured_output",
    "is_resource_enabled", "requires", "requires_resource",
    "requires_freebsd_version", "requires_gil_enabled",
    "requires_linux_version", "requires_mac_ver", "check_syntax_error",
    "requires_gzip", "requires_bz2", "requires_lzma", "requires_zlib",
    "bigmemtest", "bigaddrspacetest", "cpython_only", "get_attribute",
    "requires_IEEE_754", "has_fork_support", "requires_fork",
    "has_subprocess_support", "requires_subprocess",
    "has_socket_support", "requires_working_socket",
    "anticipate_failure", "load_package_tests", "detect_api_mismatch",
    "check__all__", "skip_if_buggy_ucrt_strfptime",
    "check_disallow_instantiation", "check_sanitizer", "skip_if_sanitizer",
    "requires_limited_api", "requires_specialization",
    "MS_WINDOWS", "is_jython", "is_android", "is_emscripten", "is_wasi",
    "is_apple_mobile", "check_impl_detail", "unix_shell",
    "setswitchinterval", "get_pagesize", "open_urlresource",
    "reap_children", "run_with_locale", "swap_item", "findfile",
    "infinite_recursion", "swap_attr", "Matcher", "set_memlimit",
    "SuppressCrashReport", "sortdict", "run_with_tz", "PGO",
    "missing_compiler_executable", "ALWAYS_EQ", "NEVER_EQ", "LARGEST",
    "SMALLEST", "LOOPBACK_TIMEOUT", "INTERNET_TIMEOUT", "SHORT_TIMEOUT",
    "LONG_TIMEOUT", "Py_DEBUG", "exceeds_recursion_limit",
    "get_c_recursion_limit", "skip_on_s390x", "without_optimizer",
    "force_not_colorized", "BrokenIter",
]


# ---------------------------------------------------------------------------
# Timeouts (seconds).  Weft is an interpreter without a JIT, so the values are
# the generous ones used for slow buildbots.

LOOPBACK_TIMEOUT = 10.0
INTERNET_TIMEOUT = 60.0
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 5 * 60.0

TEST_SUPPORT_DIR = os.path.dirname(os.path.abspath(__file__))
TEST_HOME_DIR = os.path.dirname(TEST_SUPPORT_DIR)
STDLIB_DIR = os.path.dirname(TEST_HOME_DIR)
REPO_ROOT = os.path.dirname(STDLIB_DIR)
TEST_DATA_DIR = os.path.join(TEST_HOME_DIR, "data")


# ---------------------------------------------------------------------------
# Exceptions

class Error(Exception):
    """Base class for the errors of this package."""


class TestFailed(Error):
    """A test (run through run_unittest or run_doctest) failed."""

    def __init__(self, msg, *args, stats=None):
        self.msg = msg
        self.stats = stats
        super().__init__(msg, *args)

    def __str__(self):
        return self.msg


class TestFailedWithDetails(TestFailed):
    """TestFailed carrying the lists of errors and failures."""

    def __init__(self, msg, errors, failures, stats):
        self.errors = errors
        self.failures = failures
        super().__init__(msg, errors, failures, stats=stats)


class TestDidNotRun(Error):
    """No test ran at all."""


class ResourceDenied(unittest.SkipTest):
    """A test needs a resource (network, audio, a large amount of memory...)
    that is not available or not enabled; the test is reported as skipped."""


# ---------------------------------------------------------------------------
# Global settings, normally set by a test driver.

verbose = 1
use_resources = None
max_memuse = 0
real_max_memuse = 0
junit_xml_list = None
failfast = False
PGO = False
PGO_EXTENDED = False
environment_altered = False

# Sizes large enough to fill an OS pipe or socket buffer.
PIPE_MAX_SIZE = 4 * 1024 * 1024 + 1
SOCK_MAX_SIZE = 16 * 1024 * 1024 + 1

ALL_RESOURCES = ('audio', 'curses', 'largefile', 'network', 'decimal',
                 'cpu', 'subprocess', 'urlfetch', 'gui', 'walltime',
                 'tzdata', 'extralargefile')


def _parse_resource_spec(spec):
    enabled = set()
    for item in spec.replace(' ', '').split(','):
        if not item:
            continue
        if item == 'all':
            enabled.update(ALL_RESOURCES)
        elif item == 'none':
            enabled.clear()
        elif item.startswith('-'):
            enabled.discard(item[1:])
        else:
            enabled.add(item)
    return sorted(enabled)


if os.environ.get('WEFT_TEST_USE') is not None:
    use_resources = _parse_resource_spec(os.environ['WEFT_TEST_USE'])


_original_stdout = None


def record_original_stdout(stdout):
    global _original_stdout
    _original_stdout = stdout


def get_original_stdout():
    return _original_stdout or sys.stdout


def flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except Exception:
                pass


def print_warning(msg):
    # Written to the real stderr so that captured output does not swallow it.
    stream = sys.__stderr__ or sys.stderr
    flush_std_streams()
    for line in str(msg).splitlines() or ['']:
        print(f"Warning -- {line}", file=stream, flush=True)


# ---------------------------------------------------------------------------
# Platform and implementation facts

MS_WINDOWS = sys.platform == 'win32'
is_jython = sys.platform.startswith('java')
is_android = sys.platform == 'android'
is_emscripten = sys.platform == 'emscripten'
is_wasi = sys.platform == 'wasi'
is_apple_mobile = sys.platform in ('ios', 'tvos', 'watchos')
is_apple = is_apple_mobile or sys.platform == 'darwin'
is_weft = sys.implementation.name == 'weft'

unix_shell = None if MS_WINDOWS else '/bin/sh'

has_fork_support = hasattr(os, 'fork') and not (
    is_emscripten or is_wasi or is_apple_mobile or is_android)


def _subprocess_works():
    if is_emscripten or is_wasi or is_apple_mobile:
        return False
    try:
        import subprocess  # noqa: F401
    except ImportError:
        return False
    return hasattr(os, 'pipe')


has_subprocess_support = _subprocess_works()


def _socket_works():
    if is_emscripten or is_wasi:
        return False
    try:
        import socket  # noqa: F401
    except ImportError:
        return False
    return True


has_socket_support = _socket_works()

Py_DEBUG = hasattr(sys, 'gettotalrefcount')
Py_TRACE_REFS = hasattr(sys, 'getobjects')
Py_GIL_DISABLED = bool(sysconfig.get_config_var('Py_GIL_DISABLED'))
MAX_Py_ssize_t = sys.maxsize
NHASHBITS = sys.hash_info.width

def _strftime_has_extensions():
    # glibc accepts a field width between '%' and the directive ("%4Y").
    try:
        return time.strftime("%4Y") != "%4Y"
    except ValueError:
        return False


has_strftime_extensions = (sys.platform != 'win32'
                           and _strftime_has_extensions())

TEST_HTTP_URL = "http://www.pythontest.net"
TEST_MODULES_ENABLED = False
HAVE_ASAN_FORK_BUG = False

# Weft has no "C recursion limit" of its own to report; nesting deeper than
# this raises RecursionError rather than overflowing the C stack.
C_RECURSION_LIMIT = 10000
EXCEEDS_RECURSION_LIMIT = 3 * C_RECURSION_LIMIT


def get_c_recursion_limit():
    return C_RECURSION_LIMIT


def exceeds_recursion_limit():
    """A nesting depth comfortably above every recursion limit."""
    return EXCEEDS_RECURSION_LIMIT


# ---------------------------------------------------------------------------
# Resources

def _is_gui_available():
    return False


_is_gui_available.reason = "no GUI toolkit is available to Weft"


def is_resource_enabled(resource):
    """True when the tests may use *resource*."""
    return use_resources is None or resource in use_resources


def requires(resource, msg=None):
    """Raise ResourceDenied unless *resource* is available and enabled."""
    if resource == 'gui' and not _is_gui_available():
        raise ResourceDenied(_is_gui_available.reason)
    if not is_resource_enabled(resource):
        if msg is None:
            msg = "Use of the %r resource not enabled" % resource
        raise ResourceDenied(msg)


def _id(obj):
    return obj


def requires_resource(resource):
    if resource == 'gui' and not _is_gui_available():
        return unittest.skip(_is_gui_available.reason)
    if is_resource_enabled(resource):
        return _id
    return unittest.skip("resource %r is not enabled" % (resource,))


def _kernel_version(sysname):
    if not sys.platform.startswith(sysname):
        return None
    try:
        release = os.uname().release
    except (AttributeError, OSError):
        return None
    match = re.match(r'[0-9]+(?:\.[0-9]+)*', release)
    if match is None:
        return None
    return tuple(int(part) for part in match.group().split('.'))


def _requires_os_version(sysname, min_version):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kw):
            version = _kernel_version(sysname)
            if version is not None and version < tuple(min_version):
                wanted = '.'.join(map(str, min_version))
                have = '.'.join(map(str, version))
                raise unittest.SkipTest(
                    "%s version %s or higher required, not %s"
                    % (sysname, wanted, have))
            return func(*args, **kw)
        wrapper.min_version = min_version
        return wrapper
    return decorator


def requires_freebsd_version(*min_version):
    return _requires_os_version('freebsd', min_version)


def requires_linux_version(*min_version):
    return _requires_os_version('linux', min_version)


def requires_mac_ver(*min_version):
    return _requires_os_version('darwin', min_version)


def skip_if_buildbot(reason=None):
    return _id


def check_sanitizer(*, address=False, memory=False, ub=False, thread=False):
    """Whether Weft runs under one of the given sanitizers (never known from
    Python code, so always False)."""
    return False


def skip_if_sanitizer(reason=None, *, address=False, memory=False, ub=False,
                      thread=False):
    if reason is None:
        reason = "not working with sanitizers active"
    return unittest.skipIf(check_sanitizer(address=address, memory=memory,
                                           ub=ub, thread=thread), reason)


def set_sanitizer_env_var(env, option):
    pass


def skip_emscripten_stack_overflow():
    return unittest.skipIf(is_emscripten, "exhausts limited stack on Emscripten")


def skip_wasi_stack_overflow():
    return unittest.skipIf(is_wasi, "exhausts stack on WASI")


def system_must_validate_cert(f):
    return f


def _optional_module(name):
    try:
        return __import__(name)
    except ImportError:
        return None


def requires_zlib(reason='requires zlib'):
    return unittest.skipUnless(_optional_module('zlib'), reason)


def requires_gzip(reason='requires gzip'):
    return unittest.skipUnless(_optional_module('gzip'), reason)


def requires_bz2(reason='requires bz2'):
    return unittest.skipUnless(_optional_module('bz2'), reason)


def requires_lzma(reason='requires lzma'):
    return unittest.skipUnless(_optional_module('lzma'), reason)


def has_no_debug_ranges():
    if not hasattr(has_no_debug_ranges.__code__, 'co_positions'):
        return True
    return bool(getattr(sys.flags, 'no_debug_ranges', False))


def requires_debug_ranges(reason='requires co_positions / debug_ranges'):
    return unittest.skipIf(has_no_debug_ranges(), reason)


@contextlib.contextmanager
def suppress_immortalization(suppress=True):
    yield


def skip_if_suppress_immortalization():
    return _id


def requires_fork():
    return unittest.skipUnless(has_fork_support, "requires working os.fork()")


def requires_subprocess():
    return unittest.skipUnless(has_subprocess_support,
                               "requires subprocess support")


def requires_working_socket(*, module=False):
    """Skip the test (or, with module=True, the whole module) when sockets
    cannot be used."""
    msg = "requires socket support"
    if module:
        if not has_socket_support:
            raise unittest.SkipTest(msg)
        return None
    return unittest.skipUnless(has_socket_support, msg)


def requires_gil_enabled(msg="needs the GIL enabled"):
    return unittest.skipIf(Py_GIL_DISABLED, msg)


def expected_failure_if_gil_disabled():
    if Py_GIL_DISABLED:
        return unittest.expectedFailure
    return _id


def requires_limited_api(test):
    return unittest.skip("needs the limited C API (not provided by Weft)")(test)


def requires_specialization(test):
    return unittest.skip("needs CPython's specializing interpreter")(test)


def requires_venv_with_pip():
    return unittest.skip("venv with pip is not available for Weft")


def skip_if_buggy_ucrt_strfptime(test):
    return test


def skip_if_pgo_task(test):
    return test


skip_on_s390x = unittest.skipIf(
    hasattr(os, 'uname') and os.uname().machine == 's390x', 'skipped on s390x')


def _float_is_ieee754():
    getformat = getattr(float, '__getformat__', None)
    if getformat is not None:
        try:
            return getformat('double').startswith('IEEE')
        except (TypeError, ValueError):
            pass
    import struct
    return struct.pack('<d', 1.5) == b'\x00\x00\x00\x00\x00\x00\xf8?'


requires_IEEE_754 = unittest.skipUnless(_float_is_ieee754(),
                                        "test requires IEEE 754 doubles")


# ---------------------------------------------------------------------------
# Implementation details

def _parse_guards(guards):
    # -> ({implementation name: run?}, value for the other implementations)
    if not guards:
        return {'cpython': True}, False
    values = list(guards.values())
    first = values[0]
    if any(value != first for value in values):
        raise ValueError("impl_detail guards must be all True or all False")
    return guards, not first


def check_impl_detail(**guards):
    """Whether the running implementation matches *guards*.

    check_impl_detail() is true only on CPython; check_impl_detail(weft=True)
    only on Weft; check_impl_detail(cpython=False) everywhere but CPython.
    """
    guards, default = _parse_guards(guards)
    return guards.get(sys.implementation.name, default)


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _id
    if msg is None:
        names, default = _parse_guards(guards)
        if default:
            template = "implementation detail not available on {0}"
        else:
            template = "implementation detail specific to {0}"
        msg = template.format(' or '.join(sorted(names)))
    return unittest.skip(msg)


def cpython_only(test):
    """Decorator: the test exercises CPython internals (skipped on Weft)."""
    return impl_detail(cpython=True)(test)


def refcount_test(test):
    """Decorator for tests that look at reference counts (CPython only)."""
    return no_tracing(cpython_only(test))


def no_tracing(func):
    """Decorator running *func* with sys.settrace() switched off."""
    if not hasattr(sys, 'gettrace'):
        return func

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        previous = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(previous)
    return wrapper


def _builtin_docstrings_missing():
    return len.__doc__ is None or dict.__doc__ is None


def _check_docstrings():
    """A docstring, to see whether -OO stripped it."""


MISSING_C_DOCSTRINGS = _builtin_docstrings_missing()
HAVE_DOCSTRINGS = (_check_docstrings.__doc__ is not None
                   and not MISSING_C_DOCSTRINGS)
HAVE_PY_DOCSTRINGS = _check_docstrings.__doc__ is not None

requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS,
                                          "test requires docstrings")


def python_is_optimized():
    return not Py_DEBUG


def check_cflags_pgo():
    return False


def check_bolt_optimized():
    return False


def with_pymalloc():
    return False


def with_mimalloc():
    return False


def linked_to_musl():
    return False


def initialized_with_pyrepl():
    return False


def without_optimizer(func):
    """Weft has no tier-2 optimizer to switch off: returns *func*."""
    return func


def force_not_colorized(func):
    """Decorator running *func* with colored output disabled."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with _env_guard() as env:
            env.unset('FORCE_COLOR')
            env.set('NO_COLOR', '1')
            env.set('PYTHON_COLORS', '0')
            return func(*args, **kwargs)
    return wrapper


def _env_guard():
    from test.support import os_helper
    return os_helper.EnvironmentVarGuard()


# ---------------------------------------------------------------------------
# Object sizes: Weft's objects are laid out differently from CPython's, so
# sizes computed from CPython's struct layouts are meaningless.

_header = 'nP'
_align = '0n'
_vheader = _header + 'n'


def calcobjsize(fmt):
    import struct
    return struct.calcsize(_header + fmt + _align)


def calcvobjsize(fmt):
    import struct
    return struct.calcsize(_vheader + fmt + _align)


def check_sizeof(test, o, size):
    raise unittest.SkipTest("object sizes are specific to CPython")


# ---------------------------------------------------------------------------
# Big-memory tests

_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G


def _parse_memlimit(limit):
    sizes = {'k': 1024, 'm': _1M, 'g': _1G, 't': 1024 * _1G}
    match = re.fullmatch(r'(\d+(?:\.\d+)?) *([kmgt])b?', limit.strip(),
                         re.IGNORECASE)
    if match is None:
        raise ValueError('Invalid memory limit: %r' % (limit,))
    return int(float(match.group(1)) * sizes[match.group(2).lower()])


def set_memlimit(limit):
    global max_memuse, real_max_memuse
    memlimit = _parse_memlimit(limit)
    if memlimit < _2G - 1:
        raise ValueError('Memory limit %r too low to be useful' % (limit,))
    real_max_memuse = memlimit
    max_memuse = min(memlimit, MAX_Py_ssize_t)


def bigmemtest(size, memuse, dry_run=True):
    """Decorator for tests needing size*memuse bytes.

    The test method receives the size as an extra argument.  Unless a memory
    limit was set with set_memlimit(), a small size is passed instead (when
    *dry_run* is true) or the test is skipped (when it is false).
    """
    def decorator(f):
        def wrapper(self):
            size = wrapper.size
            memuse = wrapper.memuse
            actual = size if real_max_memuse else 5147
            if ((real_max_memuse or not dry_run)
                    and real_max_memuse < actual * memuse):
                raise unittest.SkipTest(
                    "not enough memory: %.1fG minimum needed"
                    % (size * memuse / _1G))
            return f(self, actual)
        wrapper.size = size
        wrapper.memuse = memuse
        wrapper.__name__ = f.__name__
        wrapper.__qualname__ = getattr(f, '__qualname__', f.__name__)
        wrapper.__doc__ = f.__doc__
        return wrapper
    return decorator


def bigaddrspacetest(f):
    """Decorator for tests that need the whole address space."""
    @functools.wraps(f)
    def wrapper(self):
        if max_memuse < MAX_Py_ssize_t:
            raise unittest.SkipTest(
                "not enough memory: %.1fG minimum needed"
                % (MAX_Py_ssize_t / _1G))
        return f(self)
    return wrapper


# ---------------------------------------------------------------------------
# Running tests

def anticipate_failure(condition):
    """Decorator: mark the test as an expected failure when *condition*."""
    if condition:
        return unittest.expectedFailure
    return _id


def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    """Body of a test package's load_tests(): discover the package's tests."""
    if pattern is None:
        pattern = "test*"
    pkg_dir = os.path.abspath(pkg_dir)
    top_dir = os.path.dirname(os.path.dirname(pkg_dir))
    try:
        package_tests = loader.discover(start_dir=pkg_dir,
                                        top_level_dir=top_dir,
                                        pattern=pattern)
    except NotImplementedError:
        package_tests = _load_package_modules(pkg_dir, loader, pattern)
    standard_tests.addTests(package_tests)
    return standard_tests


def _package_name(pkg_dir):
    # The dotted name under which the package directory was imported.
    for name, module in list(sys.modules.items()):
        paths = getattr(module, '__path__', None)
        if not paths:
            continue
        try:
            if any(os.path.abspath(p) == pkg_dir for p in paths):
                return name
        except TypeError:
            continue
    return os.path.basename(pkg_dir)


def _load_package_modules(pkg_dir, loader, pattern):
    """Discovery for a loader without discover(): the test modules (and
    test subpackages) found directly in *pkg_dir*."""
    import fnmatch
    import importlib
    package = _package_name(pkg_dir)
    suite = unittest.TestSuite()
    for entry in sorted(os.listdir(pkg_dir)):
        full = os.path.join(pkg_dir, entry)
        if entry.endswith('.py') and entry != '__init__.py':
            name = entry[:-3]
            if not fnmatch.fnmatch(entry, pattern + '.py' if '.' not in
                                   pattern else pattern):
                continue
        elif os.path.isfile(os.path.join(full, '__init__.py')):
            name = entry
            if not fnmatch.fnmatch(entry, pattern.replace('.py', '')):
                continue
        else:
            continue
        try:
            module = importlib.import_module(package + '.' + name)
        except unittest.SkipTest as exc:
            suite.addTest(_skipped_module_test(package + '.' + name, str(exc)))
            continue
        except Exception as exc:
            # Like discover(): a module that cannot be imported becomes a
            # failing test, and the other modules still run.
            suite.addTest(_failed_module_test(package + '.' + name, exc))
            continue
        suite.addTest(loader.loadTestsFromModule(module, pattern=pattern))
    return suite


def _failed_module_test(name, error):
    import traceback
    text = ''.join(traceback.format_exception(error))

    class ModuleImportFailure(unittest.TestCase):
        def runTest(self):
            raise ImportError("Failed to import test module: %s\n%s"
                              % (name, text))
    ModuleImportFailure.__name__ = ModuleImportFailure.__qualname__ = name
    return ModuleImportFailure()


def _skipped_module_test(name, reason):
    class ModuleSkipped(unittest.TestCase):
        def runTest(self):
            raise unittest.SkipTest(reason)
    ModuleSkipped.__name__ = ModuleSkipped.__qualname__ = name
    return ModuleSkipped()


def get_attribute(obj, name):
    """getattr(obj, name), or skip the test when the attribute is missing."""
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest("object %r has no attribute %r" % (obj, name))


def _filter_suite(suite, keep):
    tests = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            _filter_suite(test, keep)
            tests.append(test)
        elif keep(test):
            tests.append(test)
    suite._tests = tests


match_tests = None
_match_patterns = None


def set_match_tests(patterns=None, ignore_patterns=None):
    global match_tests, _match_patterns
    match_tests = patterns
    _match_patterns = patterns


def match_test(test):
    if not _match_patterns:
        return True
    test_id = test.id()
    import fnmatch
    for pattern in _match_patterns:
        if isinstance(pattern, tuple):
            pattern, include = pattern
        else:
            include = True
        if fnmatch.fnmatchcase(test_id, pattern) or pattern in test_id.split('.'):
            return include
    return False


def _run_suite(suite):
    """Run *suite*; raise TestFailed when a test failed or erred."""
    runner = unittest.TextTestRunner(sys.stdout, verbosity=2 if verbose else 1,
                                     failfast=failfast)
    result = runner.run(suite)
    if not result.testsRun and not result.skipped:
        raise TestDidNotRun("no test ran")
    if not result.wasSuccessful():
        stats = (result.testsRun, len(result.failures) + len(result.errors),
                 len(result.skipped))
        if len(result.errors) == 1 and not result.failures:
            msg = result.errors[0][1]
        elif len(result.failures) == 1 and not result.errors:
            msg = result.failures[0][1]
        else:
            msg = "multiple errors occurred"
            if not verbose:
                msg += "; run in verbose mode for details"
        raise TestFailedWithDetails(
            msg, [e[0].id() for e in result.errors],
            [f[0].id() for f in result.failures], stats=stats)
    return result


def run_unittest(*classes):
    """Run the tests of the given TestCase classes, suites, test cases or
    module names."""
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for item in classes:
        if isinstance(item, str):
            if item not in sys.modules:
                raise ValueError("str arguments must be keys in sys.modules")
            suite.addTest(loader.loadTestsFromModule(sys.modules[item]))
        elif isinstance(item, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(item)
        else:
            suite.addTest(loader.loadTestsFromTestCase(item))
    _filter_suite(suite, match_test)
    return _run_suite(suite)


def run_doctest(module, verbosity=None, optionflags=0):
    """Run the doctests of *module*; return (failures, tests)."""
    import doctest
    if verbosity is None:
        verbosity = verbose
    failures, tests = doctest.testmod(module, verbose=verbosity,
                                      optionflags=optionflags)
    if failures:
        raise TestFailed("%d of %d doctests failed" % (failures, tests))
    if verbose:
        print('doctest (%s) ... %d tests with zero failures'
              % (module.__name__, tests))
    return failures, tests


# ---------------------------------------------------------------------------
# Files and formatting

def findfile(filename, subdir=None):
    """Look for a test data file: in the test directory, then along sys.path.
    Return *filename* unchanged when it cannot be found."""
    if os.path.isabs(filename):
        return filename
    if subdir is not None:
        filename = os.path.join(subdir, filename)
    # The test package may span several directories (see test/__init__.py).
    test_package = sys.modules.get('test')
    package_dirs = list(getattr(test_package, '__path__', None) or [])
    for directory in [TEST_HOME_DIR] + package_dirs + sys.path:
        candidate = os.path.join(directory or os.curdir, filename)
        if os.path.exists(candidate):
            return candidate
    return filename


def sortdict(dict):
    """The repr of a dict with its items sorted by key."""
    items = sorted(dict.items())
    return "{%s}" % ", ".join("%r: %r" % pair for pair in items)


def run_code(code):
    """Execute *code* in a fresh namespace and return the namespace."""
    namespace = {}
    exec(code, namespace)
    return namespace


def check_syntax_error(testcase, statement, errtext='', *, lineno=None,
                       offset=None):
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, '<test string>', 'exec')
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


def open_urlresource(url, *args, **kw):
    """Weft's test runs never download data files: the test is skipped."""
    requires('urlfetch')
    raise ResourceDenied("no network access to fetch %s" % (url,))


def get_pagesize():
    for name in ('SC_PAGESIZE', 'SC_PAGE_SIZE'):
        try:
            return os.sysconf(name)
        except (AttributeError, ValueError, OSError):
            pass
    try:
        import mmap
        return mmap.PAGESIZE
    except (ImportError, AttributeError):
        return 4096


def missing_compiler_executable(cmd_names=[]):
    """Weft cannot build C extensions from tests; name the missing tool."""
    return cmd_names[0] if cmd_names else 'cc'


# ---------------------------------------------------------------------------
# Standard streams

@contextlib.contextmanager
def captured_output(stream_name):
    """Replace sys.<stream_name> by a StringIO, which the block receives."""
    import io
    saved = getattr(sys, stream_name)
    replacement = io.StringIO()
    setattr(sys, stream_name, replacement)
    try:
        yield replacement
    finally:
        setattr(sys, stream_name, saved)


def captured_stdout():
    """with captured_stdout() as out: print("x"); then out.getvalue()."""
    return captured_output("stdout")


def captured_stderr():
    return captured_output("stderr")


def captured_stdin():
    """Write to the StringIO and seek(0) before the code reads it."""
    return captured_output("stdin")


# ---------------------------------------------------------------------------
# Garbage collection.  Weft frees objects by reference counting; when it has
# no ``gc`` module (no cycle collector), gc_collect() does nothing and objects
# in reference cycles stay alive.

try:
    import gc as _gc
except ImportError:
    _gc = None


def gc_collect():
    """Collect as much garbage as the interpreter can (no-op without gc)."""
    if _gc is None:
        return
    _gc.collect()
    _gc.collect()
    _gc.collect()


@contextlib.contextmanager
def disable_gc():
    if _gc is None:
        yield
        return
    was_enabled = _gc.isenabled()
    _gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _gc.enable()


@contextlib.contextmanager
def gc_threshold(*args):
    if _gc is None:
        yield
        return
    previous = _gc.get_threshold()
    _gc.set_threshold(*args)
    try:
        yield
    finally:
        _gc.set_threshold(*previous)


def check_free_after_iterating(test, iter, cls, args=()):
    """Check that an exhausted iterator releases the object it iterated."""
    done = False

    def body():
        nonlocal done

        class Tracked(cls):
            def __del__(self):
                nonlocal done
                done = True
                try:
                    next(it)
                except StopIteration:
                    pass

        it = iter(Tracked(*args))
        test.assertRaises(StopIteration, next, it)

    body()
    gc_collect()
    test.assertTrue(done)


def late_deletion(obj):
    """Keep *obj* alive until the interpreter shuts down."""
    _late_objects.append(obj)


_late_objects = []


# ---------------------------------------------------------------------------
# Locale and time zone

@contextlib.contextmanager
def run_with_locale(catstr, *locales):
    """Decorator/context manager: run with the first locale of *locales*
    that can be set for category *catstr*, then restore the previous one."""
    try:
        import locale
        category = getattr(locale, catstr)
        original = locale.setlocale(category)
    except AttributeError:
        raise
    except Exception:
        locale = original = None
    else:
        for name in locales:
            try:
                locale.setlocale(category, name)
                break
            except Exception:
                pass
    try:
        yield
    finally:
        if locale and original:
            locale.setlocale(category, original)


@contextlib.contextmanager
def run_with_locales(catstr, *locales):
    # Variant running the block once; kept for the tests that name it.
    with run_with_locale(catstr, *locales):
        yield


def run_with_tz(tz):
    """Decorator: run the test with the TZ environment variable set to *tz*."""
    def decorator(func):
        @functools.wraps(func)
        def inner(*args, **kwds):
            tzset = getattr(time, 'tzset', None)
            if tzset is None:
                raise unittest.SkipTest("tzset required")
            saved = os.environ.get('TZ')
            os.environ['TZ'] = tz
            tzset()
            try:
                return func(*args, **kwds)
            finally:
                if saved is None:
                    del os.environ['TZ']
                else:
                    os.environ['TZ'] = saved
                tzset()
        return inner
    return decorator


# ---------------------------------------------------------------------------
# Temporarily changed attributes and items

@contextlib.contextmanager
def swap_attr(obj, attr, new_val):
    """Set obj.attr to new_val for the block; yield the previous value (or
    None when the attribute did not exist, in which case it is deleted
    afterwards)."""
    if hasattr(obj, attr):
        old = getattr(obj, attr)
        setattr(obj, attr, new_val)
        try:
            yield old
        finally:
            setattr(obj, attr, old)
    else:
        setattr(obj, attr, new_val)
        try:
            yield None
        finally:
            if hasattr(obj, attr):
                delattr(obj, attr)


@contextlib.contextmanager
def swap_item(obj, item, new_val):
    """Set obj[item] to new_val for the block, like swap_attr."""
    if item in obj:
        old = obj[item]
        obj[item] = new_val
        try:
            yield old
        finally:
            obj[item] = old
    else:
        obj[item] = new_val
        try:
            yield None
        finally:
            if item in obj:
                del obj[item]


def patch(test_instance, object_to_patch, attr_name, new_value):
    """Set an attribute for the rest of a test; a cleanup restores it."""
    try:
        in_dict = attr_name in vars(object_to_patch)
    except TypeError:
        in_dict = hasattr(object_to_patch, attr_name)
    old = getattr(object_to_patch, attr_name, None)

    def restore():
        if in_dict:
            setattr(object_to_patch, attr_name, old)
        else:
            try:
                delattr(object_to_patch, attr_name)
            except AttributeError:
                pass

    test_instance.addCleanup(restore)
    setattr(object_to_patch, attr_name, new_value)


@contextlib.contextmanager
def patch_list(orig):
    """Restore the contents of the list *orig* after the block."""
    saved = orig[:]
    try:
        yield
    finally:
        orig[:] = saved


# ---------------------------------------------------------------------------
# Recursion

def get_recursion_depth():
    """The number of Python frames above the caller (at least 1)."""
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    frame = None
    return max(depth, 1)


def get_recursion_available():
    return sys.getrecursionlimit() - get_recursion_depth()


@contextlib.contextmanager
def set_recursion_limit(limit):
    """Change sys.getrecursionlimit() for the block."""
    previous = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(limit)
        yield
    finally:
        sys.setrecursionlimit(previous)


def infinite_recursion(max_depth=None):
    """Context manager limiting recursion for code that recurses without end,
    so that RecursionError comes quickly."""
    if max_depth is None:
        max_depth = 20_000
    elif max_depth < 3:
        raise ValueError("max_depth must be at least 3, got %r" % (max_depth,))
    depth = max(get_recursion_depth() - 1, 1)
    return set_recursion_limit(depth + max_depth)


@contextlib.contextmanager
def adjust_int_max_str_digits(max_digits):
    """Change sys.get_int_max_str_digits() for the block."""
    previous = sys.get_int_max_str_digits()
    try:
        sys.set_int_max_str_digits(max_digits)
        yield
    finally:
        sys.set_int_max_str_digits(previous)


# ---------------------------------------------------------------------------
# Unraisable and thread exceptions

class catch_unraisable_exception:
    """Context manager storing the argument of sys.unraisablehook.

    Inside the block, ``cm.unraisable`` is the last unraisable exception (or
    None); the attribute is deleted on exit.
    """

    def __init__(self):
        self.unraisable = None
        self._old_hook = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self._old_hook = sys.unraisablehook
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc_info):
        sys.unraisablehook = self._old_hook
        del self.unraisable


def catch_threading_exception():
    from test.support import threading_helper
    return threading_helper.catch_threading_exception()


# ---------------------------------------------------------------------------
# Comparison helpers

class _ALWAYS_EQ:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = _ALWAYS_EQ()


class _NEVER_EQ:
    """Equal to nothing, itself included."""

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1


NEVER_EQ = _NEVER_EQ()


@functools.total_ordering
class _LARGEST:
    """Greater than everything else."""

    def __eq__(self, other):
        return isinstance(other, _LARGEST)

    def __lt__(self, other):
        return False


LARGEST = _LARGEST()


@functools.total_ordering
class _SMALLEST:
    """Less than everything else."""

    def __eq__(self, other):
        return isinstance(other, _SMALLEST)

    def __gt__(self, other):
        return False


SMALLEST = _SMALLEST()


class BrokenIter:
    """An iterable whose construction, __iter__ or __next__ can fail."""

    def __init__(self, init_raises=False, next_raises=False, iter_raises=False):
        if init_raises:
            1 / 0
        self.next_raises = next_raises
        self.iter_raises = iter_raises

    def __next__(self):
        if self.next_raises:
            1 / 0

    def __iter__(self):
        if self.iter_raises:
            1 / 0
        return self


class Matcher(object):
    """Check that a dict contains given key/value pairs (used for logging
    records); string values may be partial matches with ``_partial``."""

    _partial_matches = ('msg', 'message')

    def matches(self, d, **kwargs):
        for key, value in kwargs.items():
            if not self.match_value(key, d.get(key), value):
                return False
        return True

    def match_value(self, k, dv, v):
        if type(v) != type(dv):
            return False
        if type(dv) is not str or k not in self._partial_matches:
            return v == dv
        return dv.find(v) >= 0


def detect_api_mismatch(ref_api, other_api, *, ignore=()):
    """Public names of *ref_api* that *other_api* lacks."""
    missing = {name for name in dir(ref_api) if not name.startswith('_')
               or name in ('__iter__', '__contains__', '__len__')}
    missing -= set(dir(other_api))
    missing -= set(ignore)
    return missing


def check__all__(test_case, module, name_of_module=None, extra=(),
                 not_exported=()):
    """Check that module.__all__ lists exactly the public names defined in
    *module* (or in the modules named by *name_of_module*)."""
    if name_of_module is None:
        name_of_module = (module.__name__,)
    elif isinstance(name_of_module, str):
        name_of_module = (name_of_module,)
    expected = set(extra)
    for name in dir(module):
        if name.startswith('_') or name in not_exported:
            continue
        obj = getattr(module, name)
        owner = getattr(obj, '__module__', None)
        if owner in name_of_module or (
                not hasattr(obj, '__module__')
                and not isinstance(obj, types.ModuleType)):
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    """Check that calling the type *tp* raises TypeError."""
    module = getattr(tp, '__module__', None)
    qualname = getattr(tp, '__qualname__', tp.__name__)
    name = qualname if module in (None, 'builtins') else f"{module}.{qualname}"
    msg = f"cannot create '{re.escape(name)}' instances"
    testcase.assertRaisesRegex(TypeError, msg, tp, *args, **kwds)
    testcase.assertRaisesRegex(TypeError, msg, tp.__new__, tp, *args, **kwds)


def iter_builtin_types():
    import builtins
    for obj in vars(builtins).values():
        if isinstance(obj, type) and obj.__module__ == 'builtins':
            yield obj


def iter_slot_wrappers(cls):
    wrapper_type = type(object.__init__)
    for name, value in list(vars(cls).items()):
        if name.startswith('__') and name.endswith('__') \
                and isinstance(value, wrapper_type):
            yield name, True
    for base in cls.__mro__[1:]:
        for name, value in list(vars(base).items()):
            if name.startswith('__') and name.endswith('__') \
                    and isinstance(value, wrapper_type) \
                    and name not in vars(cls):
                yield name, False


def collision_stats(nbins, nballs):
    """(expected number of collisions, its standard deviation) when nballs
    balls go into nbins bins at random."""
    import math
    n, k = nbins, nballs
    p = 1.0 - 1.0 / n
    empty_expected = n * p ** k
    collisions = k - n + empty_expected
    variance = (n * (n - 1) * (1.0 - 2.0 / n) ** k
                + empty_expected - empty_expected ** 2)
    return collisions, math.sqrt(max(variance, 0.0))


# ---------------------------------------------------------------------------
# Processes, signals and crash reports

def reap_children():
    """Wait for any child process left over by a test."""
    global environment_altered
    if not (hasattr(os, 'waitpid') and hasattr(os, 'WNOHANG')):
        return
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except OSError:
            break
        if pid == 0:
            break
        print_warning(f"reap_children() reaped child process {pid}")
        environment_altered = True


def wait_process(pid, *, exitcode, timeout=None):
    """Wait for process *pid* to end and check its exit code."""
    if timeout is None:
        timeout = SHORT_TIMEOUT
    for _ in sleeping_retry(timeout, error=False):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except OSError:
            pass
        raise AssertionError(f"process {pid} is still running "
                             f"after {timeout:.1f} seconds")
    code = os.waitstatus_to_exitcode(status)
    if code != exitcode:
        raise AssertionError(f"process {pid} exited with code {code}, "
                             f"but exit code {exitcode} is expected")


def args_from_interpreter_flags():
    """Command-line options reproducing the current interpreter settings."""
    import subprocess
    helper = getattr(subprocess, '_args_from_interpreter_flags', None)
    if helper is not None:
        return helper()
    args = []
    if sys.flags.isolated:
        args.append('-I')
    return args


def optim_args_from_interpreter_flags():
    import subprocess
    helper = getattr(subprocess, '_optim_args_from_interpreter_flags', None)
    if helper is not None:
        return helper()
    return ['-' + 'O' * sys.flags.optimize] if sys.flags.optimize else []


class SuppressCrashReport:
    """Context manager keeping a deliberately crashing child from dumping a
    core file (when the ``resource`` module is available)."""

    old_value = None
    old_modes = None

    def __enter__(self):
        try:
            import resource
        except ImportError:
            return self
        try:
            self.old_value = resource.getrlimit(resource.RLIMIT_CORE)
            resource.setrlimit(resource.RLIMIT_CORE, (0, self.old_value[1]))
        except (ValueError, OSError, AttributeError):
            self.old_value = None
        return self

    def __exit__(self, *exc):
        if self.old_value is None:
            return
        import resource
        try:
            resource.setrlimit(resource.RLIMIT_CORE, self.old_value)
        except (ValueError, OSError):
            pass


@contextlib.contextmanager
def disable_faulthandler():
    """Weft has no faulthandler to switch off; the block just runs."""
    try:
        import faulthandler
    except ImportError:
        yield
        return
    enabled = faulthandler.is_enabled()
    faulthandler.disable()
    try:
        yield
    finally:
        if enabled:
            faulthandler.enable(file=sys.__stderr__)


class SaveSignals:
    """Save the handlers of all signals and restore them later."""

    def __init__(self):
        import signal
        self.signal = signal
        self.signals = signal.valid_signals() \
            if hasattr(signal, 'valid_signals') else range(1, signal.NSIG)
        self.handlers = {}

    def save(self):
        for signum in self.signals:
            try:
                handler = self.signal.getsignal(signum)
            except (ValueError, OSError):
                continue
            if handler is None:
                continue
            self.handlers[signum] = handler

    def restore(self):
        for signum, handler in self.handlers.items():
            try:
                self.signal.signal(signum, handler)
            except (ValueError, OSError):
                pass


def setswitchinterval(interval):
    return sys.setswitchinterval(interval)


def run_in_subinterp(code):
    raise unittest.SkipTest("Weft has no subinterpreters")


def run_in_subinterp_with_config(code, *, own_gil=None, **config):
    raise unittest.SkipTest("Weft has no subinterpreters")


def skip_if_broken_multiprocessing_synchronize():
    try:
        import multiprocessing.synchronize  # noqa: F401
    except ImportError as exc:
        raise unittest.SkipTest(str(exc))


def maybe_get_event_loop_policy():
    import asyncio
    return asyncio.get_event_loop_policy()


def darwin_malloc_err_warning(test_name):
    pass


def suppress_msvcrt_asserts(verbose=False):
    pass


def copy_python_src_ignore(path, names):
    ignored = {'__pycache__', '.git', '.hg', 'build'}
    return [name for name in names if name in ignored]


# ---------------------------------------------------------------------------
# Deprecation warnings from one module

def ignore_deprecations_from(module, *, like):
    import warnings
    token = object()
    warnings.filterwarnings("ignore", category=DeprecationWarning,
                            module=module, message=like + fr"(?#support{id(token)})")
    return token


def clear_ignored_deprecations(*tokens):
    import warnings
    if not tokens:
        raise ValueError("Provide token or tokens returned by "
                         "ignore_deprecations_from")
    markers = {fr"(?#support{id(token)})" for token in tokens}
    kept = []
    changed = False
    for entry in warnings.filters:
        message = entry[1]
        pattern = getattr(message, 'pattern', message) or ''
        if entry[2] is DeprecationWarning and any(
                pattern.endswith(m) for m in markers):
            changed = True
            continue
        kept.append(entry)
    if changed:
        warnings.filters[:] = kept
        mutated = getattr(warnings, '_filters_mutated', None)
        if mutated is not None:
            mutated()


# ---------------------------------------------------------------------------
# Retrying and timing

def busy_retry(timeout, err_msg=None, /, *, error=True):
    """Iterate until the loop body breaks out or *timeout* seconds pass;
    then raise AssertionError when *error* is true."""
    if timeout <= 0:
        raise ValueError("timeout must be greater than zero")
    start = time.monotonic()
    deadline = start + timeout
    while True:
        yield
        if time.monotonic() >= deadline:
            break
    if error:
        msg = f"timeout ({time.monotonic() - start:.1f} seconds)"
        if err_msg:
            msg = f"{msg}: {err_msg}"
        raise AssertionError(msg)


def sleeping_retry(timeout, err_msg=None, /, *, init_delay=0.010,
                   max_delay=1.0, error=True):
    """Like busy_retry() but sleeping between iterations, each sleep twice
    as long as the previous one (at most *max_delay*)."""
    delay = init_delay
    for _ in busy_retry(timeout, err_msg, error=error):
        yield
        time.sleep(delay)
        delay = min(delay * 2, max_delay)


class CPUStopwatch:
    """Context manager measuring the CPU time of a block in ``.seconds``."""

    def __enter__(self):
        self.context = disable_gc()
        self.context.__enter__()
        self.clock = getattr(time, 'process_time', time.perf_counter)
        self.clock_info = time.get_clock_info(
            'process_time' if hasattr(time, 'process_time') else 'perf_counter')
        self.start = self.clock()
        return self

    def __exit__(self, *exc):
        self.seconds = self.clock() - self.start
        self.context.__exit__(*exc)
        return False


Stopwatch = CPUStopwatch


# ---------------------------------------------------------------------------
# Symbolic links (also in os_helper)

def skip_unless_symlink(test):
    from test.support import os_helper
    return os_helper.skip_unless_symlink(test)


def can_symlink():
    from test.support import os_helper
    return os_helper.can_symlink()
