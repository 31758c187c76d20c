"""Temporary files and directories.

mkstemp() and mkdtemp() create a uniquely named file or directory securely
(O_EXCL, owner-only permissions) and leave its removal to the caller.
NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile and
TemporaryDirectory wrap them with automatic clean-up.  Names are the
prefix, eight random characters from [a-z0-9_], and the suffix.

The directory used by default is found once by gettempdir() and kept in
the module variable `tempdir`; assigning to it overrides the search.
"""

import errno as _errno
import io as _io
import os as _os
import shutil as _shutil
import sys as _sys
import types as _types
import warnings as _warnings
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
           "gettempdir", "gettempprefixb", "gettempdirb"]

# Flags for creating a new file: it must not exist yet, must not be reached
# through a symbolic link, and is not inherited by child processes.
_text_openflags = 0
for _flag in ('O_RDWR', 'O_CREAT', 'O_EXCL', 'O_NOFOLLOW', 'O_CLOEXEC'):
    _text_openflags |= getattr(_os, _flag, 0)
_bin_openflags = _text_openflags | getattr(_os, 'O_BINARY', 0)
del _flag

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

template = "tmp"

# Set by gettempdir() on first use, or by the user to override the search.
tempdir = None

_audit = getattr(_sys, 'audit', None) or (lambda event, *args: None)

_MIXED_TYPES = "Can't mix bytes and non-bytes in path components."


def _path_type(*parts):
    """str or bytes, whichever the non-None PARTS use (they must agree).

    With no parts given, the type of `tempdir` decides (str while unset).
    """
    kind = None
    for part in parts:
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        this = bytes if isinstance(part, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError(_MIXED_TYPES)
        kind = this
    if kind is not None:
        return kind
    return str if tempdir is None or isinstance(tempdir, str) else bytes


def _fill_defaults(prefix, suffix, dir):
    """Replace None arguments by their defaults, in the common path type."""
    kind = _path_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = _os.fsencode(template) if kind is bytes else template
    if dir is None:
        dir = gettempdirb() if kind is bytes else gettempdir()
    return prefix, suffix, dir, kind


class _RandomNameSequence:
    """An endless iterator of eight-character names from [a-z0-9_]."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        # A forked child must not repeat its parent's sequence.
        pid = _os.getpid()
        if getattr(self, '_rng_pid', None) != pid:
            self._rng = _Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        pick = self.rng.choice
        alphabet = self.characters
        return ''.join([pick(alphabet) for _ in range(8)])


def _candidate_dirs():
    """Where to look for a temporary directory, in order of preference."""
    found = [value for value in map(_os.getenv, ('TMPDIR', 'TEMP', 'TMP')) if value]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        here = _os.getcwd()
    except (AttributeError, OSError):
        here = _os.curdir
    found.append(here)
    return found


def _probe(path):
    """Create PATH, write to it and remove it again; OSError if that fails."""
    fd = _os.open(path, _bin_openflags, 0o600)
    try:
        try:
            _os.write(fd, b'probe')
        finally:
            _os.close(fd)
    finally:
        _os.unlink(path)


def _find_tempdir():
    """The first candidate directory where a file can actually be created."""
    namer = _RandomNameSequence()
    for candidate in _candidate_dirs():
        if candidate != _os.curdir:
            candidate = _os.path.abspath(candidate)
        # A few name clashes are tolerated; any other failure rules the
        # directory out.
        for _ in range(100):
            try:
                _probe(_os.path.join(candidate, next(namer)))
            except FileExistsError:
                continue
            except OSError:
                break
            return candidate
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" %
                            _candidate_dirs())


_namer = None


def _shared_namer():
    """The module's name generator, made on first use."""
    global _namer
    if _namer is None:
        _namer = _RandomNameSequence()
    return _namer


def _candidate_paths(dir, prefix, suffix, kind):
    """Up to TMP_MAX fresh random paths prefix+XXXXXXXX+suffix in DIR."""
    namer = _shared_namer()
    for _ in range(TMP_MAX):
        name = next(namer)
        if kind is bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)


