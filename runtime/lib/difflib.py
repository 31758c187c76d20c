"""Helpers for computing deltas between sequences.

SequenceMatcher finds the longest contiguous matching block that contains no
"junk" elements, then recurses on the pieces to its left and right (the
Ratcliff/Obershelp "gestalt" approach).  Junk is what the caller's isjunk
predicate accepts plus, with autojunk, the elements that make up more than 1%
of a sequence of 200 or more items.  Differ, ndiff, unified_diff and
context_diff format the resulting opcodes as text; HtmlDiff renders a side by
side table.
"""

from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias
import re as _re

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """SequenceMatcher is a flexible class for comparing pairs of sequences of
    any type, so long as the sequence elements are hashable.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared."""
        # All the indexing work is done on b, so that comparing many a's
        # against one b is cheap.
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        # b2j maps each non-junk element of b to the ascending list of its
        # positions.
        self.b2j = b2j = {}
        for i, elt in enumerate(b):
            b2j.setdefault(elt, []).append(i)

        junk = set()
        if self.isjunk:
            for elt in b2j:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del b2j[elt]

        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, positions in b2j.items():
                if len(positions) > limit:
                    popular.add(elt)
            for elt in popular:
                del b2j[elt]

        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find longest matching block in a[alo:ahi] and b[blo:bhi].

        Return (i, j, k) such that a[i:i+k] is equal to b[j:j+k]; among the
        longest such blocks the one starting earliest in a, and of those the
        one starting earliest in b, is returned.
        """
        a, b, b2j = self.a, self.b, self.b2j
        isbjunk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        # run_len[j] is the length of the match ending at a[i-1] and b[j].
        run_len = {}
        nothing = []
        for i in range(alo, ahi):
            new_run_len = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_run_len[j] = run_len.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            run_len = new_run_len

        # Popular elements were dropped from b2j, so the best block may be
        # extended with equal non-junk elements on either side; then junk is
        # allowed to stick to its ends, so that junk never starts a match but
        # is absorbed when it borders one.
        while (besti > alo and bestj > blo and not isbjunk(b[bestj - 1]) and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               not isbjunk(b[bestj + bestsize]) and
               a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and isbjunk(b[bestj - 1]) and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               isbjunk(b[bestj + bestsize]) and
               a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1

        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Return list of triples describing matching subsequences.

        The last triple is a dummy, (len(a), len(b), 0).
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        # An explicit stack instead of recursion keeps deep inputs safe.
        pending = [(0, la, 0, lb)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = found = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(found)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        blocks.sort()

        # Merge blocks that touch, so that the result is canonical.
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """Return list of 5-tuples describing how to turn a into b.

        Each tuple is (tag, i1, i2, j1, j2) with tag one of 'replace',
        'delete', 'insert' and 'equal'.
        """
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = answer = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            else:
                tag = ''
            if tag:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        return answer

    def get_grouped_opcodes(self, n=3):
        """Isolate change clusters by eliminating ranges with no changes.

        Return a generator of groups with up to n lines of context.
        """
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # Trim the leading and trailing context to n lines (in place: the
        # cached opcodes are trimmed too, as callers have come to expect).
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        nn = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long equal stretch ends one group and starts the next.
            if tag == 'equal' and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the sequences' similarity (float in [0,1])."""
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() relatively quickly."""
        # Counts the multiset intersection of a and b, ignoring order.
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                left = avail[elt]
            else:
                left = counts.get(elt, 0)
            avail[elt] = left - 1
            if left > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() very quickly."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return list of the best "good enough" matches."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    result = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        # Cheap upper bounds first.
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and
                s.ratio() >= cutoff):
            result.append((s.ratio(), x))
    result = _nlargest(n, result)
    return [x for score, x in result]


def _keep_original_ws(s, tag_s):
    """Replace whitespace with the original whitespace characters in `s`"""
    return ''.join(c if tag_c == " " and c.isspace() else tag_c
                   for c, tag_c in zip(s, tag_s))


class Differ:
    """Differ is a class for comparing sequences of lines of text, and
    producing human-readable differences or deltas.
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Compare two sequences of lines; generate the resulting delta."""
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                g = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                g = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                g = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from g

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block goes first, so that runs of changes read better.
        if bhi - blo < ahi - alo:
            first = self._dump('+', b, blo, bhi)
            second = self._dump('-', a, alo, ahi)
        else:
            first = self._dump('-', a, alo, ahi)
            second = self._dump('+', b, blo, bhi)
        yield from first
        yield from second

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (a[i], b[j]) that are not
        # identical; if it is similar enough, synchronise on it: the pair
        # gets intraline '?' guides and both sides of it are handled the same
        # way.  Identical lines can only be here when they are junk, so they
        # are used as a synch point only when nothing else qualifies.
        cutoff = 0.75
        best_ratio = 0.74
        best_i = best_j = None
        cruncher = SequenceMatcher(self.charjunk)
        crqr = cruncher.real_quick_ratio
        cqr = cruncher.quick_ratio
        cr = cruncher.ratio
        eqi = eqj = None
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                # Cheap upper bounds first: most pairs are rejected early.
                if crqr() > best_ratio and cqr() > best_ratio and cr() > best_ratio:
                    best_ratio, best_i, best_j = cr(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = eqi, eqj
            identical = True
        else:
            identical = False

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if identical:
            yield '  ' + aelt
        else:
            atags = btags = ""
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aelt, belt, atags, btags)
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        g = []
        if alo < ahi:
            if blo < bhi:
                g = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                g = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            g = self._dump('+', b, blo, bhi)
        yield from g

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


_blank_or_comment = _re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_blank_or_comment):
    r"""Return True for ignorable line: if `line` is blank or contains a single '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    r"""Return True for ignorable character: iff `ch` is a space or tab."""
    return ch in ws


