"""Helpers shared by the unittest modules: safe and shortened reprs, class names,
element-count differences, glob matching and a simplified line diff."""

from collections import namedtuple

# Frames of modules that define __unittest are left out of the tracebacks that
# results report (see TestResult._clean_tracebacks).
__unittest = True

# Limits for the reprs in failure messages ("[N chars]" placeholders).
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    # Replace the middle of s with "[N chars]" when that makes it shorter.
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(strings):
    # Longest common prefix of a sequence of strings.
    if not strings:
        return ''
    low = min(strings)
    high = max(strings)
    for i, ch in enumerate(low):
        if ch != high[i]:
            return low[:i]
    return low


def _common_shorten_repr(*args):
    """The reprs of args, shortened together so that their differences stay visible
    (the common prefix is abbreviated first)."""
    args = tuple(safe_repr(arg) for arg in args)
    maxlen = max(len(arg) for arg in args)
    if maxlen <= _MAX_LENGTH:
        return args

    prefix = _common_prefix(args)
    prefixlen = len(prefix)

    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        # Abbreviating the common prefix is enough.
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)

    # Abbreviate the prefix and the differing tails as well.
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for s in args)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ if repr raises; with short=True,
    cut to _MAX_LENGTH characters."""
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    """The dotted name of a class: module.qualname."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def three_way_cmp(x, y):
    """The old cmp(): -1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for every element whose counts
    differ; works for unhashable elements, in quadratic time."""
    s, t = list(actual), list(expected)
    used = object()            # marks elements already counted
    result = []
    for i, elem in enumerate(s):
        if elem is used:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, len(s)):
            if s[j] == elem:
                cnt_s += 1
                s[j] = used
        for j, other in enumerate(t):
            if other == elem:
                cnt_t += 1
                t[j] = used
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is used:
            continue
        cnt_t = 0
        for j in range(i, len(t)):
            if t[j] == elem:
                cnt_t += 1
                t[j] = used
        result.append(_Mismatch(0, cnt_t, elem))
    return result


def _ordered_count(iterable):
    # Counts of the elements in order of first appearance.
    counts = {}
    for elem in iterable:
        counts[elem] = counts.get(elem, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable elements."""
    s, t = _ordered_count(actual), _ordered_count(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, cnt_t, elem))
    return result


def _fnmatchcase(name, pattern):
    """Shell-style match of name against pattern (case-sensitive): '*' matches any
    run, '?' one character, '[seq]' / '[!seq]' a character in (not in) seq."""
    # Iterative matcher with backtracking to the last '*'.
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                matched, end = _match_class(pattern, p, name[n])
                if end is not None:
                    if matched:
                        n += 1
                        p = end
                        continue
                elif name[n] == '[':
                    # An unclosed '[' is a literal character.
                    n += 1
                    p += 1
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        # Let the last '*' swallow one more character and retry.
        star_n += 1
        n = star_n
        p = star_p + 1
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


def _match_class(pattern, start, ch):
    # Match ch against the bracket expression at pattern[start] == '['.  Returns
    # (matched, index after the closing ']') or (False, None) if it is not closed.
    i = start + 1
    negate = False
    if i < len(pattern) and pattern[i] == '!':
        negate = True
        i += 1
    first = i
    matched = False
    while i < len(pattern) and (pattern[i] != ']' or i == first):
        if i + 2 < len(pattern) and pattern[i + 1] == '-' and pattern[i + 2] != ']':
            if pattern[i] <= ch <= pattern[i + 2]:
                matched = True
            i += 3
        else:
            if pattern[i] == ch:
                matched = True
            i += 1
    if i >= len(pattern):
        return False, None
    return matched != negate, i + 1


def _simple_ndiff(a, b):
    """Line diff of two lists of lines in the style of difflib.ndiff ('  ', '- ' and
    '+ ' prefixes), used when difflib is not available.  It is simplified: the
    '? ' lines marking changes inside similar lines are not produced."""
    # Longest common subsequence by dynamic programming (the inputs are messages,
    # small enough for the quadratic table).
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = lcs[i], lcs[i + 1]
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append('  ' + a[i])
            i += 1
            j += 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            out.append('- ' + a[i])
            i += 1
        else:
            out.append('+ ' + b[j])
            j += 1
    out.extend('- ' + line for line in a[i:])
    out.extend('+ ' + line for line in b[j:])
    return out


def _ndiff(a, b):
    # difflib.ndiff when difflib exists, else the simplified diff above.
    try:
        import difflib
    except ImportError:
        return _simple_ndiff(a, b)
    return list(difflib.ndiff(a, b))


def _pformat(obj):
    # pprint.pformat when pprint exists, else repr (one line).
    try:
        import pprint
    except ImportError:
        return safe_repr(obj)
    return pprint.pformat(obj)
