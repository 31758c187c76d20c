# email.quoprimime: quoted-printable ("Q") encoding for MIME headers and bodies.

__all__ = [
    'body_decode',
    'body_encode',
    'body_length',
    'decode',
    'decodestring',
    'header_decode',
    'header_encode',
    'header_length',
    'quote',
    'unquote',
    ]

import re
from string import ascii_letters, digits, hexdigits

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

# Per-octet translation tables: each maps a byte value to its encoded text.
_ESCAPED = ['=%02X' % n for n in range(256)]

_HEADER_TABLE = list(_ESCAPED)
for _b in (b'-!*+/' + ascii_letters.encode('ascii') + digits.encode('ascii')):
    _HEADER_TABLE[_b] = chr(_b)
_HEADER_TABLE[0x20] = '_'

_BODY_TABLE = list(_ESCAPED)
for _b in range(0x20, 0x7f):
    if _b != 0x3d:          # '=' always needs escaping
        _BODY_TABLE[_b] = chr(_b)
_BODY_TABLE[0x09] = '\t'

# Like the body table, but line ends survive so lines can be split later.
_BODY_ENCODE_TABLE = list(_BODY_TABLE)
_BODY_ENCODE_TABLE[0x0d] = '\r'
_BODY_ENCODE_TABLE[0x0a] = '\n'
del _b


def header_check(octet):
    """True if octet must be escaped in a Q encoded header."""
    return chr(octet) != _HEADER_TABLE[octet]


def body_check(octet):
    """True if octet must be escaped in a quoted-printable body."""
    return chr(octet) != _BODY_TABLE[octet]


def header_length(bytearray):
    """Length of the Q encoding of the given bytes (without chrome)."""
    return sum(len(_HEADER_TABLE[b]) for b in bytearray)


def body_length(bytearray):
    """Length of the quoted-printable body encoding of the given bytes."""
    return sum(len(_BODY_TABLE[b]) for b in bytearray)


def unquote(s):
    """Turn '=AB' into the character with code 0xAB."""
    return chr(int(s[1:3], 16))


def quote(c):
    return _ESCAPED[ord(c)]


def header_encode(header_bytes, charset='iso-8859-1'):
    """Return an RFC 2047 Q encoded word for header_bytes."""
    if not header_bytes:
        return ''
    text = header_bytes.decode('latin1').translate(_HEADER_TABLE)
    return '=?%s?q?%s?=' % (charset, text)


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable encode a str (of code points < 256), adding soft
    line breaks so no line exceeds maxlinelen characters."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = body.translate(_BODY_ENCODE_TABLE)
    soft = '=' + eol
    width = maxlinelen - 1
    out = []
    for line in body.splitlines():
        pos = 0
        last = len(line) - 1 - maxlinelen
        while pos <= last:
            end = pos + width
            # never split an =XX escape across lines
            if line[end - 2] == '=':
                out.append(line[pos:end - 1])
                pos = end - 2
            elif line[end - 1] == '=':
                out.append(line[pos:end])
                pos = end - 1
            else:
                out.append(line[pos:end] + '=')
                pos = end
        if line and line[-1] in ' \t':
            # trailing whitespace has to be protected
            space = pos - last
            if space >= 3:
                tail = quote(line[-1])
            elif space == 2:
                tail = line[-1] + soft
            else:
                tail = soft + quote(line[-1])
            out.append(line[pos:-1] + tail)
        else:
            out.append(line[pos:])
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Decode quoted-printable text; lines are joined with eol."""
    if not encoded:
        return encoded
    parts = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            parts.append(eol)
            continue
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if ch != '=':
                parts.append(ch)
                i += 1
            elif i + 1 == n:
                # soft line break: no eol
                i += 1
                continue
            elif (i + 2 < n and line[i + 1] in hexdigits
                  and line[i + 2] in hexdigits):
                parts.append(unquote(line[i:i + 3]))
                i += 3
            else:
                parts.append(ch)
                i += 1
            if i == n:
                parts.append(eol)
    decoded = EMPTYSTRING.join(parts)
    if encoded[-1] not in '\r\n' and decoded.endswith(eol):
        decoded = decoded[:-1]
    return decoded


body_decode = decode
decodestring = decode


def header_decode(s):
    """Decode the text of a Q encoded word (without its chrome)."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)), s,
                  flags=re.ASCII)
