"""Run child processes, connect to their standard streams and collect their exit status.

The child is started by posix._spawn, which forks and execs in C so that no Python code
runs between the two. Reading and writing several pipes at once (communicate) uses one
thread per pipe, so a child that fills one pipe while we write another cannot deadlock.
"""

import errno
import io
import os
import posix
import signal
import sys
import threading
import time
import types

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


# The exceptions' captured output, also known as stdout.
_stdout_alias = property(_get_output, _set_output)


def _describe_status(returncode):
    if returncode is not None and returncode < 0:
        try:
            return "died with %r." % signal.Signals(-returncode)
        except (AttributeError, ValueError):
            return "died with unknown signal %d." % -returncode
    return "returned non-zero exit status %d." % returncode


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) for a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' %s" % (self.cmd, _describe_status(self.returncode))

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """Raised when the timeout of a wait for a child expires."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


class CompletedProcess:
    """The result of run(): args, returncode, and the captured stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """Join arguments into one command line, quoted as the Microsoft C runtime parses it."""
    out = []
    for arg in map(os.fsdecode, seq):
        if out:
            out.append(' ')
        quote = not arg or ' ' in arg or '\t' in arg
        if quote:
            out.append('"')
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
            elif ch == '"':
                out.append('\\' * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                if backslashes:
                    out.append('\\' * backslashes)
                    backslashes = 0
                out.append(ch)
        if backslashes:
            out.append('\\' * backslashes)
        if quote:
            out.append('\\' * backslashes)
            out.append('"')
    return ''.join(out)


# Children whose Popen object died before they exited, reaped by later Popen calls so
# that they do not stay zombies.
_active = []


def _cleanup():
    for proc in _active[:]:
        if proc._poll_status() is not None:
            try:
                _active.remove(proc)
            except ValueError:
                pass


class Popen:
    """A child process, started at construction."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._communication = None
        self._waitpid_lock = threading.Lock()
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise NotImplementedError("subprocess.Popen: preexec_fn is not supported")
        for name, value in (("user", user), ("group", group), ("extra_groups", extra_groups),
                            ("process_group", process_group)):
            if value is not None:
                raise NotImplementedError(f"subprocess.Popen: {name} is not supported")
        if pipesize != -1 and (not isinstance(pipesize, int) or pipesize < 0):
            raise ValueError("pipesize must be a non-negative integer or -1")
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                             'supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        if self.text_mode and encoding is None:
            self.encoding = 'utf-8'
        pass_fds = tuple(sorted(map(int, pass_fds)))
        if pass_fds:
            close_fds = True

        # (child's fd, parent's end) for each stream; fds we opened are closed after spawn.
        to_close = []
        p2cread, p2cwrite = self._stream_fds(stdin, 'stdin', to_close, reading=True)
        c2pwrite, c2pread = self._stream_fds(stdout, 'stdout', to_close, reading=False)
        if stderr == STDOUT:
            errread, errwrite = -1, (c2pwrite if c2pwrite != -1 else 1)
        else:
            errwrite, errread = self._stream_fds(stderr, 'stderr', to_close, reading=False)
        try:
            argv = self._argv(args, shell, executable)
            exe = executable if executable is not None and not shell else argv[0]
            self.pid = posix._spawn(argv, self._candidates(exe, env),
                                    None if env is None else self._env_list(env),
                                    None if cwd is None else os.fspath(cwd),
                                    p2cread, c2pwrite, errwrite, close_fds, pass_fds,
                                    start_new_session, umask)
            self._child_created = True
        except BaseException:
            for fd in (p2cwrite, c2pread, errread):
                if fd != -1:
                    os.close(fd)
            raise
        finally:
            for fd in to_close:
                os.close(fd)
        if p2cwrite != -1:
            self.stdin = io.open(p2cwrite, 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=bufsize == 1,
                                              encoding=self.encoding, errors=errors)
        if c2pread != -1:
            self.stdout = io.open(c2pread, 'rb', bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=self.encoding,
                                               errors=errors)
        if errread != -1:
            self.stderr = io.open(errread, 'rb', bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=self.encoding,
                                               errors=errors)

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        args = repr(self.args)
        if len(args) > 80:
            args = args[:76] + "..."
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {args}>"

    # --- starting -------------------------------------------------------------------

    @staticmethod
    def _stream_fds(spec, name, to_close, reading):
        """(child fd, parent fd) for one of stdin/stdout/stderr; -1 where there is none."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            if reading:
                to_close.append(r)
                return r, w
            to_close.append(w)
            return w, r
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDONLY if reading else os.O_WRONLY)
            to_close.append(fd)
            return fd, -1
        if spec == STDOUT and name == 'stdout':
            raise ValueError("STDOUT can only be used for stderr")
        if isinstance(spec, int):
            if spec < 0:
                raise OSError(errno.EBADF, os.strerror(errno.EBADF))
            return spec, -1
        return spec.fileno(), -1

    @staticmethod
    def _argv(args, shell, executable):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        for a in args:
            if not isinstance(a, (str, bytes, os.PathLike)):
                raise TypeError(f'expected str, bytes or os.PathLike object, '
                                f'not {type(a).__name__}')
        return [os.fspath(a) for a in args]

    @staticmethod
    def _candidates(exe, env):
        """The paths to try for the program, in order (a PATH search unless it has a '/')."""
        exe = os.fsencode(exe)
        if b'/' in exe:
            return [exe]
        return [os.path.join(os.fsencode(d), exe) for d in os.get_exec_path(env)]

    @staticmethod
    def _env_list(env):
        items = []
        for k, v in env.items():
            k, v = os.fsencode(k), os.fsencode(v)
            if b'=' in k:
                raise ValueError("illegal environment variable name")
            items.append(k + b'=' + v)
        return items

    # --- waiting --------------------------------------------------------------------

    def _record(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)

    def _poll_status(self):
        """Reap the child if it has exited; its return code or None."""
        if self.returncode is not None:
            return self.returncode
        if not self._waitpid_lock.acquire(False):
            return None  # another thread is waiting for it
        try:
            if self.returncode is not None:
                return self.returncode
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 0  # reaped elsewhere: nothing more can be known
            else:
                if pid == self.pid:
                    self._record(status)
        finally:
            self._waitpid_lock.release()
        return self.returncode

    def poll(self):
        return self._poll_status()

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            with self._waitpid_lock:
                if self.returncode is None:
                    try:
                        pid, status = os.waitpid(self.pid, 0)
                    except ChildProcessError:
                        self.returncode = 0
                    else:
                        self._record(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self._poll_status() is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # --- talking to the child -------------------------------------------------------

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout and stderr to the end, wait; (stdout, stderr)."""
        if self._communication is None:
            if input is not None and self.stdin is None:
                pass  # CPython ignores input when stdin is not a pipe
            streams = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
            if timeout is None and len(streams) <= 1:
                return self._communicate_simple(input)
            self._communication = self._start_threads(input)
        elif input:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else time.monotonic() + timeout
        threads, results = self._communication
        for t in threads:
            t.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if t.is_alive():
                raise TimeoutExpired(self.args, timeout,
                                     output=self._joined(results, 'stdout') or None,
                                     stderr=self._joined(results, 'stderr') or None)
        for name in ('error_stdin', 'error_stdout', 'error_stderr'):
            if name in results:
                raise results[name]
        out = self._decoded(self._joined(results, 'stdout')) if self.stdout is not None else None
        err = self._decoded(self._joined(results, 'stderr')) if self.stderr is not None else None
        for s in (self.stdout, self.stderr):
            if s is not None:
                s.close()
        if deadline is None:
            self.wait()
        else:
            self.wait(max(0.0, deadline - time.monotonic()))
        return out, err

    def _communicate_simple(self, input):
        out = err = None
        if self.stdin is not None:
            self._feed(input)
        elif self.stdout is not None:
            out = self.stdout.read()
            self.stdout.close()
        elif self.stderr is not None:
            err = self.stderr.read()
            self.stderr.close()
        self.wait()
        return out, err

    def _feed(self, input):
        try:
            if input:
                self.stdin.write(input)
        except BrokenPipeError:
            pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _start_threads(self, input):
        results = {'stdout': [], 'stderr': []}

        def write():
            try:
                self._feed(input)
            except BaseException as e:
                results['error_stdin'] = e

        def read(stream, key):
            # Bytes as they come (read1), so a timeout reports what has arrived so far.
            raw = stream.buffer if self.text_mode else stream
            try:
                while True:
                    chunk = raw.read1(32768)
                    if not chunk:
                        break
                    results[key].append(chunk)
            except BaseException as e:
                results['error_' + key] = e

        threads = []
        if self.stdin is not None:
            threads.append(threading.Thread(target=write, daemon=True))
        if self.stdout is not None:
            threads.append(threading.Thread(target=read, args=(self.stdout, 'stdout'),
                                            daemon=True))
        if self.stderr is not None:
            threads.append(threading.Thread(target=read, args=(self.stderr, 'stderr'),
                                            daemon=True))
        for t in threads:
            t.start()
        return threads, results

    def _joined(self, results, key):
        return b''.join(results[key])

    def _decoded(self, data):
        if not self.text_mode:
            return data
        data = data.decode(self.encoding, self.errors or 'strict')
        return data.replace("\r\n", "\n").replace("\r", "\n")

    # --- context manager and finalisation -------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for s in (self.stdout, self.stderr):
            if s is not None:
                s.close()
        try:
            if self.stdin is not None:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            self.wait()

    def __del__(self):
        if not self._child_created or self.returncode is not None:
            return
        if self._poll_status() is None:
            _active.append(self)


# --- convenience functions -----------------------------------------------------------

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command and wait for it; a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError unless its exit status is 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; CalledProcessError on failure."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # None means "no input" to run(), but an empty input to check_output.
        if kwargs.get('universal_newlines') or kwargs.get('text') or \
                kwargs.get('encoding') or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of a shell command, output without its final newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command, without its final newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
