"""Pure and concrete path classes.

A PurePath keeps the segments it was built from and parses them lazily into
a drive, a root and a list of the remaining parts (the "tail"); '.' parts
and repeated separators are dropped, '..' is kept.  Its string form, its
case-normalised form (for comparison and hashing) and its parts are cached.

Path adds the system calls.  Its glob() is implemented in _glob.
"""

import io
import os
import posixpath
import stat
import warnings

from . import _flavours
from ._glob import compile_segment, compile_full, select

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is attempted.
    """
    pass


UnsupportedOperation.__module__ = 'pathlib._abc'


class _PathParents:
    """This object provides sequence-like access to the logical ancestors
    of a path.  Don't try to construct it yourself."""

    __slots__ = ('_path', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed_parts(self._drv, self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


def _quote(s):
    """Percent-encode S (UTF-8) for a file URI, keeping '/' and unreserved characters."""
    out = []
    for b in os.fsencode(s):
        c = chr(b)
        if b < 128 and (c.isalnum() or c in '_.-~/'):
            out.append(c)
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


def _unquote(s):
    """Decode %XX escapes as UTF-8; malformed escapes stay as they are."""
    if '%' not in s:
        return s
    out = bytearray()
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == '%' and _is_hex(s[i + 1:i + 3]):
            out.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            out += c.encode('utf-8')
            i += 1
    return out.decode('utf-8', 'replace')


def _is_hex(s):
    return len(s) == 2 and all(c in '0123456789abcdefABCDEF' for c in s)


class PurePath:
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O.  Depending on your system,
    instantiating a PurePath will return either a PurePosixPath or a
    PureWindowsPath object.  You can also instantiate either of these classes
    directly, regardless of your system.
    """

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail_cached', '_str', '_str_normcase_cached',
                 '_parts_normcase_cached', '_hash')
    _flavour = _flavours.posix if os.name != 'nt' else _flavours.windows
    # The os.path-like module for this syntax (posixpath for POSIX paths).
    parser = posixpath if os.name != 'nt' else _flavours.windows

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._flavour is _flavours.windows and self._flavour is _flavours.posix:
                    # Windows separators mean nothing to POSIX: translate them.
                    paths.extend(p.replace('\\', '/') for p in arg._raw_paths)
                else:
                    paths.extend(arg._raw_paths)
            else:
                try:
                    path = os.fspath(arg)
                except TypeError:
                    path = arg
                if not isinstance(path, str):
                    raise TypeError("argument should be a str or an os.PathLike object where "
                                    f"__fspath__ returns a str, not {type(path).__name__!r}")
                paths.append(path)
        self._raw_paths = paths

    def with_segments(self, *pathsegments):
        """Construct a new path object from any number of path-like objects.
        Subclasses may override this method to customize how new path objects
        are created from methods like `iterdir()`.
        """
        return type(self)(*pathsegments)

    # Parsing

    @classmethod
    def _parse_path(cls, path):
        flavour = cls._flavour
        if not path:
            return '', '', []
        sep = flavour.sep
        if flavour.altsep:
            path = path.replace(flavour.altsep, sep)
        drv, root, rel = flavour.splitroot(path)
        if not root and drv.startswith(sep) and not drv.endswith(sep):
            # A complete UNC drive always has a root.
            drv_parts = drv.split(sep)
            if len(drv_parts) == 4 and drv_parts[2] not in '?.':
                root = sep
            elif len(drv_parts) == 6:
                root = sep
        parsed = [x for x in rel.split(sep) if x and x != '.']
        return drv, root, parsed

    def _load_parts(self):
        paths = self._raw_paths
        if len(paths) == 0:
            path = ''
        elif len(paths) == 1:
            path = paths[0]
        else:
            path = self._flavour.join(*paths)
        self._drv, self._root, self._tail_cached = self._parse_path(path)

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        try:
            return self._drv
        except AttributeError:
            self._load_parts()
            return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        try:
            return self._root
        except AttributeError:
            self._load_parts()
            return self._root

    @property
    def _tail(self):
        try:
            return self._tail_cached
        except AttributeError:
            self._load_parts()
            return self._tail_cached

    @classmethod
    def _format_parsed_parts(cls, drv, root, tail):
        sep = cls._flavour.sep
        if drv or root:
            return drv + root + sep.join(tail)
        if tail and cls._flavour.splitdrive(tail[0])[0]:
            # Keep a first part like 'c:a' from reading as a drive.
            tail = ['.'] + tail
        return sep.join(tail)

    def _from_parsed_parts(self, drv, root, tail):
        path = self._from_parsed_string(self._format_parsed_parts(drv, root, tail))
        path._drv = drv
        path._root = root
        path._tail_cached = tail
        return path

    def _from_parsed_string(self, path_str):
        path = self.with_segments(path_str)
        path._str = path_str or '.'
        return path

    def __str__(self):
        """Return the string representation of the path, suitable for
        passing to system calls."""
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self.drive, self.root, self._tail) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        """Return the bytes representation of the path.  This is only
        recommended to use under Unix."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __reduce__(self):
        return self.__class__, tuple(self._raw_paths)

    # Comparison

    @property
    def _str_normcase(self):
        try:
            return self._str_normcase_cached
        except AttributeError:
            if self._flavour.case_sensitive:
                self._str_normcase_cached = str(self)
            else:
                self._str_normcase_cached = str(self).lower()
            return self._str_normcase_cached

    @property
    def _parts_normcase(self):
        try:
            return self._parts_normcase_cached
        except AttributeError:
            self._parts_normcase_cached = self._str_normcase.split(self._flavour.sep)
            return self._parts_normcase_cached

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str_normcase == other._str_normcase and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._str_normcase)
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase < other._parts_normcase

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase <= other._parts_normcase

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase > other._parts_normcase

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase >= other._parts_normcase

    # Joining

    def joinpath(self, *pathsegments):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    # Components

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self.drive + self.root

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        if self.drive or self.root:
            return (self.drive + self.root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def parent(self):
        """The logical parent of the path."""
        tail = self._tail
        if not tail:
            return self
        return self._from_parsed_parts(self.drive, self.root, tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    @property
    def name(self):
        """The final path component, if any."""
        tail = self._tail
        if not tail:
            return ''
        return tail[-1]

    @property
    def suffix(self):
        """
        The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
        """
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """
        A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
        """
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        flavour = self._flavour
        if (not name or flavour.sep in name or (flavour.altsep and flavour.altsep in name) or
                name == '.'):
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parsed_parts(self.drive, self.root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and not (suffix.startswith('.') and len(suffix) > 1):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    # Relations

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        related to the other path), raise ValueError.

        The *walk_up* parameter controls whether `..` may be used to resolve
        the path.
        """
        if _deprecated:
            warnings.warn("support for supplying more than one positional argument to "
                          "pathlib.PurePath.relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        candidates = [other] + list(other.parents)
        for step, path in enumerate(candidates):
            if path == self or path in self.parents:
                break
            elif not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            elif path.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = ['..'] * step + self._tail[len(path._tail):]
        return self._from_parsed_parts('', '', parts)

    def is_relative_to(self, other, /, *_deprecated):
        """Return True if the path is relative to another path or False.
        """
        if _deprecated:
            warnings.warn("support for supplying more than one argument to "
                          "pathlib.PurePath.is_relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        if self._flavour is _flavours.posix:
            return bool(self.root)
        # A UNC path is absolute even when it has no root: '\\\\server'.
        return self.drive.startswith('\\\\') or bool(self.drive and self.root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled for removal "
                      "in Python 3.15. Use os.path.isreserved() to detect reserved paths on "
                      "Windows.", DeprecationWarning, stacklevel=2)
        if self._flavour is _flavours.windows:
            return self._flavour.isreserved(str(self))
        return False

    def as_uri(self):
        """Return the path as a URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drive = self.drive
        if len(drive) == 2 and drive[1] == ':':
            # Drive letters are not quoted.
            prefix = 'file:///' + drive
            path = self.as_posix()[2:]
        elif drive:
            # UNC: 'file:' then '//server/share/...'.
            prefix = 'file:'
            path = self.as_posix()
        else:
            prefix = 'file://'
            path = str(self)
        return prefix + _quote(path)

    # Matching

    @property
    def _pattern_str(self):
        return str(self)

    def full_match(self, pattern, *, case_sensitive=None):
        """
        Return True if this path matches the given glob-style pattern. The
        pattern is matched against the entire path.
        """
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        match = compile_full(pattern._pattern_str, pattern._flavour.sep, case_sensitive)
        return match(self._pattern_str) is not None

    def match(self, path_pattern, *, case_sensitive=None):
        """
        Return True if this path matches the given pattern. If the pattern is
        relative, matching is done from the right; otherwise, the entire path
        is matched. The recursive wildcard '**' is *not* supported by this
        method.
        """
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        path_parts = self.parts[::-1]
        pattern_parts = path_pattern.parts[::-1]
        if not pattern_parts:
            raise ValueError("empty pattern")
        if len(path_parts) < len(pattern_parts):
            return False
        if len(path_parts) > len(pattern_parts) and path_pattern.anchor:
            return False
        sep = path_pattern._flavour.sep
        for path_part, pattern_part in zip(path_parts, pattern_parts):
            if compile_segment(pattern_part, sep, case_sensitive)(path_part) is None:
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = _flavours.posix
    parser = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems.

    On a Windows system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = _flavours.windows
    parser = _flavours.windows
    __slots__ = ()


for _cls in (PurePath, PurePosixPath, PureWindowsPath, _PathParents):
    _cls.__module__ = 'pathlib._local'
del _cls


def _realpath(path, strict):
    """Absolute PATH with every symbolic link resolved.

    Missing components are kept as they are unless STRICT, in which case the
    lstat() error is raised; a symlink loop raises OSError(ELOOP) if STRICT
    and is otherwise left unresolved.
    """
    import errno
    if not path.startswith('/'):
        path = os.path.join(os.getcwd(), path)
    # Components still to walk, last first; a tuple marks the end of a link's
    # target, where the link's resolution becomes known.
    rest = [c for c in reversed(path.split('/')) if c]
    resolved = ''
    seen = {}
    querying = True
    while rest:
        name = rest.pop()
        if isinstance(name, tuple):
            seen[name[0]] = resolved
            continue
        if name == '.':
            continue
        if name == '..':
            resolved = resolved[:resolved.rfind('/')]
            continue
        newpath = resolved + '/' + name
        if not querying:
            resolved = newpath
            continue
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            # Nothing below a missing directory can be a link.
            querying = False
            resolved = newpath
            continue
        if not stat.S_ISLNK(st.st_mode):
            resolved = newpath
            continue
        if newpath in seen:
            known = seen[newpath]
            if known is not None:
                resolved = known
                continue
            if strict:
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), newpath)
            # A loop: leave the rest of the path unresolved.
            querying = False
            resolved = newpath
            continue
        seen[newpath] = None
        target = os.readlink(newpath)
        if target.startswith('/'):
            resolved = ''
        rest.append((newpath,))
        rest.extend(c for c in reversed(target.split('/')) if c)
    return resolved or '/'


class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Depending on your system,
    instantiating a Path will return either a PosixPath or a WindowsPath
    object. You can also instantiate a PosixPath or WindowsPath directly,
    but cannot instantiate a WindowsPath on a POSIX system or vice versa.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            warnings.warn("support for supplying keyword arguments to pathlib.PurePath is "
                          "deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    # Information

    def stat(self, *, follow_symlinks=True):
        """
        Return the result of the stat() system call on this path, like
        os.stat() does.
        """
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
        """
        return os.lstat(str(self))

    def exists(self, *, follow_symlinks=True):
        """
        Whether this path exists.

        This method normally follows symlinks; to check whether a symlink exists,
        add the argument follow_symlinks=False.
        """
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            return False
        return True

    def _has_mode(self, test, follow_symlinks=True):
        # Like os.path.isdir() and friends: any failure means "no".
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except (OSError, ValueError):
            return False

    def is_dir(self, *, follow_symlinks=True):
        """
        Whether this path is a directory.
        """
        return self._has_mode(stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
        """
        return self._has_mode(stat.S_ISREG, follow_symlinks)

    def is_symlink(self):
        """
        Whether this path is a symbolic link.
        """
        return self._has_mode(stat.S_ISLNK, False)

    def is_junction(self):
        """
        Whether this path is a junction.
        """
        return False

    def is_block_device(self):
        """
        Whether this path is a block device.
        """
        return self._has_mode(stat.S_ISBLK)

    def is_char_device(self):
        """
        Whether this path is a character device.
        """
        return self._has_mode(stat.S_ISCHR)

    def is_fifo(self):
        """
        Whether this path is a FIFO.
        """
        return self._has_mode(stat.S_ISFIFO)

    def is_socket(self):
        """
        Whether this path is a socket.
        """
        return self._has_mode(stat.S_ISSOCK)

    def is_mount(self):
        """
        Check if this path is a mount point
        """
        try:
            st = self.lstat()
        except (OSError, ValueError):
            return False
        if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
            return False
        try:
            parent_st = os.lstat(os.path.join(str(self), '..'))
        except (OSError, ValueError):
            return False
        # A mount point sits on another device than its parent, or is its
        # own parent (the root).
        return st.st_dev != parent_st.st_dev or st.st_ino == parent_st.st_ino

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile()).
        """
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    # Contents

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """
        Open the file pointed to by this path and return a file object, as
        the built-in open() function does.
        """
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """
        Open the file in bytes mode, read it, and close the file.
        """
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, read it, and close the file.
        """
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        """
        Open the file in bytes mode, write to it, and close the file.
        """
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, write to it, and close the file.
        """
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # Directories

    def _child(self, name):
        # The parts of self are known: build the child without re-parsing.
        path_str = str(self)
        tail = self._tail
        if tail:
            path_str = f'{path_str}{self._flavour.sep}{name}'
        elif path_str != '.':
            path_str = f'{path_str}{name}'
        else:
            path_str = name
        path = self.with_segments(path_str)
        path._str = path_str
        path._drv = self.drive
        path._root = self.root
        path._tail_cached = tail + [name]
        return path

    def iterdir(self):
        """Yield path objects of the directory contents.

        The children are yielded in arbitrary order, and the
        special entries '.' and '..' are not included.
        """
        names = os.listdir(str(self))
        return map(self._child, names)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
        """
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern.anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pattern._tail)
        raw = pattern._raw_paths[-1] if pattern._raw_paths else ''
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if raw and raw[-1] in (self._flavour.sep, self._flavour.altsep):
            # A trailing separator selects directories only.
            parts.append('')
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        return select(self, parts, case_sensitive, recurse_symlinks)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
        """
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        pattern = '**' / pattern
        return self.glob(pattern, case_sensitive=case_sensitive,
                         recurse_symlinks=recurse_symlinks)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Walk the directory tree from this directory, similar to os.walk()."""
        paths = [self]
        while paths:
            path = paths.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                with os.scandir(path) as it:
                    entries = list(it)
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames = []
            filenames = []
            if not top_down:
                paths.append((path, dirnames, filenames))
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                if is_dir:
                    if not top_down:
                        paths.append(path._child(entry.name))
                    dirnames.append(entry.name)
                else:
                    filenames.append(entry.name)
            if top_down:
                yield path, dirnames, filenames
                # The caller may have pruned dirnames.
                paths += [path._child(d) for d in reversed(dirnames)]

    # Whole-path operations

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls().absolute()

    @classmethod
    def home(cls):
        """Return a new path pointing to expanduser('~').
        """
        return cls('~').expanduser()

    def absolute(self):
        """Return an absolute version of this path
        No normalization or symlink resolution is performed.

        Use resolve() to resolve symlinks and remove '..' segments.
        """
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self._tail:
            return self.with_segments(cwd)
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """
        Make the path absolute, resolving all symlinks on the way and also
        normalizing it.
        """
        if self._flavour is not _flavours.posix:
            raise UnsupportedOperation("resolve() is not supported for this path flavour")
        return self.with_segments(_realpath(str(self), strict))

    def owner(self, *, follow_symlinks=True):
        """
        Return the login name of the file owner.
        """
        raise UnsupportedOperation(f"{type(self).__name__}.owner() is unsupported on this "
                                   "system")

    def group(self, *, follow_symlinks=True):
        """
        Return the group name of the file gid.
        """
        raise UnsupportedOperation(f"{type(self).__name__}.group() is unsupported on this "
                                   "system")

    def readlink(self):
        """
        Return the path to which the symbolic link points.
        """
        return self.with_segments(os.readlink(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        """
        Create this file with the given access mode, if it doesn't exist.
        """
        if exist_ok:
            # An existing file only gets its times updated.
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """
        Create a new directory at this given path.
        """
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """
        Change the permissions of the path, like os.chmod().
        """
        if not follow_symlinks:
            raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
        """
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
        """
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """
        Remove this directory.  The directory must be empty.
        """
        os.rmdir(str(self))

    def rename(self, target):
        """
        Rename this path to the target path.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.rename(str(self), os.fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        """
        Rename this path to the target path, overwriting if that path exists.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.replace(str(self), os.fspath(target))
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """
        Make this path a symlink pointing to the target path.
        Note the order of arguments (link, target) is the reverse of os.symlink.
        """
        # target_is_directory only matters on Windows.
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        """
        Make this path a hard link pointing to the same file as *target*.

        Note the order of arguments (self, target) is the reverse of os.link's.
        """
        os.link(os.fspath(target), str(self))

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)
        """
        if not (self.drive or self.root) and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            drv, root, tail = self._parse_path(homedir)
            return self._from_parsed_parts(drv, root, tail + self._tail[1:])
        return self

    @classmethod
    def from_uri(cls, uri):
        """Return a new path from the given 'file' URI."""
        if not uri.startswith('file:'):
            raise ValueError(f"URI does not start with 'file:': {uri!r}")
        path = uri[5:]
        if path[:3] == '///':
            # Remove empty authority
            path = path[2:]
        elif path[:12] == '//localhost/':
            # Remove 'localhost' authority
            path = path[11:]
        if path[:3] == '///' or (path[:1] == '/' and path[2:3] in ':|'):
            # Remove slash before DOS device/UNC path
            path = path[1:]
        if path[1:2] == '|':
            # Replace bar with colon in DOS drive
            path = path[:1] + ':' + path[2:]
        path = cls(_unquote(path))
        if not path.is_absolute():
            raise ValueError(f"URI is not absolute: {uri!r}")
        return path


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()

    if os.name == 'nt':
        def __new__(cls, *args, **kwargs):
            raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object.
    """
    __slots__ = ()

    if os.name != 'nt':
        def __new__(cls, *args, **kwargs):
            raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")


for _cls in (Path, PosixPath, WindowsPath):
    _cls.__module__ = 'pathlib._local'
del _cls

if hasattr(os.PathLike, 'register'):
    os.PathLike.register(PurePath)
