"""Expand shell-style wildcards in file system paths.

glob() and iglob() expand a pattern one path component at a time, listing
only the directories that the pattern actually reaches.  With
recursive=True a component of exactly '**' matches any number of
directories (zero included).  Names starting with '.' are matched only by a
pattern that itself starts with '.', unless include_hidden is true.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "translate"]

# The characters that make a pattern component a wildcard.
magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(magic_check.pattern.encode('ascii'))


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """All existing paths that match the wildcard pattern PATHNAME, as a list.

    Wildcards work as in fnmatch, except that a name beginning with '.' is
    matched only by a pattern component that also begins with '.' (unless
    include_hidden is true).  With recursive=True a component '**' stands
    for every file and for any depth of directories, none included.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but yields the matching paths one by one."""
    if dir_fd is not None:
        raise NotImplementedError("glob: the dir_fd argument is not supported")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    return _iglob_top(pathname, root_dir, recursive, include_hidden)


def _iglob_top(pathname, root_dir, recursive, include_hidden):
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # A leading '**' first yields the empty path, which is no match.
        for first in it:
            if first:
                yield first
            break
    yield from it


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        # No wildcard anywhere: the path either exists or it does not.
        found = (_lexists(_join(root_dir, pathname)) if tail
                 else _isdir(_join(root_dir, head)))
        if found:
            yield pathname
        return
    deep = recursive and _isrecursive(tail)
    if not head:
        lister = _glob2 if deep else _glob1
        yield from lister(root_dir, tail, dironly, include_hidden)
        return
    # head == pathname happens for '/' and '//': nothing left to split.
    if head == pathname or not has_magic(head):
        parents = [head]
    else:
        parents = _iglob(head, root_dir, recursive, True, include_hidden)
    if not has_magic(tail):
        lister = _glob0
    elif deep:
        lister = _glob2
    else:
        lister = _glob1
    for parent in parents:
        for name in lister(_join(root_dir, parent), tail, dironly, include_hidden):
            yield os.path.join(parent, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    import warnings
    warnings.warn("glob.glob0 is deprecated and will be removed in Python 3.15. Use "
                  "glob.glob and pass a directory to its root_dir argument instead.",
                  DeprecationWarning, stacklevel=2)
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    import warnings
    warnings.warn("glob.glob1 is deprecated and will be removed in Python 3.15. Use "
                  "glob.glob and pass a directory to its root_dir argument instead.",
                  DeprecationWarning, stacklevel=2)
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly, include_hidden=False):
    # '**' matches the directory itself (the empty name) and all below it.
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    """Yield the names in DIRNAME (only subdirectories if DIRONLY); errors mean none."""
    try:
        if not dirname:
            it = os.scandir(os.curdir)
        else:
            it = os.scandir(dirname)
        with it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        name = entry.name
                        # scandir('.') gives str names; match the pattern type.
                        if isinstance(dirname, bytes) and isinstance(name, str):
                            name = os.fsencode(name)
                        yield name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _rlistdir(dirname, dironly, include_hidden=False):
    for name in _listdir(dirname, dironly):
        if _ishidden(name) and not include_hidden:
            continue
        yield name
        below = _join(dirname, name)
        for sub in _rlistdir(below, dironly, include_hidden):
            yield os.path.join(name, sub)


def _join(dirname, basename):
    # An empty root means "relative to the current directory".
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _lexists(pathname):
    try:
        os.lstat(pathname)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname):
    try:
        st = os.stat(pathname)
    except (OSError, ValueError):
        return False
    return (st.st_mode & 0o170000) == 0o040000


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[:1] in ('.', b'.')


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """PATHNAME with each wildcard character wrapped in brackets, so it matches literally."""
    # The drive part is left alone (there is none on POSIX).
    drv, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        quoted = magic_check_bytes.sub(b'[\\1]', rest)
    else:
        quoted = magic_check.sub('[\\1]', rest)
    return drv + quoted


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """The regular expression text for the path pattern PAT.

    recursive: a component '**' matches any number of components.
    include_hidden: wildcards may match names that begin with '.'.
    seps: the separator characters (default: os.path.sep plus os.path.altsep
    where there is one); they split PAT and are what separators match.
    """
    if not seps:
        seps = os.path.sep + (os.path.altsep or '')
    escaped = ''.join(map(re.escape, seps))
    any_sep = f'[{escaped}]' if len(seps) > 1 else escaped
    not_sep = f'[^{escaped}]'
    if include_hidden:
        one_segment = f'{not_sep}+'
        any_segments = f'(?:.+{any_sep})?'
        any_last_segments = '.*'
    else:
        one_segment = f'[^{escaped}.]{not_sep}*'
        any_segments = f'(?:{one_segment}{any_sep})*'
        any_last_segments = f'{any_segments}(?:{one_segment})?'
    star = f'{not_sep}*'
    out = []
    parts = re.split(any_sep, pat)
    last = len(parts) - 1
    for idx, part in enumerate(parts):
        if part == '*':
            out.append(one_segment)
        elif recursive and part == '**':
            if idx < last:
                # Repeated '**' segments mean the same as one.
                if parts[idx + 1] != '**':
                    out.append(any_segments)
                continue
            out.append(any_last_segments)
            continue
        else:
            if part and not include_hidden and part[0] in '*?':
                out.append(r'(?!\.)')
            pieces = fnmatch._translate(part, star, not_sep)
            out.append(''.join(pieces))
        if idx < last:
            out.append(any_sep)
    return fr'(?s:{"".join(out)})\Z'
