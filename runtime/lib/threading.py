"""Thread objects and synchronisation primitives, built on the _thread module.

Lock and RLock are the C locks of _thread; Condition, Semaphore, Event and Barrier are
built on them here. A Thread's join waits on a "done" lock that the C side releases once
the thread has finished (see _thread._start).
"""

import _thread
import sys as _sys
from collections import deque as _deque
from itertools import count as _count
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
           'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_start_thread = _thread._start
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _thread.lock
_CRLock = _thread.RLock
local = _thread._local


_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function (sys.settrace) for every thread started from now on."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set a trace function for every thread started from now on and all running ones."""
    settrace(func)
    _sys._settraceallthreads(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    """Set a profile function (sys.setprofile) for every thread started from now on."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set a profile function for every thread started from now on and all running ones."""
    setprofile(func)
    _sys._setprofileallthreads(func)


def getprofile():
    return _profile_hook


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again."""
    return _CRLock(*args, **kwargs)


class Condition:
    """Wait until notified, releasing the underlying lock while waiting."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot tell its owner: held by someone is the best guess.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = None
        wait_time = timeout
        result = predicate()
        while not result:
            if wait_time is not None:
                if deadline is None:
                    deadline = _time() + wait_time
                else:
                    wait_time = deadline - _time()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass  # it timed out meanwhile and is removing itself
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _warn_deprecated('notifyAll', 'use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self),
                                             self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released more often than it was acquired."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                                self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        state = 'unset'
        if self._flag:
            state = 'set'
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), state)

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _warn_deprecated('isSet', 'use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Make `parties` threads wait until all of them have called wait()."""

    # _state: 0 filling, 1 draining, -1 resetting, -2 broken.

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                                  self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release_all()
                else:
                    self._wait_for_release(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_for_filling(self):
        # A barrier still draining or resetting from the last round is not ready yet.
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release_all(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_release(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


# ---------------------------------------------------------------------------------------
# Threads

_new_thread_number = _count(1).__next__
_active_lock = _allocate_lock()
_active = {}      # ident -> Thread, for threads running Python code
_limbo = {}       # Thread -> Thread, started but not yet running
_threading_atexits = []


def _warn_deprecated(old, advice):
    # DeprecationWarning for an old camelCase alias, attributed to the code
    # that called the alias.
    import warnings
    warnings.warn(f'{old}() is deprecated, {advice}', DeprecationWarning, stacklevel=3)
_shutting_down = False


def _new_name(template):
    return template % _new_thread_number()


class Thread:
    """A thread of control: run() executes in a new thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _new_name("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._done = None
        self._is_stopped = False
        self._started = Event()
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_lock:
            if _shutting_down and not self._daemonic:
                raise RuntimeError("can't create new thread at interpreter shutdown")
            _limbo[self] = self
        done = _allocate_lock()
        done.acquire()
        self._done = done
        try:
            _start_thread(self._bootstrap, done)
        except Exception:
            with _active_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a reference cycle through the target's arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self
            del _limbo[self]
        self._started.set()
        if _trace_hook is not None:
            _sys.settrace(_trace_hook)
        if _profile_hook is not None:
            _sys.setprofile(_profile_hook)
        try:
            self.run()
        except:
            _invoke_excepthook(self)
        finally:
            with _active_lock:
                if _active.get(self._ident) is self:
                    del _active[self._ident]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped or self._done is None:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()
            self._is_stopped = True

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        if self._done is not None and self._done.acquire(False):
            self._done.release()
            self._is_stopped = True
            return False
        return True

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _warn_deprecated('isDaemon', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated('setDaemon', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated('getName', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _warn_deprecated('setName', 'set the name attribute instead')
        self.name = name


class _MainThread(Thread):

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._started.set()
        self._ident = _thread._main_ident()
        self._native_id = get_native_id() if get_ident() == self._ident else None
        _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by threading (such as _thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_new_name("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    __slots__ = ()

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("threading.ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(args))
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))


def excepthook(args, /):
    """Print an exception that ended a thread (SystemExit is silent)."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    if stderr is _sys.stderr:
        _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    else:
        import traceback
        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                                  file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except BaseException:
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            stderr.flush()
        _sys.excepthook(*_sys.exc_info())
    finally:
        exc_type = exc_value = exc_tb = None


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _warn_deprecated('currentThread', 'use current_thread() instead')
    return current_thread()


def active_count():
    with _active_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _warn_deprecated('activeCount', 'use active_count() instead')
    return active_count()


def enumerate():
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at shutdown, before non-daemon threads are joined."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")

    def call():
        func(*arg, **kwargs)
    _threading_atexits.append(call)


def _shutdown():
    """Run the threading exit callbacks, then wait for every non-daemon thread.

    Called by the interpreter in the main thread when the program ends."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for call in reversed(_threading_atexits):
        call()
    me = current_thread()
    while True:
        with _active_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not me and t is not _main_thread]
        pending = [t for t in pending if t.is_alive()]
        if not pending:
            break
        for t in pending:
            t.join()
    _main_thread._is_stopped = True


_main_thread = _MainThread()
