"""Tokenization of Python source code.

generate_tokens(readline) turns lines of text into TokenInfo tuples;
tokenize(readline) does the same for lines of bytes, after finding the
source encoding (PEP 263 cookie or UTF-8 BOM) and reporting it in a first
ENCODING token.  The stream follows the interpreter's own tokenizer: COMMENT
and NL tokens are included, operators are OP tokens (see exact_type),
f-strings come as FSTRING_START / FSTRING_MIDDLE / FSTRING_END with the
tokens of their replacement fields in between.  Malformed input raises
TokenError(message, (line, offset)); bad indentation raises
IndentationError or TabError.

The scanner works on the whole text at once, keeping a stack of modes for
nested f-strings.  untokenize() turns a token stream back into source.
"""

import collections
import io
import itertools
import re
import sys
from bisect import bisect_right as _bisect_right
from io import TextIOWrapper
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo", "open", "TokenError"]
del _token

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

BOM_UTF8 = b'\xef\xbb\xbf'
tabsize = 8


_TokenFields = collections.namedtuple(
    'TokenInfo', ['type', 'string', 'start', 'end', 'line'])


class TokenInfo(_TokenFields):
    """One token: its type, text, (row, col) start and end, and source line."""

    __slots__ = ()

    def __repr__(self):
        kind = f'{self.type} ({tok_name[self.type]})'
        return (f'TokenInfo(type={kind}, string={self.string!r}, '
                f'start={self.start!r}, end={self.end!r}, line={self.line!r})')

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


# Regular expressions for Python tokens.  The scanner below does not use
# them; they remain for programs that build their own tokenizers on them.

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


def _all_string_prefixes():
    # Every case and order of the prefix letters, and no prefix at all.
    result = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in itertools.permutations(letters):
            for cased in itertools.product(*[(c, c.upper()) for c in order]):
                result.add(''.join(cased))
    return result


# A backslash continuation, and runs of decimal digits with optional '_'.
_Continuation = r'\\\r?\n'
_MoreDigits = r'(?:_?[0-9])*'
_Digits = '[0-9]' + _MoreDigits

Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(_Continuation + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = '(?:0(?:_?0)*|[1-9]' + _MoreDigits + ')'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = '[eE][-+]?' + _Digits
Pointfloat = (group(_Digits + r'\.(?:' + _Digits + ')?', r'\.' + _Digits)
              + maybe(Exponent))
Expfloat = _Digits + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_Digits + '[jJ]', Floatnumber + '[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)

StringPrefix = group(*sorted(_all_string_prefixes()))


def _string_tail(quote, triple):
    # The rest of a string after its opening quote(s), closing quote(s) included.
    run = '[^' + quote + r'\\]*'
    if triple:
        step = r'(?:\\.|' + quote + '(?!' + quote * 2 + '))'
        return run + '(?:' + step + run + ')*' + quote * 3
    return run + r'(?:\\.' + run + ')*' + quote


def _one_line_body(quote):
    # An opening quote and the text of a one-line string up to its end.
    run = r'[^\n' + quote + r'\\]*'
    return quote + run + r'(?:\\.' + run + ')*'


Single, Double = _string_tail("'", False), _string_tail('"', False)
Single3, Double3 = _string_tail("'", True), _string_tail('"', True)
_QUOTES = ("'", '"')
Triple = group(*[StringPrefix + q * 3 for q in _QUOTES])
String = group(*[StringPrefix + _one_line_body(q) + q for q in _QUOTES])
# Longest operators first, so that '**=' wins over '**' and '*'.
Special = group(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, reverse=True)])
Funny = group(r'\r?\n', Special)
PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken
# A one-line string up to its closing quote or to a backslash continuation.
ContStr = group(*[StringPrefix + _one_line_body(q) + group(q, _Continuation)
                  for q in _QUOTES])
PseudoExtras = group(_Continuation + r'|\Z', Comment, Triple)
_PseudoChoices = (PseudoExtras, Number, Funny, ContStr, Name)
PseudoToken = Whitespace + group(*_PseudoChoices)

endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
    single_quoted.add(_prefix + "'")
    single_quoted.add(_prefix + '"')
    triple_quoted.add(_prefix + "'''")
    triple_quoted.add(_prefix + '"""')
