"""Parser for Weft's re package: pattern text -> syntax tree.

The tree is made of tuples whose first item is a tag:

    ('lit', ch, flags)              one literal character
    ('any', flags)                  .
    ('set', negate, items, flags)   [...] and \\d \\w \\s ...; items are
                                    ('c', ch), ('r', lo, hi), ('k', letter)
    ('at', kind, flags)             zero-width: 'A' 'Z' 'b' 'B' '^' '$'
    ('seq', [nodes])
    ('alt', [nodes])
    ('group', gid, node)            gid None for (?:...) and (?flags:...)
    ('repeat', node, min, max, mode)  mode 'greedy', 'lazy' or 'possessive'
    ('backref', gid, flags)
    ('look', behind, negative, node)
    ('atomic', node)
    ('cond', gid, yes, no)          no is None without a '|'

Leaf nodes carry the flags in force where they appear, because inline scoped
flags such as (?i:...) change them locally.  Errors are PatternError with
CPython's messages and positions.  Patterns given as bytes are parsed as their
latin-1 decoding, so character positions are byte positions.
"""

import sys
import warnings

from ._constants import (PatternError, MAXREPEAT, MAXGROUPS, INLINE_FLAGS,
                         TYPE_FLAGS, FLAG_VERBOSE, FLAG_ASCII, FLAG_LOCALE,
                         FLAG_UNICODE)

DIGITS = frozenset('0123456789')
OCTDIGITS = frozenset('01234567')
HEXDIGITS = frozenset('0123456789abcdefABCDEF')
ASCIILETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
WHITESPACE = frozenset(' \t\n\r\v\f')
SPECIAL_CHARS = frozenset('.\\[{()*+?^$|')
REPEAT_CHARS = frozenset('*+?{')

# One-letter escapes that stand for a character.
ESCAPE_CHARS = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                'v': '\v', '\\': '\\'}

# Directory of this package: warnings are attributed to the first caller
# outside it.
_PKG_DIR = __file__.rpartition('/')[0] + '/'


def _warn(msg, category):
    """warnings.warn, attributed to the first caller outside this package."""
    level = 2
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_PKG_DIR):
        frame = frame.f_back
        level += 1
    warnings.warn(msg, category, stacklevel=level)


class _Source:
    """The pattern as a stream of tokens: one character, or a backslash and
    the character after it (the way CPython's parser reads patterns)."""

    def __init__(self, text, orig):
        self.text = text
        self.orig = orig      # the pattern object given by the user (errors)
        self.n = len(text)
        self.i = 0
        self.is_str = isinstance(orig, str)

    def error(self, msg, pos):
        return PatternError(msg, self.orig, pos)

    def peek(self):
        i = self.i
        if i >= self.n:
            return None
        c = self.text[i]
        if c == '\\':
            if i + 1 >= self.n:
                raise self.error('bad escape (end of pattern)', i)
            return self.text[i:i + 2]
        return c

    def get(self):
        tok = self.peek()
        if tok is not None:
            self.i += len(tok)
        return tok

    def match(self, tok):
        if self.peek() == tok:
            self.i += len(tok)
            return True
        return False

    def tell(self):
        return self.i

    def seek(self, i):
        self.i = i

    def getwhile(self, n, charset):
        """Up to n tokens that are single characters of charset."""
        out = ''
        for _ in range(n):
            tok = self.peek()
            if tok is None or tok not in charset:
                break
            out += tok
            self.i += 1
        return out

    def getuntil(self, terminator, name):
        """Tokens up to terminator (consumed); errors as CPython words them."""
        result = ''
        while True:
            tok = self.peek()
            if tok is None:
                if not result:
                    raise self.error('missing ' + name, self.i)
                raise self.error('missing %s, unterminated name' % terminator,
                                 self.i - len(result))
            self.i += len(tok)
            if tok == terminator:
                if not result:
                    raise self.error('missing ' + name, self.i - 1)
                return result
            result += tok


