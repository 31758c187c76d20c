# email.mime.audio: MIME audio/* messages.

__all__ = ['MIMEAudio']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


class MIMEAudio(MIMENonMultipart):
    """An audio/<_subtype> part; the subtype is guessed (au, wav, aiff)
    when not given."""

    def __init__(self, _audiodata, _subtype=None,
                 _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        subtype = _subtype if _subtype is not None else _what(_audiodata)
        if subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        super().__init__('audio', subtype, policy=policy, **_params)
        self._store_encoded(_audiodata, _encoder)


def _what(h):
    if h.startswith(b'FORM') and h[8:12] in (b'AIFC', b'AIFF'):
        return 'x-aiff'
    if h.startswith(b'.snd'):
        return 'basic'
    if h.startswith(b'RIFF') and h[8:12] == b'WAVE' and h[12:16] == b'fmt ':
        return 'x-wav'
    return None
