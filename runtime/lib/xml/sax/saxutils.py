"""Helpers for SAX: escaping, an XML-writing handler, a filter base class."""

import io
import os
import sys
import urllib.parse

from . import handler
from . import xmlreader


def _replace(data, entities):
    for key, value in entities.items():
        data = data.replace(key, value)
    return data


def escape(data, entities={}):
    """Escape &, < and > in data, then apply the extra entities mapping."""
    data = data.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
    if entities:
        data = _replace(data, entities)
    return data


def unescape(data, entities={}):
    """Undo escape(): &lt;, &gt; and &amp;, plus the extra entities mapping."""
    data = data.replace('&lt;', '<').replace('&gt;', '>')
    if entities:
        data = _replace(data, entities)
    return data.replace('&amp;', '&')


def quoteattr(data, entities={}):
    """Escape data for an attribute value and wrap it in suitable quotes."""
    entities = {**entities, '\n': '&#10;', '\r': '&#13;', '\t': '&#9;'}
    data = escape(data, entities)
    if '"' in data:
        if "'" in data:
            data = '"%s"' % data.replace('"', '&quot;')
        else:
            data = "'%s'" % data
    else:
        data = '"%s"' % data
    return data


def _writer(out, encoding):
    # A function writing text to out: directly for text streams, encoded
    # (with character references for what the encoding lacks) otherwise.
    if out is None:
        out = sys.stdout
    if isinstance(out, io.TextIOBase):
        return out.write, out.flush
    if isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or \
            hasattr(out, 'mode') and 'b' in getattr(out, 'mode', ''):
        def write(text):
            out.write(text.encode(encoding, 'xmlcharrefreplace'))
        return write, getattr(out, 'flush', lambda: None)
    return out.write, getattr(out, 'flush', lambda: None)


class XMLGenerator(handler.ContentHandler):
    """A content handler that writes the events back out as XML."""

    def __init__(self, out=None, encoding='iso-8859-1', short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        self._write, self._flush = _writer(out, encoding)
        # _prefix_of maps namespace URI -> prefix for the current scope;
        # each startPrefixMapping saves a snapshot that the matching
        # endPrefixMapping restores.
        self._prefix_of = {}
        self._saved_maps = [self._prefix_of]
        self._new_decls = []
        self._encoding = encoding
        self._short_empty = short_empty_elements
        self._tag_open = False

    def _qname(self, name):
        uri, local = name[0], name[1]
        if not uri:
            return local
        if uri == 'http://www.w3.org/XML/1998/namespace':
            return 'xml:' + local
        prefix = self._prefix_of[uri]
        return prefix + ':' + local if prefix else local

    def _close_start_tag(self):
        if self._tag_open:
            self._tag_open = False
            self._write('>')

    def _end_tag(self, text):
        if self._tag_open:
            self._tag_open = False
            self._write('/>')
        else:
            self._write('</{}>'.format(text))

    def _finish_start_tag(self):
        if self._short_empty:
            self._tag_open = True
        else:
            self._write('>')

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._saved_maps.append(dict(self._prefix_of))
        self._prefix_of[uri] = prefix
        self._new_decls.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._prefix_of = self._saved_maps.pop()

    def startElement(self, name, attrs):
        self._close_start_tag()
        self._write('<' + name)
        for key, value in attrs.items():
            self._write(' {}={}'.format(key, quoteattr(value)))
        self._finish_start_tag()

    def endElement(self, name):
        self._end_tag(name)

    def startElementNS(self, name, qname, attrs):
        self._close_start_tag()
        self._write('<' + self._qname(name))
        for prefix, uri in self._new_decls:
            if prefix:
                self._write(' xmlns:{}="{}"'.format(prefix, uri))
            else:
                self._write(' xmlns="{}"'.format(uri))
        self._new_decls = []
        for key, value in attrs.items():
            self._write(' {}={}'.format(self._qname(key), quoteattr(value)))
        self._finish_start_tag()

    def endElementNS(self, name, qname):
        self._end_tag(self._qname(name))

    def _text(self, content, escaped):
        if not content:
            return
        self._close_start_tag()
        if not isinstance(content, str):
            content = str(content, self._encoding)
        self._write(escape(content) if escaped else content)

    def characters(self, content):
        self._text(content, True)

    def ignorableWhitespace(self, content):
        self._text(content, False)

    def processingInstruction(self, target, data):
        self._close_start_tag()
        self._write('<?{} {}?>'.format(target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """A reader that passes every event from its parent reader through."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    def error(self, exception):
        self._error_h.error(exception)

    def fatalError(self, exception):
        self._error_h.fatalError(exception)

    def warning(self, exception):
        self._error_h.warning(exception)

    def setDocumentLocator(self, locator):
        self._content_h.setDocumentLocator(locator)

    def startDocument(self):
        self._content_h.startDocument()

    def endDocument(self):
        self._content_h.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._content_h.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._content_h.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._content_h.startElement(name, attrs)

    def endElement(self, name):
        self._content_h.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._content_h.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._content_h.endElementNS(name, qname)

    def characters(self, content):
        self._content_h.characters(content)

    def ignorableWhitespace(self, chars):
        self._content_h.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._content_h.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._content_h.skippedEntity(name)

    def notationDecl(self, name, publicId, systemId):
        self._dtd_h.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_h.unparsedEntityDecl(name, publicId, systemId, ndata)

    def resolveEntity(self, publicId, systemId):
        return self._resolver_h.resolveEntity(publicId, systemId)

    def parse(self, source):
        self._parent.setContentHandler(self)
        self._parent.setErrorHandler(self)
        self._parent.setEntityResolver(self)
        self._parent.setDTDHandler(self)
        self._parent.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def prepare_input_source(source, base=''):
    """Turn a file name, file object or InputSource into a ready InputSource."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if isinstance(source, str):
        source = xmlreader.InputSource(source)
    elif hasattr(source, 'read'):
        f = source
        source = xmlreader.InputSource()
        if isinstance(f.read(0), str):
            source.setCharacterStream(f)
        else:
            source.setByteStream(f)
        if hasattr(f, 'name') and isinstance(f.name, str):
            source.setSystemId(f.name)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        # Nothing open yet: resolve the system id against base, preferring
        # a local file and falling back to treating it as a URL.
        sysid = source.getSystemId()
        candidate = os.path.join(os.path.dirname(os.path.normpath(base)), sysid)
        if not os.path.isfile(candidate):
            candidate = urllib.parse.urljoin(base, sysid)
        source.setSystemId(candidate)
        source.setByteStream(open(candidate, 'rb'))
    return source