def _may_retry(dir):
    # Some systems report EACCES, not EEXIST, when the name is taken by a
    # directory: keep trying other names as long as DIR itself is writable.
    return _os.path.isdir(dir) and _os.access(dir, _os.W_OK)


def _create_file(dir, prefix, suffix, flags, kind):
    """Create a new file in DIR; return its descriptor and absolute path."""
    dir = _os.path.abspath(dir)
    for path in _candidate_paths(dir, prefix, suffix, kind):
        _audit("tempfile.mkstemp", path)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _may_retry(dir):
                continue
            raise
        return fd, path
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def gettempprefix():
    """The prefix of default temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The prefix of default temporary names, as bytes."""
    return _os.fsencode(template)


def _tempdir():
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files (tempfile.tempdir), as str."""
    return _os.fsdecode(_tempdir())


def gettempdirb():
    """The default directory for temporary files (tempfile.tempdir), as bytes."""
    return _os.fsencode(_tempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file securely and return (fd, absolute path).

    The name is PREFIX (default: gettempprefix()), random characters, then
    SUFFIX (default: none), in DIR (default: gettempdir()).  These arguments
    must all be str or all bytes, and the path has the same type.  TEXT
    only matters on systems that tell text from binary files.

    Only the current user may read and write the file, nobody may execute
    it, and the descriptor is not inherited by child processes.  Removing
    the file is up to the caller.
    """
    prefix, suffix, dir, kind = _fill_defaults(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _create_file(dir, prefix, suffix, flags, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory securely and return its absolute path.

    The arguments work as for mkstemp().  Only the current user may use the
    directory, and removing it is up to the caller.
    """
    prefix, suffix, dir, kind = _fill_defaults(prefix, suffix, dir)
    for path in _candidate_paths(dir, prefix, suffix, kind):
        _audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _may_retry(dir):
                continue
            raise
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Deprecated: return a path in DIR that does not exist yet.

    Nothing is created, so another process may take the name before the
    caller does; use mkstemp() or mkdtemp() instead.  Only str arguments
    are supported.
    """
    if dir is None:
        dir = gettempdir()
    for path in _candidate_paths(dir, prefix, suffix, str):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes a named temporary file and removes it when that is asked for."""

    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close

    def _close_file(self):
        if not self.close_called:
            self.close_called = True
            self.file.close()

    def _remove(self):
        try:
            _os.unlink(self.name)
        except FileNotFoundError:
            pass

    def cleanup(self, windows=False):
        # Close and (when deleting) remove, at most once.
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            self._close_file()
        finally:
            if self.delete and not (windows and self.delete_on_close):
                self._remove()

    def close(self):
        if self.close_called:
            return
        try:
            self._close_file()
        finally:
            if self.delete and self.delete_on_close:
                self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """A named temporary file: the file object plus its removal on close.

    Attributes and methods not defined here are the wrapped file's.
    """

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        # Everything not defined here is the underlying file's.
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        suppress = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return suppress

    def close(self):
        """Close the file; remove it too if it was made with delete_on_close."""
        self._closer.close()

    def __iter__(self):
        # A generator rather than the file's own iterator, so that the
        # wrapper (and with it the file) stays alive while iterating.
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create a file as mkstemp() does and open it like io.open().

    MODE, BUFFERING, ENCODING, NEWLINE and ERRORS are passed to io.open();
    SUFFIX, PREFIX and DIR choose the name as for mkstemp().  The result
    behaves as the file object and has the path as its `name`.

    With DELETE true (the default) the file is removed again: on close()
    if DELETE_ON_CLOSE is true, otherwise when the with-block ends or the
    object is finalized.  A process killed outright leaves the file behind.
    """
    prefix, suffix, dir, kind = _fill_defaults(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd, path = _create_file(dir, prefix, suffix, _bin_openflags, kind)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except:
        _os.close(fd)
        _os.unlink(path)
        raise
    # Opened from a descriptor, the file is named by it; give it the path
    # where the io layer lets the name be changed.
    raw = file
    for attr in ('buffer', 'raw'):
        raw = getattr(raw, attr, raw)
    try:
        raw.name = path
    except AttributeError:
        pass
    return _TemporaryFileWrapper(file, path, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An open file object for a file that has no name in the file system.

    The arguments are those of NamedTemporaryFile() without the deletion
    options: the file is unlinked at once and disappears when closed.
    """
    prefix, suffix, dir, kind = _fill_defaults(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    # The file is unlinked as soon as it exists: only the descriptor keeps it.
    fd, path = _create_file(dir, prefix, suffix, _bin_openflags, kind)
    try:
        _os.unlink(path)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows too large.

    Data stays in a BytesIO (or a text wrapper around one) until it exceeds
    MAX_SIZE bytes (0: no limit) or fileno() is called; then it moves to a
    TemporaryFile made with the other arguments.
    """
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        # Kept for the file made by rollover().
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        limit = self._max_size
        if not self._rolled and limit and file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        spool = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        self._file = disk
        del self._TemporaryFileArgs
        pos = spool.tell()
        # Text is moved as its encoded bytes, so the position stays valid.
        if hasattr(disk, 'buffer'):
            data = spool.detach().getvalue()
            disk.buffer.write(data)
        else:
            disk.write(spool.getvalue())
        disk.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning, stacklevel=2,
                           source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        if self._max_size == 0 or self._rolled:
            return self._file.writelines(iterable)
        it = iter(iterable)
        for line in it:
            self.write(line)
            if self._rolled:
                return self._file.writelines(it)

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A directory made by mkdtemp() that removes itself with its contents.

    Removal happens on cleanup(), at the end of a with-block (which binds
    the path), or, with a ResourceWarning, when the object is finalized:

        with TemporaryDirectory(prefix='build-') as path:
            run_in(path)

    With delete=False the with-block leaves the directory in place.  Errors
    while removing are raised unless ignore_cleanup_errors is true.
    """

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix=suffix, prefix=prefix, dir=dir)
        self._ignore_errors = ignore_cleanup_errors
        self._delete = delete
        self._pending = True

    @classmethod
    def _rmtree(cls, name, ignore_errors=False, repeated=False):
        def unlock(path):
            # Regain write and search permission on PATH and its parent.
            try:
                if path != name:
                    _os.chmod(_os.path.dirname(path), 0o700)
                _os.chmod(path, 0o700)
            except OSError:
                pass

        def remove_again(path):
            try:
                _os.unlink(path)
            except IsADirectoryError:
                cls._rmtree(path, ignore_errors)
            except PermissionError:
                if _os.path.isdir(path) and not _os.path.islink(path):
                    cls._rmtree(path, ignore_errors, path == name)
                elif not ignore_errors:
                    raise
            except FileNotFoundError:
                pass

        def onexc(func, path, exc):
            if isinstance(exc, FileNotFoundError):
                return
            if not isinstance(exc, PermissionError):
                if not ignore_errors:
                    raise exc
                return
            if repeated and path == name:
                # Unlocking the top directory did not help the first time.
                if ignore_errors:
                    return
                raise
            unlock(path)
            remove_again(path)

        _shutil.rmtree(name, onexc=onexc)

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def __del__(self):
        # Stands in for a finalizer: an unclosed directory is removed when
        # the object goes away, with a warning.
        if getattr(self, '_pending', False) and getattr(self, '_delete', False):
            self._pending = False
            if _os.path.exists(self.name):
                self._rmtree(self.name, ignore_errors=self._ignore_errors)
                _warnings.warn("Implicitly cleaning up {!r}".format(self), ResourceWarning)

    def cleanup(self):
        was_pending, self._pending = self._pending, False
        if was_pending or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
