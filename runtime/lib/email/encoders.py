# email.encoders: set a message payload's Content-Transfer-Encoding.

__all__ = [
    'encode_7or8bit',
    'encode_base64',
    'encode_noop',
    'encode_quopri',
    ]

from base64 import encodebytes as _b64lines
from binascii import b2a_qp as _b2a_qp


def _qp_bytes(data):
    # quote tabs and spaces as well, so trailing whitespace is safe
    return _b2a_qp(data, quotetabs=True, istext=True,
                   header=False).replace(b' ', b'=20')


_CTE = 'Content-Transfer-Encoding'


def _reencode(msg, encoder, cte):
    # replace the payload by its encoded form and label it
    msg.set_payload(encoder(msg.get_payload(decode=True)))
    msg[_CTE] = cte


def encode_base64(msg):
    """Store the payload in base64 and say so in the header."""
    _reencode(msg, lambda raw: _b64lines(raw).decode('ascii'), 'base64')


def encode_quopri(msg):
    """Store the payload as quoted-printable and say so in the header."""
    _reencode(msg, _qp_bytes, 'quoted-printable')


def _is_ascii(data):
    try:
        data.decode('ascii')
    except UnicodeError:
        return False
    return True


def encode_7or8bit(msg):
    """Label the payload 7bit or 8bit, whichever its bytes need."""
    raw = msg.get_payload(decode=True)
    msg[_CTE] = '7bit' if raw is None or _is_ascii(raw) else '8bit'


def encode_noop(msg):
    """Leave the payload alone."""
