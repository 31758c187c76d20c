"""Exceptions raised by urllib.request.

URLError is an OSError whose reason attribute says what went wrong;
HTTPError carries an HTTP status and may stand in for a response (its
fp, headers, code and url are kept); ContentTooShortError is raised when
a download ends before the announced length.
"""

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    # The reason is an error message or an exception instance; args and
    # the OSError attributes stay as if raised with that single reason.
    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError):
    """An HTTP status that signals failure; it can also be read like the
    response that carried it."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        self.url = url

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url

    def info(self):
        return self.hdrs

    def read(self, *args):
        if self.fp is None:
            raise ValueError('HTTPError has no response body')
        return self.fp.read(*args)

    def close(self):
        if self.fp is not None:
            self.fp.close()


class ContentTooShortError(URLError):
    """The body received was shorter than its Content-Length promised."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
