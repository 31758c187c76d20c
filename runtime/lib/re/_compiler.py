"""Compiler of Weft's re package: syntax tree -> instructions for _engine.

Besides the instruction list, the compiler works out what the search loop can
use to skip hopeless start positions: a literal prefix, a test for the first
character, or an anchor at the beginning.
"""

from ._constants import (PatternError, FLAG_IGNORECASE,
                         FLAG_MULTILINE, FLAG_DOTALL, FLAG_ASCII, FLAG_LOCALE)
from . import _engine as E
from ._parser import width
from ._casefold import (fold_unicode, members_unicode, fold_ascii,
                        members_ascii, simple_lower)

# -- character categories ---------------------------------------------------

_ASCII_DIGITS = frozenset('0123456789')
_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')


def _uni_word(c):
    return c.isalnum() or c == '_'


def _uni_not_word(c):
    return not (c.isalnum() or c == '_')


def _uni_not_digit(c):
    return not c.isdecimal()


def _uni_not_space(c):
    return not c.isspace()


_UNICODE_CATEGORIES = {
    'd': str.isdecimal, 'D': _uni_not_digit,
    'w': _uni_word, 'W': _uni_not_word,
    's': str.isspace, 'S': _uni_not_space,
}

_ASCII_CATEGORIES = {
    'd': _ASCII_DIGITS.__contains__,
    'D': lambda c: c not in _ASCII_DIGITS,
    'w': _ASCII_WORD.__contains__,
    'W': lambda c: c not in _ASCII_WORD,
    's': _ASCII_SPACE.__contains__,
    'S': lambda c: c not in _ASCII_SPACE,
}

# Ranges up to this size are expanded into a set of characters.
_SMALL_RANGE = 256


class _Mode:
    """What the type flags mean for one leaf: which \\w and which case
    folding."""

    def __init__(self, ascii):
        self.ascii = ascii
        if ascii:
            self.lower = fold_ascii
            self.fold = fold_ascii
            self.members = members_ascii
            self.categories = _ASCII_CATEGORIES
            self.isword = _ASCII_WORD.__contains__
        else:
            self.lower = simple_lower
            self.fold = fold_unicode
            self.members = members_unicode
            self.categories = _UNICODE_CATEGORIES
            self.isword = _uni_word


_ASCII_MODE = _Mode(True)
_UNICODE_MODE = _Mode(False)


def _mode(flags, is_str):
    if not is_str or flags & (FLAG_ASCII | FLAG_LOCALE):
        return _ASCII_MODE
    return _UNICODE_MODE


# -- counting runs of matching characters -------------------------------------
# Each returns how many characters of s[pos:limit], from pos on, match.

def _count_all(s, pos, limit):
    return limit - pos


def _count_not_newline(s, pos, limit):
    i = s.find('\n', pos, limit)
    return (i if i >= 0 else limit) - pos


def _make_count_strip(chars):
    """Runs of characters from the str chars, scanned with str.lstrip in
    growing slices (so a short run in a long subject costs little)."""
    def count(s, pos, limit):
        i = pos
        step = 16
        while i < limit:
            j = i + step
            if j > limit:
                j = limit
            rest = len(s[i:j].lstrip(chars))
            if rest:
                return j - rest - pos
            i = j
            step *= 4
        return limit - pos
    return count


def _make_count_not_char(c):
    def count(s, pos, limit):
        i = s.find(c, pos, limit)
        return (i if i >= 0 else limit) - pos
    return count


def _make_count_test(test):
    def count(s, pos, limit):
        i = pos
        while i < limit and test(s[i]):
            i += 1
        return i - pos
    return count


def _make_count_notin(chars):
    def count(s, pos, limit):
        i = pos
        while i < limit and s[i] not in chars:
            i += 1
        return i - pos
    return count


# -- single-character matchers ----------------------------------------------

class _CharMatcher:
    """How to match one character: an instruction for a single occurrence,
    a test function, and a run counter for repeats.  chars is the frozenset
    of accepted characters when it is known and small (search hints)."""

    def __init__(self, instr, test, count, chars=None):
        self.instr = instr
        self.test = test
        self.count = count
        self.chars = chars


def _set_matcher(chars, negate):
    """A matcher for a plain set of characters (already folded if needed)."""
    chars = frozenset(chars)
    if not negate:
        text = ''.join(sorted(chars))
        if len(chars) == 1:
            return _CharMatcher((E.CHAR, text), text.__eq__,
                                _make_count_strip(text), chars)
        return _CharMatcher((E.INSET, chars), chars.__contains__,
                            _make_count_strip(text), chars)
    if len(chars) == 1:
        (c,) = chars
        count = _make_count_not_char(c)
    else:
        count = _make_count_notin(chars)
    return _CharMatcher((E.NOTINSET, chars), lambda ch: ch not in chars, count)


