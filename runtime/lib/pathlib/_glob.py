"""Pattern matching for pathlib: match(), full_match() and Path.glob().

Patterns are compiled with glob.translate() in its "everything visible"
form (hidden names match, '**' is recursive).  Path.glob() walks the
pattern one segment at a time: literal segments are joined without listing
the directory (their existence is checked once, at the end), wildcard
segments list it, and '**' walks the whole subtree below.
"""

import glob
import os
import re

_compiled = {}


def _compile(pattern, sep, case_sensitive, whole):
    key = (pattern, sep, case_sensitive, whole)
    try:
        return _compiled[key]
    except KeyError:
        pass
    regex = glob.translate(pattern, recursive=whole, include_hidden=True, seps=sep)
    flags = 0 if case_sensitive else re.IGNORECASE
    match = re.compile(regex, flags).match
    if len(_compiled) > 512:
        _compiled.clear()
    _compiled[key] = match
    return match


def compile_segment(pattern, sep, case_sensitive):
    """A match function for one path segment; '**' acts like '*' here."""
    if pattern == '**':
        pattern = '*'
    return _compile(pattern, sep, case_sensitive, False)


def compile_full(pattern, sep, case_sensitive):
    """A match function for a whole path string, with recursive '**'."""
    return _compile(pattern, sep, case_sensitive, True)


def _has_magic(part):
    return glob.has_magic(part)


def _lexists(path):
    try:
        os.lstat(str(path))
    except (OSError, ValueError):
        return False
    return True


def _isdir(path):
    try:
        st = os.stat(str(path))
    except (OSError, ValueError):
        return False
    return (st.st_mode & 0o170000) == 0o040000


def _entries(path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except OSError:
        return []


def _walk(path, dirs_only, follow_symlinks):
    """PATH and everything below it (only directories if DIRS_ONLY)."""
    yield path
    stack = [path]
    while stack:
        top = stack.pop()
        for entry in _entries(top):
            try:
                is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
            except OSError:
                is_dir = False
            if is_dir:
                child = top._child(entry.name)
                yield child
                stack.append(child)
            elif not dirs_only:
                yield top._child(entry.name)


def _select(path, parts, i, case_sensitive, recurse_symlinks, unchecked):
    if i == len(parts):
        # Literal segments were joined on trust: check the result exists.
        if not unchecked or _lexists(path):
            yield path
        return
    part = parts[i]
    if part == '':
        # A trailing separator: directories only.
        if _isdir(path):
            yield path
        return
    if part == '**':
        j = i + 1
        while j < len(parts) and parts[j] == '**':
            j += 1
        dirs_only = j < len(parts)
        if unchecked and not _isdir(path):
            return
        for sub in _walk(path, dirs_only, recurse_symlinks):
            yield from _select(sub, parts, j, case_sensitive, recurse_symlinks, False)
        return
    if part == '..' or (case_sensitive and not _has_magic(part)):
        yield from _select(path._child(part), parts, i + 1, case_sensitive, recurse_symlinks,
                           True)
        return
    match = compile_segment(part, path._flavour.sep, case_sensitive)
    dirs_only = i + 1 < len(parts)
    for entry in _entries(path):
        if dirs_only:
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        if match(entry.name):
            yield from _select(path._child(entry.name), parts, i + 1, case_sensitive,
                               recurse_symlinks, False)


def select(root, parts, case_sensitive, recurse_symlinks):
    """Yield the paths below ROOT matching the pattern segments PARTS."""
    return _select(root, parts, 0, case_sensitive, recurse_symlinks, False)
