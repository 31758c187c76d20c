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
    """Raised by a path method the path type or the system cannot support."""


UnsupportedOperation.__module__ = 'pathlib._abc'


def _native(posix_class, windows_class):
    # The class matching the running system's path syntax.
    return windows_class if os.name == 'nt' else posix_class


class _PathParents:
    """The immutable sequence behind PurePath.parents: item 0 is the parent,
    the last item the anchor (or '.')."""

    __slots__ = ('_path', '_anchor', '_parts')

    def __init__(self, path):
        self._path = path
        self._anchor = (path.drive, path.root)
        self._parts = path._tail

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        count = len(self._parts)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(count)))
        # The comparisons come in this order for the TypeError a str gives.
        if idx >= count or idx < -count:
            raise IndexError(idx)
        keep = count - 1 - (idx if idx >= 0 else idx + count)
        drv, root = self._anchor
        return self._path._from_parsed_parts(drv, root, self._parts[:keep])

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
    """A file system path as a value: parsing, joining and comparing, no I/O.

    PurePath(...) itself makes the subclass for the running system
    (PurePosixPath here); PurePosixPath and PureWindowsPath can be made
    on any system.
    """

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail_cached', '_str', '_str_normcase_cached',
                 '_parts_normcase_cached', '_hash')
    _flavour = _flavours.posix if os.name != 'nt' else _flavours.windows
    # The os.path-like module for this syntax (posixpath for POSIX paths).
    parser = posixpath if os.name != 'nt' else _flavours.windows

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = _native(PurePosixPath, PureWindowsPath)
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
        """A new path of this type made from PATHSEGMENTS.

        Every method that derives a path (joinpath(), parent, iterdir(), ...)
        goes through here, so a subclass can override it to pass on state.
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
        """The drive: 'c:' or '\\\\server\\share' in Windows syntax, else ''."""
        try:
            return self._drv
        except AttributeError:
            self._load_parts()
            return self._drv

    @property
    def root(self):
        """The root separator(s) of the path, or '' for a relative path."""
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
        text = self._format_parsed_parts(drv, root, tail)
        path = self._from_parsed_string(text)
        path._drv = drv
        path._root = root
        path._tail_cached = tail
        return path

    def _from_parsed_string(self, path_str):
        path = self.with_segments(path_str)
        path._str = path_str or '.'
        return path

    def __str__(self):
        """The path as a string, as system calls take it."""
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self.drive, self.root, self._tail) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with '/' between its parts."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        """The path encoded with os.fsencode() (meaningful on POSIX)."""
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
            text = str(self)
            if not self._flavour.case_sensitive:
                text = text.lower()
            self._str_normcase_cached = text
            return text

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
        """This path extended by PATHSEGMENTS, as with the / operator.

        An anchored segment (such as '/etc') discards what comes before it.
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
        """Drive and root together ('' for a relative path)."""
        return self.drive + self.root

    @property
    def parts(self):
        """The components as a tuple; the anchor, if any, comes first."""
        if self.drive or self.root:
            return (self.drive + self.root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def parent(self):
        """The path without its last component (lexically; '..' is not followed)."""
        tail = self._tail
        if not tail:
            return self
        return self._from_parsed_parts(self.drive, self.root, tail[:-1])

    @property
    def parents(self):
        """The ancestors of the path, nearest first (purely lexical)."""
        return _PathParents(self)

    @property
    def name(self):
        """The last component, or '' when there is none."""
        tail = self._tail
        if not tail:
            return ''
        return tail[-1]

    @property
    def suffix(self):
        """The file extension of the last component, dot included ('.gz'
        for 'a.tar.gz'), or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """Every extension of the last component, in order, dots included
        (['.tar', '.gz'] for 'a.tar.gz')."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The last component without its suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """This path with its last component replaced by NAME."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        flavour = self._flavour
        if (not name or flavour.sep in name or (flavour.altsep and flavour.altsep in name) or
                name == '.'):
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parsed_parts(self.drive, self.root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem of its last component replaced by STEM."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced by SUFFIX (added where there is
        none; '' removes it)."""
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and not (suffix.startswith('.') and len(suffix) > 1):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    # Relations

    def _as_path(self, first, more, warning):
        # OTHER argument of relative_to() and is_relative_to(); the extra
        # positional segments are deprecated (the warning names the caller's
        # caller, hence stacklevel 3).
        if more:
            warnings.warn(warning, DeprecationWarning, stacklevel=3)
            return self.with_segments(first, *more)
        return first if isinstance(first, PurePath) else self.with_segments(first)

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path expressed relative to OTHER; ValueError if it is not below it.

        With walk_up=True a path elsewhere under the same anchor is reached
        through '..' components instead.
        """
        other = self._as_path(other, _deprecated,
                              "support for supplying more than one positional argument to "
                              "pathlib.PurePath.relative_to() is deprecated and scheduled for "
                              "removal in Python 3.14")
        # Climb from OTHER until reaching an ancestor of this path (or itself).
        ups = 0
        for base in [other, *other.parents]:
            if base == self or base in self.parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if base.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            ups += 1
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        below = self._tail[len(base._tail):]
        return self._from_parsed_parts('', '', ['..'] * ups + below)

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path is OTHER or lies below it."""
        other = self._as_path(other, _deprecated,
                              "support for supplying more than one argument to "
                              "pathlib.PurePath.is_relative_to() is deprecated and scheduled for "
                              "removal in Python 3.14")
        return other == self or other in self.parents

    def is_absolute(self):
        """Whether the path is anchored fully: a root, plus a drive where the
        syntax has drives."""
        if self._flavour is _flavours.posix:
            return bool(self.root)
        # A UNC path is absolute even when it has no root: '\\\\server'.
        return self.drive.startswith('\\\\') or bool(self.drive and self.root)

    def is_reserved(self):
        """Deprecated: whether Windows reserves a component's name (never on
        POSIX)."""
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled for removal "
                      "in Python 3.15. Use os.path.isreserved() to detect reserved paths on "
                      "Windows.", DeprecationWarning, stacklevel=2)
        if self._flavour is _flavours.windows:
            return self._flavour.isreserved(str(self))
        return False

    def as_uri(self):
        """The absolute path as a 'file:' URI."""
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
        """Whether the whole path matches the glob PATTERN ('**' included)."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        match = compile_full(pattern._pattern_str, pattern._flavour.sep, case_sensitive)
        return match(self._pattern_str) is not None

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob PATH_PATTERN component by
        component, from the right; an anchored pattern must cover the whole
        path.  '**' counts as '*' here.
        """
        pattern = path_pattern
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        mine = self.parts
        wanted = pattern.parts
        if not wanted:
            raise ValueError("empty pattern")
        extra = len(mine) - len(wanted)
        if extra < 0 or (extra > 0 and pattern.anchor):
            return False
        sep = pattern._flavour.sep
        return all(compile_segment(want, sep, case_sensitive)(have) is not None
                   for want, have in zip(reversed(wanted), reversed(mine)))


class PurePosixPath(PurePath):
    """A pure path in POSIX syntax ('/' separators, no drives); the
    PurePath of POSIX systems."""
    _flavour = _flavours.posix
    parser = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path in Windows syntax (drives, UNC shares, either slash,
    case-insensitive comparison)."""
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
    # Components still to visit, the next one last.  A 1-tuple (link,) marks
    # where the target of LINK ends: from there on LINK resolves to DONE.
    pending = [c for c in reversed(path.split('/')) if c]
    done = ''
    links = {}          # link path -> its resolution; None while expanding
    check_links = True  # cleared below a missing component or a loop
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            links[item[0]] = done
            continue
        if item == '.':
            continue
        if item == '..':
            done = done[:done.rfind('/')]
            continue
        step = done + '/' + item
        if not check_links:
            done = step
            continue
        try:
            is_link = stat.S_ISLNK(os.lstat(step).st_mode)
        except OSError:
            if strict:
                raise
            # Nothing below a missing directory can be a link.
            check_links = False
            is_link = False
        if not is_link:
            done = step
            continue
        if step in links:
            if links[step] is not None:
                done = links[step]
                continue
            if strict:
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), step)
            # A loop: leave the rest of the path unresolved.
            check_links = False
            done = step
            continue
        links[step] = None
        target = os.readlink(step)
        if target.startswith('/'):
            done = ''
        pending.append((step,))
        pending.extend(c for c in reversed(target.split('/')) if c)
    return done or '/'