def _leaf_matcher(node, is_str):
    """The _CharMatcher for a 'lit', 'any' or 'set' node."""
    tag = node[0]
    flags = node[-1]
    mode = _mode(flags, is_str)
    icase = flags & FLAG_IGNORECASE
    if tag == 'lit':
        c = node[1]
        if icase:
            return _set_matcher(mode.members(c), False)
        return _set_matcher(c, False)
    if tag == 'any':
        if flags & FLAG_DOTALL:
            return _CharMatcher((E.ANYALL,), lambda ch: True, _count_all)
        return _CharMatcher((E.ANY,), lambda ch: ch != '\n',
                            _count_not_newline)
    # A set: [...] or a category escape.
    negate, items = node[1], node[2]
    chars = set()
    ranges = []
    tests = []
    for item in items:
        kind = item[0]
        if kind == 'c':
            chars.add(item[1])
        elif kind == 'r':
            lo, hi = item[1], item[2]
            if ord(hi) - ord(lo) < _SMALL_RANGE:
                chars.update(map(chr, range(ord(lo), ord(hi) + 1)))
            else:
                ranges.append((lo, hi))
        else:
            tests.append(mode.categories[item[1]])
    if icase:
        members = mode.members
        cased = any(len(members(c)) > 1 for c in chars) or bool(ranges)
        if not cased:
            icase = False
    if not ranges and not tests:
        if icase:
            # Accept every case variant of the listed characters.
            expanded = set()
            for c in chars:
                expanded.update(members(c))
            chars = expanded
        return _set_matcher(chars, negate)
    if not icase and not ranges and not chars and len(tests) == 1:
        test = tests[0]
        if negate:
            inner = test

            def test(ch):
                return not inner(ch)
        return _CharMatcher((E.IN, test), test, _make_count_test(test))
    if icase:
        fold = mode.fold
        folded = frozenset(fold(c) for c in chars)

        def test(ch):
            if fold(ch) in folded:
                return not negate
            if ranges:
                for m in members(ch):
                    for lo, hi in ranges:
                        if lo <= m <= hi:
                            return not negate
            for t in tests:
                if t(ch):
                    return not negate
            return negate
    else:
        fchars = frozenset(chars)

        def test(ch):
            if ch in fchars:
                return not negate
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    return not negate
            for t in tests:
                if t(ch):
                    return not negate
            return negate
    return _CharMatcher((E.IN, test), test, _make_count_test(test))


# -- the compiler ----------------------------------------------------------------

def _has_groups(node):
    tag = node[0]
    if tag == 'group':
        return node[1] is not None or _has_groups(node[2])
    if tag in ('seq', 'alt'):
        return any(_has_groups(n) for n in node[1])
    if tag == 'repeat' or tag == 'atomic':
        return _has_groups(node[1])
    if tag == 'look':
        return _has_groups(node[3])
    if tag == 'cond':
        return _has_groups(node[2]) or (node[3] is not None and
                                        _has_groups(node[3]))
    return False


