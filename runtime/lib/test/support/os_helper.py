"""File-system helpers for Weft's regression tests: temporary file names,
robust removal, temporary directories, environment guards."""

import collections.abc
import contextlib
import errno
import os
import stat
import sys
import unittest
import warnings

from test import support

# Base name of temporary files; the process id keeps concurrent runs apart.
TESTFN_ASCII = "@test_%d_tmp" % os.getpid()

# A name with non-ASCII letters that every Unicode file system accepts.
TESTFN_UNICODE = TESTFN_ASCII + "-\xe0\xf2\u0258\u0141\u011f"

# A name the file-system encoding cannot represent (None on UTF-8 systems
# where every str can be encoded with surrogateescape).
TESTFN_UNENCODABLE = None
if os.name != 'nt' and not support.is_apple:
    try:
        b'\xff'.decode(sys.getfilesystemencoding())
    except UnicodeDecodeError:
        TESTFN_UNENCODABLE = TESTFN_ASCII + b'-\xff'.decode(
            sys.getfilesystemencoding(), 'surrogateescape')


def _first_round_trip(candidates):
    for char in candidates:
        try:
            if os.fsdecode(os.fsencode(char)) == char:
                return char
        except (UnicodeError, ValueError):
            continue
    return ''


# One non-ASCII character the file-system encoding can round-trip, or ''.
FS_NONASCII = _first_round_trip((
    '\u00e6', '\u0130', '\u0141', '\u03c6', '\u041a', '\u05d0', '\u060c',
    '\u062a', '\u0e01', '\u00a0', '\u20ac',
))

SAVEDCWD = os.getcwd()


def _undecodable_name():
    encoding = sys.getfilesystemencoding()
    errors = sys.getfilesystemencodeerrors()
    for raw in (b'\xe7w\xf0', b'\xff', b'\xae\xd5', b'\xed\xb2\x80',
                b'\xed\xb4\x80', b'\x81\x98'):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            try:
                raw.decode(encoding, errors)
            except UnicodeDecodeError:
                continue
            return os.fsencode(TESTFN_ASCII) + raw
    return None


# bytes name that is not valid in the file-system encoding, or None.
TESTFN_UNDECODABLE = _undecodable_name()

TESTFN_NONASCII = TESTFN_ASCII + FS_NONASCII if FS_NONASCII else None
TESTFN = TESTFN_NONASCII or TESTFN_ASCII


def make_bad_fd():
    """A file descriptor number that is certainly closed."""
    fd = os.open(TESTFN, os.O_WRONLY | os.O_CREAT)
    try:
        return fd
    finally:
        os.close(fd)
        unlink(TESTFN)


# ---------------------------------------------------------------------------
# Capabilities of the file system

_can_symlink = None


def can_symlink():
    global _can_symlink
    if _can_symlink is None:
        link = TESTFN + "_can_symlink"
        try:
            os.symlink(TESTFN, link)
        except (OSError, NotImplementedError, AttributeError):
            _can_symlink = False
        else:
            os.remove(link)
            _can_symlink = True
    return _can_symlink


def skip_unless_symlink(test):
    """Skip the test unless symbolic links can be created."""
    ok = can_symlink()
    msg = "Requires functional symlink implementation"
    return test if ok else unittest.skip(msg)(test)


_can_hardlink = None


def can_hardlink():
    global _can_hardlink
    if _can_hardlink is None:
        _can_hardlink = hasattr(os, 'link') and not support.is_wasi
    return _can_hardlink


def skip_unless_hardlink(test):
    ok = can_hardlink()
    msg = "requires hardlink support"
    return test if ok else unittest.skip(msg)(test)


def can_xattr():
    return False


def skip_unless_xattr(test):
    return unittest.skip("no non-broken extended attribute support")(test)


_can_chmod = None


