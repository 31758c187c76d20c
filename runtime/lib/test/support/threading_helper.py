"""Thread helpers for Weft's regression tests."""

import _thread
import contextlib
import functools
import sys
import threading
import time
import unittest

from test import support


def _thread_count():
    count = getattr(_thread, '_count', None)
    if callable(count):
        return count()
    return threading.active_count() - 1


def _dangling():
    return getattr(threading, '_dangling', ())


def threading_setup():
    """Record the number of running threads (for threading_cleanup())."""
    return _thread_count(), len(_dangling())


def threading_cleanup(*original_values):
    """Wait (one second at most) for the threads started since
    threading_setup() to end; warn about those still running."""
    orig_count, orig_ndangling = original_values
    timeout = 1.0
    count = _thread_count()
    for _ in support.sleeping_retry(timeout, error=False):
        count = _thread_count()
        if count <= orig_count:
            return
    dangling = list(_dangling())
    support.environment_altered = True
    support.print_warning(
        f"threading_cleanup() failed to clean up threads "
        f"in {timeout:.1f} seconds\n"
        f"  before: thread count={orig_count}, dangling={orig_ndangling}\n"
        f"  after: thread count={count}, dangling={len(dangling)}")
    for thread in dangling:
        support.print_warning(f"Dangling thread: {thread!r}")


def reap_threads(func):
    """Decorator: wait for the threads the test started, even if it fails."""
    @functools.wraps(func)
    def wrapper(*args):
        key = threading_setup()
        try:
            return func(*args)
        finally:
            threading_cleanup(*key)
    return wrapper


@contextlib.contextmanager
def wait_threads_exit(timeout=None):
    """Wait until the threads started in the block (also with
    _thread.start_new_thread) have exited; AssertionError after *timeout*."""
    if timeout is None:
        timeout = support.SHORT_TIMEOUT
    old_count = _thread_count()
    try:
        yield
    finally:
        start = time.monotonic()
        count = _thread_count()
        for _ in support.sleeping_retry(timeout, error=False):
            support.gc_collect()
            count = _thread_count()
            if count <= old_count:
                break
        else:
            elapsed = time.monotonic() - start
            raise AssertionError(
                f"wait_threads() failed to cleanup {count - old_count} "
                f"threads after {elapsed:.1f} seconds "
                f"(count: {count}, old count: {old_count})")


def join_thread(thread, timeout=None):
    """Join *thread*; AssertionError if it is still alive after *timeout*."""
    if timeout is None:
        timeout = support.SHORT_TIMEOUT
    thread.join(timeout)
    if thread.is_alive():
        raise AssertionError(
            f"failed to join the thread in {timeout:.1f} seconds")


@contextlib.contextmanager
def start_threads(threads, unlock=None):
    """Start *threads* for the block, then call *unlock* (if given) and join
    them all; AssertionError when some cannot be joined."""
    threads = list(threads)
    started = []
    try:
        try:
            for thread in threads:
                thread.start()
                started.append(thread)
        except BaseException:
            if support.verbose:
                print("Can't start %d threads, only %d threads started"
                      % (len(threads), len(started)))
            raise
        yield
    finally:
        try:
            if unlock:
                unlock()
            deadline = time.monotonic()
            for minutes in range(1, 16):
                deadline += 60
                for thread in started:
                    thread.join(max(deadline - time.monotonic(), 0.01))
                started = [t for t in started if t.is_alive()]
                if not started:
                    break
                if support.verbose:
                    print('Unable to join %d threads during a period of '
                          '%d minutes' % (len(started), minutes))
        finally:
            started = [t for t in started if t.is_alive()]
            if started:
                raise AssertionError('Unable to join %d threads'
                                     % len(started))


class catch_threading_exception:
    """Context manager storing the exception of a thread that fails
    (through threading.excepthook).

    Inside the block: exc_type, exc_value, exc_traceback and thread (None
    until a thread fails); they are deleted on exit.
    """

    def __init__(self):
        self.exc_type = None
        self.exc_value = None
        self.exc_traceback = None
        self.thread = None
        self._old_hook = None

    def _hook(self, args):
        self.exc_type = args.exc_type
        self.exc_value = args.exc_value
        self.exc_traceback = args.exc_traceback
        self.thread = args.thread

    def __enter__(self):
        self._old_hook = threading.excepthook
        threading.excepthook = self._hook
        return self

    def __exit__(self, *exc_info):
        threading.excepthook = self._old_hook
        del self.exc_type
        del self.exc_value
        del self.exc_traceback
        del self.thread


can_start_thread = sys.platform not in ('wasi', 'emscripten')


def requires_working_threading(*, module=False):
    """Skip the test (or the module, with module=True) when threads cannot
    be started."""
    msg = "requires threading support"
    if module:
        if not can_start_thread:
            raise unittest.SkipTest(msg)
        return None
    return unittest.skipUnless(can_start_thread, msg)
