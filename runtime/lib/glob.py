"""Filename globbing utility.

glob() and iglob() expand shell-style wildcards in a path, one component at
a time, listing only the directories that the pattern actually reaches.
With recursive=True a component of exactly '**' matches any number of
directories (zero included).  Names starting with '.' are matched only by a
pattern that itself starts with '.', unless include_hidden is true.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "translate"]

magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la fnmatch.
    Unlike fnmatch, filenames starting with a dot are special cases that are
    not matched by '*' and '?' patterns by default.

    If recursive is true, the pattern '**' will match any files and zero or
    more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    See glob() for the meaning of the arguments.
    """
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
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending in a separator names a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    # dirname == pathname happens for '/' and '//': nothing left to split.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            in_dir = _glob2
        else:
            in_dir = _glob1
    else:
        in_dir = _glob0
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


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
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(x, y)


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
    """Escape all special characters."""
    # Metacharacters in the drive part are left alone (there is none on POSIX).
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """Translate a pathname with shell wildcards to a regular expression.

    If `recursive` is true, the pattern segment '**' will match any number of
    path segments.

    If `include_hidden` is true, wildcards can match path segments beginning
    with a dot ('.').

    If a sequence of separator characters is given to `seps`, they will be
    used to split the pattern into segments and match path separators. If not
    given, os.path.sep and os.path.altsep (where available) are used.
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