def can_chmod():
    global _can_chmod
    if _can_chmod is not None:
        return _can_chmod
    if not hasattr(os, 'chmod'):
        _can_chmod = False
        return False
    try:
        with open(TESTFN, "wb"):
            pass
        try:
            os.chmod(TESTFN, 0o555)
            readonly = stat.S_IMODE(os.stat(TESTFN).st_mode) == 0o555
            os.chmod(TESTFN, 0o777)
            writable = stat.S_IMODE(os.stat(TESTFN).st_mode) == 0o777
            _can_chmod = readonly and writable
        except OSError:
            _can_chmod = False
    finally:
        unlink(TESTFN)
    return _can_chmod


def skip_unless_working_chmod(test):
    ok = can_chmod()
    msg = "requires working os.chmod()"
    return test if ok else unittest.skip(msg)(test)


_can_dac_override = None


def can_dac_override():
    """Whether the process can ignore file permissions (root)."""
    global _can_dac_override
    if _can_dac_override is not None:
        return _can_dac_override
    if not can_chmod():
        _can_dac_override = False
        return False
    try:
        with open(TESTFN, "wb"):
            pass
        os.chmod(TESTFN, 0o400)
        try:
            with open(TESTFN, "wb"):
                pass
        except OSError:
            _can_dac_override = False
        else:
            _can_dac_override = True
    finally:
        try:
            os.chmod(TESTFN, 0o700)
        except OSError:
            pass
        unlink(TESTFN)
    return _can_dac_override


def skip_if_dac_override(test):
    ok = not can_dac_override()
    msg = "incompatible with CAP_DAC_OVERRIDE"
    return test if ok else unittest.skip(msg)(test)


def skip_unless_dac_override(test):
    ok = can_dac_override()
    msg = "requires CAP_DAC_OVERRIDE"
    return test if ok else unittest.skip(msg)(test)


# ---------------------------------------------------------------------------
# Removing files and directories without failing when they are missing

def _rmtree_inner(path):
    # Like shutil.rmtree, but makes read-only directories writable first.
    try:
        entries = os.listdir(path)
    except OSError:
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass
        entries = os.listdir(path)
    for name in entries:
        full = os.path.join(path, name)
        try:
            mode = os.lstat(full).st_mode
        except OSError:
            mode = 0
        if stat.S_ISDIR(mode):
            _rmtree_inner(full)
            try:
                os.rmdir(full)
            except PermissionError:
                os.chmod(full, 0o700)
                os.rmdir(full)
        else:
            os.unlink(full)


def unlink(filename):
    """Remove a file; a missing file is not an error."""
    try:
        os.unlink(filename)
    except (FileNotFoundError, NotADirectoryError):
        pass


def rmdir(dirname):
    """Remove an empty directory; a missing directory is not an error."""
    try:
        os.rmdir(dirname)
    except FileNotFoundError:
        pass


def rmtree(path):
    """Remove a directory tree (or a file); a missing path is not an error."""
    try:
        _rmtree_inner(path)
        os.rmdir(path)
    except FileNotFoundError:
        pass
    except NotADirectoryError:
        unlink(path)


# ---------------------------------------------------------------------------
# Temporary directories and working directories

@contextlib.contextmanager
def temp_dir(path=None, quiet=False):
    """Create a directory for the block and remove it afterwards.

    Without *path*, a new directory is made by tempfile.mkdtemp().  With
    quiet=True, failing to create *path* only warns (and nothing is removed).
    """
    created = False
    if path is None:
        import tempfile
        path = os.path.realpath(tempfile.mkdtemp())
        created = True
    else:
        try:
            os.mkdir(path)
            created = True
        except OSError as exc:
            if not quiet:
                raise
            warnings.warn(f'tests may fail, unable to create '
                          f'temporary directory {path!r}: {exc}',
                          RuntimeWarning, stacklevel=3)
    owner = os.getpid()
    try:
        yield path
    finally:
        # A forked child must not remove its parent's directory.
        if created and owner == os.getpid():
            rmtree(path)


