# email.charset: character set properties for MIME headers and bodies.

__all__ = [
    'Charset',
    'add_alias',
    'add_charset',
    'add_codec',
    ]

import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # whichever is shorter (headers only)

RFC2047_CHROME_LEN = 7

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset -> (header encoding, body encoding, output charset); built from
# groups of charsets that share the same properties
CHARSETS = {}
for _names, _props in (
        ('iso-8859-1 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-9 '
         'iso-8859-10 iso-8859-13 iso-8859-14 iso-8859-15 iso-8859-16 '
         'windows-1252 viscii', (QP, QP, None)),
        ('us-ascii', (None, None, None)),
        ('big5 gb2312 koi8-r', (BASE64, BASE64, None)),
        ('euc-jp shift_jis', (BASE64, None, 'iso-2022-jp')),
        ('iso-2022-jp', (BASE64, None, None)),
        ('utf-8', (SHORTEST, BASE64, 'utf-8'))):
    for _name in _names.split():
        CHARSETS[_name] = _props

# alternative spellings -> canonical charset names.  latin-N (or latin_N)
# is the N-th ISO 8859 Latin alphabet.
ALIASES = {
    'cp949': 'ks_c_5601-1987',
    'euc_jp': 'euc-jp',
    'euc_kr': 'euc-kr',
    'ascii': 'us-ascii',
    }
for _number, _part in enumerate((1, 2, 3, 4, 9, 10, 13, 14, 15, 16), 1):
    for _sep in '_-':
        ALIASES['latin%s%d' % (_sep, _number)] = 'iso-8859-%d' % _part
del _names, _props, _name, _number, _part, _sep

# charset name -> Python codec name (None: no conversion at all)
CODEC_MAP = {
    'gb2312':      'eucgb2312_cn',
    'big5':        'big5_tw',
    'us-ascii':    None,
    }


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register the encodings to use for a character set."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = header_enc, body_enc, output_charset


def add_alias(alias, canonical):
    """Register an alias name for a character set."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Register the Python codec to use for a character set."""
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    if codec == UNKNOWN8BIT:
        return string.encode('ascii', 'surrogateescape')
    return string.encode(codec)


class Charset:
    """How one character set is written in MIME headers and bodies:
    header_encoding and body_encoding (QP, BASE64, SHORTEST or None),
    output_charset, and the codecs used for input and output."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                name = input_charset
            else:
                name = str(input_charset, 'ascii')
            name.encode('ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = name.lower()
        canon = ALIASES.get(name, name)
        self.input_charset = canon
        hdr, body, out = CHARSETS.get(canon, (SHORTEST, BASE64, None))
        out = out or canon
        self.header_encoding = hdr
        self.body_encoding = body
        self.output_charset = out = ALIASES.get(out, out)
        self.input_codec = CODEC_MAP.get(canon, canon)
        self.output_codec = CODEC_MAP.get(out, out)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """The Content-Transfer-Encoding for bodies in this charset: a
        name, or a function that picks and sets it on a message."""
        assert self.body_encoding != SHORTEST
        names = {QP: 'quoted-printable', BASE64: 'base64'}
        return names.get(self.body_encoding, encode_7or8bit)

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _get_encoder(self, header_bytes):
        # the module (base64mime or quoprimime) that encodes headers
        method = self.header_encoding
        if method != SHORTEST:
            return {BASE64: email.base64mime,
                    QP: email.quoprimime}.get(method)
        b64_len = email.base64mime.header_length(header_bytes)
        qp_len = email.quoprimime.header_length(header_bytes)
        return email.base64mime if b64_len < qp_len else email.quoprimime

    def header_encode(self, string):
        """string as a single RFC 2047 encoded word, or unchanged when the
        charset uses no header encoding."""
        codec = self.output_codec or 'us-ascii'
        raw = _encode(string, codec)
        module = self._get_encoder(raw)
        return string if module is None else module.header_encode(raw, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as a list of encoded words; the n-th must fit in the
        n-th length drawn from the maxlengths iterator (a None entry
        means not even the first character fitted)."""
        codec = self.output_codec or 'us-ascii'
        module = self._get_encoder(_encode(string, codec))
        label = self.get_output_charset()
        overhead = len(label) + RFC2047_CHROME_LEN

        def as_word(text):
            return module.header_encode(_encode(text, codec), codec)

        words = []
        start = 0
        budget = next(maxlengths) - overhead
        for pos in range(len(string)):
            size = module.header_length(_encode(string[start:pos + 1], label))
            if size <= budget:
                continue
            piece = string[start:pos]
            words.append(as_word(piece) if words or piece else None)
            start = pos
            budget = next(maxlengths) - overhead
        words.append(as_word(string[start:]))
        return words

    def body_encode(self, string):
        """Apply this charset's body encoding to a str or bytes body."""
        if not string:
            return string
        method = self.body_encoding
        if method is not BASE64 and method is not QP:
            if isinstance(string, str):
                return string.encode(self.output_charset).decode('ascii')
            return string
        data = string
        if isinstance(data, str):
            data = data.encode(self.output_charset)
        if method is BASE64:
            return email.base64mime.body_encode(data)
        return email.quoprimime.body_encode(data.decode('latin1'))
