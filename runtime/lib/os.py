"""OS routines for POSIX: a thin layer over the posix module, plus os.path."""

import abc as _abc
import sys
import posix
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from posix import *
import posixpath as path

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "makedirs", "removedirs", "walk", "environ", "getenv",
           "putenv", "unsetenv", "fspath", "fdopen", "popen", "PathLike", "cpu_count", "sched_getaffinity",
           "process_cpu_count", "scandir", "DirEntry"]

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
sep = path.sep
pathsep = path.pathsep
defpath = path.defpath
altsep = path.altsep
extsep = path.extsep
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    if '\0' in value:
        raise ValueError("embedded null byte")
    return value


class _Environ(_MutableMapping):
    """os.environ: a mapping whose updates reach the process environment."""

    def __init__(self, items):
        self._data = dict(items)

    def __getitem__(self, key):
        _check_env_str(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({' + ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items()) + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(posix._environ_items())


def getenv(key, default=None):
    return environ.get(key, default)


# Which functions accept a descriptor as their path, dir_fd, or follow_symlinks=False.
supports_fd = {stat, chmod, chown, utime, truncate, statvfs}
supports_dir_fd = {stat, mkdir}
supports_follow_symlinks = {stat}
supports_effective_ids = set()


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over an open file descriptor (the built-in open() of an int)."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class _PipeFile:
    """The file popen() returns: closing it waits for the command and gives its status."""

    def __init__(self, stream, process):
        self._stream = stream
        self._process = process

    def close(self):
        self._stream.close()
        code = self._process.wait()
        if code == 0:
            return None
        return code << 8 if name == 'nt' else _waitstatus_from_returncode(code)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, attr):
        return getattr(self._stream, attr)

    def __iter__(self):
        return iter(self._stream)


def _waitstatus_from_returncode(code):
    return (-code) & 0x7f if code < 0 else (code & 0xff) << 8


def popen(cmd, mode="r", buffering=-1):
    """Run a shell command with a pipe to its stdin ('w') or from its stdout ('r')."""
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ("r", "w"):
        raise ValueError(f"invalid mode {mode!r}")
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _PipeFile(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _PipeFile(proc.stdin, proc)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__') or NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def process_cpu_count():
    return len(sched_getaffinity(0))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class DirEntry:
    """An entry yielded by scandir(): a name plus lazily fetched, cached stat data."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, dirpath, name):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(dirpath, name)
        self._lstat = None
        self._stat = None
        return self

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _has_type(self, fmt, follow_symlinks):
        # A vanished entry or a dangling link is simply not of any type.
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == fmt

    def is_dir(self, *, follow_symlinks=True):
        return self._has_type(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._has_type(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._has_type(0o120000, False)

    def is_junction(self):
        return False

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """Iterator over the DirEntry objects of one directory."""

    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        for name in self._names:
            return DirEntry._make(self._dirpath, name)
        self._names = None
        raise StopIteration

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for the entries of the directory PATH."""
    if path is None:
        path = '.'
    elif isinstance(path, int) and not isinstance(path, bool):
        raise NotImplementedError("os.scandir() of a file descriptor is not supported")
    elif not isinstance(path, (str, bytes)):
        if not hasattr(type(path), '__fspath__'):
            raise TypeError("scandir: path should be string, bytes, os.PathLike, integer "
                            "or None, not " + type(path).__name__)
        path = fspath(path)
    names = listdir(path)
    return _ScandirIterator(path, names)