class Parsed:
    """What the parser hands to the compiler."""

    def __init__(self, tree, flags, ngroups, groupindex, group_widths,
                 is_str):
        self.tree = tree
        self.group_widths = group_widths
        self.flags = flags
        self.ngroups = ngroups
        self.groupindex = groupindex
        self.is_str = is_str


def _valid_name(name, is_str):
    return name.isidentifier() and (is_str or name.isascii())


def _name_repr(name, is_str):
    """How group names appear in messages (ASCII-escaped for bytes)."""
    return repr(name) if is_str else ascii(name)


def _ascii_number(text):
    """int(text) when text is only ASCII digits, else None."""
    if text and text.isascii() and text.isdigit():
        return int(text)
    return None


class _Parser:

    def __init__(self, src, flags):
        self.src = src
        self.flags = flags          # global flags (initial + leading (?...))
        self.ngroups = 0
        self.groupindex = {}
        self.open_groups = set()
        self.group_widths = {}
        self.lookbehind_start = None   # ngroups when the lookbehind began
        self.cond_refs = {}            # conditional group -> position
        self.global_add = 0            # flags set by leading (?aiLmsux)

    # -- groups -------------------------------------------------------------

    def open_group(self, name, name_pos):
        gid = self.ngroups + 1
        if gid >= MAXGROUPS:
            raise self.src.error('too many groups', name_pos)
        if name is not None:
            old = self.groupindex.get(name)
            if old is not None:
                raise self.src.error(
                    'redefinition of group name %r as group %d; was group %d'
                    % (name, gid, old), name_pos)
            self.groupindex[name] = gid
        self.ngroups = gid
        self.open_groups.add(gid)
        return gid

    def close_group(self, gid, body):
        self.open_groups.discard(gid)
        self.group_widths[gid] = width(body, self.group_widths)

    def check_lookbehind_group(self, gid):
        if self.lookbehind_start is not None:
            if gid in self.open_groups:
                raise self.src.error('cannot refer to an open group',
                                     self.src.tell())
            if gid > self.lookbehind_start:
                raise self.src.error('cannot refer to group defined in the '
                                     'same lookbehind subpattern',
                                     self.src.tell())

    # -- alternation and sequences -------------------------------------------

    def parse_sub(self, flags, nested):
        """Branches separated by '|', up to ')' or the end."""
        branches = []
        while True:
            if not nested:
                # Leading global flags apply to every top-level branch.
                flags = _combine_flags(flags, self.global_add, 0)
            branches.append(self.parse_seq(flags, nested + 1,
                                           not nested and not branches))
            if not self.src.match('|'):
                break
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def parse_seq(self, flags, nested, first=False):
        """One branch: items up to '|', ')' or the end.  flags are the flags in
        force (global plus scoped); a leading (?x) may change them."""
        src = self.src
        items = []
        while True:
            this = src.peek()
            if this is None or this == '|' or this == ')':
                break
            src.get()
            if flags & FLAG_VERBOSE:
                if this in WHITESPACE:
                    continue
                if this == '#':
                    while True:
                        tok = src.get()
                        if tok is None or tok == '\n':
                            break
                    continue

            if this[0] == '\\':
                items.append(self.parse_escape(this, flags))
            elif this not in SPECIAL_CHARS:
                items.append(('lit', this, flags))
            elif this == '[':
                items.append(self.parse_class(flags))
            elif this in REPEAT_CHARS:
                self.parse_repeat(this, items, flags)
            elif this == '.':
                items.append(('any', flags))
            elif this == '(':
                # The body is parsed right here so that each level of
                # nesting costs few Python frames.
                start = src.tell() - 1
                head = self.parse_group_head(start, flags, first and not items)
                kind = head[0]
                if kind == 'item':
                    items.append(head[1])
                elif kind == 'flags':
                    flags = head[1]
                elif kind == 'cond':
                    items.append(self.parse_conditional(start, head[1], flags,
                                                        nested))
                elif kind != 'comment':
                    outer = self.enter_body(head)
                    body = self.parse_sub(head[-1], nested + 1)
                    items.append(self.leave_body(start, head, body, outer))
            elif this == '^':
                items.append(('at', '^', flags))
            elif this == '$':
                items.append(('at', '$', flags))
            else:
                raise AssertionError('unhandled special character %r' % this)
        if len(items) == 1:
            return items[0]
        return ('seq', items)

    # -- quantifiers -------------------------------------------------------

    def parse_repeat(self, this, items, flags):
        src = self.src
        here = src.tell() - 1           # position of the quantifier
        if this == '?':
            lo, hi = 0, 1
        elif this == '*':
            lo, hi = 0, MAXREPEAT
        elif this == '+':
            lo, hi = 1, MAXREPEAT
        else:
            # '{': a bounded repeat, or else a literal '{'.
            if src.peek() == '}':
                items.append(('lit', '{', flags))
                return
            lo_text = hi_text = ''
            while src.peek() in DIGITS:
                lo_text += src.get()
            if src.match(','):
                while src.peek() in DIGITS:
                    hi_text += src.get()
            else:
                hi_text = lo_text
            if not src.match('}'):
                items.append(('lit', '{', flags))
                src.seek(here + 1)
                return
            lo, hi = 0, MAXREPEAT
            if lo_text:
                lo = int(lo_text)
                if lo >= MAXREPEAT:
                    raise OverflowError('the repetition number is too large')
            if hi_text:
                hi = int(hi_text)
                if hi >= MAXREPEAT:
                    raise OverflowError('the repetition number is too large')
                if hi < lo:
                    raise src.error('min repeat greater than max repeat',
                                    here + 1)
        item = items[-1] if items else None
        if item is None or item[0] == 'at':
            raise src.error('nothing to repeat', here)
        if item[0] == 'repeat':
            raise src.error('multiple repeat', here)
        if src.match('?'):
            mode = 'lazy'
        elif src.match('+'):
            mode = 'possessive'
        else:
            mode = 'greedy'
        items[-1] = ('repeat', item, lo, hi, mode)

    # -- escapes -------------------------------------------------------------

    def parse_escape(self, this, flags):
        """An escape outside a character class."""
        src = self.src
        c = this[1]
        if c in 'AZbB':
            return ('at', c, flags)
        if c in 'dDsSwW':
            return ('set', False, [('k', c)], flags)
        ch = ESCAPE_CHARS.get(c)
        if ch is not None:
            return ('lit', ch, flags)
        start = src.tell() - 2
        value = self.parse_code_escape(c, start)
        if value is not None:
            return ('lit', value, flags)
        if c == '0':
            digits = src.getwhile(2, OCTDIGITS)
            return ('lit', chr(int('0' + digits, 8)), flags)
        if c in DIGITS:
            # An octal escape (three octal digits) or a group reference.
            escape, value = _octal_or_group(src, this)
            if value is not None:
                return ('lit', chr(value), flags)
            gid = int(escape[1:])
            if gid <= self.ngroups:
                if gid in self.open_groups:
                    raise src.error('cannot refer to an open group',
                                    src.tell() - len(escape))
                self.check_lookbehind_group(gid)
                return ('backref', gid, flags)
            raise src.error('invalid group reference %d' % gid,
                            src.tell() - len(escape) + 1)
        if c in ASCIILETTERS:
            raise src.error('bad escape %s' % this, start)
        return ('lit', c, flags)

    def parse_code_escape(self, c, start):
        """\\x, \\u, \\U and \\N: the character, or None for other escapes."""
        src = self.src
        if c == 'x':
            digits = src.getwhile(2, HEXDIGITS)
            if len(digits) != 2:
                raise src.error('incomplete escape \\x' + digits, start)
            return chr(int(digits, 16))
        if not src.is_str:
            return None
        if c == 'u':
            digits = src.getwhile(4, HEXDIGITS)
            if len(digits) != 4:
                raise src.error('incomplete escape \\u' + digits, start)
            return chr(int(digits, 16))
        if c == 'U':
            digits = src.getwhile(8, HEXDIGITS)
            if len(digits) != 8:
                raise src.error('incomplete escape \\U' + digits, start)
            value = int(digits, 16)
            if value > 0x10FFFF:
                raise src.error('bad escape \\U' + digits, start)
            return chr(value)
        if c == 'N':
            if not src.match('{'):
                raise src.error('missing {', src.tell())
            src.getuntil('}', 'character name')
            raise NotImplementedError(
                're: \\N{...} named character escapes are not supported '
                '(Weft has no Unicode name database)')
        return None

    # -- character classes ---------------------------------------------------

    def parse_class(self, flags):
        src = self.src
        start = src.tell() - 1
        items = []
        if src.peek() == '[':
            _warn('Possible nested set at position %d' % src.tell(),
                  FutureWarning)
        negate = src.match('^')
        while True:
            this = src.get()
            if this is None:
                raise src.error('unterminated character set', start)
            if this == ']' and items:
                break
            if this[0] == '\\':
                code1 = self.parse_class_escape(this)
            else:
                if items and this in '-&~|' and src.peek() == this:
                    kind = {'-': 'difference', '&': 'intersection',
                            '~': 'symmetric difference', '|': 'union'}[this]
                    _warn('Possible set %s at position %d'
                          % (kind, src.tell() - 1), FutureWarning)
                code1 = ('c', this)
            if src.match('-'):
                # A range, or a '-' before the closing ']'.
                that = src.get()
                if that is None:
                    raise src.error('unterminated character set', start)
                if that == ']':
                    items.append(code1)
                    items.append(('c', '-'))
                    break
                if that[0] == '\\':
                    code2 = self.parse_class_escape(that)
                else:
                    if that == '-':
                        _warn('Possible set difference at position %d'
                              % (src.tell() - 2), FutureWarning)
                    code2 = ('c', that)
                if code1[0] != 'c' or code2[0] != 'c' or code2[1] < code1[1]:
                    raise src.error('bad character range %s-%s' % (this, that),
                                    src.tell() - len(this) - 1 - len(that))
                if code1[1] == code2[1]:
                    items.append(code1)
                else:
                    items.append(('r', code1[1], code2[1]))
            else:
                items.append(code1)
        return ('set', negate, items, flags)

    def parse_class_escape(self, this):
        """An escape inside [...]: ('c', ch) or ('k', category letter)."""
        src = self.src
        c = this[1]
        if c == 'b':
            return ('c', '\b')
        ch = ESCAPE_CHARS.get(c)
        if ch is not None:
            return ('c', ch)
        if c in 'dDsSwW':
            return ('k', c)
        start = src.tell() - 2
        value = self.parse_code_escape(c, start)
        if value is not None:
            return ('c', value)
        if c in OCTDIGITS:
            digits = src.getwhile(2, OCTDIGITS)
            value = int(c + digits, 8)
            if value > 0o377:
                raise src.error('octal escape value \\%s outside of range '
                                '0-0o377' % (c + digits), start)
            return ('c', chr(value))
        if c in DIGITS or c in ASCIILETTERS:
            raise src.error('bad escape %s' % this, start)
        return ('c', c)

    # -- groups and extensions -----------------------------------------------

    def parse_conditional(self, start, gid, flags, nested):
        """The branches of '(?(group)yes|no)' after its condition."""
        src = self.src
        yes = self.parse_seq(flags, nested + 1)
        no = None
        if src.match('|'):
            no = self.parse_seq(flags, nested + 1)
            if src.peek() == '|':
                raise src.error('conditional backref with more than two '
                                'branches', src.tell())
        if not src.match(')'):
            raise src.error('missing ), unterminated subpattern', start)
        return ('cond', gid, yes, no)

    def enter_body(self, head):
        """Bookkeeping before the body of a group: look-behinds record which
        groups are defined inside them.  Returns what leave_body needs."""
        outer = self.lookbehind_start
        if head[0] == 'look' and head[1] and outer is None:
            self.lookbehind_start = self.ngroups
        return outer

    def leave_body(self, start, head, body, outer):
        """The node for a group whose body was just parsed."""
        self.lookbehind_start = outer
        if not self.src.match(')'):
            raise self.src.error('missing ), unterminated subpattern', start)
        kind = head[0]
        if kind == 'look':
            return ('look', head[1], head[2], body)
        if kind == 'atomic':
            return ('atomic', body)
        gid = head[1]
        if gid is not None:
            self.close_group(gid, body)
        return ('group', gid, body)

    def parse_group_head(self, start, flags, at_start):
        """Read what follows '(' up to the group's body.  Returns one of
            ('item', node)            a complete item: (?P=name)
            ('flags', new_flags)      global flags: (?i)
            ('comment',)              (?#...)
            ('cond', gid)             (?(group)
            ('look', behind, negative, body_flags)
            ('atomic', body_flags)
            ('group', gid, body_flags)  gid None when not capturing
        """
        src = self.src
        if not src.match('?'):
            return ('group', self.open_group(None, start), flags)
        char = src.get()
        if char is None:
            raise src.error('unexpected end of pattern', src.tell())
        if char == 'P':
            if src.match('<'):
                name = src.getuntil('>', 'group name')
                name_pos = src.tell() - len(name) - 1
                if not _valid_name(name, src.is_str):
                    raise src.error('bad character in group name %s'
                                    % _name_repr(name, src.is_str), name_pos)
                return ('group', self.open_group(name, name_pos), flags)
            if src.match('='):
                name = src.getuntil(')', 'group name')
                name_pos = src.tell() - len(name) - 1
                if not _valid_name(name, src.is_str):
                    raise src.error('bad character in group name %s'
                                    % _name_repr(name, src.is_str), name_pos)
                ref = self.groupindex.get(name)
                if ref is None:
                    raise src.error('unknown group name %r' % name, name_pos)
                if ref in self.open_groups:
                    raise src.error('cannot refer to an open group', name_pos)
                self.check_lookbehind_group(ref)
                return ('item', ('backref', ref, flags))
            char = src.get()
            if char is None:
                raise src.error('unexpected end of pattern', src.tell())
            raise src.error('unknown extension ?P' + char, start + 1)
        if char == ':':
            return ('group', None, flags)
        if char == '#':
            while True:
                if src.peek() is None:
                    raise src.error('missing ), unterminated comment', start)
                if src.get() == ')':
                    return ('comment',)
        if char in '=!<':
            behind = False
            if char == '<':
                char = src.get()
                if char is None:
                    raise src.error('unexpected end of pattern', src.tell())
                if char not in '=!':
                    raise src.error('unknown extension ?<' + char, start + 1)
                behind = True
            return ('look', behind, char == '!', flags)
        if char == '(':
            return ('cond', self.parse_condition())
        if char == '>':
            return ('atomic', flags)
        if char in INLINE_FLAGS or char == '-':
            result = self.parse_flags(char)
            if isinstance(result, int):
                # Global flags: (?i) and the like.
                if not at_start:
                    raise src.error('global flags not at the start of the '
                                    'expression', start)
                return ('flags', _combine_flags(flags, result, 0))
            add, remove = result
            return ('group', None, _combine_flags(flags, add, remove))
        raise src.error('unknown extension ?' + char, start + 1)

    def parse_condition(self):
        """The group of a conditional '(?(group)yes|no)': its number."""
        src = self.src
        cond = src.getuntil(')', 'group name')
        name_pos = src.tell() - len(cond) - 1
        if cond.isidentifier():
            gid = self.groupindex.get(cond)
            if gid is None:
                raise src.error('unknown group name %r' % cond, name_pos)
        else:
            gid = _ascii_number(cond)
            if gid is None:
                raise src.error('bad character in group name %s'
                                % _name_repr(cond, src.is_str), name_pos)
            if not gid:
                raise src.error('bad group number', name_pos)
            if gid >= MAXGROUPS:
                raise src.error('invalid group reference %d' % gid, name_pos)
            self.cond_refs.setdefault(gid, name_pos)
        self.check_lookbehind_group(gid)
        return gid

    def parse_flags(self, char):
        """Inline flags after '(?'; char is the first flag letter or '-'.
        Returns the added flags (an int) for global flags '(?aiLmsux)',
        after recording them in self.flags, else a tuple (added, removed) for
        a scoped group '(?flags-flags:...)'."""
        src = self.src
        add = remove = 0
        if char != '-':
            while True:
                flag = INLINE_FLAGS[char]
                if src.is_str:
                    if char == 'L':
                        raise src.error("bad inline flags: cannot use 'L' "
                                        "flag with a str pattern", src.tell())
                elif char == 'u':
                    raise src.error("bad inline flags: cannot use 'u' flag "
                                    "with a bytes pattern", src.tell())
                add |= flag
                if flag & TYPE_FLAGS and add & TYPE_FLAGS != flag:
                    raise src.error("bad inline flags: flags 'a', 'u' and 'L' "
                                    "are incompatible", src.tell())
                char = src.get()
                if char is None:
                    raise src.error('missing -, : or )', src.tell())
                if char in (')', '-', ':'):
                    break
                if char not in INLINE_FLAGS:
                    msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                    raise src.error(msg, src.tell() - len(char))
        if char == ')':
            self.flags |= add
            self.global_add |= add
            return add
        if char == '-':
            char = src.get()
            if char is None:
                raise src.error('missing flag', src.tell())
            if char not in INLINE_FLAGS:
                msg = 'unknown flag' if char.isalpha() else 'missing flag'
                raise src.error(msg, src.tell() - len(char))
            while True:
                flag = INLINE_FLAGS[char]
                if flag & TYPE_FLAGS:
                    raise src.error("bad inline flags: cannot turn off flags "
                                    "'a', 'u' and 'L'", src.tell())
                remove |= flag
                char = src.get()
                if char is None:
                    raise src.error('missing :', src.tell())
                if char == ':':
                    break
                if char not in INLINE_FLAGS:
                    msg = 'unknown flag' if char.isalpha() else 'missing :'
                    raise src.error(msg, src.tell() - len(char))
        if add & remove:
            raise src.error('bad inline flags: flag turned on and off',
                            src.tell() - 1)
        return add, remove