@contextlib.contextmanager
def change_cwd(path, quiet=False):
    """Make *path* the working directory for the block; yield the new cwd."""
    saved = os.getcwd()
    try:
        os.chdir(os.path.realpath(path))
    except OSError as exc:
        if not quiet:
            raise
        warnings.warn(f'tests may fail, unable to change the current working '
                      f'directory to {path!r}: {exc}',
                      RuntimeWarning, stacklevel=3)
    try:
        yield os.getcwd()
    finally:
        os.chdir(saved)


@contextlib.contextmanager
def temp_cwd(name='tempcwd', quiet=False):
    """Create a temporary directory and work in it for the block."""
    with temp_dir(path=name, quiet=quiet) as temp_path:
        with change_cwd(temp_path, quiet=quiet) as cwd:
            yield cwd


def create_empty_file(filename):
    """Create *filename* empty (truncating an existing file)."""
    fd = os.open(filename, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.close(fd)


@contextlib.contextmanager
def open_dir_fd(path):
    """A file descriptor of the directory *path*, closed after the block."""
    flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)
    fd = os.open(path, flags)
    try:
        yield fd
    finally:
        os.close(fd)


def fs_is_case_insensitive(directory):
    """Whether the file system holding *directory* ignores letter case."""
    import tempfile
    with tempfile.NamedTemporaryFile(dir=directory) as handle:
        base = handle.name
        other = base.upper() if base != base.upper() else base.lower()
        try:
            return os.path.samefile(base, other)
        except FileNotFoundError:
            return False


class FakePath:
    """An os.PathLike whose __fspath__ returns (or raises) a given object."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f'<FakePath {self.path!r}>'

    def __fspath__(self):
        if (isinstance(self.path, BaseException) or
                isinstance(self.path, type) and
                issubclass(self.path, BaseException)):
            raise self.path
        return self.path


def fd_count():
    """The number of file descriptors the process has open."""
    for fd_dir in ("/proc/self/fd", "/dev/fd"):
        if sys.platform.startswith('linux') or fd_dir == "/dev/fd":
            try:
                # listdir itself holds one descriptor open on the directory.
                return len(os.listdir(fd_dir)) - 1
            except (FileNotFoundError, NotADirectoryError):
                continue
    limit = 256
    try:
        limit = os.sysconf("SC_OPEN_MAX")
    except (AttributeError, OSError, ValueError):
        pass
    count = 0
    for fd in range(limit):
        try:
            dup = os.dup(fd)
        except OSError as exc:
            if exc.errno != errno.EBADF:
                raise
        else:
            os.close(dup)
            count += 1
    return count


@contextlib.contextmanager
def temp_umask(umask):
    """Set the process umask for the block (no-op without os.umask)."""
    if not hasattr(os, 'umask'):
        yield
        return
    previous = os.umask(umask)
    try:
        yield
    finally:
        os.umask(previous)


class EnvironmentVarGuard(collections.abc.MutableMapping):
    """A view of os.environ that records changes and undoes them on exit
    (it is a context manager)."""

    def __init__(self):
        self._environ = os.environ
        self._changed = {}

    def _remember(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)

    def __getitem__(self, envvar):
        return self._environ[envvar]

    def __setitem__(self, envvar, value):
        self._remember(envvar)
        self._environ[envvar] = value

    def __delitem__(self, envvar):
        self._remember(envvar)
        if envvar in self._environ:
            del self._environ[envvar]

    def keys(self):
        return self._environ.keys()

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def set(self, envvar, value):
        self[envvar] = value

    def unset(self, envvar, /, *envvars):
        for name in (envvar,) + envvars:
            del self[name]

    def copy(self):
        return dict(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        for name, value in self._changed.items():
            if value is None:
                self._environ.pop(name, None)
            else:
                self._environ[name] = value
        self._changed = {}
        os.environ = self._environ


def subst_drive(path):
    """Windows only: a path on a substituted drive (not supported)."""
    raise unittest.SkipTest("subst is only available on Windows")