def _format_range_unified(start, stop):
    'Convert range to the "ed" format'
    beginning = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(beginning)
    if not length:
        beginning -= 1
    return '{},{}'.format(beginning, length)


def _format_range_context(start, stop):
    'Convert range to the "ed" format'
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return '{}'.format(beginning)
    return '{},{}'.format(beginning, beginning + length - 1)


def _check_types(a, b, *args):
    # Catch bytes passed to the str-only functions early, with a clear error.
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_headers(first, second, fromfile, tofile, fromfiledate, tofiledate,
                  lineterm):
    fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
    todate = '\t{}'.format(tofiledate) if tofiledate else ''
    return ('{} {}{}{}'.format(first, fromfile, fromdate, lineterm),
            '{} {}{}{}'.format(second, tofile, todate, lineterm))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""Compare two sequences of lines; generate the delta as a unified diff."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('---', '+++', fromfile, tofile, fromfiledate,
                                     tofiledate, lineterm)
        first, last = group[0], group[-1]
        file1_range = _format_range_unified(first[1], last[2])
        file2_range = _format_range_unified(first[3], last[4])
        yield '@@ -{} +{} @@{}'.format(file1_range, file2_range, lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""Compare two sequences of lines; generate the delta as a context diff."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('***', '---', fromfile, tofile, fromfiledate,
                                     tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm

        file1_range = _format_range_context(first[1], last[2])
        yield '*** {} ****{}'.format(file1_range, lineterm)
        if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line

        file2_range = _format_range_context(first[3], last[4])
        yield '--- {} ----{}'.format(file2_range, lineterm)
        if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    r"""Compare `a` and `b`, two sequences of lines represented as bytes rather
    than str, using dfunc (unified_diff or context_diff).
    """
    # Bytes of any value survive the round trip through str thanks to
    # surrogateescape.
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            msg = ('all arguments must be bytes, not %s (%r)' %
                   (type(s).__name__, s))
            raise TypeError(msg) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    fromfile = decode(fromfile)
    tofile = decode(tofile)
    fromfiledate = decode(fromfiledate)
    tofiledate = decode(tofiledate)
    lineterm = decode(lineterm)

    lines = dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm)
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""Compare `a` and `b` (lists of strings); return a Differ-style delta."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    r"""Generate one of the two sequences that generated a delta."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    prefixes = ("  ", tag)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]


# ---- side by side comparison (HtmlDiff) ----