class Path(PurePath):
    """A PurePath that can also query and change the file system.

    Path(...) makes the subclass for the running system (PosixPath here);
    the other system's class cannot be instantiated.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = _native(PosixPath, WindowsPath)
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            warnings.warn("support for supplying keyword arguments to pathlib.PurePath is "
                          "deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    # Information

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path (os.lstat() with follow_symlinks=False)."""
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        """os.lstat() of the path: a symbolic link is described itself."""
        return os.lstat(str(self))

    def exists(self, *, follow_symlinks=True):
        """Whether something exists at the path.

        A symbolic link counts by its target, unless follow_symlinks=False.
        """
        return self._has_mode(lambda mode: True, follow_symlinks)

    def _has_mode(self, test, follow_symlinks=True):
        # Like os.path.isdir() and friends: any failure means "no".
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except (OSError, ValueError):
            return False

    def is_dir(self, *, follow_symlinks=True):
        """Whether the path names a directory (possibly through links)."""
        return self._has_mode(stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        """Whether the path names a regular file (possibly through links)."""
        return self._has_mode(stat.S_ISREG, follow_symlinks)

    def is_symlink(self):
        """Whether the path itself is a symbolic link."""
        return self._has_mode(stat.S_ISLNK, False)

    def is_junction(self):
        """Always False: junctions exist only on Windows."""
        return False

    def is_block_device(self):
        """Whether the path names a block special file."""
        return self._has_mode(stat.S_ISBLK)

    def is_char_device(self):
        """Whether the path names a character special file."""
        return self._has_mode(stat.S_ISCHR)

    def is_fifo(self):
        """Whether the path names a named pipe."""
        return self._has_mode(stat.S_ISFIFO)

    def is_socket(self):
        """Whether the path names a Unix domain socket."""
        return self._has_mode(stat.S_ISSOCK)

    def is_mount(self):
        """Whether the path is a directory on which a file system is mounted."""
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
        """Whether OTHER_PATH (a path or a string) is the same file as this one."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.with_segments(other_path).stat()
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    # Contents

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file like the built-in open() and return the file object."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole contents of the file, as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        """The whole contents of the file, decoded to str."""
        encoding = io.text_encoding(encoding)
        with self.open('r', -1, encoding, errors, newline) as stream:
            return stream.read()

    def write_bytes(self, data):
        """Replace the file's contents with the bytes-like DATA; return the count."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the str DATA, encoded; return the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open('w', -1, encoding, errors, newline) as stream:
            return stream.write(data)

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
        """The entries of the directory as paths, in no particular order
        ('.' and '..' excluded)."""
        names = os.listdir(str(self))
        return map(self._child, names)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The existing paths below this one that match the relative glob
        PATTERN; '**' spans any number of directories."""
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
        """Like glob() with '**/' put in front of PATTERN: matches at any depth."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        pattern = '**' / pattern
        return self.glob(pattern, case_sensitive=case_sensitive,
                         recurse_symlinks=recurse_symlinks)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Yield (dirpath, dirnames, filenames) for this directory tree, as
        os.walk() does, with dirpath a path object."""
        # A stack of directories still to list; in bottom-up order a finished
        # (dir, subdirs, files) triple waits on it below its subdirectories.
        todo = [self]
        while todo:
            item = todo.pop()
            if isinstance(item, tuple):
                yield item
                continue
            try:
                with os.scandir(item) as scan:
                    entries = list(scan)
            except OSError as exc:
                if on_error is not None:
                    on_error(exc)
                continue
            subdirs, files = [], []
            if not top_down:
                todo.append((item, subdirs, files))
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                if not is_dir:
                    files.append(entry.name)
                    continue
                subdirs.append(entry.name)
                if not top_down:
                    todo.append(item._child(entry.name))
            if top_down:
                yield item, subdirs, files
                # The caller may have pruned subdirs.
                todo.extend(item._child(name) for name in reversed(subdirs))

    # Whole-path operations

    @classmethod
    def cwd(cls):
        """The current working directory as a path."""
        return cls().absolute()

    @classmethod
    def home(cls):
        """The user's home directory as a path."""
        return cls('~').expanduser()

    def absolute(self):
        """The path made absolute by prefixing the working directory.

        Nothing else changes: '..' and links stay (see resolve()).
        """
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self._tail:
            return self.with_segments(cwd)
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """The absolute path with every symbolic link and '..' resolved.

        With strict=True a missing component raises instead of being kept.
        """
        if self._flavour is not _flavours.posix:
            raise UnsupportedOperation("resolve() is not supported for this path flavour")
        return self.with_segments(_realpath(str(self), strict))

    def owner(self, *, follow_symlinks=True):
        """The user name owning the file (not available here)."""
        raise UnsupportedOperation(f"{type(self).__name__}.owner() is unsupported on this "
                                   "system")

    def group(self, *, follow_symlinks=True):
        """The group name owning the file (not available here)."""
        raise UnsupportedOperation(f"{type(self).__name__}.group() is unsupported on this "
                                   "system")

    def readlink(self):
        """The target of the symbolic link, as a path."""
        return self.with_segments(os.readlink(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file (mode MODE, less the umask), or update its times if
        it exists and exist_ok is true."""
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
        """Create the directory; with PARENTS, missing ancestors too.

        With exist_ok an existing directory is no error.
        """
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            up = self.parent
            if not parents or up == self:
                raise
            # Ancestors get the default mode, like "mkdir -p".
            up.mkdir(0o777, True, True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Set the permission bits of the file to MODE."""
        if not follow_symlinks:
            raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        """chmod() of a symbolic link itself (not available here)."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Delete the file or link (not a directory; see rmdir()).

        missing_ok=True makes a missing file no error.
        """
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Delete the directory, which must be empty."""
        os.rmdir(str(self))

    def rename(self, target):
        """Move the file to TARGET with os.rename() and return TARGET as a path.

        A relative TARGET is taken from the working directory, not from this
        path's directory.
        """
        os.rename(str(self), os.fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        """Like rename(), but an existing TARGET is always replaced."""
        os.replace(str(self), os.fspath(target))
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Create a symbolic link at this path whose target is TARGET.

        (os.symlink() takes the two the other way round.)
        """
        # target_is_directory only matters on Windows.
        os.symlink(os.fspath(target), str(self))

    def hardlink_to(self, target):
        """Create a hard link at this path to the file TARGET.

        (os.link() takes the two the other way round.)
        """
        os.link(os.fspath(target), str(self))

    def expanduser(self):
        """The path with a leading '~' or '~user' replaced by that home
        directory, as os.path.expanduser() does."""
        first = self._tail[:1]
        if self.drive or self.root or not first or not first[0].startswith('~'):
            return self
        home = os.path.expanduser(first[0])
        if home.startswith('~'):
            raise RuntimeError("Could not determine home directory.")
        drv, root, home_parts = self._parse_path(home)
        return self._from_parsed_parts(drv, root, home_parts + self._tail[1:])

    @classmethod
    def from_uri(cls, uri):
        """The path named by a 'file:' URI (percent escapes decoded)."""
        if not uri.startswith('file:'):
            raise ValueError(f"URI does not start with 'file:': {uri!r}")
        rest = uri[len('file:'):]
        # An empty or 'localhost' authority names this machine.
        if rest.startswith('///'):
            rest = rest[2:]
        elif rest.startswith('//localhost/'):
            rest = rest[len('//localhost'):]
        # '/c:/x' and '////server/share' lose their leading slash.
        if rest.startswith('///') or (rest.startswith('/') and rest[2:3] in ':|'):
            rest = rest[1:]
        if rest[1:2] == '|':
            # The old 'c|' spelling of a drive letter.
            rest = rest[0] + ':' + rest[2:]
        path = cls(_unquote(rest))
        if not path.is_absolute():
            raise ValueError(f"URI is not absolute: {uri!r}")
        return path


class PosixPath(Path, PurePosixPath):
    """A Path in POSIX syntax; what Path() makes on POSIX systems."""
    __slots__ = ()

    if os.name == 'nt':
        def __new__(cls, *args, **kwargs):
            raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")


class WindowsPath(Path, PureWindowsPath):
    """A Path in Windows syntax; it can only be made on Windows."""
    __slots__ = ()

    if os.name != 'nt':
        def __new__(cls, *args, **kwargs):
            raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")


for _cls in (Path, PosixPath, WindowsPath):
    _cls.__module__ = 'pathlib._local'
del _cls

if hasattr(os.PathLike, 'register'):
    os.PathLike.register(PurePath)
