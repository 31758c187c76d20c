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

Match = _namedtuple('Match', ['a', 'b', 'size'])


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items.

    a is the sequence to compare and b the one it is compared against;
    isjunk(x) marks elements of b to ignore, and autojunk drops very
    frequent elements of long b sequences.  The results (matching
    blocks, opcodes, ratios) are computed on demand and cached.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Replace both sequences."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Replace sequence a (cheap: nothing is indexed for it)."""
        if a is not self.a:
            self.a = a
            self._forget_results()

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Replace sequence b, which gets indexed."""
        # All the indexing work is done on b, so that comparing many a's
        # against one b is cheap.
        if b is self.b:
            return
        self.b = b
        self._forget_results()
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
        """The longest common block of a[alo:ahi] and b[blo:bhi].

        The result Match(i, j, k) has a[i:i+k] == b[j:j+k]; ties go to
        the smallest i, then the smallest j.  Junk elements of b never
        start a match but may extend one.
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
        """Sorted Match(i, j, n) blocks with a[i:i+n] == b[j:j+n].

        Adjacent blocks are merged, and a final Match(len(a), len(b), 0)
        closes the list.
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
        """Edit steps turning a into b, as (tag, i1, i2, j1, j2) tuples.

        tag is 'equal', 'replace', 'delete' or 'insert' and says what
        happens to a[i1:i2] relative to b[j1:j2].
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
        """Opcodes grouped into hunks, with at most n equal items of
        context around each change (as used by unified_diff)."""
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
        """Similarity 2*M/T in [0.0, 1.0]: M matched items, T items in all."""
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """A cheaper value that is never below ratio()."""
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
        """The cheapest value never below ratio(), from the lengths only."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Up to n strings from possibilities most similar to word.

    Only candidates whose ratio() reaches cutoff (between 0.0 and 1.0)
    count; the best come first.
    """
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


def _restore_whitespace(line, guide):
    # Where the guide has a blank under a whitespace character of line
    # (a tab, say), copy that character so the guide stays aligned.
    out = []
    for ch, mark in zip(line, guide):
        out.append(ch if mark == " " and ch.isspace() else mark)
    return ''.join(out)