class _Compiler:

    def __init__(self, parsed):
        self.is_str = parsed.is_str
        self.group_widths = parsed.group_widths
        self.code = []
        self.nrep = 0

    def emit(self, node):
        code = self.code
        while node[0] == 'group' and node[1] is None:
            node = node[2]      # (?:...) adds nothing (and saves frames)
        tag = node[0]
        if tag == 'lit' or tag == 'any' or tag == 'set':
            code.append(_leaf_matcher(node, self.is_str).instr)
        elif tag == 'seq':
            self.emit_seq(node[1])
        elif tag == 'at':
            self.emit_at(node)
        elif tag == 'group':
            gid = node[1]
            code.append((E.SAVE, 2 * gid - 2))
            self.emit(node[2])
            code.append((E.SAVE_END, 2 * gid - 1, gid))
        elif tag == 'alt':
            self.emit_alt(node[1])
        elif tag == 'repeat':
            self.emit_repeat(node)
        elif tag == 'backref':
            flags = node[2]
            if flags & FLAG_IGNORECASE:
                # Backreferences compare simple lowercase forms only (so,
                # unlike literals, LONG S does not match 's' here).
                code.append((E.GROUPREF_I, node[1],
                             _mode(flags, self.is_str).lower))
            else:
                code.append((E.GROUPREF, node[1]))
        elif tag == 'look':
            behind, negative, body = node[1], node[2], node[3]
            if behind:
                lo, hi = width(body, self.group_widths)
                if lo != hi:
                    raise PatternError('look-behind requires fixed-width '
                                       'pattern')
                look_width = lo
            else:
                look_width = -1
            at = len(code)
            code.append(None)
            self.emit(body)
            code.append((E.LOOK_END, negative))
            code[at] = (E.LOOK, look_width, negative, len(code),
                        _has_groups(body))
        elif tag == 'atomic':
            code.append((E.ATOMIC, _has_groups(node[1])))
            self.emit(node[1])
            code.append((E.ATOMIC_END,))
        elif tag == 'cond':
            at = len(code)
            code.append(None)
            self.emit(node[2])
            if node[3] is not None:
                jump = len(code)
                code.append(None)
                no_pc = len(code)
                self.emit(node[3])
                code[jump] = (E.JMP, len(code))
            else:
                no_pc = len(code)
            code[at] = (E.GREXISTS, node[1], no_pc)
        else:
            raise AssertionError(tag)

    def emit_seq(self, items):
        """A sequence; runs of literal characters become one STR/ISTR."""
        code = self.code
        i = 0
        n = len(items)
        while i < n:
            node = items[i]
            if node[0] != 'lit':
                self.emit(node)
                i += 1
                continue
            # Collect a run of literals with the same case handling.
            flags = node[2]
            icase = flags & FLAG_IGNORECASE
            mode = _mode(flags, self.is_str)
            j = i
            run = []
            while j < n and items[j][0] == 'lit':
                f = items[j][2]
                if bool(f & FLAG_IGNORECASE) != bool(icase) or (
                        icase and _mode(f, self.is_str) is not mode):
                    break
                run.append(items[j][1])
                j += 1
            if len(run) == 1:
                self.emit(node)
            else:
                text = ''.join(run)
                if icase and any(len(mode.members(c)) > 1 for c in text):
                    fold = mode.fold
                    code.append((E.ISTR, ''.join(map(fold, text)), len(text),
                                 fold))
                else:
                    code.append((E.STR, text, len(text)))
            i = j

    def emit_at(self, node):
        kind, flags = node[1], node[2]
        multiline = flags & FLAG_MULTILINE
        if kind == '^':
            at = E.AT_BEGINNING_LINE if multiline else E.AT_BEGINNING
        elif kind == '$':
            at = E.AT_END_LINE if multiline else E.AT_END_DOLLAR
        elif kind == 'A':
            at = E.AT_BEGINNING
        elif kind == 'Z':
            at = E.AT_END
        elif kind == 'b':
            at = E.AT_BOUNDARY
        else:
            at = E.AT_NON_BOUNDARY
        self.code.append((E.AT, at, _mode(flags, self.is_str).isword))

    def emit_alt(self, branches):
        code = self.code
        jumps = []
        for branch in branches[:-1]:
            split = len(code)
            code.append(None)
            self.emit(branch)
            jumps.append(len(code))
            code.append(None)
            code[split] = (E.SPLIT, split + 1, len(code))
        self.emit(branches[-1])
        for j in jumps:
            code[j] = (E.JMP, len(code))

    def emit_repeat(self, node):
        code = self.code
        body, mn, mx, mode = node[1], node[2], node[3], node[4]
        if mx == 0 and body[0] not in ('lit', 'any', 'set'):
            # Matches only the empty string; the body is still compiled for
            # its errors (a bad look-behind), then dropped.
            size = len(code)
            self.emit(body)
            del code[size:]
            return
        if mn == 1 and mx == 1 and mode != 'possessive':
            self.emit(body)
            return
        if body[0] in ('lit', 'any', 'set'):
            m = _leaf_matcher(body, self.is_str)
            if mode == 'greedy':
                code.append((E.REP1, m.count, m.test, mn, mx, None))
            elif mode == 'lazy':
                code.append((E.REP1_LAZY, m.count, m.test, mn, mx, None))
            else:
                code.append((E.REP1_POSS, m.count, m.test, mn, mx))
            return
        r = self.nrep
        self.nrep += 1
        if mode == 'possessive':
            code.append((E.POSS, r))
            check = len(code)
            code.append(None)
            self.emit(body)
            code.append((E.POSS_ITER, r, check))
            code[check] = (E.POSS_CHECK, r, mn, mx, len(code),
                           _has_groups(body))
            return
        at = len(code)
        code.append(None)
        self.emit(body)
        until = len(code)
        op = E.UNTIL if mode == 'greedy' else E.UNTIL_LAZY
        code.append((op, r, mn, mx, at + 1))
        code[at] = (E.REPEAT, r, until)

    def finish(self):
        code = self.code
        code.append((E.MATCH,))
        # Greedy or lazy single-character repeats followed by a literal:
        # remember the literal's first character so backtracking can jump to
        # the places where it occurs.
        for pc, ins in enumerate(code):
            if ins[0] == E.REP1 or ins[0] == E.REP1_LAZY:
                nxt = code[pc + 1]
                if nxt[0] == E.CHAR or nxt[0] == E.STR:
                    code[pc] = ins[:5] + (nxt[1][0],)
        return code


