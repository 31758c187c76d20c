# email.mime.application: MIME application/* messages.

__all__ = ['MIMEApplication']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


class MIMEApplication(MIMENonMultipart):
    """An application/<_subtype> part holding bytes, encoded by _encoder
    (base64 by default)."""

    def __init__(self, _data, _subtype='octet-stream',
                 _encoder=encoders.encode_base64,
                 *, policy=None, **_params):
        if _subtype is None:
            raise TypeError('Invalid application MIME subtype')
        super().__init__('application', _subtype, policy=policy, **_params)
        self._store_encoded(_data, _encoder)
