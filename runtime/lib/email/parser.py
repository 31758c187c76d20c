# email.parser: parse text or bytes into a message object tree.

__all__ = [
    'BytesFeedParser', 'BytesHeaderParser', 'BytesParser',
    'FeedParser', 'HeaderParser', 'Parser',
    ]

from io import StringIO

from email.feedparser import FeedParser, BytesFeedParser
from email._policybase import compat32


class Parser:
    """Parse RFC 2822 / MIME text into Message objects (of class _class,
    or the policy's message_factory)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """Read a text file to its end and parse it."""
        fp_parser = FeedParser(self._class, policy=self.policy)
        if headersonly:
            fp_parser._set_headersonly()
        while True:
            data = fp.read(8192)
            if not data:
                break
            fp_parser.feed(data)
        return fp_parser.close()

    def parsestr(self, text, headersonly=False):
        """Parse a string."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that leaves the body unparsed."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


def _universal_newlines(text):
    # a binary file is read like a text file: line ends become '\n'
    return text.replace('\r\n', '\n').replace('\r', '\n')


class BytesParser:
    """Parse bytes; non-ASCII bytes are kept as surrogate escapes."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        """Read a binary file to its end and parse it."""
        text = fp.read().decode('ascii', 'surrogateescape')
        return self.parser.parsestr(_universal_newlines(text), headersonly)

    def parsebytes(self, text, headersonly=False):
        """Parse a bytes object."""
        as_str = text.decode('ascii', 'surrogateescape')
        return self.parser.parsestr(as_str, headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that leaves the body unparsed."""

    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
