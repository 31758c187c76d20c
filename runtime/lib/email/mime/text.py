# email.mime.text: MIME text/* messages.

__all__ = ['MIMEText']

from email.mime.nonmultipart import MIMENonMultipart


class MIMEText(MIMENonMultipart):
    """A text/<_subtype> part; the charset defaults to us-ascii when the
    text allows it, otherwise utf-8."""

    def __init__(self, _text, _subtype='plain', _charset=None, *,
                 policy=None):
        if _charset is None:
            _charset = 'us-ascii' if _fits_ascii(_text) else 'utf-8'
        super().__init__('text', _subtype, policy=policy,
                         charset=str(_charset))
        self.set_payload(_text, _charset)


def _fits_ascii(text):
    try:
        text.encode('us-ascii')
    except UnicodeEncodeError:
        return False
    return True
