"""Helpers shared by the unittest modules: safe and shortened reprs, class names,
element-count differences and line diffs."""

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


def sorted_list_difference(expected, actual):
    """(missing, unexpected): the items of the sorted list expected that are not
    in the sorted list actual, and the other way round.  While both lists last,
    repeated items are reported once; the tail left when one list ends is
    reported as it is."""
    missing = []
    unexpected = []
    i = j = 0
    n_exp, n_act = len(expected), len(actual)

    def past(seq, k, n, value):
        # The index after the run of items equal to value starting at seq[k].
        while k < n and seq[k] == value:
            k += 1
        return k

    while i < n_exp and j < n_act:
        e = expected[i]
        a = actual[j]
        if e < a:
            missing.append(e)
            i = past(expected, i + 1, n_exp, e)
        elif e > a:
            unexpected.append(a)
            j = past(actual, j + 1, n_act, a)
        else:
            i = past(expected, i + 1, n_exp, e)
            j = past(actual, j + 1, n_act, a)
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(missing, unexpected) for lists of unhashable, unorderable items, by
    equality.  Both lists are consumed: expected is emptied (from its end) and
    actual, less the items matched, is returned as the unexpected list."""
    missing = []
    while expected:
        item = expected.pop()
        for k, other in enumerate(actual):
            if other == item:
                del actual[k]
                break
        else:
            missing.append(item)
    return missing, actual


def _ndiff(a, b):
    # Line diff of two lists of lines, in difflib.ndiff's format.
    import difflib
    return list(difflib.ndiff(a, b))


def _pformat(obj):
    import pprint
    return pprint.pformat(obj)
