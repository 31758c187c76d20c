"""Regular expressions: Weft's implementation of the re module.

The behaviour and messages follow CPython 3.13's re (see its documentation).
The work is split over private modules:

    _constants  flag values and the PatternError exception
    _parser     pattern text -> syntax tree (and replacement templates)
    _casefold   case-insensitive character comparison
    _compiler   syntax tree -> instruction list, plus search hints
    _engine     the backtracking matcher (explicit stack, no recursion)

This module holds the public API: the flags, compile() and its cache, the
module-level helpers, and the Pattern and Match types.

Not supported (they raise NotImplementedError): the DEBUG flag and named
character escapes \\N{...}.  The LOCALE flag (bytes patterns only) behaves as
the C locale: ASCII letters, digits and whitespace.
"""

import enum
import operator
import sys
import types

from . import _constants
from . import _parser
from . import _compiler
from . import _engine
from ._constants import PatternError

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split',
    'findall', 'finditer', 'compile', 'purge', 'escape',
    'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
    'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag', 'PatternError',
]

error = PatternError


# -- flags ---------------------------------------------------------------------

class RegexFlag(enum.IntFlag):
    """The flags of re.compile() and friends."""

    NOFLAG = 0
    ASCII = A = _constants.FLAG_ASCII
    IGNORECASE = I = _constants.FLAG_IGNORECASE
    LOCALE = L = _constants.FLAG_LOCALE
    UNICODE = U = _constants.FLAG_UNICODE
    MULTILINE = M = _constants.FLAG_MULTILINE
    DOTALL = S = _constants.FLAG_DOTALL
    VERBOSE = X = _constants.FLAG_VERBOSE
    DEBUG = _constants.FLAG_DEBUG

    def __repr__(self):
        # Like CPython: re.IGNORECASE|re.MULTILINE, unknown bits in hex.
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        names = []
        rest = value
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append('re.' + name)
                rest &= ~bit
        if rest:
            if not names:
                return 're.RegexFlag(%d)' % value
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)


RegexFlag.__module__ = 're'

# Definition order, which is the order CPython's repr lists flags in.
_FLAG_ORDER = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4),
               ('UNICODE', 32), ('MULTILINE', 8), ('DOTALL', 16),
               ('VERBOSE', 64), ('DEBUG', 128)]

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG

# Order of the names in Pattern.__repr__ (CPython's pattern_repr).
_REPR_FLAGS = [('re.IGNORECASE', 2), ('re.LOCALE', 4), ('re.MULTILINE', 8),
               ('re.DOTALL', 16), ('re.UNICODE', 32), ('re.VERBOSE', 64),
               ('re.DEBUG', 128), ('re.ASCII', 256)]


# -- subjects ----------------------------------------------------------------------

def _subject(is_str, string):
    """Check the type of a subject for a str (is_str) or bytes pattern.

    Returns (text, raw): text is the str the engine scans (bytes are decoded
    as latin-1, one character per byte) and raw is what groups are sliced
    from (a str, or bytes).
    """
    if isinstance(string, str):
        if not is_str:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        text = string[:]        # an exact str, also for str subclasses
        return text, text
    if isinstance(string, (bytes, bytearray)):
        raw = string if type(string) is bytes else bytes(string)
    else:
        expected = TypeError('expected string or bytes-like object, got %r'
                             % type(string).__name__)
        try:
            raw = memoryview(string).tobytes()
        except TypeError:
            raise expected from None
        except NotImplementedError:
            # No memoryview in this interpreter: take other buffer types
            # (array.array and the like) through their tobytes().
            tobytes = getattr(string, 'tobytes', None)
            if tobytes is None:
                raise expected from None
            raw = tobytes()
    if is_str:
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return raw.decode('latin-1'), raw


def _bounds(pos, endpos, length):
    pos = operator.index(pos)
    endpos = operator.index(endpos)
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


# -- Pattern ---------------------------------------------------------------------