def width(node, group_widths):
    """(min, max) number of characters node can match, max capped at
    MAXREPEAT; group_widths gives the widths of the groups backreferences
    name."""
    tag = node[0]
    if tag in ('lit', 'any', 'set'):
        return 1, 1
    if tag in ('at', 'look'):
        return 0, 0
    if tag == 'seq':
        lo = hi = 0
        for item in node[1]:
            a, b = width(item, group_widths)
            lo += a
            hi += b
        return min(lo, MAXREPEAT), min(hi, MAXREPEAT)
    if tag == 'alt':
        widths = [width(item, group_widths) for item in node[1]]
        return min(w[0] for w in widths), max(w[1] for w in widths)
    if tag == 'group':
        return width(node[2], group_widths)
    if tag == 'atomic':
        return width(node[1], group_widths)
    if tag == 'repeat':
        a, b = width(node[1], group_widths)
        return min(a * node[2], MAXREPEAT), min(b * node[3], MAXREPEAT)
    if tag == 'backref':
        return group_widths.get(node[1], (0, MAXREPEAT))
    if tag == 'cond':
        a, b = width(node[2], group_widths)
        if node[3] is not None:
            c, d = width(node[3], group_widths)
            return min(a, c), max(b, d)
        return 0, b
    raise AssertionError(tag)


