"""Shell-style wildcards for file names.

A '*' stands for any run of characters, '?' for one character, and a
bracket expression such as '[a-c]' or '[!0-9]' for one character in (or,
with '!', not in) the set.  fnmatch() compares after os.path.normcase,
fnmatchcase() compares as given, and translate() returns the regular
expression a pattern becomes; compiled patterns are cached.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_CACHE_SIZE = 32768


def fnmatch(name, pat):
    """True if NAME matches the wildcard PAT once both are os.path.normcase'd."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=_CACHE_SIZE, typed=True)
def _compile(pat):
    # Bytes patterns are translated through latin-1 so every byte maps to
    # exactly one character and back.
    if isinstance(pat, bytes):
        text = str(pat, 'ISO-8859-1')
        return re.compile(translate(text).encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The list of the items of NAMES that fnmatch() would accept for PAT."""
    pat = os.path.normcase(pat)
    match = _compile(pat)
    result = []
    if os.path is posixpath:
        # normcase is the identity on POSIX: skip the per-name call.
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Like fnmatch(), but without case normalisation."""
    return _compile(pat)(name) is not None


def translate(pat):
    """The regular expression text equivalent to the wildcard PAT.

    Wildcard characters cannot be escaped; '[*]' matches a literal star.
    """
    parts = _translate(pat, _STAR, '.')
    return _join_parts(parts)


# Marks a run of '*' in the list built by _translate.
_STAR = object()


def _class_body(pat, start, end):
    """Regex text for the bracket expression pat[start:end] (without brackets)."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that denote ranges.  The first character and
        # the one right after each range hyphen can never start a range, so
        # the search skips them.
        chunks = []
        i = start
        k = pat.find('-', i + 2 if pat[i] == '!' else i + 1, end)
        while k >= 0:
            chunks.append(pat[i:k])
            i = k + 1
            k = pat.find('-', i + 2, end)
        tail = pat[i:end]
        if tail:
            chunks.append(tail)
        else:
            # A trailing hyphen is a literal.
            chunks[-1] += '-'
        # Drop ranges whose start is after their end: they match nothing.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)
    # Characters that could start a set operation in a future re are escaped.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def _translate(pat, star, qmark):
    """Split PAT into regex fragments, with STAR standing for each run of '*'."""
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Consecutive stars mean the same as one.
            if not res or res[-1] is not star:
                add(star)
        elif c == '?':
            add(qmark)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                add('\\[')
            else:
                add(_class_body(pat, i, j))
                i = j + 1
        else:
            add(re.escape(c))
    return res


def _join_parts(parts):
    # The text between two stars is matched inside an atomic group so that
    # a failed match does not backtrack through every earlier star.
    groups = [[]]
    for p in parts:
        if p is _STAR:
            groups.append([])
        else:
            groups[-1].append(p)
    out = [''.join(groups[0])]
    last = len(groups) - 1
    for k in range(1, len(groups)):
        text = ''.join(groups[k])
        if k < last:
            out.append('(?>.*?' + text + ')')
        else:
            out.append('.*' + text)
    return '(?s:' + ''.join(out) + ')\\Z'