_change_marks = _re.compile(r'(\++|\-+|\^+)')


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=IS_CHARACTER_JUNK):
    r"""Returns generator yielding marked up from/to side by side differences.

    Each item is ((from line number, from text), (to line number, to text),
    has differences).  Changed text is bracketed by '\0' plus one of '+-^'
    and '\1'.  With a context count, (None, None, None) separates the
    groups of lines that are kept.
    """
    delta = ndiff(fromlines, tolines, linejunk, charjunk)
    counters = [0, 0]

    def take(window, key, side):
        # Removes this side's line (and its '?' guide, for key '?') from
        # the front of the window and returns (line number, marked text).
        counters[side] += 1
        if key is None:
            return counters[side], window.pop(0)[2:]
        if key == '?':
            text, guide = window.pop(0), window.pop(0)
            spans = [(m.group(1)[0], m.span()) for m in _change_marks.finditer(guide)]
            for mark, (begin, end) in reversed(spans):
                text = text[:begin] + '\0' + mark + text[begin:end] + '\1' + text[end:]
            return counters[side], text[2:]
        text = window.pop(0)[2:] or ' '
        return counters[side], '\0' + key + text + '\1'

    def one_sided():
        # Yields (from, to, changed) where one side may be None; blank
        # filler entries keep the two columns aligned around runs of
        # deletions and insertions.
        window = []
        pending = 0     # net deletions (<0) or insertions (>0) not yet padded
        to_pad = 0
        while True:
            while len(window) < 4:
                window.append(next(delta, 'X'))
            shape = ''.join(line[0] for line in window)
            if shape.startswith('X'):
                to_pad = pending
            elif shape.startswith('-?+?'):
                yield take(window, '?', 0), take(window, '?', 1), True
                continue
            elif shape.startswith('--++'):
                pending -= 1
                yield take(window, '-', 0), None, True
                continue
            elif shape.startswith(('--?+', '--+', '- ')):
                # The last deletion of a run: pad, then emit it.
                from_line, to_line = take(window, '-', 0), None
                to_pad, pending = pending - 1, 0
            elif shape.startswith('-+?'):
                yield take(window, None, 0), take(window, '?', 1), True
                continue
            elif shape.startswith('-?+'):
                yield take(window, '?', 0), take(window, None, 1), True
                continue
            elif shape.startswith('-'):
                pending -= 1
                yield take(window, '-', 0), None, True
                continue
            elif shape.startswith('+--'):
                pending += 1
                yield None, take(window, '+', 1), True
                continue
            elif shape.startswith(('+ ', '+-')):
                from_line, to_line = None, take(window, '+', 1)
                to_pad, pending = pending + 1, 0
            elif shape.startswith('+'):
                pending += 1
                yield None, take(window, '+', 1), True
                continue
            elif shape.startswith(' '):
                yield take(window[:], None, 0), take(window, None, 1), False
                continue
            while to_pad < 0:
                to_pad += 1
                yield None, ('', '\n'), True
            while to_pad > 0:
                to_pad -= 1
                yield ('', '\n'), None, True
            if shape.startswith('X'):
                return
            yield from_line, to_line, True

    def paired():
        lines = one_sided()
        left, right = [], []
        while True:
            while not left or not right:
                try:
                    from_line, to_line, changed = next(lines)
                except StopIteration:
                    return
                if from_line is not None:
                    left.append((from_line, changed))
                if to_line is not None:
                    right.append((to_line, changed))
            from_line, from_changed = left.pop(0)
            to_line, to_changed = right.pop(0)
            yield from_line, to_line, from_changed or to_changed

    pairs = paired()
    if context is None:
        yield from pairs
        return
    # Keep `context` unchanged lines around each change; a ring buffer
    # holds the lines seen since the last change.
    size = context + 1
    while True:
        ring = [None] * size
        count = 0
        changed = False
        while changed is False:
            try:
                from_line, to_line, changed = next(pairs)
            except StopIteration:
                return
            ring[count % size] = (from_line, to_line, changed)
            count += 1
        if count > size:
            yield None, None, None
            remaining = size
        else:
            remaining = count
            count = 0
        while remaining:
            yield ring[count % size]
            count += 1
            remaining -= 1
        remaining = size - 1
        try:
            while remaining:
                from_line, to_line, changed = next(pairs)
                if changed:
                    remaining = size - 1
                else:
                    remaining -= 1
                yield from_line, to_line, changed
        except StopIteration:
            return


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


