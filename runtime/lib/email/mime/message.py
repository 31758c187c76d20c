# email.mime.message: MIME message/* parts wrapping another message.

__all__ = ['MIMEMessage']

from email import message
from email.mime.nonmultipart import MIMENonMultipart


class MIMEMessage(MIMENonMultipart):
    """A message/<_subtype> part (rfc822 by default) holding _msg."""

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        super().__init__('message', _subtype, policy=policy)
        if not isinstance(_msg, message.Message):
            raise TypeError('Argument is not an instance of Message')
        # the payload is a one-element list
        message.Message.attach(self, _msg)
        self.set_default_type('message/rfc822')