def _combine_flags(flags, add, remove):
    """Flags inside a scoped group: a type flag (a, u, L) replaces the type."""
    if add & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add) & ~remove


def _fix_flags(is_str, flags):
    """Check the type flags of a whole pattern and add UNICODE for str."""
    if is_str:
        if flags & FLAG_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & FLAG_ASCII:
            flags |= FLAG_UNICODE
        elif flags & FLAG_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & FLAG_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & FLAG_LOCALE and flags & FLAG_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def parse(pattern, flags):
    """Parse pattern (str or bytes) compiled with flags -> Parsed."""
    is_str = isinstance(pattern, str)
    text = pattern if is_str else pattern.decode('latin-1')
    src = _Source(text, pattern)
    parser = _Parser(src, flags)
    tree = parser.parse_sub(flags, 0)
    final_flags = _fix_flags(is_str, parser.flags)
    if src.peek() is not None:
        # parse_sub stops only at the end or at a ')' with no group open.
        raise src.error('unbalanced parenthesis', src.tell())
    for gid, pos in parser.cond_refs.items():
        if gid > parser.ngroups:
            raise src.error('invalid group reference %d' % gid, pos)
    return Parsed(tree, final_flags, parser.ngroups, parser.groupindex,
                  parser.group_widths, is_str)


