# email._encoded_words: encode and decode single RFC 2047 encoded words.

import re
import base64
import binascii
from string import ascii_letters, digits

from email import errors

__all__ = ['decode_q',
           'encode_q',
           'decode_b',
           'encode_b',
           'len_q',
           'len_b',
           'decode',
           'encode',
           ]

_hex_escape = re.compile(br'=([a-fA-F0-9]{2})')


def decode_q(encoded):
    encoded = encoded.replace(b'_', b' ')
    return _hex_escape.sub(lambda m: bytes.fromhex(m.group(1).decode()),
                           encoded), []


_Q_SAFE = frozenset(b'-!*+/' + ascii_letters.encode('ascii')
                    + digits.encode('ascii'))
_Q_TABLE = ['_' if b == 0x20 else (chr(b) if b in _Q_SAFE else '=%02X' % b)
            for b in range(256)]


def encode_q(bstring):
    return ''.join(_Q_TABLE[b] for b in bstring)


def len_q(bstring):
    return sum(len(_Q_TABLE[b]) for b in bstring)


def decode_b(encoded):
    """Decode base64 leniently: (bytes, list of defects)."""
    short = len(encoded) % 4
    padded = encoded + b'==='[:4 - short] if short else encoded
    # progressively more forgiving attempts, with the defects each implies
    attempts = (
        (padded, True,
         [errors.InvalidBase64PaddingDefect] if short else []),
        (encoded, False, [errors.InvalidBase64CharactersDefect]),
        (encoded + b'==', False, [errors.InvalidBase64CharactersDefect,
                                  errors.InvalidBase64PaddingDefect]),
    )
    for data, strict, kinds in attempts:
        try:
            value = base64.b64decode(data, validate=strict)
        except binascii.Error:
            continue
        return value, [kind() for kind in kinds]
    return encoded, [errors.InvalidBase64LengthDefect()]


def encode_b(bstring):
    return base64.b64encode(bstring).decode('ascii')


def len_b(bstring):
    full, rest = divmod(len(bstring), 3)
    return full * 4 + (4 if rest else 0)


_decoders = {'q': decode_q, 'b': decode_b}
_encoders = {'q': encode_q, 'b': encode_b}
_lengths = {'q': len_q, 'b': len_b}


def decode(ew):
    """Decode one =?charset*lang?cte?text?= word into
    (string, charset, lang, defects)."""
    _, label, cte, text, _ = ew.split('?')
    charset, _, lang = label.partition('*')
    raw, defects = _decoders[cte.lower()](
        text.encode('ascii', 'surrogateescape'))
    try:
        string = raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(errors.UndecodableBytesDefect(
            "Encoded word contains bytes not decodable using "
            f"{charset!r} charset"))
        string = raw.decode(charset, 'surrogateescape')
    except (UnicodeEncodeError, LookupError):
        string = raw.decode('ascii', 'surrogateescape')
        if charset.lower() != 'unknown-8bit':
            defects.append(errors.CharsetError(
                f"Unknown charset {charset!r} in encoded word; "
                "decoded as unknown bytes"))
    return string, charset, lang, defects


def encode(string, charset='utf-8', encoding=None, lang=''):
    """Encode string as one encoded word; by default q is used unless it
    is at least five characters longer than b."""
    if charset == 'unknown-8bit':
        raw = string.encode('ascii', 'surrogateescape')
    else:
        raw = string.encode(charset)
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    text = _encoders[encoding](raw)
    if lang:
        lang = '*' + lang
    return "=?{}{}?{}?{}?=".format(charset, lang, encoding, text)
