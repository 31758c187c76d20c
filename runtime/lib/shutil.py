"""High-level file operations: copying, moving and removing files and trees.

Everything here is built on the os module.  Copies go through plain reads and
writes (no kernel copy offload); metadata copies do what the platform's os
module allows and silently skip what it cannot express, as on systems that
lack a given call.  Archive support is not provided.
"""

import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024

# Audit events go to sys.audit where the interpreter provides it.
_audit = getattr(sys, 'audit', None) or (lambda event, *args: None)


class Error(OSError):
    pass


class SameFileError(Error):
    """A copy whose source and destination are one and the same file."""


class SpecialFileError(OSError):
    """An operation such as copying met a file it cannot handle (a FIFO)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Registering or unregistering an archive format failed."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything left in file object FSRC to file object FDST.

    The data moves in chunks of LENGTH (default COPY_BUFSIZE).
    """
    size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    chunk = read(size)
    while chunk:
        write(chunk)
        chunk = read(size)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry) and hasattr(os.path, 'samestat'):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def _display(fn):
    return fn.path if isinstance(fn, os.DirEntry) else fn


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file SRC to DST and return DST.

    With follow_symlinks false, a symbolic link SRC is reproduced as a new
    link rather than followed.
    """
    _audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for end in (src, dst):
        try:
            mode = _stat(end).st_mode
        except OSError:
            # A missing file is reported by open() below.
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % _display(end))
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def _links_only(src, dst, follow_symlinks):
    # Links are left unfollowed only when asked to and both ends are links.
    return not follow_symlinks and _islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give DST the permission bits of SRC.

    With follow_symlinks false and both paths symbolic links, the links
    themselves would be concerned; their mode cannot be set here, so
    nothing happens.
    """
    _audit("shutil.copymode", src, dst)
    if _links_only(src, dst, follow_symlinks):
        # There is no lchmod here: a link's own mode cannot be set.
        return
    os.chmod(dst, stat.S_IMODE(_stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give DST the permission bits and access/modification times of SRC.

    follow_symlinks works as for copymode().
    """
    _audit("shutil.copystat", src, dst)
    if _links_only(src, dst, follow_symlinks):
        # Times and mode of a link itself cannot be set through this os
        # module; only the lookup of SRC (and its errors) remains.
        if isinstance(src, os.DirEntry):
            src.stat(follow_symlinks=False)
        else:
            os.lstat(src)
        return
    st = src.stat() if isinstance(src, os.DirEntry) else os.stat(src)
    if hasattr(st, 'st_atime_ns'):
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    else:
        os.utime(dst, (st.st_atime, st.st_mtime))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _copy_file_and(copy_meta, src, dst, follow_symlinks):
    # Copying into a directory keeps the source's file name.
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copy_meta(src, target, follow_symlinks=follow_symlinks)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copy file SRC with its permission bits, like "cp"; return the new path.

    DST may be an existing directory to copy into.
    """
    return _copy_file_and(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but copy all that copystat() copies; return the new path."""
    return _copy_file_and(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree() that skips names matching any of
    the glob-style PATTERNS."""
    def _ignore_patterns(path, names):
        return {name for pattern in patterns for name in fnmatch.filter(names, pattern)}
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None,
             copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copy the directory tree SRC to DST and return DST.

    Files are copied with COPY_FUNCTION.  Symbolic links are recreated as
    links if SYMLINKS is true and copied as their targets otherwise.
    IGNORE(dir, names) returns the names in a directory to leave out.
    Failures are collected and raised together as one Error at the end.
    """
    _audit("shutil.copytree", src, dst)
    with os.scandir(src) as it:
        entries = list(it)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    return _copy_entries(entries, src, dst, options)


def _copy_entries(entries, src, dst, options):
    # OPTIONS holds copytree()'s arguments after dst, in order.
    keep_links, ignore, copy_function, skip_dangling, exist_ok = options
    skipped = () if ignore is None else ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skipped:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if keep_links:
                    os.symlink(target, to_path)
                    copystat(entry, to_path, follow_symlinks=False)
                    continue
                # A dangling link fails in copy_function unless asked to
                # skip.  The target is looked up as read, relative to the
                # current directory, which is the established behaviour.
                if skip_dangling and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(from_path, to_path, *options)
            else:
                copy_function(from_path, to_path)
        except Error as exc:
            problems.extend(exc.args[0])
        except OSError as exc:
            problems.append((from_path, to_path, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory PATH and everything in it.

    Each failure goes to onexc(func, path, exception), where FUNC is the
    os function that failed and PATH its argument; the older onerror hook
    gets an exc_info triple instead and is used only without onexc.  With
    ignore_errors true failures are skipped; with no hook at all the first
    one is raised.  dir_fd is not supported here (NotImplementedError).
    """
    _audit("shutil.rmtree", path, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        def onexc(*args):
            pass
    elif onerror is None and onexc is None:
        def onexc(*args):
            raise
    elif onexc is None:
        def onexc(func, path, exc):
            onerror(func, path, (type(exc), exc, exc.__traceback__))
    try:
        st = os.lstat(path)
    except OSError as err:
        onexc(os.lstat, path, err)
        return
    if stat.S_ISLNK(st.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as err:
            err.filename = path
            onexc(os.path.islink, path, err)
        return
    _rmtree_dir(path, onexc)


# Without fd-relative calls a directory could be swapped for a link while
# the tree is being removed.
rmtree.avoids_symlink_attacks = False


def _rmtree_dir(path, onexc):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as err:
        onexc(os.scandir, path, err)
        entries = []
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_dir(fullname, onexc)
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                onexc(os.unlink, fullname, err)
    try:
        os.rmdir(path)
    except OSError as err:
        onexc(os.rmdir, path, err)


def _basename(path):
    # A trailing separator still names the last component: 'a/b/' -> 'b'.
    path = os.fspath(path)
    seps = os.path.sep + (os.path.altsep or '')
    if isinstance(path, bytes):
        seps = os.fsencode(seps)
    return os.path.basename(path.rstrip(seps))


def move(src, dst, copy_function=copy2):
    """Move the file or directory SRC to DST, like "mv"; return the new path.

    An existing directory DST (or a link to one) receives SRC under its own
    name, which must not be taken there yet.  Otherwise os.rename() decides
    whether an existing DST is replaced.  Where renaming fails (another
    file system, say) SRC is copied with COPY_FUNCTION and then removed.
    """
    _audit("shutil.move", src, dst)
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            # Only a change of case (or the same path): rename in place.
            os.rename(src, dst)
            return
        target = os.path.join(dst, _basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        # The fallbacks run inside the handler, so their errors chain to it.
        if os.path.islink(src):
            os.symlink(os.readlink(src), target)
            os.unlink(src)
        elif not os.path.isdir(src):
            copy_function(src, target)
            os.unlink(src)
        elif _destinsrc(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        elif not os.access(src, os.W_OK) and os.listdir(src):
            raise PermissionError("Cannot move the non-empty directory '%s': Lacking "
                                  "write permission to '%s'." % (src, src))
        else:
            copytree(src, target, copy_function=copy_function, symlinks=True)
            rmtree(src)
    return target


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    sep = os.path.sep if isinstance(src, str) else os.fsencode(os.path.sep)
    if not src.endswith(sep):
        src += sep
    if not dst.endswith(sep):
        dst += sep
    return dst.startswith(src)


def disk_usage(path):
    """Space on the file system holding PATH, in bytes: (total, used, free).

    FREE is what an unprivileged user may still use.
    """
    if not hasattr(os, 'statvfs'):
        raise NotImplementedError("shutil.disk_usage() needs os.statvfs(), which is "
                                  "not available")
    vfs = os.statvfs(path)
    unit = vfs.f_frsize
    return _ntuple_diskusage(vfs.f_blocks * unit,
                             (vfs.f_blocks - vfs.f_bfree) * unit,
                             vfs.f_bavail * unit)


def _make_diskusage():
    from collections import namedtuple
    return namedtuple('usage', 'total used free')


if hasattr(os, 'statvfs'):
    _ntuple_diskusage = _make_diskusage()


def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
    """Set the owner and/or group of PATH, given as ids or as names."""
    _audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    raise NotImplementedError("shutil.chown() is not supported: os.chown() is not available")


def _archive_unsupported(name):
    raise NotImplementedError(f"shutil.{name}() is not supported: archives are not available")


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    _archive_unsupported('make_archive')


def get_archive_formats():
    _archive_unsupported('get_archive_formats')


def register_archive_format(name, function, extra_args=None, description=''):
    _archive_unsupported('register_archive_format')


def unregister_archive_format(name):
    _archive_unsupported('unregister_archive_format')


def get_unpack_formats():
    _archive_unsupported('get_unpack_formats')


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    _archive_unsupported('register_unpack_format')


def unregister_unpack_format(name):
    _archive_unsupported('unregister_unpack_format')


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    _archive_unsupported('unpack_archive')


class terminal_size(tuple):
    """The size of a terminal as a (columns, lines) pair."""

    __slots__ = ()
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, iterable):
        values = tuple(iterable)
        if len(values) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(values)}-sequence "
                            "given)")
        return tuple.__new__(cls, values)

    @property
    def columns(self):
        """Number of character columns."""
        return self[0]

    @property
    def lines(self):
        """Number of text lines."""
        return self[1]

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


terminal_size.__module__ = 'os'


def get_terminal_size(fallback=(80, 24)):
    """The terminal size as an os.terminal_size (columns, lines).

    Positive integers in the environment variables COLUMNS and LINES win.
    A dimension they do not give is asked of the terminal on
    sys.__stdout__; where that is impossible (no terminal, say), or the
    answer is 0, FALLBACK supplies it.
    """
    columns = _env_size('COLUMNS')
    lines = _env_size('LINES')
    if columns > 0 and lines > 0:
        return terminal_size((columns, lines))
    try:
        fd = sys.__stdout__.fileno()
        measured = os.get_terminal_size(fd)
    except (AttributeError, OSError, ValueError):
        # No terminal query, stdout detached or not a terminal.
        measured = terminal_size(fallback)
    if columns <= 0:
        columns = measured.columns or fallback[0]
    if lines <= 0:
        lines = measured.lines or fallback[1]
    return terminal_size((columns, lines))


def _env_size(name):
    # The integer in environment variable NAME, or 0.
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named CMD in the directories of PATH that os.access()
    allows for MODE (by default: exists and is executable), or None.

    PATH is a string of directories separated by os.pathsep and defaults
    to the PATH environment variable.  A CMD with a directory part is only
    checked, not searched for.
    """
    use_bytes = isinstance(cmd, bytes)
    # A command with a directory part is checked as given, not searched.
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path)
        dirs = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        dirs = path.split(os.pathsep)
    seen = set()
    for d in dirs:
        normdir = os.path.normcase(d)
        if normdir in seen:
            continue
        seen.add(normdir)
        name = os.path.join(d, cmd)
        if _access_check(name, mode):
            return name
    return None
