"""unittest.main(): run the tests of a module from the command line."""

import argparse
import os
import sys

from . import loader, runner
from .signals import installHandler

# Frames of this module are hidden from reported tracebacks.
__unittest = True

# Exit status when no test ran (and none was skipped).
_NO_TESTS_EXITCODE = 5

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    # A path to a .py file below the current directory becomes a module name.
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            # Outside the current directory: left as it is.
            return name
        name = relative
    stem = os.path.normpath(name)[:-3]
    return stem.replace('\\', '.').replace('/', '.')


def _convert_select_pattern(pattern):
    # -k foo selects the tests whose full name contains foo.
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class TestProgram(object):
    """Loads the tests of a module (or the ones named on the command line), runs
    them with a TextTestRunner and, unless exit=False, exits with status 0 on
    success, 1 on failure and 5 when no test ran."""

    # Defaults of the settings (the instance sets them all).
    module = None
    verbosity = 1
    progName = None
    failfast = None
    catchbreak = None
    buffer = None
    warnings = None
    testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False, durations=None):
        if isinstance(module, str):
            # A dotted module name: import it and walk down to the submodule.
            _, *rest = module.split('.')
            self.module = __import__(module)
            for attr in rest:
                self.module = getattr(self.module, attr)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        if warnings is None and not sys.warnoptions:
            # Show warnings (DeprecationWarning included) once per location,
            # unless -W options say otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.split(argv[0])[1]
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is None:
            print(MAIN_EXAMPLES % dict(prog=self.progName))
            self._discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % dict(prog=self.progName))

    def _initArgParsers(self):
        parent_parser = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(parent_parser)
        self._discovery_parser = self._getDiscoveryArgParser(parent_parser)

    def _getParentArgParser(self):
        # -f, -c, -b and -k exist only for the settings left unset by the caller
        # (which then default to off / no patterns).
        parser = argparse.ArgumentParser(add_help=False)
        parser.add_argument('-v', '--verbose', dest='verbosity',
                            action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity',
                            action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals',
                            action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('--durations', dest='durations', type=int,
                            default=None, metavar='N',
                            help='Show the N slowest test cases (N=0 for all)')
        if self.failfast is None:
            parser.add_argument('-f', '--failfast', dest='failfast',
                                action='store_true',
                                help='Stop on first fail or error')
            self.failfast = False
        if self.catchbreak is None:
            parser.add_argument('-c', '--catch', dest='catchbreak',
                                action='store_true',
                                help='Catch Ctrl-C and display results so far')
            self.catchbreak = False
        if self.buffer is None:
            parser.add_argument('-b', '--buffer', dest='buffer',
                                action='store_true',
                                help='Buffer stdout and stderr during tests')
            self.buffer = False
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns',
                                action='append', type=_convert_select_pattern,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return parser

    def _getMainArgParser(self, parent):
        parser = argparse.ArgumentParser(parents=[parent])
        parser.prog = self.progName
        parser.print_help = self._print_help
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, '
                            'classes and test methods.')
        return parser

    def _getDiscoveryArgParser(self, parent):
        parser = argparse.ArgumentParser(parents=[parent])
        parser.prog = '%s discover' % self.progName
        parser.epilog = ('For test discovery all test modules must be '
                         'importable from the top level directory of the '
                         'project.')
        parser.add_argument('-s', '--start-directory', dest='start',
                            help="Directory to start discovery ('.' default)")
        parser.add_argument('-p', '--pattern', dest='pattern',
                            help="Pattern to match tests ('test*.py' default)")
        parser.add_argument('-t', '--top-level-directory', dest='top',
                            help='Top level directory of project (defaults to '
                                 'start directory)')
        # The same three settings may also be given by position.
        for dest in ('start', 'pattern', 'top'):
            parser.add_argument(dest, nargs='?', default=argparse.SUPPRESS,
                                help=argparse.SUPPRESS)
        return parser

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            # python -m unittest: "discover [options]", or test names; no
            # names at all also means discovery (so that -v etc. still work).
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], namespace=self)
            if not self.tests:
                self._do_discovery([])
                return
        else:
            self._main_parser.parse_args(argv[1:], namespace=self)

        if self.tests:
            self.testNames = [_convert_name(name) for name in self.tests]
        elif self.defaultTest is None:
            # All the tests of the module.
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            parser = self._discovery_parser
            parser.parse_args(argv, namespace=self)
        self.createTests(True, Loader)

    def createTests(self, from_discovery=False, Loader=None):
        test_loader = self.testLoader
        patterns = self.testNamePatterns
        if patterns:
            test_loader.testNamePatterns = patterns
        if from_discovery:
            if Loader is not None:
                test_loader = Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = test_loader.loadTestsFromModule(self.module)
        else:
            self.test = test_loader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        factory = self.testRunner
        if isinstance(factory, type):
            settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                            buffer=self.buffer, warnings=self.warnings)
            try:
                try:
                    test_runner = factory(**settings, tb_locals=self.tb_locals,
                                          durations=self.durations)
                except TypeError:
                    # A runner without tb_locals or durations.
                    test_runner = factory(**settings)
            except TypeError:
                # A runner without verbosity, failfast, buffer or warnings.
                test_runner = factory()
        else:
            # A runner instance.
            test_runner = factory
        self.result = outcome = test_runner.run(self.test)
        if not self.exit:
            return
        if outcome.testsRun == 0 and not outcome.skipped:
            sys.exit(_NO_TESTS_EXITCODE)
        sys.exit(0 if outcome.wasSuccessful() else 1)


main = TestProgram
