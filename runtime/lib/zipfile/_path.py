"""zipfile.Path: walk the members of a ZIP archive the way pathlib walks a tree.

An archive does not have to store its directories as members.  CompleteDirs
reports the directories that member names imply as well, so every parent of a
member can be listed, tested and joined onto.
"""

import io
import pathlib
import posixpath
import re
import stat

import zipfile

__all__ = ['Path']


def _ancestors(name):
    # Proper ancestors of a '/'-separated name, nearest first:
    # 'a/b/c/' gives 'a/b' and then 'a'.
    head = name.rstrip('/')
    head = posixpath.dirname(head)
    while head:
        yield head
        head = posixpath.dirname(head)


class CompleteDirs(zipfile.ZipFile):
    """ZipFile whose namelist() also reports directories implied by members."""

    @staticmethod
    def _implied_dirs(names):
        # Ordered, without repeats, leaving out directories already present.
        found = {}
        for member in names:
            for anc in _ancestors(member):
                entry = anc + '/'
                if entry not in names:
                    found.setdefault(entry)
        return found

    def namelist(self):
        stored = super().namelist()
        return stored + list(self._implied_dirs(stored))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """Map name to name + '/' when only the directory form is known."""
        known = self._name_set()
        if name in known:
            return name
        as_dir = name + '/'
        return as_dir if as_dir in known else name

    def getinfo(self, name):
        """Like ZipFile.getinfo(), but also answers for implied directories."""
        try:
            return super().getinfo(name)
        except KeyError:
            implied = name.endswith('/') and name in self._name_set()
            if not implied:
                raise
        return zipfile.ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        """Turn a file name or a ZipFile into an instance of this class.

        A ZipFile given here has its class changed in place.  One that is
        being written keeps a fresh name list on every call (CompleteDirs)
        rather than a cached one.
        """
        if isinstance(source, CompleteDirs):
            return source
        if isinstance(source, zipfile.ZipFile):
            source.__class__ = cls if 'r' in source.mode else CompleteDirs
            return source
        return cls(source)


class FastLookup(CompleteDirs):
    """CompleteDirs for archives that are only read: the name list is cached."""

    def namelist(self):
        cached = self.__dict__.get('_fl_names')
        if cached is None:
            cached = self._fl_names = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get('_fl_set')
        if cached is None:
            cached = self._fl_set = super()._name_set()
        return cached


def _glob_to_regex(pattern):
    # '**' as a whole segment crosses directories; '*', '?' and '[...]' stay
    # inside one segment.  The result may also match a directory's final '/'.
    if not pattern:
        raise ValueError(f"Unacceptable pattern: {pattern!r}")
    *inner, final = pattern.split('/')
    pieces = []
    for seg in inner:
        pieces.append('.*/' if seg == '**' else _segment_regex(seg) + '/')
    pieces.append('.*' if final == '**' else _segment_regex(final))
    pieces.append('/?')
    return ''.join(pieces)


def _segment_regex(seg):
    # A non-empty segment must not start at a '/'.
    pieces = ['(?=[^/])'] if seg else []
    pos, size = 0, len(seg)
    while pos < size:
        ch = seg[pos]
        pos += 1
        if ch == '*':
            pieces.append('[^/]*')
        elif ch == '?':
            pieces.append('[^/]')
        elif ch == '[' and seg.find(']', pos) >= 0:
            # Character sets pass through as regex classes (so '!' does not
            # negate); only backslashes need doubling.
            close = seg.find(']', pos)
            pieces.append('[%s]' % seg[pos:close].replace('\\', '\\\\'))
            pos = close + 1
        else:
            pieces.append(re.escape(ch))
    return ''.join(pieces)


class Path:
    """A pathlib-like view of one location inside a ZIP archive.

    root is a ZipFile (whose class is switched to a CompleteDirs subclass) or
    the name of an archive; at is the member path: '' for the top of the
    archive, ending in '/' for a directory.
    """

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def __repr__(self):
        kind = type(self).__name__
        return f"{kind}({self.root.filename!r}, {self.at!r})"

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.root == other.root and self.at == other.at

    def __hash__(self):
        return hash((self.root, self.at))

    def _sibling(self, at):
        # Another location in the same archive, of the same class.
        return type(self)(self.root, at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Open the member; text modes wrap it in io.TextIOWrapper.

        Extra positional and keyword arguments go to TextIOWrapper and are
        refused in binary mode.
        """
        if self.is_dir():
            raise IsADirectoryError(self)
        rw = mode[0]
        if rw == 'r' and not self.exists():
            raise FileNotFoundError(self)
        raw = self.root.open(self.at, rw, pwd=pwd)
        if 'b' in mode:
            if kwargs or args:
                raise ValueError("encoding args invalid for binary operation")
            return raw
        if args:
            encoding, args = args[0], args[1:]
        else:
            encoding = kwargs.pop('encoding', None)
        if hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        if encoding == 'locale':
            encoding = 'utf-8'
        return io.TextIOWrapper(raw, encoding, *args, **kwargs)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as fh:
            return fh.read()

    def read_bytes(self):
        with self.open('rb') as fh:
            return fh.read()

    def _pure(self):
        return pathlib.PurePosixPath(self.at or self.root.filename)

    name = property(lambda self: self._pure().name)
    suffix = property(lambda self: self._pure().suffix)
    suffixes = property(lambda self: self._pure().suffixes)
    stem = property(lambda self: self._pure().stem)

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip('/'))
        return self._sibling(up + '/' if up else up)

    def is_dir(self):
        return self.at == '' or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def is_symlink(self):
        """True when the member's Unix mode marks it as a symbolic link."""
        unix_mode = self.root.getinfo(self.at).external_attr >> 16
        return stat.S_ISLNK(unix_mode)

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip('/')

        def directly_below(entry):
            return posixpath.dirname(entry.at.rstrip('/')) == here

        return filter(directly_below, map(self._sibling, self.root.namelist()))

    def match(self, path_pattern):
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def glob(self, pattern):
        regex = re.compile(re.escape(self.at) + _glob_to_regex(pattern))
        return map(self._sibling, filter(regex.fullmatch, self.root.namelist()))

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def relative_to(self, other, *extra):
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def joinpath(self, *other):
        target = posixpath.join(self.at, *other)
        return self._sibling(self.root.resolve_dir(target))

    __truediv__ = joinpath
