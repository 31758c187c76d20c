"""The exception classes of the SAX interface."""


class SAXException(Exception):
    """Base class for SAX errors; may wrap another exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        """Return the message of this exception."""
        return self._msg

    def getException(self):
        """Return the embedded exception, or None."""
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError('__getitem__')


class SAXParseException(SAXException):
    """An error or warning at a position in an XML document."""

    def __init__(self, msg, exception, locator):
        super().__init__(msg, exception)
        self._locator = locator
        # Snapshot the position now; the locator keeps moving while parsing.
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        if sysid is None:
            sysid = '<unknown>'
        linenum = self.getLineNumber()
        if linenum is None:
            linenum = '?'
        colnum = self.getColumnNumber()
        if colnum is None:
            colnum = '?'
        return '%s:%s:%s: %s' % (sysid, linenum, colnum, self._msg)


class SAXNotRecognizedException(SAXException):
    """An unknown feature or property was asked for."""


class SAXNotSupportedException(SAXException):
    """A known feature or property cannot be set to the value asked for."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """A parser driver cannot be loaded."""