# -- search hints ------------------------------------------------------------------

def _literal_prefix(node, is_str, out):
    """Append to out the case-sensitive literal characters node must start
    with; return True when node is nothing but those characters."""
    tag = node[0]
    if tag == 'lit':
        c, flags = node[1], node[2]
        if flags & FLAG_IGNORECASE and len(_mode(flags, is_str).members(c)) > 1:
            return False
        out.append(c)
        return True
    if tag == 'seq':
        for item in node[1]:
            if not _literal_prefix(item, is_str, out):
                return False
        return True
    if tag == 'group':
        return _literal_prefix(node[2], is_str, out)
    return False


def _union(parts):
    """Combine first-character descriptions (see _first_chars)."""
    if all(p[0] == 'set' for p in parts):
        chars = frozenset()
        for p in parts:
            chars |= p[1]
        return ('set', chars)
    chars = frozenset()
    tests = []
    for p in parts:
        if p[0] == 'set':
            chars |= p[1]
        else:
            tests.append(p[1])
    if len(tests) == 1:
        only = tests[0]
        if not chars:
            return ('test', only)
        return ('test', lambda ch: ch in chars or only(ch))
    return ('test', lambda ch: ch in chars or any(t(ch) for t in tests))


def _first_chars(node, is_str, group_widths):
    """What the first character of any non-empty match of node can be, as
    ('set', frozenset) or ('test', function); None when unknown."""
    tag = node[0]
    if tag in ('lit', 'set'):
        m = _leaf_matcher(node, is_str)
        if m.chars is not None:
            return ('set', m.chars)
        return ('test', m.test)
    if tag == 'seq':
        # The first item that must consume a character, and the optional
        # ones before it, can supply the first character.
        parts = []
        for item in node[1]:
            if item[0] in ('at', 'look'):
                continue
            first = _first_chars(item, is_str, group_widths)
            if first is None:
                return None
            parts.append(first)
            if width(item, group_widths)[0] > 0:
                break
        return _union(parts) if parts else None
    if tag == 'group':
        return _first_chars(node[2], is_str, group_widths)
    if tag == 'atomic':
        return _first_chars(node[1], is_str, group_widths)
    if tag == 'repeat':
        if node[3] == 0:
            return None
        return _first_chars(node[1], is_str, group_widths)
    if tag == 'alt':
        parts = [_first_chars(b, is_str, group_widths) for b in node[1]]
        if any(p is None for p in parts):
            return None
        return _union(parts)
    return None


def _line_anchored(node):
    """True when every match must start at the beginning of a line."""
    tag = node[0]
    if tag == 'at':
        return node[1] == '^' and bool(node[2] & FLAG_MULTILINE)
    if tag == 'seq':
        return bool(node[1]) and _line_anchored(node[1][0])
    if tag == 'group':
        return _line_anchored(node[2])
    if tag == 'atomic':
        return _line_anchored(node[1])
    if tag == 'alt':
        return all(_line_anchored(b) for b in node[1])
    return False


def _anchored(node):
    """True when every match must start at the beginning of the string."""
    tag = node[0]
    if tag == 'at':
        return node[1] == 'A' or (node[1] == '^' and
                                  not node[2] & FLAG_MULTILINE)
    if tag == 'seq':
        return bool(node[1]) and _anchored(node[1][0])
    if tag == 'group':
        return _anchored(node[2])
    if tag == 'atomic':
        return _anchored(node[1])
    if tag == 'alt':
        return all(_anchored(b) for b in node[1])
    return False


class Program:
    """A compiled pattern, ready for _engine.run and the search loop."""

    def __init__(self, code, ngroups, nrep, prefix, first, anchored,
                 line_anchored):
        self.code = code
        self.nslots = 2 * ngroups + 1
        self.nrep = nrep
        self.prefix = prefix       # literal text every match starts with
        self.first = first         # ('set', chars) / ('test', fn) / None
        self.anchored = anchored   # matches only at the beginning
        self.line_anchored = line_anchored   # ... only at line beginnings


def compile_parsed(parsed):
    comp = _Compiler(parsed)
    comp.emit(parsed.tree)
    code = comp.finish()
    prefix = []
    _literal_prefix(parsed.tree, parsed.is_str, prefix)
    first = None
    if not prefix and width(parsed.tree, parsed.group_widths)[0] > 0:
        # Only when the pattern cannot match the empty string.
        first = _first_chars(parsed.tree, parsed.is_str, parsed.group_widths)
    return Program(code, parsed.ngroups, comp.nrep, ''.join(prefix), first,
                   _anchored(parsed.tree), _line_anchored(parsed.tree))
