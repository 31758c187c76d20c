# email.header: RFC 2047 encoded header values built from mixed charsets.

__all__ = [
    'Header',
    'decode_header',
    'make_header',
    ]

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email import charset as _charset

Charset = _charset.Charset

NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# An RFC 2047 encoded word: =?charset?q-or-b?text?=
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?'
                  r'(?P<encoded>.*?)\?=', re.MULTILINE)

fcre = re.compile(r'[\041-\176]+:$')

# a newline followed by something that looks like a header name
_header_after_newline = re.compile('\n[^\t ]+:')


def decode_header(header):
    """Split a header value into (bytes-or-str, charset) pairs, decoding
    any encoded words but not converting their charsets."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(s, str(cs)), str(cs))
                for s, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    # (text, encoding, charset) triples; encoding None means plain text
    words = []
    for line in header.splitlines():
        pieces = ecre.split(line)
        plain = pieces[0].lstrip()
        if plain:
            words.append((plain, None, None))
        for k in range(1, len(pieces), 4):
            cs, enc, text, plain = pieces[k:k + 4]
            words.append((text, enc.lower(), cs.lower()))
            if plain:
                words.append((plain, None, None))
    # whitespace between two encoded words is dropped
    keep = []
    for n, w in enumerate(words):
        if (n + 1 < len(words) and n > 0 and w[1] is None and w[0].isspace()
                and words[n - 1][1] and words[n + 1][1]):
            continue
        keep.append(w)
    words = keep
    decoded = []
    for text, enc, cs in words:
        if enc is None:
            decoded.append((text, cs))
        elif enc == 'q':
            decoded.append((email.quoprimime.header_decode(text), cs))
        elif enc == 'b':
            missing = len(text) % 4
            if missing:
                text += '==='[:4 - missing]
            try:
                decoded.append((email.base64mime.decode(text), cs))
            except binascii.Error:
                raise HeaderParseError('Base64 decoding error')
        else:
            raise AssertionError('Unexpected encoding: ' + enc)
    # merge neighbours that share a charset
    result = []
    cur = cur_cs = None
    for word, cs in decoded:
        if isinstance(word, str):
            word = word.encode('raw-unicode-escape')
        if cur is None:
            cur, cur_cs = word, cs
        elif cs != cur_cs:
            result.append((cur, cur_cs))
            cur, cur_cs = word, cs
        elif cur_cs is None:
            cur += BSPACE + word
        else:
            cur += word
    result.append((cur, cur_cs))
    return result


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """Build a Header from pairs like those decode_header() returns."""
    made = Header(maxlinelen=maxlinelen, header_name=header_name,
                  continuation_ws=continuation_ws)
    for text, cs in decoded_seq:
        if not (cs is None or isinstance(cs, Charset)):
            cs = Charset(cs)
        made.append(text, cs)
    return made


def _is_sep(s):
    return s.isspace() or s in ('(', ')', '\\')


class Header:
    """A header value made of chunks, each in its own character set."""

    def __init__(self, s=None, charset=None, maxlinelen=None,
                 header_name=None, continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        """The value as a unicode string, with no encoding applied."""
        self._normalize()
        out = []
        last_cs = None
        last_space = None
        for text, cs in self._chunks:
            this_cs = cs
            if this_cs == _charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode(
                    'ascii', 'replace')
            if out:
                starts_space = text and _is_sep(text[0])
                if last_cs not in (None, 'us-ascii'):
                    if this_cs in (None, 'us-ascii') and not starts_space:
                        out.append(SPACE)
                        this_cs = None
                elif this_cs not in (None, 'us-ascii') and not last_space:
                    out.append(SPACE)
            last_space = text and _is_sep(text[-1])
            last_cs = this_cs
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    __hash__ = None

    def append(self, s, charset=None, errors='strict'):
        """Add s (str, or bytes in charset) to the header."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            handler = errors
            if codec == _charset.UNKNOWN8BIT:
                codec, handler = 'us-ascii', 'surrogateescape'
            s = s.decode(codec, handler)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _nonctext(self, s):
        return _is_sep(s)

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """Return the folded, RFC 2047 encoded form of the header."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        fmt = _Folder(self._headerlen, maxlinelen, self._continuation_ws,
                      splitchars)
        last_cs = None
        starts_space = last_space = None
        for text, cs in self._chunks:
            if starts_space is not None:
                starts_space = text and _is_sep(text[0])
                if last_cs not in (None, 'us-ascii'):
                    if not starts_space or cs not in (None, 'us-ascii'):
                        fmt.add_transition()
                elif cs not in (None, 'us-ascii') and not last_space:
                    fmt.add_transition()
            last_space = text and _is_sep(text[-1])
            last_cs = cs
            starts_space = False
            lines = text.splitlines()
            fmt.feed('', lines[0] if lines else '', cs)
            for line in lines[1:]:
                fmt.newline()
                if cs.header_encoding is not None:
                    fmt.feed(self._continuation_ws, ' ' + line.lstrip(), cs)
                else:
                    body = line.lstrip()
                    fmt.feed(line[:len(line) - len(body)], body, cs)
            if len(lines) > 1:
                fmt.newline()
        if self._chunks:
            fmt.add_transition()
        value = fmt.result(linesep)
        if _header_after_newline.search(value):
            raise HeaderParseError("header value appears to contain "
                                   f"an embedded header: {value!r}")
        return value

    def _normalize(self):
        # join neighbouring chunks that share a charset
        merged = []
        for text, cs in self._chunks:
            if merged and merged[-1][1] == cs:
                merged[-1][0].append(text)
            else:
                merged.append(([text], cs))
        self._chunks = [(SPACE.join(t), cs) for t, cs in merged]


class _Line(list):
    """The (whitespace, text) pieces of the output line being built."""

    def __init__(self, initial_size=0):
        super().__init__()
        self._initial_size = initial_size

    def push(self, fws, string):
        self.append((fws, string))

    def pop_from(self, i=0):
        tail = self[i:]
        del self[i:]
        return tail

    def pop(self):
        if not self.part_count():
            return ('', '')
        return super().pop()

    def __len__(self):
        total = self._initial_size
        for fws, text in self:
            total += len(fws) + len(text)
        return total

    def __str__(self):
        return EMPTYSTRING.join(fws + text for fws, text in self)

    def reset(self, startval=None):
        self[:] = startval or []
        self._initial_size = 0

    def is_onlyws(self):
        return self._initial_size == 0 and (not self or str(self).isspace())

    def part_count(self):
        return list.__len__(self)


class _Folder:
    """Accumulates header pieces into lines no longer than maxlen."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self._maxlen = maxlen
        self._ws = continuation_ws
        self._splitchars = splitchars
        self._lines = []
        self._cur = _Line(headerlen)

    def result(self, linesep):
        self.newline()
        return linesep.join(self._lines)

    def __str__(self):
        return self.result(NL)

    def newline(self):
        last = self._cur.pop()
        if last != (' ', ''):
            self._cur.push(*last)
        if len(self._cur) > 0:
            if self._cur.is_onlyws() and self._lines:
                self._lines[-1] += str(self._cur)
            else:
                self._lines.append(str(self._cur))
        self._cur.reset()

    def add_transition(self):
        self._cur.push(' ', '')

    def _lengths(self):
        yield self._maxlen - len(self._cur)
        while True:
            yield self._maxlen - len(self._ws)

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            self._split_plain(fws, string)
            return
        words = charset.header_encode_lines(string, self._lengths())
        if not words:
            return
        first = words.pop(0)
        if first is not None:
            self._add(fws, first)
        if not words:
            return
        last = words.pop()
        self.newline()
        self._cur.push(self._ws, last)
        for w in words:
            self._lines.append(self._ws + w)

    def _split_plain(self, fws, string):
        parts = re.split('([' + FWS + ']+)', fws + string)
        if parts[0]:
            parts.insert(0, '')
        else:
            del parts[0]
        for k in range(0, len(parts) - 1, 2):
            self._add(parts[k], parts[k + 1])

    def _find_split(self):
        # the last place a split character allows a break, or None
        cur = self._cur
        for ch in self._splitchars:
            for i in range(cur.part_count() - 1, 0, -1):
                if ch.isspace():
                    ws = cur[i][0]
                    if ws and ws[0] == ch:
                        return i
                prev = cur[i - 1][1]
                if prev and prev[-1] == ch:
                    return i
        return None

    def _add(self, fws, string):
        self._cur.push(fws, string)
        if len(self._cur) <= self._maxlen:
            return
        i = self._find_split()
        if i is None:
            fws, part = self._cur.pop()
            if self._cur._initial_size > 0:
                self.newline()
                if not fws:
                    fws = ' '
            self._cur.push(fws, part)
            return
        rest = self._cur.pop_from(i)
        self._lines.append(str(self._cur))
        self._cur.reset(rest)