class Differ:
    """Line-by-line comparison of text, with ndiff-style output.

    Each output line starts with a two-character code: '- ' (only in
    a), '+ ' (only in b), '  ' (in both) or '? ' (a guide line marking
    changed characters of the line above).  linejunk and charjunk are
    isjunk filters for lines and for characters within lines.
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta between the line lists a and b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == 'equal':
                yield from self._dump(' ', a, i1, i2)
            elif tag == 'delete':
                yield from self._dump('-', a, i1, i2)
            elif tag == 'insert':
                yield from self._dump('+', b, j1, j2)
            elif tag == 'replace':
                yield from self._near_match_replace(a, i1, i2, b, j1, j2)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield f'{tag} {x[i]}'

    def _block_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block goes first, so that runs of changes read better.
        if bhi - blo < ahi - alo:
            first = self._dump('+', b, blo, bhi)
            second = self._dump('-', a, alo, ahi)
        else:
            first = self._dump('-', a, alo, ahi)
            second = self._dump('+', b, blo, bhi)
        yield from first
        yield from second

    def _near_match_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (a[i], b[j]) that are not
        # identical; if it is similar enough, synchronise on it: the pair
        # gets intraline '?' guides and both sides of it are handled the same
        # way.  Identical lines can only be here when they are junk, so they
        # are used as a synch point only when nothing else qualifies.
        threshold = 0.75
        best = 0.74             # a pair must beat this to be chosen
        pick = None
        same = None             # first identical (hence junk) pair
        sm = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bline = b[j]
            sm.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same is None:
                        same = (i, j)
                    continue
                sm.set_seq1(aline)
                # Cheap upper bounds first: most pairs are rejected early.
                if (sm.real_quick_ratio() > best and sm.quick_ratio() > best
                        and sm.ratio() > best):
                    best = sm.ratio()
                    pick = (i, j)
        exact = best < threshold
        if exact:
            if same is None:
                yield from self._block_replace(a, alo, ahi, b, blo, bhi)
                return
            pick = same
        i, j = pick

        yield from self._replace_between(a, alo, i, b, blo, j)
        aline, bline = a[i], b[j]
        if exact:
            yield '  ' + aline
        else:
            sm.set_seqs(aline, bline)
            aguide, bguide = [], []
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'equal':
                    aguide.append(' ' * na)
                    bguide.append(' ' * nb)
                elif tag == 'replace':
                    aguide.append('^' * na)
                    bguide.append('^' * nb)
                elif tag == 'delete':
                    aguide.append('-' * na)
                elif tag == 'insert':
                    bguide.append('+' * nb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._with_guides(aline, bline, ''.join(aguide),
                                         ''.join(bguide))
        yield from self._replace_between(a, i + 1, ahi, b, j + 1, bhi)

    def _replace_between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._near_match_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _with_guides(self, aline, bline, aguide, bguide):
        for tag, line, guide in (("- ", aline, aguide), ("+ ", bline, bguide)):
            yield tag + line
            guide = _restore_whitespace(line, guide).rstrip()
            if guide:
                yield f"? {guide}\n"


_blank_or_comment = _re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_blank_or_comment):
    r"""True when line is blank or holds only a '#' comment marker."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    r"""True when ch is a blank or a tab."""
    return ch in ws


def _unified_range(start, stop):
    # "first,count" with 1-based first; count 1 is left out, and an empty
    # range names the line before it.
    count = stop - start
    if count == 1:
        return f'{start + 1}'
    return f'{start + 1 if count else start},{count}'


def _context_range(start, stop):
    # "first,last" with 1-based lines; one line is just "first", and an
    # empty range names the line before it.
    if stop - start <= 1:
        return f'{start + 1 if stop > start else start}'
    return f'{start + 1},{stop}'


def _require_str(lines_a, lines_b, *names):
    # Catch bytes passed to the str-only functions early, with a clear error.
    for lines in (lines_a, lines_b):
        if lines and not isinstance(lines[0], str):
            first = lines[0]
            raise TypeError(f'lines to compare must be str, '
                            f'not {type(first).__name__} ({first!r})')
    for name in names:
        if not isinstance(name, str):
            raise TypeError(f'all arguments must be str, not: {name!r}')


def _headed_groups(a, b, n, first, second, fromfile, tofile, fromfiledate,
                   tofiledate, lineterm):
    # The hunks of unified_diff and context_diff: each group of opcodes with
    # the lines that go before it, the two file headers before the first.
    def header(mark, name, date):
        return f'{mark} {name}' + (f'\t{date}' if date else '') + lineterm
    groups = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for i, group in enumerate(groups):
        if i == 0:
            yield (header(first, fromfile, fromfiledate),
                   header(second, tofile, tofiledate)), group
        else:
            yield (), group


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    r"""Generate a unified diff ('---', '+++', '@@' hunks) of two line
    lists, with n lines of context around each change."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate,
                 lineterm)
    for headers, group in _headed_groups(a, b, n, '---', '+++', fromfile, tofile,
                                         fromfiledate, tofiledate, lineterm):
        yield from headers
        old = _unified_range(group[0][1], group[-1][2])
        new = _unified_range(group[0][3], group[-1][4])
        yield f'@@ -{old} +{new} @@{lineterm}'
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
    r"""Generate a context diff ('***', '---' sections) of two line
    lists, with n lines of context around each change."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate,
                 lineterm)
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    for headers, group in _headed_groups(a, b, n, '***', '---', fromfile, tofile,
                                         fromfiledate, tofiledate, lineterm):
        yield from headers
        first, last = group[0], group[-1]
        yield '*' * 15 + lineterm
        # The '***' section shows a, the '---' section b; lo indexes the
        # side's bounds in an opcode, and `untouched` is the tag that leaves
        # that side alone.  A side no opcode changes gets no lines.
        for mark, lines, lo, untouched in (('*', a, 1, 'insert'),
                                           ('-', b, 3, 'delete')):
            yield (f'{mark * 3} {_context_range(first[lo], last[lo + 1])} '
                   f'{mark * 4}{lineterm}')
            if any(op[0] not in ('equal', untouched) for op in group):
                for op in group:
                    if op[0] != untouched:
                        for line in lines[op[lo]:op[lo + 1]]:
                            yield prefix[op[0]] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    r"""Run dfunc (unified_diff or context_diff) on bytes instead of str.

    All arguments are bytes, and so are the generated lines.
    """
    # Bytes of any value survive the round trip through str thanks to
    # surrogateescape.
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError(f'all arguments must be bytes, not '
                            f'{type(s).__name__} ({s!r})') from err
    a = [decode(line) for line in a]
    b = [decode(line) for line in b]
    names = [decode(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    term = decode(lineterm)
    for text in dfunc(a, b, *names, n, term):
        yield text.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""Differ(linejunk, charjunk).compare(a, b): the ndiff delta of two
    line lists."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    r"""Recover sequence 1 (a) or 2 (b) from an ndiff/Differ delta."""
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
    r"""Side-by-side rows for HtmlDiff, built from the ndiff delta.

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
    """Side-by-side HTML rendering of a line diff.

    make_table() gives just the table and make_file() a whole page;
    changed lines and changed characters are highlighted, and with
    context=True only the changes and some lines around them appear.
    tabsize sets tab expansion, wrapcolumn (if set) wraps long lines,
    and linejunk/charjunk are passed on to ndiff.
    """

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        """Store the rendering options."""
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                  numlines=5, *, charset='utf-8'):
        """A complete HTML page holding make_table()'s table and a legend."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc,
                                context=context, numlines=numlines)
        page = self._file_template % {'styles': self._styles,
                                      'legend': self._legend,
                                      'table': table, 'charset': charset}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        """Both line lists with tabs expanded and line ends dropped."""
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
        """Append text to data_list, cut into rows of the wrap width."""
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
        """Re-yield the _mdiff rows, wrapping long texts over several."""
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
        """Split the rows into from-cells, to-cells and change flags."""
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
        """The two <td> cells (number and text) for one side of a row."""
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
        """Pick anchor prefixes not used by earlier tables."""
        # A class-wide counter lets several tables share one page.
        serial = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = serial + 1
        self._prefix = [f"from{serial:d}_", f"to{serial:d}_"]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """Compute the navigation links and anchors of the rows."""
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
                    target = f'#difflib_chg_{toprefix}_{num_chg}'
                    next_href[last] = f'<a href="{target}">n</a>'
            else:
                in_change = False
        if not flaglist:
            flaglist = [False]
            next_id = ['']
            next_href = ['']
            last = 0
            message = 'No Differences Found' if context else 'Empty File'
            fromlist = tolist = [f'<td></td><td>&nbsp;{message}&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = f'<a href="#difflib_chg_{toprefix}_0">f</a>'
        next_href[last] = f'<a href="#difflib_chg_{toprefix}_top">t</a>'
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """The side-by-side HTML table comparing the two line lists."""
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
        header_row = ''
        if fromdesc or todesc:
            cells = []
            for desc in (fromdesc, todesc):
                cells.append('<th class="diff_next"><br /></th>')
                cells.append(f'<th colspan="2" class="diff_header">{desc}</th>')
            header_row = '<thead><tr>' + ''.join(cells) + '</tr></thead>'

        table = self._table_template % dict(
            data_rows=''.join(rows),
            header_row=header_row,
            prefix=self._prefix[1])

        return (table.replace('\0+', '<span class="diff_add">')
                     .replace('\0-', '<span class="diff_sub">')
                     .replace('\0^', '<span class="diff_chg">')
                     .replace('\1', '</span>')
                     .replace('\t', '&nbsp;'))
