"""TextTestRunner and TextTestResult: run tests and report on a text stream."""

import sys
import time
import warnings

from . import result as _results
from .case import _SubTest
from .signals import registerResult

# Frames of this module are hidden from reported tracebacks.
__unittest = True


class _WritelnDecorator(object):
    """A stream wrapper adding writeln(); everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(_results.TestResult):
    """A TestResult printing progress on a stream: one character per test with
    verbosity 1 ('.', 'F', 'E', 's', 'x', 'u'), one line per test with 2 or
    more, nothing with 0; then the errors and failures with their tracebacks."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.durations = durations
        self.dots = verbosity == 1
        self.showAll = verbosity > 1
        # True when the cursor is at the start of a line (verbose mode).
        self._newline = True

    def getDescription(self, test):
        name = str(test)
        summary = test.shortDescription()
        if self.descriptions and summary:
            return name + '\n' + summary
        return name

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        out = self.stream
        out.write(self.getDescription(test))
        out.write(" ... ")
        out.flush()
        self._newline = False

    def _write_status(self, test, status):
        # Verbose mode: finish the test's line with its status; a subtest (or a
        # status after other output) gets its own indented line.
        out = self.stream
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                out.writeln()
            if sub:
                out.write("  ")
            out.write(self.getDescription(test))
            out.write(" ... ")
        out.writeln(status)
        out.flush()
        self._newline = True

    def _write_dot(self, char):
        self.stream.write(char)
        self.stream.flush()

    def _progress(self, test, word, char, own_line=True):
        # Show one outcome: the word in verbose mode, the character in dots mode.
        # own_line=False writes the bare word (expected failure, unexpected
        # success), as the standard runner does.
        if self.showAll:
            if own_line:
                self._write_status(test, word)
            else:
                self.stream.writeln(word)
                self.stream.flush()
        elif self.dots:
            self._write_dot(char)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._progress(subtest, "FAIL", 'F')
            else:
                self._progress(subtest, "ERROR", 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, "ok", '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, f"skipped {reason!r}", 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, "expected failure", 'x', own_line=False)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, "unexpected success", 'u', own_line=False)

    def printErrors(self):
        out = self.stream
        if self.dots or self.showAll:
            out.writeln()
            out.flush()
        for flavour, entries in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, entries)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln(f"{flavour}: {self.getDescription(test)}")
            out.writeln(self.separator2)
            out.writeln(f"{text}")
            out.flush()


class TextTestRunner(object):
    """Runs a test (case or suite) and prints the results on a stream (standard
    error by default) with a TextTestResult."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False,
                 durations=None):
        """Arguments: the stream, whether to print test descriptions (docstring
        first lines), the verbosity, failfast (stop at the first failure or
        error), buffer (hide the output of passing tests), the result class, the
        warnings action for the run, tb_locals and durations (print the N slowest
        tests; 0 for all)."""
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        args = (self.stream, self.descriptions, self.verbosity)
        try:
            return self.resultclass(*args, durations=self.durations)
        except TypeError:
            # A result class without the durations argument.
            return self.resultclass(*args)

    def _printDurations(self, result):
        timings = result.collectedDurations
        if not timings:
            return
        slowest = sorted(timings, key=lambda entry: entry[1], reverse=True)
        if self.durations > 0:
            del slowest[self.durations:]
        write = self.stream.writeln
        write('Slowest test durations')
        if hasattr(result, 'separator2'):
            write(result.separator2)
        hidden = False
        for name, seconds in slowest:
            if self.verbosity < 2 and seconds < 0.001:
                hidden = True
            else:
                write('%-10s %s' % ('%.3fs' % seconds, name))
        if hidden:
            write('\n(durations < 0.001s were hidden; use -v to show these durations)')
        else:
            write('')

    def run(self, test):
        """Run test (a case or a suite), print the report and return the result."""
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                # The run's warnings action applies to every warning.
                warnings.simplefilter(self.warnings)
            began = time.perf_counter()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(result)
            finally:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - began
        result.printErrors()
        if self.durations is not None:
            self._printDurations(result)
        self._printSummary(result, elapsed)
        return result

    def _printSummary(self, result, elapsed):
        # The closing lines: how many tests ran, then OK / FAILED / NO TESTS RAN
        # with the counts in parentheses.
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        plural = "" if count == 1 else "s"
        out.writeln("Ran %d test%s in %.3fs" % (count, plural, elapsed))
        out.writeln()

        # Older result classes may lack some of the lists.
        tallies = [0, 0, 0]
        try:
            for i, attr in enumerate(('expectedFailures', 'unexpectedSuccesses',
                                      'skipped')):
                tallies[i] = len(getattr(result, attr))
        except AttributeError:
            pass
        expected, surprises, skipped = tallies

        notes = []
        if not result.wasSuccessful():
            out.write("FAILED")
            bad = (('failures', len(result.failures)), ('errors', len(result.errors)))
        else:
            out.write("NO TESTS RAN" if count == 0 and not skipped else "OK")
            bad = ()
        for label, number in bad + (('skipped', skipped),
                                    ('expected failures', expected),
                                    ('unexpected successes', surprises)):
            if number:
                notes.append('%s=%d' % (label, number))
        if notes:
            out.writeln(' (' + ', '.join(notes) + ')')
        else:
            out.write("\n")
        out.flush()
