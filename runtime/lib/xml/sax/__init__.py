"""Simple API for XML (SAX): event-driven parsing through handler objects."""

import io

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException,
                          SAXParseException, SAXNotSupportedException,
                          SAXReaderNotAvailable)


default_parser_list = ['xml.sax.expatreader']


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a file name, file object or InputSource, reporting to handler."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a document held in a str or bytes, reporting to handler."""
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    src = InputSource()
    if isinstance(string, str):
        src.setCharacterStream(io.StringIO(string))
    else:
        src.setByteStream(io.BytesIO(string))
    parser.parse(src)


def make_parser(parser_list=()):
    """Return a SAX parser from the first driver module that loads."""
    for parser_name in list(parser_list) + default_parser_list:
        try:
            module = __import__(parser_name, {}, {}, ['create_parser'])
        except ImportError:
            continue
        return module.create_parser()
    raise SAXReaderNotAvailable('No parsers found', None)
