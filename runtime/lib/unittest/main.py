"""unittest.main(): run the tests of a module from the command line."""

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


# ---------------------------------------------------------------------------------
# Command line.  The options and the help text are those of CPython's argparse
# parser, formatted here without argparse (which Weft lacks).
# ---------------------------------------------------------------------------------

# Each option: (flags, metavar or None, help, attribute, kind), in the order of
# the help text.  -f, -c, -b and -k exist only when the corresponding argument of
# TestProgram was left unset (None).
_HELP_OPTION = (('-h', '--help'), None, 'show this help message and exit', None, 'help')
_FIXED_OPTIONS = [
    (('-v', '--verbose'), None, 'Verbose output', 'verbosity', 'verbose'),
    (('-q', '--quiet'), None, 'Quiet output', 'verbosity', 'quiet'),
    (('--locals',), None, 'Show local variables in tracebacks', 'tb_locals', 'true'),
    (('--durations',), 'N', 'Show the N slowest test cases (N=0 for all)', 'durations',
     'int'),
]
_OPTIONAL_OPTIONS = [
    (('-f', '--failfast'), None, 'Stop on first fail or error', 'failfast', 'true'),
    (('-c', '--catch'), None, 'Catch Ctrl-C and display results so far', 'catchbreak',
     'true'),
    (('-b', '--buffer'), None, 'Buffer stdout and stderr during tests', 'buffer', 'true'),
    (('-k',), 'TESTNAMEPATTERNS', 'Only run tests which match the given substring',
     'testNamePatterns', 'append'),
]

_TESTS_HELP = 'a list of any number of test modules, classes and test methods.'


def _text_width():
    # argparse's width: $COLUMNS (or 80) minus 2.
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return max(columns - 2, 11)


def _wrap(text, width):
    # Greedy word wrap, as textwrap.wrap does for plain text.
    lines, line = [], ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + ' ' + word
    if line:
        lines.append(line)
    return lines


def _usage_parts(options):
    # The optional parts of the usage line, then the positional one.
    opt_parts = []
    for flags, metavar, _help, _attr, _kind in options:
        opt_parts.append('[%s %s]' % (flags[0], metavar) if metavar else '[%s]' % flags[0])
    return opt_parts, ['[tests ...]']


