# email.mime.base: the base class of the MIME message classes.

__all__ = ['MIMEBase']

import email.policy
from email import message


class MIMEBase(message.Message):
    """A Message with a Content-Type (maintype/subtype plus keyword
    parameters) and a MIME-Version header."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        super().__init__(
            policy=email.policy.compat32 if policy is None else policy)
        self.add_header('Content-Type', f'{_maintype}/{_subtype}', **_params)
        self['MIME-Version'] = '1.0'
