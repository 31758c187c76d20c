# email.mime.nonmultipart: base class for MIME parts that are not multipart.

__all__ = ['MIMENonMultipart']

from email import errors
from email.mime.base import MIMEBase


class MIMENonMultipart(MIMEBase):
    """A MIME part that cannot hold subparts."""

    def attach(self, payload):
        # only multipart/* messages have a list payload
        raise errors.MultipartConversionError(
            'Cannot attach additional subparts to non-multipart/*'
        )

    def _store_encoded(self, data, encoder):
        # set the payload, then let encoder transform it and set the CTE
        self.set_payload(data)
        encoder(self)