class Pattern:
    """A compiled regular expression (made by re.compile())."""

    __slots__ = ('_pattern', '_flags', '_groups', '_groupindex', '_prog',
                 '_is_str', '_names', '_templates')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    __class_getitem__ = classmethod(types.GenericAlias)

    # -- attributes --

    @property
    def pattern(self):
        """The pattern string the object was compiled from."""
        return self._pattern

    @property
    def flags(self):
        """The flags, an int (inline flags and UNICODE for str included)."""
        return self._flags

    @property
    def groups(self):
        """The number of capturing groups."""
        return self._groups

    @property
    def groupindex(self):
        """A read-only mapping of group names to group numbers."""
        return types.MappingProxyType(self._groupindex)

    def __repr__(self):
        # Plain ints here: RegexFlag arithmetic would drop unknown bits.
        flags = int(self._flags)
        unicode = _constants.FLAG_UNICODE
        if self._is_str and flags & _constants.TYPE_FLAGS == unicode:
            flags &= ~unicode
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        text = repr(self._pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and
                self._is_str == other._is_str and
                self._pattern == other._pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self._pattern, self._flags)

    # -- matching --

    def _new_match(self, string, raw, pos, endpos, start, result):
        end, caps = result
        return _make_match(self, string, raw, pos, endpos, start, end, caps)

    def match(self, string, pos=0, endpos=sys.maxsize):
        """Match at pos (only there); a Match or None."""
        text, raw = _subject(self._is_str, string)
        pos, endpos = _bounds(pos, endpos, len(text))
        # Like CPython, pos > endpos is still tried: only patterns that
        # consume nothing can match there.
        prog = self._prog
        r = _engine.run(prog.code, prog.nslots, prog.nrep, text, pos, endpos,
                        False, False)
        if r is None:
            return None
        return self._new_match(string, raw, pos, endpos, pos, r)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        """Match all of string[pos:endpos]; a Match or None."""
        text, raw = _subject(self._is_str, string)
        pos, endpos = _bounds(pos, endpos, len(text))
        if pos > endpos:
            return None
        prog = self._prog
        r = _engine.run(prog.code, prog.nslots, prog.nrep, text, pos, endpos,
                        True, False)
        if r is None:
            return None
        return self._new_match(string, raw, pos, endpos, pos, r)

    def search(self, string, pos=0, endpos=sys.maxsize):
        """The leftmost match in string[pos:endpos]; a Match or None."""
        text, raw = _subject(self._is_str, string)
        pos, endpos = _bounds(pos, endpos, len(text))
        if pos > endpos:
            return None
        r = _engine.search(self._prog, text, pos, endpos, False)
        if r is None:
            return None
        return self._new_match(string, raw, pos, endpos, r[0], r[1])

    def _iter_spans(self, text, pos, endpos):
        """(start, (end, caps)) for the successive matches used by findall,
        finditer, sub and split: after an empty match the next one may not
        be empty at the same place."""
        prog = self._prog
        must_advance = False
        while pos <= endpos:
            r = _engine.search(prog, text, pos, endpos, must_advance)
            if r is None:
                return
            yield r
            start, end = r[0], r[1][0]
            must_advance = end == start
            pos = end

    def findall(self, string, pos=0, endpos=sys.maxsize):
        """All non-overlapping matches: strings, or tuples of groups."""
        text, raw = _subject(self._is_str, string)
        pos, endpos = _bounds(pos, endpos, len(text))
        empty = raw[:0]
        ngroups = self._groups
        out = []
        for start, (end, caps) in self._iter_spans(text, pos, endpos):
            if ngroups == 0:
                out.append(raw[start:end])
            elif ngroups == 1:
                a, b = caps[0], caps[1]
                out.append(raw[a:b] if a >= 0 and b >= 0 else empty)
            else:
                item = []
                for g in range(ngroups):
                    a, b = caps[2 * g], caps[2 * g + 1]
                    item.append(raw[a:b] if a >= 0 and b >= 0 else empty)
                out.append(tuple(item))
        return out

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        """An iterator of Match objects for all non-overlapping matches."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the matches; groups are included in the list."""
        text, raw = _subject(self._is_str, string)
        if maxsplit < 0:
            return [raw]
        ngroups = self._groups
        out = []
        last = 0
        n = 0
        for start, (end, caps) in self._iter_spans(text, 0, len(text)):
            out.append(raw[last:start])
            for g in range(ngroups):
                a, b = caps[2 * g], caps[2 * g + 1]
                out.append(raw[a:b] if a >= 0 and b >= 0 else None)
            last = end
            n += 1
            if n == maxsplit:
                break
        out.append(raw[last:])
        return out

    def _template(self, repl):
        """The parsed replacement template: a list alternating literal text
        (in repl's type) and group numbers."""
        cache = self._templates
        key = (type(repl), repl) if isinstance(repl, (str, bytes)) else None
        if key is not None:
            parts = cache.get(key)
            if parts is not None:
                return parts
        if isinstance(repl, str):
            text = repl
        else:
            text = str(repl, 'latin-1')
        parts = _parser.parse_template(text, self._groups, self._groupindex,
                                       repl)
        if not isinstance(repl, str):
            for i in range(0, len(parts), 2):
                parts[i] = parts[i].encode('latin-1')
        if key is not None:
            if len(cache) >= 64:
                cache.clear()
            cache[key] = parts
        return parts

    def _subx(self, repl, string, count):
        text, raw = _subject(self._is_str, string)
        count = operator.index(count)
        if callable(repl):
            parts = None
        else:
            parts = self._template(repl)
        literal = parts[0] if parts is not None and len(parts) == 1 else None
        joiner = '' if self._is_str else b''
        pieces = []
        last = 0
        n = 0
        length = len(text)
        if count >= 0:
            for start, (end, caps) in self._iter_spans(text, 0, length):
                if last < start:
                    pieces.append(raw[last:start])
                if parts is None:
                    m = _make_match(self, string, raw, 0, length, start, end,
                                    caps)
                    item = repl(m)
                    if item is not None:
                        pieces.append(item)
                elif literal is not None:
                    pieces.append(literal)
                else:
                    pieces.append(_expand(parts, raw, start, end, caps))
                last = end
                n += 1
                if n == count:
                    break
        if n == 0:
            return raw, 0
        if last < length:
            pieces.append(raw[last:])
        return joiner.join(pieces), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a
        function of the Match)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub(), but returns (new_string, number_of_subs)."""
        return self._subx(repl, string, count)


def _expand(parts, raw, start, end, caps):
    """Fill a parsed template with the groups of one match.  The pieces are
    joined as the template's type (so a bytes template with a str subject
    fails like in CPython)."""
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        g = parts[i]
        if g == 0:
            out.append(raw[start:end])
        else:
            a, b = caps[2 * g - 2], caps[2 * g - 1]
            out.append(raw[a:b] if a >= 0 and b >= 0 else raw[:0])
        out.append(parts[i + 1])
    return parts[0][:0].join(out)


Pattern.__module__ = 're'


def _pattern_from(pattern, flags):
    parsed = _parser.parse(pattern, flags)
    prog = _compiler.compile_parsed(parsed)
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = parsed.flags
    p._groups = parsed.ngroups
    p._groupindex = dict(parsed.groupindex)
    p._prog = prog
    p._is_str = parsed.is_str
    p._names = None
    p._templates = {}
    return p


# -- Match -----------------------------------------------------------------------

class Match:
    """The result of a successful match."""

    __slots__ = ('_re', '_string', '_raw', '_pos', '_endpos', '_regs',
                 '_lastindex')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def re(self):
        """The Pattern that produced this match."""
        return self._re

    @property
    def string(self):
        """The string the pattern was matched against."""
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def regs(self):
        return self._regs

    @property
    def lastindex(self):
        """The number of the last group closed, or None."""
        return self._lastindex

    @property
    def lastgroup(self):
        """The name of the last group closed, or None."""
        if self._lastindex is None:
            return None
        pattern = self._re
        names = pattern._names
        if names is None:
            names = {v: k for k, v in pattern._groupindex.items()}
            pattern._names = names
        return names.get(self._lastindex)

    def _index(self, group):
        """A group number from a number or a name; IndexError otherwise."""
        if isinstance(group, int):
            i = group
        elif hasattr(type(group), '__index__'):
            i = operator.index(group)
        else:
            i = self._re._groupindex.get(group, -1)
        if 0 <= i < len(self._regs):
            return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        a, b = self._regs[i]
        if a < 0:
            return default
        return self._raw[a:b]

    def group(self, *groups):
        """One group (default 0, the whole match) or a tuple of several."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """All groups from 1 on, default for those that did not take part."""
        return tuple(self._get(i, default) for i in range(1, len(self._regs)))

    def groupdict(self, default=None):
        """The named groups as a dict name -> text."""
        return {name: self._get(i, default)
                for name, i in self._re._groupindex.items()}

    def start(self, group=0):
        return self._regs[self._index(group)][0]

    def end(self, group=0):
        return self._regs[self._index(group)][1]

    def span(self, group=0):
        return self._regs[self._index(group)]

    def expand(self, template):
        """template with backslash escapes and group references filled in,
        as sub() does."""
        pattern = self._re
        parts = pattern._template(template)
        caps = []
        for a, b in self._regs[1:]:
            caps.append(a)
            caps.append(b)
        start, end = self._regs[0]
        return _expand(parts, self._raw, start, end, caps)

    def __repr__(self):
        start, end = self._regs[0]
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            start, end, repr(self._raw[start:end])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'


def _make_match(pattern, string, raw, pos, endpos, start, end, caps):
    m = object.__new__(Match)
    m._re = pattern
    m._string = string
    m._raw = raw
    m._pos = pos
    m._endpos = endpos
    regs = [(start, end)]
    for g in range(pattern._groups):
        a, b = caps[2 * g], caps[2 * g + 1]
        regs.append((a, b) if a >= 0 and b >= 0 else (-1, -1))
    m._regs = tuple(regs)
    last = caps[-1]
    m._lastindex = last if last > 0 else None
    return m


class _Scanner:
    """Successive matches of a pattern over a string (Pattern.scanner())."""

    def __init__(self, pattern, string, pos, endpos):
        self._re = pattern
        self._string = string
        self._text, self._raw = _subject(pattern._is_str, string)
        self._pos, self._endpos = _bounds(pos, endpos, len(self._text))
        self._start = self._pos
        self._must_advance = False

    @property
    def pattern(self):
        return self._re

    def _next(self, anchored):
        start = self._start
        if start is None or start > self._endpos:
            self._start = None
            return None
        prog = self._re._prog
        if anchored:
            r = _engine.run(prog.code, prog.nslots, prog.nrep, self._text,
                            start, self._endpos, False, self._must_advance)
            found = None if r is None else (start, r)
        else:
            found = _engine.search(prog, self._text, start, self._endpos,
                                   self._must_advance)
        if found is None:
            self._start = None
            return None
        mstart, (mend, caps) = found
        self._must_advance = mend == mstart
        self._start = mend
        return _make_match(self._re, self._string, self._raw, self._pos,
                           self._endpos, mstart, mend, caps)

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


_Scanner.__name__ = _Scanner.__qualname__ = 'SRE_Scanner'
_Scanner.__module__ = '_sre'


# -- compiling and the cache ---------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                'cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if flags & _constants.FLAG_DEBUG:
        raise NotImplementedError('re.DEBUG is not supported by Weft')
    p = _pattern_from(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry (dicts keep insertion order).
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


# -- module-level helpers ---------------------------------------------------------------

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string; a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string; a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string for a match to the pattern; a Match or None."""
    return _compile(pattern, flags).search(string)


