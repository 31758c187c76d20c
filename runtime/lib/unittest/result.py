"""TestResult: collects what happens while tests run."""

import functools
import io
import sys
import traceback

from . import util

# Frames of this module are hidden from reported tracebacks.
__unittest = True

def failfast(method):
    """Decorator for TestResult report methods: with failfast set, the run is
    asked to stop before the report is made."""
    @functools.wraps(method)
    def report(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return report


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


class TestResult(object):
    """Holds the outcome of a test run.

    failures and errors are lists of (test, formatted traceback) pairs, skipped
    of (test, reason) pairs, expectedFailures of (test, formatted traceback)
    pairs and unexpectedSuccesses a list of tests; testsRun counts the tests
    started.  Subclasses report progress by overriding the add* hooks.
    """

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by TestRunner after the tests have run; nothing to print here."""

    def startTest(self, test):
        """Called when the test case test is about to be run."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        # With buffer set, the test's output goes to memory (shown only if it fails).
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the test case test has been run."""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                # The test failed: copy what it printed to the real streams.
                out_block, err_block = self._captured_blocks()
                if out_block:
                    self._original_stdout.write(out_block)
                if err_block:
                    self._original_stderr.write(err_block)

            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def _captured_blocks(self):
        # What the test printed to the buffered stdout and stderr, each framed by
        # STDOUT_LINE / STDERR_LINE ('' when nothing was printed there).
        blocks = []
        for stream, frame in ((sys.stdout, STDOUT_LINE), (sys.stderr, STDERR_LINE)):
            text = stream.getvalue()
            if text and not text.endswith('\n'):
                text += '\n'
            blocks.append(frame % text if text else '')
        return blocks

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """An unexpected exception in test; err is a sys.exc_info() tuple."""
        self._record(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """An assertion failure in test; err is a sys.exc_info() tuple."""
        self._record(self.failures, test, err)

    def _record(self, bucket, test, err):
        # Keep (test, formatted traceback) and show the test's output.
        bucket.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest of test finished: err is None on success, else an exc_info
        tuple (a failure or an error according to the exception's class)."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            failed = issubclass(err[0], test.failureException)
            bucket = self.failures if failed else self.errors
            text = self._exc_info_to_string(err, test)
            bucket.append((subtest, text))
            self._mirrorOutput = True

    def addSuccess(self, test):
        """test passed."""

    def addSkip(self, test, reason):
        """test was skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """test, marked expectedFailure, failed as expected."""
        text = self._exc_info_to_string(err, test)
        self.expectedFailures.append((test, text))

    @failfast
    def addUnexpectedSuccess(self, test):
        """test, marked expectedFailure, passed."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """test took elapsed seconds (including its cleanups)."""
        # Kept for the runner's --durations report.
        timings = getattr(self, 'collectedDurations', None)
        if timings is not None:
            timings.append((str(test), elapsed))

    def wasSuccessful(self):
        """True when no test failed, errored or unexpectedly passed."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The formatted traceback of err, without the unittest machinery's frames,
        followed by the test's buffered output."""
        kind, value, tb = err
        trimmed = self._clean_tracebacks(kind, value, tb, test)
        report = traceback.TracebackException(kind, value, trimmed, compact=True,
                                              capture_locals=self.tb_locals)
        pieces = list(report.format())
        if self.buffer:
            pieces.extend(self._captured_blocks())
        return ''.join(pieces)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # Cut the unittest frames from the traceback of the exception and of every
        # exception chained to it: the leading ones (the runner), and for failures
        # the trailing ones too (the assert method).  Returns the new traceback of
        # the main exception; those of chained exceptions are replaced in place.
        result_tb = None
        first = True
        pending = [(exctype, value, tb)]
        seen = {id(value)}           # chains can loop
        while pending:
            exctype, value, tb = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if first:
                result_tb = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for chained in (value.__cause__, value.__context__):
                    if chained is not None and id(chained) not in seen:
                        pending.append((type(chained), chained, chained.__traceback__))
                        seen.add(id(chained))
        return result_tb

    def _is_relevant_tb_level(self, tb):
        # True for frames of modules marked with __unittest.
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        # End the traceback before its first unittest frame (unless it starts there).
        prev = None
        while tb and not self._is_relevant_tb_level(tb):
            prev = tb
            tb = tb.tb_next
        if prev is not None:
            prev.tb_next = None

    def __repr__(self):
        name = util.strclass(self.__class__)
        return (f"<{name} run={self.testsRun:d} errors={len(self.errors):d} "
                f"failures={len(self.failures):d}>")