class HtmlDiff(object):
    """For producing HTML side by side comparison with change highlights.

    This class can be used to create an HTML table (or a complete HTML file
    containing the table) showing a side by side, line by line comparison
    of text with inter-line and intra-line change highlights.  The table can
    be generated in either full or contextual difference mode.
    """

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        """HtmlDiff instance initializer"""
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *, charset='utf-8'):
        """Returns HTML file of side by side comparison with change highlights"""
        page = self._file_template % dict(
            styles=self._styles,
            legend=self._legend,
            table=self.make_table(fromlines, tolines, fromdesc, todesc,
                                  context=context, numlines=numlines),
            charset=charset)
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        """Returns from/to line lists with tabs expanded and newlines removed."""
        def expand_tabs(line):
            # Spaces from expanded tabs become '\t' (rendered as &nbsp;
            # at the end) while real spaces are protected meanwhile.
            line = line.replace(' ', '\0')
            line = line.expandtabs(self._tabsize)
            line = line.replace(' ', '\t')
            return line.replace('\0', ' ').rstrip('\n')
        return ([expand_tabs(line) for line in fromlines],
                [expand_tabs(line) for line in tolines])

    def _split_line(self, data_list, line_num, text):
        """Builds list of text lines by splitting text lines at wrap point"""
        if not line_num:
            data_list.append((line_num, text))
            return
        size = len(text)
        limit = self._wrapcolumn
        # Each marker pair takes three characters of no width.
        if size <= limit or size - text.count('\0') * 3 <= limit:
            data_list.append((line_num, text))
            return
        i = 0
        shown = 0
        mark = ''
        while shown < limit and i < size:
            if text[i] == '\0':
                mark = text[i + 1]
                i += 2
            elif text[i] == '\1':
                mark = ''
                i += 1
            else:
                i += 1
                shown += 1
        line1 = text[:i]
        line2 = text[i:]
        if mark:
            # Close the highlight on this row and reopen it on the next.
            line1 = line1 + '\1'
            line2 = '\0' + mark + line2
        data_list.append((line_num, line1))
        self._split_line(data_list, '>', line2)

    def _line_wrapper(self, diffs):
        """Returns iterator that splits (wraps) mdiff text lines"""
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            (fromline, fromtext), (toline, totext) = fromdata, todata
            fromlist, tolist = [], []
            self._split_line(fromlist, fromline, fromtext)
            self._split_line(tolist, toline, totext)
            while fromlist or tolist:
                fromdata = fromlist.pop(0) if fromlist else ('', ' ')
                todata = tolist.pop(0) if tolist else ('', ' ')
                yield fromdata, todata, flag

    def _collect_lines(self, diffs):
        """Collects mdiff output into separate lists"""
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            if flag is None:
                # A context separator.
                fromlist.append(None)
                tolist.append(None)
            else:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        """Returns HTML markup of "from" / "to" text lines"""
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            # Continuation rows ('>') and fillers ('') get no anchor.
            anchor = ''
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, linenum, text))

    def _make_prefix(self):
        """Create unique anchor prefixes"""
        # A class-wide counter lets several tables share one page.
        fromprefix = "from%d_" % HtmlDiff._default_prefix
        toprefix = "to%d_" % HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = [fromprefix, toprefix]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """Makes list of "next" links"""
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        num_chg = 0
        in_change = False
        last = 0
        for i, flag in enumerate(flaglist):
            if flag:
                if not in_change:
                    in_change = True
                    last = i
                    # The anchor goes a few lines above the change, so
                    # that following a link shows some context.
                    anchor_at = max(0, i - numlines)
                    next_id[anchor_at] = ' id="difflib_chg_%s_%d"' % (toprefix, num_chg)
                    num_chg += 1
                    next_href[last] = '<a href="#difflib_chg_%s_%d">n</a>' % (
                        toprefix, num_chg)
            else:
                in_change = False
        if not flaglist:
            flaglist = [False]
            next_id = ['']
            next_href = ['']
            last = 0
            if context:
                fromlist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
                tolist = fromlist
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % (toprefix)
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """Returns HTML table of side by side comparison with change highlights"""
        self._make_prefix()
        # Tabs are expanded before any markup is inserted.
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        context_lines = numlines if context else None
        diffs = _mdiff(fromlines, tolines, context_lines, linejunk=self._linejunk,
                       charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)

        rows = []
        fmt = ('            <tr><td class="diff_next"%s>%s</td>%s'
               '<td class="diff_next">%s</td>%s</tr>\n')
        for i in range(len(flaglist)):
            if flaglist[i] is None:
                # The separator that may come first is not wanted.
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
            else:
                rows.append(fmt % (next_id[i], next_href[i], fromlist[i],
                                   next_href[i], tolist[i]))
        if fromdesc or todesc:
            header_row = '<thead><tr>%s%s%s%s</tr></thead>' % (
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % fromdesc,
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % todesc)
        else:
            header_row = ''

        table = self._table_template % dict(
            data_rows=''.join(rows),
            header_row=header_row,
            prefix=self._prefix[1])

        return (table.replace('\0+', '<span class="diff_add">')
                     .replace('\0-', '<span class="diff_sub">')
                     .replace('\0^', '<span class="diff_chg">')
                     .replace('\1', '</span>')
                     .replace('\t', '&nbsp;'))