# -- replacement templates ----------------------------------------------------

def parse_template(template, ngroups, groupindex, orig):
    """Parse a sub()/expand() replacement template.

    template is the text (bytes already decoded as latin-1); orig is the
    object the user passed, for error messages.  Returns a list alternating
    literal text and group numbers: [text, gid, text, gid, ..., text].
    """
    src = _Source(template, orig)
    parts = []
    literal = []
    while True:
        this = src.get()
        if this is None:
            break
        if this[0] != '\\':
            literal.append(this)
            continue
        c = this[1]
        start = src.tell() - 2
        if c == 'g':
            if not src.match('<'):
                raise src.error('missing <', src.tell())
            name = src.getuntil('>', 'group name')
            name_pos = src.tell() - len(name) - 1
            if name.isidentifier():
                if not src.is_str and not name.isascii():
                    raise src.error('bad character in group name %s'
                                    % ascii(name), name_pos)
                gid = groupindex.get(name)
                if gid is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                gid = _ascii_number(name)
                if gid is None:
                    raise src.error('bad character in group name %s'
                                    % _name_repr(name, src.is_str), name_pos)
                if gid > ngroups or gid >= MAXGROUPS:
                    raise src.error('invalid group reference %d' % gid,
                                    name_pos)
            parts.append(''.join(literal))
            literal = []
            parts.append(gid)
        elif c == '0':
            digits = src.getwhile(2, OCTDIGITS)
            literal.append(chr(int('0' + digits, 8)))
        elif c in DIGITS:
            escape, value = _octal_or_group(src, this)
            if value is not None:
                literal.append(chr(value))
                continue
            gid = int(escape[1:])
            if gid > ngroups:
                raise src.error('invalid group reference %d' % gid,
                                src.tell() - len(escape) + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(gid)
        elif c == 'b':
            literal.append('\b')
        elif c in ESCAPE_CHARS:
            literal.append(ESCAPE_CHARS[c])
        elif c in ASCIILETTERS:
            raise src.error('bad escape %s' % this, start)
        else:
            # Unknown non-letter escapes stay as they are, backslash included.
            literal.append(this)
    parts.append(''.join(literal))
    return parts


def _octal_or_group(src, this):
    """After a backslash and a nonzero digit (`this` is both): read a three-digit octal
    escape, giving (text, its value), or the digits of a group number, giving (text, None).
    Patterns and replacement templates read these the same way."""
    escape = this
    if src.peek() in DIGITS:
        escape += src.get()
        if escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and src.peek() in OCTDIGITS:
            escape += src.get()
            value = int(escape[1:], 8)
            if value > 0o377:
                raise src.error('octal escape value %s outside of range 0-0o377' % escape,
                                src.tell() - len(escape))
            return escape, value
    return escape, None