del _prefix


# Characters of the source scanner.
_SPACE = ' \t\f'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_STRING_PREFIXES = frozenset(_all_string_prefixes())
_OPERATORS3 = frozenset(op for op in EXACT_TOKEN_TYPES if len(op) == 3)
_OPERATORS2 = frozenset(op for op in EXACT_TOKEN_TYPES if len(op) == 2)
_BRACKETS_OPEN = '([{'
_BRACKETS_CLOSE = ')]}'


def _is_name_start(c):
    return c.isalpha() or c == '_' or c >= '\x80'


def _is_name_char(c):
    return c.isalnum() or c == '_' or c >= '\x80'


class _FString:
    """State of one f-string being scanned.

    fields is a stack of open replacement fields; each is [depth, in_spec]
    where depth is the bracket depth outside the field's '{'.
    """

    __slots__ = ('quote', 'triple', 'raw', 'row', 'col', 'fields')

    def __init__(self, quote, triple, raw, row, col):
        self.quote = quote
        self.triple = triple
        self.raw = raw
        self.row = row
        self.col = col
        self.fields = []


class _Scanner:
    """Scans source text and produces (type, string, start, end) tuples."""

    def __init__(self, text, filename='<string>'):
        self.text = text
        self.filename = filename
        # Physical lines, each with its line ending.  Split only on '\n', as the interpreter does; a lone '\r' stays in
        # its line.
        self.lines = [l for l in re.split(r'(?<=\n)', text) if l] if text else []
        self.starts = []
        pos = 0
        for line in self.lines:
            self.starts.append(pos)
            pos += len(line)
        self.depth = 0        # open brackets
        self.fstrings = []
        self.indents = [0]
        self.altindents = [0]

    def rowcol(self, pos):
        if not self.lines:
            return 1, 0
        row = _bisect_right(self.starts, pos)
        return row, pos - self.starts[row - 1]

    def error(self, msg, pos):
        row, col = self.rowcol(pos)
        raise TokenError(msg, (row, col))

    def eof_error(self):
        # Reported after the last line when it ends in a continuation, else
        # at the start of the line after it.
        row = len(self.lines)
        last = self.lines[-1] if self.lines else ''
        body = last.rstrip('\r\n')
        if body.rstrip().endswith('\\') and body.strip() != '\\':
            col = len(last) if last.endswith('\n') else len(last) + 1
        else:
            col = 0
        raise TokenError('unexpected EOF in multi-line statement', (row, col))

    # The token stream.

    def tokens(self):
        text = self.text
        n = len(text)
        if '\0' in text:
            row = text[:text.index('\0')].count('\n') + 1
            stop = self.starts[row - 1]
            yield from self._scan(stop, False)
            raise TokenError('source code cannot contain null bytes', (row, 0))
        yield from self._scan(n)

    def _scan(self, stop, finish=True):
        text = self.text
        line_start = True       # at the beginning of a logical line
        self.pending = False    # a logical line has tokens but no NEWLINE yet
        pos = 0
        while True:
            if self.fstrings and self._in_literal():
                pos = yield from self._fstring_literal(pos)
                continue
            if line_start:
                line_start = False
                if self.depth == 0 and not self.fstrings:
                    pos, blank = yield from self._indentation(pos, stop)
                    if blank:
                        line_start = True
                        continue
            if pos >= stop:
                break
            c = text[pos]
            if c in _SPACE:
                pos += 1
                continue
            row, col = self.rowcol(pos)
            if c == '\n' or (c == '\r' and text.startswith('\r\n', pos)):
                end = pos + (1 if c == '\n' else 2)
                kind = NEWLINE if self.depth == 0 and not self.fstrings else NL
                if kind == NEWLINE and not self.pending:
                    kind = NL
                yield kind, text[pos:end], (row, col), (row, col + end - pos)
                if kind == NEWLINE:
                    self.pending = False
                pos = end
                line_start = True
                continue
            if c == '#':
                end = pos
                while end < stop and text[end] not in '\r\n':
                    end += 1
                yield COMMENT, text[pos:end], (row, col), (row, col + end - pos)
                pos = end
                continue
            if c == '\\':
                if text.startswith('\n', pos + 1) or text.startswith('\r\n', pos + 1):
                    pos += 2 if text[pos + 1] == '\n' else 3
                    if pos >= stop:
                        self.eof_error()
                    continue
                if pos + 1 >= stop:
                    self.eof_error()
                line = self.lines[row - 1]
                raise TokenError('unexpected character after line continuation character',
                                 (row, len(line)))
            self.pending = True
            if _is_name_start(c):
                end = pos + 1
                while end < stop and _is_name_char(text[end]):
                    end += 1
                word = text[pos:end]
                if end < stop and text[end] in '\'"' and word in _STRING_PREFIXES:
                    pos = yield from self._string(pos, end, word)
                    continue
                yield NAME, word, (row, col), (row, col + end - pos)
                pos = end
                continue
            if c in _DIGITS or (c == '.' and pos + 1 < stop and text[pos + 1] in _DIGITS):
                end = self._number(pos, stop)
                yield NUMBER, text[pos:end], (row, col), (row, col + end - pos)
                pos = end
                continue
            if c in '\'"':
                pos = yield from self._string(pos, pos, '')
                continue
            pos = yield from self._operator(pos, row, col)
        if finish:
            yield from self._finish(stop)

    def _in_literal(self):
        fs = self.fstrings[-1]
        return not fs.fields or fs.fields[-1][1]

    def _indentation(self, pos, stop):
        """Handle the indentation of a new line; returns (pos, blank)."""
        text = self.text
        col = altcol = 0
        start = pos
        while pos < stop:
            c = text[pos]
            if c == ' ':
                col += 1
                altcol += 1
            elif c == '\t':
                col = (col // tabsize + 1) * tabsize
                altcol += 1
            elif c == '\f':
                col = altcol = 0
            else:
                break
            pos += 1
        if pos >= stop:
            if pos > start and self.lines:
                # Trailing blanks without a newline end with an empty NL.
                row, c0 = self.rowcol(pos)
                yield NL, '', (row, c0), (row, c0 + 1)
            return pos, False
        c = text[pos]
        if c == '#' or c == '\n' or text.startswith('\r\n', pos):
            # Blank and comment-only lines do not change the indentation.
            if c == '#':
                row, c0 = self.rowcol(pos)
                end = pos
                while end < stop and text[end] not in '\r\n':
                    end += 1
                yield COMMENT, text[pos:end], (row, c0), (row, c0 + end - pos)
                pos = end
            row, c0 = self.rowcol(pos)
            if pos >= stop:
                yield NL, '', (row, c0), (row, c0 + 1)
                return pos, False
            end = pos + (1 if text[pos] == '\n' else 2)
            yield NL, text[pos:end], (row, c0), (row, c0 + end - pos)
            return end, True
        if c == '\\':
            # A continuation line: the indentation is taken from where the
            # line's first token is.
            return pos, False
        row, c0 = self.rowcol(pos)
        if col > self.indents[-1]:
            if altcol <= self.altindents[-1]:
                self.indent_error(TabError, 'inconsistent use of tabs and spaces in indentation', row)
            self.indents.append(col)
            self.altindents.append(altcol)
            yield INDENT, text[start:pos], (row, 0), (row, c0)
        else:
            dedents = 0
            while col < self.indents[-1]:
                self.indents.pop()
                self.altindents.pop()
                dedents += 1
            if col != self.indents[-1]:
                self.indent_error(IndentationError,
                                  'unindent does not match any outer indentation level', row)
            if altcol != self.altindents[-1]:
                self.indent_error(TabError, 'inconsistent use of tabs and spaces in indentation', row)
            for _ in range(dedents):
                yield DEDENT, '', (row, c0), (row, c0)
        return pos, False

    def indent_error(self, cls, msg, row):
        line = self.lines[row - 1].rstrip('\r\n')
        raise cls(msg, (self.filename, row, len(line) + 1, line, None, None))

    def _finish(self, stop):
        """Tokens at the end of the input."""
        if self.fstrings or self.depth:
            last = self.lines[-1]
            if not last.endswith('\n'):
                row, col = len(self.lines), len(last)
                yield NL, '', (row, col), (row, col + 1)
            if self.fstrings:
                if self._in_literal():
                    self._unterminated_fstring(self.fstrings[-1])
                # Inside a replacement field the end of the last line is
                # blamed.
                raise TokenError('unexpected EOF in multi-line statement',
                                 (len(self.lines), len(last) + (not last.endswith('\n'))))
            self.eof_error()
        nlines = len(self.lines)
        if self.pending:
            last = self.lines[-1]
            row = nlines
            col = len(last)
            yield NEWLINE, '', (row, col), (row, col + 1)
        for _ in self.indents[1:]:
            yield DEDENT, '', (nlines + 1, 0), (nlines + 1, 0)
        yield ENDMARKER, '', (nlines + 1, 0), (nlines + 1, 0)

    def _number(self, pos, stop):
        text = self.text

        def at(i):
            return text[i] if i < stop else ''

        def digits(i, allowed, kind):
            # One or more digits of a radix literal, with single underscores.
            while True:
                if at(i) == '_':
                    i += 1
                if not at(i) or at(i) not in allowed:
                    c = at(i)
                    if kind != 'hexadecimal' and c and c in _DIGITS:
                        self.error("invalid digit '%s' in %s literal" % (c, kind), i + 1)
                    self.error('invalid %s literal' % kind, i)
                while at(i) and at(i) in allowed:
                    i += 1
                if at(i) != '_':
                    break
            c = at(i)
            if kind != 'hexadecimal' and c and c in _DIGITS:
                self.error("invalid digit '%s' in %s literal" % (c, kind), i + 1)
            return i

        def decimal_tail(i):
            while True:
                while at(i) and at(i) in _DIGITS:
                    i += 1
                if at(i) != '_':
                    return i
                i += 1
                if not at(i) or at(i) not in _DIGITS:
                    self.error('invalid decimal literal', i)

        c = at(pos)
        i = pos
        if c == '0' and at(pos + 1) in ('x', 'X'):
            return digits(pos + 2, _HEX, 'hexadecimal')
        if c == '0' and at(pos + 1) in ('o', 'O'):
            return digits(pos + 2, '01234567', 'octal')
        if c == '0' and at(pos + 1) in ('b', 'B'):
            return digits(pos + 2, '01', 'binary')
        if c != '.':
            i = decimal_tail(pos)
            if at(i) == '.':
                i += 1
                if at(i) and at(i) in _DIGITS:
                    i = decimal_tail(i)
        else:
            i = decimal_tail(pos + 1)
        if at(i) in ('e', 'E'):
            j = i + 1
            if at(j) in ('+', '-'):
                j += 1
                if not at(j) or at(j) not in _DIGITS:
                    self.error('invalid decimal literal', j)
            elif not at(j) or at(j) not in _DIGITS:
                return i
            i = decimal_tail(j)
        if at(i) in ('j', 'J'):
            i += 1
        return i

    def _string(self, pos, qpos, prefix):
        """Scan a string (or start an f-string) whose prefix starts at pos."""
        text = self.text
        n = len(text)
        quote = text[qpos]
        triple = text.startswith(quote * 3, qpos)
        size = 3 if triple else 1
        row, col = self.rowcol(pos)
        if 'f' in prefix or 'F' in prefix:
            end = qpos + size
            yield FSTRING_START, text[pos:end], (row, col), (row, col + end - pos)
            self.fstrings.append(_FString(quote, triple, 'r' in prefix or 'R' in prefix,
                                          row, col))
            return end
        i = qpos + size
        escaped_quote = False
        while True:
            if i >= n or (not triple and text[i] == '\n'):
                self._unterminated_string(pos, quote, triple, escaped_quote, i)
            c = text[i]
            if c == '\\':
                if i + 1 < n and text[i + 1] == quote:
                    escaped_quote = True
                i += 2
                continue
            if c == quote and (not triple or text.startswith(quote * 3, i)):
                end = i + size
                break
            i += 1
        end_row, end_col = self._end_rowcol(row, end)
        yield STRING, text[pos:end], (row, col), (end_row, end_col)
        return end

    def _end_rowcol(self, row, end):
        # Row and column of an end position at or after the given row.
        r = row
        while r < len(self.lines) and end >= self.starts[r]:
            r += 1
        return r, end - self.starts[r - 1]

    def _unterminated_string(self, pos, quote, triple, escaped_quote, stop_pos):
        row, col = self.rowcol(pos)
        detected = min(self._end_rowcol(row, stop_pos)[0], max(len(self.lines), 1))
        if self.fstrings:
            fs = self.fstrings[-1]
            if fs.quote == quote and fs.triple == triple:
                raise TokenError("f-string: expecting '}'", (row, col + 1))
        if triple:
            raise TokenError('EOF in multi-line string', (row, col + 1))
        msg = 'unterminated string literal (detected at line %d)' % detected
        if escaped_quote:
            msg += '; perhaps you escaped the end quote?'
        raise TokenError(msg, (row, col + 1))

    def _unterminated_fstring(self, fs):
        detected = max(len(self.lines), 1)
        if fs.triple:
            msg = 'unterminated triple-quoted f-string literal (detected at line %d)'
        else:
            msg = 'unterminated f-string literal (detected at line %d)'
        raise TokenError(msg % detected, (fs.row, fs.col + 1))

    def _fstring_literal(self, pos):
        """Scan literal text of the innermost f-string (or of a format spec)."""
        text = self.text
        n = len(text)
        fs = self.fstrings[-1]
        in_spec = bool(fs.fields)
        quote = fs.quote
        start = pos
        start_row, start_col = self.rowcol(pos)
        i = pos
        named_escape = False

        def middle(end, always=False):
            if end > start or always:
                er, ec = self._end_rowcol(start_row, end)
                if end == start:
                    er, ec = start_row, start_col
                return [(FSTRING_MIDDLE, text[start:end], (start_row, start_col), (er, ec))]
            return []

        while True:
            if i >= n:
                if in_spec:
                    yield from middle(i, True)
                    fs.fields[-1][1] = False
                    return i
                self._unterminated_fstring(fs)
            c = text[i]
            if c == quote and (not fs.triple or text.startswith(quote * 3, i)):
                if in_spec:
                    # The closing quote inside a format spec: the field is
                    # unterminated.
                    yield from middle(i)
                    fs.fields[-1][1] = False
                    return i
                yield from middle(i)
                size = 3 if fs.triple else 1
                row, col = self.rowcol(i)
                yield FSTRING_END, text[i:i + size], (row, col), (row, col + size)
                self.fstrings.pop()
                self.pending = True
                return i + size
            if c == '\n' and (not fs.triple or in_spec):
                if in_spec:
                    # A newline ends the spec; the field goes on as code.
                    yield from middle(i, True)
                    fs.fields[-1][1] = False
                    return i
                self._unterminated_fstring(fs)
            if c == '\\':
                nxt = text[i + 1] if i + 1 < n else ''
                if nxt in ('{', '}'):
                    i += 1
                    continue
                if not fs.raw and nxt == 'N' and text.startswith('{', i + 2):
                    named_escape = True
                    i += 3
                    continue
                i += 2
                continue
            if c == '}' and named_escape:
                # The end of a \N{...} escape also ends the middle token.
                named_escape = False
                yield from middle(i + 1)
                start = i + 1
                start_row, start_col = self.rowcol(start)
                i = start
                continue
            if c == '{':
                if in_spec:
                    yield from middle(i, text.startswith('{{', i))
                else:
                    if text.startswith('{{', i):
                        yield from middle(i + 1)
                        start = i + 2
                        start_row, start_col = self.rowcol(start)
                        i = start
                        continue
                    yield from middle(i)
                row, col = self.rowcol(i)
                yield OP, '{', (row, col), (row, col + 1)
                fs.fields.append([self.depth, False])
                self.depth += 1
                return i + 1
            if c == '}':
                if in_spec:
                    yield from middle(i, True)
                    row, col = self.rowcol(i)
                    yield OP, '}', (row, col), (row, col + 1)
                    fs.fields.pop()
                    self.depth -= 1
                    return i + 1
                if text.startswith('}}', i):
                    yield from middle(i + 1)
                    start = i + 2
                    start_row, start_col = self.rowcol(start)
                    i = start
                    continue
                yield from middle(i, True)
                self.error("f-string: single '}' is not allowed", i + 1)
            i += 1

    def _operator(self, pos, row, col):
        text = self.text
        op = text[pos:pos + 3]
        if op not in _OPERATORS3:
            op = op[:2]
            if op not in _OPERATORS2:
                op = op[:1]
        c = op
        if len(op) == 1 and not op.isprintable():
            raise TokenError('invalid non-printable character U+%04X' % ord(op), (row, col + 1))
        fs = self.fstrings[-1] if self.fstrings else None
        field = fs.fields[-1] if fs is not None and fs.fields else None
        if field is not None and self.depth == field[0] + 1:
            # Top level of a replacement field: ':' starts the format spec,
            # '}' closes the field.
            if c in (':', ':='):
                yield OP, ':', (row, col), (row, col + 1)
                field[1] = True
                return pos + 1
            if c == '}':
                yield OP, '}', (row, col), (row, col + 1)
                fs.fields.pop()
                self.depth -= 1
                return pos + 1
        if c in _BRACKETS_OPEN:
            self.depth += 1
        elif c in _BRACKETS_CLOSE:
            if self.depth > 0:
                self.depth -= 1
        yield OP, op, (row, col), (row, col + len(op))
        return pos + len(op)


def _tokens_from_text(text, filename='<string>'):
    scanner = _Scanner(text, filename)
    lines = scanner.lines
    for kind, string, start, end in scanner.tokens():
        if start[0] > len(lines):
            line = ''
        elif start[0] == end[0]:
            line = lines[start[0] - 1]
        else:
            line = ''.join(lines[start[0] - 1:end[0]])
        yield TokenInfo(kind, string, start, end, line)


def _read_all(readline):
    chunks = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        chunks.append(line)
    return chunks


def generate_tokens(readline):
    """Tokenize lines of text given by readline (str lines, '' at the end)."""
    return _tokens_from_text(''.join(_read_all(readline)))


def tokenize(readline):
    """Tokenize lines of bytes given by readline; the first token is ENCODING."""
    enc, head = detect_encoding(readline)
    data = b''.join(head) + b''.join(_read_all(readline))
    if enc == 'utf-8-sig':
        # The BOM was taken off by detect_encoding.
        enc = 'utf-8'
    yield TokenInfo(ENCODING, enc, (0, 0), (0, 0), '')
    yield from _tokens_from_text(data.decode(enc))


def _get_normal_name(orig_enc):
    """Canonical form of an encoding name, as the interpreter spells it."""
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if (enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-'))):
        return 'iso-8859-1'
    return orig_enc


def lookup(name):
    """Check that an encoding exists (codecs.lookup when available)."""
    try:
        import codecs
    except ImportError:
        # Without a codecs module the str/bytes codecs still tell whether
        # an encoding exists.
        b''.decode(name)
        return name
    return codecs.lookup(name)


def detect_encoding(readline):
    """Find the encoding of Python source given by readline (bytes lines).

    Returns (encoding, lines read).  Looks for a UTF-8 BOM and a coding
    cookie in the first two lines; the default is 'utf-8'.
    """
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            # A cookie line has to be plain ASCII (or UTF-8) to be read.
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = f'{msg} for {filename!r}'
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        declared = _get_normal_name(match.group(1))
        try:
            lookup(declared)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + declared
            else:
                msg = f'unknown encoding for {filename!r}: {declared}'
            raise SyntaxError(msg)
        if not bom_found:
            return declared
        if declared != 'utf-8':
            # A UTF-8 BOM contradicts any other declared encoding.
            where = '' if filename is None else f' for {filename!r}'
            raise SyntaxError(f'encoding problem{where}: utf-8')
        return declared + '-sig'

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file in text mode, in the encoding it declares."""
    raw = io.open(filename, 'rb')
    try:
        enc = detect_encoding(raw.readline)[0]
        raw.seek(0)
        wrapper = TextIOWrapper(raw, enc, line_buffering=True)
        wrapper.mode = 'r'
        return wrapper
    except:
        raw.close()
        raise


def _double_braces(text):
    """Write the braces of an FSTRING_MIDDLE's text as they appear in source.

    The tokenizer gives '{{' as '{'; the braces of a \\N{...} escape stay
    single.
    """
    out = []
    in_named = False
    for i, c in enumerate(text):
        if c == '{':
            # Count the backslashes before an 'N' that precedes this brace.
            backslashes = 0
            j = i - 2
            while j >= 0 and text[j] == '\\':
                backslashes += 1
                j -= 1
            if i >= 1 and text[i - 1] == 'N' and backslashes % 2 == 1:
                in_named = True
            else:
                out.append('{')
        elif c == '}':
            if in_named:
                in_named = False
            else:
                out.append('}')
        out.append(c)
    return ''.join(out)


class Untokenizer:
    """Rebuilds source text from a token stream."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.prev_type = None
        self.prev_line = ''
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError(f'start ({row},{col}) precedes previous end '
                             f'({self.prev_row},{self.prev_col})')
        self.add_backslash_continuation(start)
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def add_backslash_continuation(self, start):
        """Join rows crossed without a newline token with backslashes."""
        rows = start[0] - self.prev_row
        if rows:
            self.tokens.append('\\\n' * rows)
            self.prev_col = 0

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, string, start, end, line = tok
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            elif kind == FSTRING_MIDDLE and ('{' in string or '}' in string):
                string = _double_braces(string)
                last = string.splitlines()[-1]
                end = (end[0], end[1] + last.count('{{') + last.count('}}'))
            if kind in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
                # Adjacent string literals are always kept apart.
                self.tokens.append(' ')
            self.add_whitespace(start)
            self.tokens.append(string)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
            self.prev_type = kind
            self.prev_line = line
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        """Rebuild from (type, string) pairs: valid source, not the original."""
        indents = []
        out = self.tokens
        at_line_start = token[0] in (NEWLINE, NL)
        prev_string = False
        fstring_depth = 0
        for tok in itertools.chain([token], iterable):
            kind, string = tok[:2]
            if kind == ENCODING:
                self.encoding = string
                continue
            if kind in (NAME, NUMBER):
                string += ' '
            if kind == STRING:
                if prev_string:
                    string = ' ' + string
                prev_string = True
            else:
                prev_string = False
            if kind == FSTRING_START:
                fstring_depth += 1
            elif kind == FSTRING_END:
                fstring_depth -= 1
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            elif kind == FSTRING_MIDDLE:
                string = _double_braces(string)
            # Two braces in a row inside an f-string would read as an escape.
            if string in ('{', '}') and fstring_depth and out and out[-1] == string:
                string = ' ' + string
            if kind in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
                out.append(' ')
            out.append(string)
            self.prev_type = kind


def untokenize(iterable):
    """Turn tokens back into source.

    With full 5-tuples the result reproduces the original spacing; with
    (type, string) pairs it is only equivalent source.  Bytes are returned
    when the stream starts with an ENCODING token.
    """
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


def main():
    """Command line: print the tokens of a file (or stdin); -e for exact types."""
    args = sys.argv[1:]
    exact = False
    filename = None
    for arg in args:
        if arg in ('-e', '--exact'):
            exact = True
        elif arg in ('-h', '--help'):
            print('usage: python -m tokenize [-h] [-e] [filename.py]')
            return
        elif arg.startswith('-') and arg != '-':
            raise NotImplementedError('tokenize command line option %r' % arg)
        else:
            filename = arg

    def error(message, filename=None, location=None):
        if location:
            sys.stderr.write('%s:%d:%d: error: %s\n' % ((filename,) + location + (message,)))
        elif filename:
            sys.stderr.write('%s: error: %s\n' % (filename, message))
        else:
            sys.stderr.write('error: %s\n' % message)
        sys.exit(1)

    try:
        if filename and filename != '-':
            with builtins_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = _tokens_from_text(sys.stdin.read())
        for tok in tokens:
            kind = tok.exact_type if exact else tok.type
            token_range = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (token_range, tok_name[kind], tok.string))
    except IndentationError as err:
        row, col = err.args[1][1:3]
        error(err.args[0], filename, (row, col))
    except TokenError as err:
        row, col = err.args[1]
        error(err.args[0], filename, (row, col))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print('interrupted\n')


builtins_open = io.open

if __name__ == '__main__':
    main()
