# email.base64mime: base64 ("B") encoding for MIME headers and bodies.

__all__ = [
    'body_decode',
    'body_encode',
    'decode',
    'decodestring',
    'header_encode',
    'header_length',
    ]

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """Length of the base64 form of the given bytes."""
    full, rest = divmod(len(bytearray), 3)
    return full * 4 + (4 if rest else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    """Return an RFC 2047 B encoded word for header_bytes."""
    if not header_bytes:
        return ""
    data = header_bytes
    if isinstance(data, str):
        data = data.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(data).decode("ascii"))


def body_encode(s, maxlinelen=76, eol=NL):
    """Base64 encode bytes s into lines of at most maxlinelen characters."""
    if not s:
        return ""
    chunk = maxlinelen * 3 // 4
    out = []
    for pos in range(0, len(s), chunk):
        piece = b2a_base64(s[pos:pos + chunk]).decode("ascii")
        if eol != NL and piece.endswith(NL):
            piece = piece[:-1] + eol
        out.append(piece)
    return EMPTYSTRING.join(out)


def decode(string):
    """Decode base64 text (str or bytes) to bytes."""
    if not string:
        return bytes()
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape')
    return a2b_base64(string)


body_decode = decode
decodestring = decode
