# email.mime.image: MIME image/* messages.

__all__ = ['MIMEImage']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


class MIMEImage(MIMENonMultipart):
    """An image/<_subtype> part; the subtype is guessed from the data's
    signature when not given."""

    def __init__(self, _imagedata, _subtype=None,
                 _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        subtype = _subtype if _subtype is not None else _what(_imagedata)
        if subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        super().__init__('image', subtype, policy=policy, **_params)
        self._store_encoded(_imagedata, _encoder)


def _netpbm(h, digits):
    return (len(h) >= 3 and h[0] == ord('P') and h[1] in digits
            and h[2] in b' \t\n\r')


# (test, subtype) pairs tried in order
_rules = [
    (lambda h: h[6:10] in (b'JFIF', b'Exif')
        or h[:4] == b'\xff\xd8\xff\xdb', 'jpeg'),
    (lambda h: h.startswith(b'\x89PNG\r\n\x1a\n'), 'png'),
    (lambda h: h[:6] in (b'GIF87a', b'GIF89a'), 'gif'),
    (lambda h: h[:2] in (b'MM', b'II'), 'tiff'),
    (lambda h: h.startswith(b'\x01\xda'), 'rgb'),
    (lambda h: _netpbm(h, b'14'), 'pbm'),
    (lambda h: _netpbm(h, b'25'), 'pgm'),
    (lambda h: _netpbm(h, b'36'), 'ppm'),
    (lambda h: h.startswith(b'\x59\xa6\x6a\x95'), 'rast'),
    (lambda h: h.startswith(b'#define '), 'xbm'),
    (lambda h: h.startswith(b'BM'), 'bmp'),
    (lambda h: h.startswith(b'RIFF') and h[8:12] == b'WEBP', 'webp'),
    (lambda h: h.startswith(b'\x76\x2f\x31\x01'), 'exr'),
]


def _what(data):
    for test, subtype in _rules:
        if test(data):
            return subtype
    return None