def _format_usage(prog, options):
    # "usage: PROG [...]", wrapped as argparse wraps it.
    width = _text_width()
    prefix = 'usage: '
    optional, positional = _usage_parts(options)
    one_line = ' '.join([prog] + optional + positional)
    if len(prefix) + len(one_line) <= width:
        return prefix + one_line

    def pack(parts, indent, first_prefix=None):
        lines, line = [], []
        line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > width and line:
                lines.append(indent + ' '.join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if first_prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    if len(prefix) + len(prog) <= 0.75 * width:
        # Parts follow the program name, continuation lines aligned after it.
        indent = ' ' * len(prefix + prog + ' ')
        lines = pack([prog] + optional, indent, prefix) + pack(positional, indent)
    else:
        # A long program name gets a line of its own.
        indent = ' ' * len(prefix)
        lines = pack(optional + positional, indent)
        if len(lines) > 1:
            lines = pack(optional, indent) + pack(positional, indent)
        lines.insert(0, prog)
    return prefix + '\n'.join(lines)


def _format_help(prog, options):
    width = _text_width()
    invocations = []
    for flags, metavar, help_text, _attr, _kind in options:
        if metavar:
            invocations.append((', '.join('%s %s' % (f, metavar) for f in flags),
                                help_text))
        else:
            invocations.append((', '.join(flags), help_text))
    # The help column starts after the longest invocation (capped as argparse
    # caps it: max_help_position 24).
    longest = max(len(inv) for inv, _ in invocations + [('tests', '')])
    help_position = min(longest + 4, 24)
    help_width = max(width - help_position, 11)

    def item(invocation, help_text):
        out = []
        lines = _wrap(help_text, help_width)
        head = '  ' + invocation
        if len(head) + 2 <= help_position:
            out.append(head.ljust(help_position) + lines[0])
        else:
            out.append(head)
            out.append(' ' * help_position + lines[0])
        out.extend(' ' * help_position + line for line in lines[1:])
        return out

    parts = [_format_usage(prog, options), '', 'positional arguments:']
    parts.extend(item('tests', _TESTS_HELP))
    parts.extend(['', 'options:'])
    for invocation, help_text in invocations:
        parts.extend(item(invocation, help_text))
    return '\n'.join(parts) + '\n'


class _UsageError(Exception):
    pass


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
        print(_format_help(self.progName, self._options))
        if self.module is None:
            print(MAIN_EXAMPLES % dict(prog=self.progName))
            # CPython goes on with the options of "discover", which Weft lacks.
            print('Test discovery ("%s discover") is not implemented in Weft.\n'
                  % self.progName)
        else:
            print(MODULE_EXAMPLES % dict(prog=self.progName))

    def _usage_error(self, message):
        # As argparse: usage and message on stderr, exit status 2.
        sys.stderr.write(_format_usage(self.progName, self._options) + '\n')
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def _parse_options(self, args):
        # Set the option attributes from args; return the positional arguments.
        self.tests = []
        unknown = []
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or not arg.startswith('-') or arg == '-':
                self.tests.append(arg)
                continue
            if arg == '--':
                only_positional = True
                continue
            value = None
            if arg.startswith('--') and '=' in arg:
                arg, value = arg.split('=', 1)
            option = self._find_option(arg)
            if option is None and not arg.startswith('--') and len(arg) > 2:
                # Combined short options (-vf) or a short option with its value
                # attached (-kfoo).
                i = self._expand_short(arg, args, i)
                continue
            if option is None:
                unknown.append(arg if value is None else arg + '=' + value)
                continue
            i = self._apply(option, arg, value, args, i)
        if unknown:
            self._usage_error('unrecognized arguments: %s' % ' '.join(unknown))
        return self.tests

    def _find_option(self, flag):
        for option in self._options:
            if flag in option[0]:
                return option
        if flag.startswith('--') and len(flag) > 2:
            # Unambiguous prefixes of long options are accepted.
            matches = [option for option in self._options
                       if any(f.startswith(flag) for f in option[0] if f.startswith('--'))]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                names = ', '.join(f for option in matches for f in option[0]
                                  if f.startswith(flag))
                self._usage_error('ambiguous option: %s could match %s' % (flag, names))
        return None

    def _expand_short(self, arg, args, i):
        # -abc: each letter an option; a letter taking a value takes the rest.
        j = 1
        while j < len(arg):
            option = self._find_option('-' + arg[j])
            if option is None:
                self._usage_error('unrecognized arguments: %s' % arg)
            if option[1] is not None:
                rest = arg[j + 1:]
                return self._apply(option, '-' + arg[j], rest or None, args, i)
            self._apply(option, '-' + arg[j], None, args, i)
            j += 1
        return i

    def _apply(self, option, flag, value, args, i):
        # Apply one option; return the index of the next argument.
        flags, metavar, _help, attr, kind = option
        shown = '/'.join(flags)
        if metavar is None and value is not None:
            self._usage_error('argument %s: ignored explicit argument %r' % (shown, value))
        if metavar is not None and value is None:
            if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                self._usage_error('argument %s: expected one argument' % shown)
            value = args[i]
            i += 1
        if kind == 'help':
            self._print_help()
            sys.exit(0)
        elif kind == 'verbose':
            self.verbosity = 2
        elif kind == 'quiet':
            self.verbosity = 0
        elif kind == 'true':
            setattr(self, attr, True)
        elif kind == 'int':
            try:
                setattr(self, attr, int(value))
            except ValueError:
                self._usage_error('argument %s: invalid int value: %r' % (shown, value))
        elif kind == 'append':
            patterns = getattr(self, attr) or []
            patterns.append(_convert_select_pattern(value))
            setattr(self, attr, patterns)
        return i

    def _init_options(self):
        # The command-line options: -f, -c, -b and -k only for the settings left
        # unset by the caller (which then default to off / no patterns).
        options = [_HELP_OPTION] + _FIXED_OPTIONS
        for option in _OPTIONAL_OPTIONS:
            attr = option[3]
            if getattr(self, attr) is None:
                options.append(option)
                setattr(self, attr, [] if attr == 'testNamePatterns' else False)
        self._options = options

    def parseArgs(self, argv):
        self._init_options()
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        self._parse_options(argv[1:])
        if self.module is None and not self.tests:
            # python -m unittest with no test names: discovery.
            self._do_discovery([])
            return

        if self.tests:
            self.testNames = [_convert_name(name) for name in self.tests]
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            # All the tests of the module.
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, argv, Loader=None):
        raise NotImplementedError('unittest: test discovery (python -m unittest '
                                  'without test names, or "discover") is not '
                                  'implemented')

    def createTests(self, from_discovery=False, Loader=None):
        test_loader = self.testLoader
        patterns = self.testNamePatterns
        if patterns:
            test_loader.testNamePatterns = patterns
        if from_discovery:
            self._do_discovery([], Loader)
        elif self.testNames is None:
            self.test = test_loader.loadTestsFromModule(self.module)
        else:
            self.test = test_loader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.tb_locals:
            raise NotImplementedError('unittest: tb_locals (--locals) is not '
                                      'implemented: tracebacks cannot show locals')
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