class _Unset:
    """Default of parameters that 3.13 deprecates passing positionally."""

    def __repr__(self):
        return '0'


_UNSET = _Unset()


def _positional(fname, low, given, names, values, args):
    """Resolve (count or maxsplit, flags) passed after the required
    arguments: values are the keyword values, args the extra positionals."""
    values = list(values)
    if args:
        for i, arg in enumerate(args):
            if i >= len(names):
                raise TypeError('%s() takes from %d to %d positional arguments '
                                'but %d were given'
                                % (fname, low, low + len(names), given))
            if values[i] is not _UNSET:
                raise TypeError('%s() got multiple values for argument %r'
                                % (fname, names[i]))
            values[i] = arg
        import warnings
        warnings.warn('%r is passed as positional argument' % names[0],
                      DeprecationWarning, stacklevel=3)
    return [0 if v is _UNSET else v for v in values]


def sub(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    """Replace the leftmost non-overlapping matches of pattern in string by
    repl (a template, or a function called with each Match)."""
    count, flags = _positional('sub', 3, 3 + len(args), ('count', 'flags'),
                               (count, flags), args)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    """Like sub(), but return (new_string, number_of_subs_made)."""
    count, flags = _positional('subn', 3, 3 + len(args), ('count', 'flags'),
                               (count, flags), args)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_UNSET, flags=_UNSET):
    """Split string by the occurrences of pattern."""
    maxsplit, flags = _positional('split', 2, 2 + len(args),
                                  ('maxsplit', 'flags'), (maxsplit, flags),
                                  args)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches in string: the matched text, the one
    group, or tuples of the groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over Match objects for all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


# Characters escape() backslashes (the ones with a meaning in patterns).
_SPECIAL_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'
_ESCAPE_TABLE = {ord(c): '\\' + c for c in _SPECIAL_CHARS}


def escape(pattern):
    """Backslash the characters of pattern that are special in patterns."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPE_TABLE)
    text = str(pattern, 'latin-1')
    return text.translate(_ESCAPE_TABLE).encode('latin-1')


# -- a simple lexical scanner (undocumented in CPython, but used) ---------------------

class Scanner:
    """Scanner(lexicon, flags): lexicon is a list of (pattern, action); scan()
    applies, at each position, the first pattern that matches, calling the
    action (if callable) with the scanner and the matched text."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(_compile(phrase, flags), action)
                         for phrase, action in lexicon]

    def scan(self, string):
        result = []
        i = 0
        while True:
            for pattern, action in self._phrases:
                m = pattern.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
