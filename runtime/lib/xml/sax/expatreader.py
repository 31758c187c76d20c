"""The SAX driver built on xml.parsers.expat."""

from xml.parsers import expat

from . import handler, xmlreader
from ._exceptions import (SAXException, SAXNotRecognizedException,
                          SAXNotSupportedException, SAXParseException)
from .handler import (feature_namespaces, feature_namespace_prefixes,
                      feature_validation, feature_external_ges,
                      feature_external_pes, feature_string_interning,
                      property_lexical_handler, property_interning_dict)

from .xmlreader import AttributesImpl, AttributesNSImpl


class ExpatLocator(xmlreader.Locator):
    """The position of the parser's current event."""

    def __init__(self, parser):
        self._reader = parser

    def getColumnNumber(self):
        parser = self._reader._parser
        if parser is None:
            return None
        return parser.CurrentColumnNumber

    def getLineNumber(self):
        parser = self._reader._parser
        if parser is None:
            return 1
        return parser.CurrentLineNumber

    def getPublicId(self):
        return self._reader._source.getPublicId()

    def getSystemId(self):
        return self._reader._source.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX driver for the expat-compatible parser."""

    def __init__(self, namespaceHandling=0, bufsize=2**16 - 20):
        super().__init__(bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lexical_h = None
        self._parsing = False
        self._entity_stack = []
        self._external_ges = 0
        self._interning = None
        self._namespace_prefixes = 0

    def parse(self, source):
        from .saxutils import prepare_input_source
        self._source = src = prepare_input_source(source)
        try:
            self.reset()
            self._content_h.setDocumentLocator(ExpatLocator(self))
            super().parse(src)
        except:
            self._close_source()
            raise

    def prepareParser(self, source):
        base = source.getSystemId()
        if base is not None:
            self._parser.SetBase(base)

    def setContentHandler(self, handler):
        super().setContentHandler(handler)
        if self._parsing:
            self._hook_content_handler()

    def getFeature(self, name):
        if name == feature_namespaces:
            return self._namespaces
        if name == feature_string_interning:
            return self._interning is not None
        if name in (feature_validation, feature_external_pes):
            return 0
        if name == feature_namespace_prefixes:
            return self._namespace_prefixes
        if name == feature_external_ges:
            return self._external_ges
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException('Cannot set features while parsing')
        if name == feature_namespaces:
            self._namespaces = state
        elif name == feature_external_ges:
            self._external_ges = state
        elif name == feature_string_interning:
            if state:
                if self._interning is None:
                    self._interning = {}
            else:
                self._interning = None
        elif name == feature_validation:
            if state:
                raise SAXNotSupportedException('expat does not support validation')
        elif name == feature_external_pes:
            if state:
                raise SAXNotSupportedException(
                    'expat does not read external parameter entities')
        elif name == feature_namespace_prefixes:
            if state:
                raise SAXNotSupportedException(
                    'expat does not report namespace prefixes')
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lexical_h
        if name == property_interning_dict:
            return self._interning
        if name == handler.property_xml_string:
            raise SAXNotSupportedException('This property is not supported')
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lexical_h = value
            if self._parsing:
                self._hook_lexical_handler()
        elif name == property_interning_dict:
            self._interning = value
        elif name == handler.property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._content_h.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as err:
            message = expat.ErrorString(err.code)
            self._error_h.fatalError(SAXParseException(message, err, self))

    def flush(self):
        if self._parser is not None:
            self._parser.Parse(b'', False)

    def _close_source(self):
        source = self._source
        try:
            file = source.getCharacterStream()
            if file is not None:
                file.close()
        finally:
            file = source.getByteStream()
            if file is not None:
                file.close()

    def close(self):
        if self._parsing is False or self._parser is None:
            return
        try:
            self.feed(b'', isFinal=True)
            self._content_h.endDocument()
            self._parsing = False
            self._parser = None
        finally:
            self._parsing = False
            if self._parser is not None:
                self._parser = None
            self._close_source()

    def _hook_content_handler(self):
        # Handlers that go straight to the content handler's bound methods;
        # they must be re-bound whenever the content handler changes.
        p = self._parser
        ch = self._content_h
        p.ProcessingInstructionHandler = ch.processingInstruction
        p.CharacterDataHandler = ch.characters

    def _hook_lexical_handler(self):
        p = self._parser
        lex = self._lexical_h
        names = ('CommentHandler', 'StartCdataSectionHandler',
                 'EndCdataSectionHandler', 'StartDoctypeDeclHandler',
                 'EndDoctypeDeclHandler')
        if lex is None:
            targets = (None,) * len(names)
        else:
            targets = (lex.comment, lex.startCDATA, lex.endCDATA,
                       self.start_doctype_decl, lex.endDTD)
        for attr, target in zip(names, targets):
            setattr(p, attr, target)

    def reset(self):
        enc = self._source.getEncoding()
        if self._namespaces:
            p = expat.ParserCreate(enc, ' ', intern=self._interning)
            p.namespace_prefixes = 1
            start, end = self.start_element_ns, self.end_element_ns
        else:
            p = expat.ParserCreate(enc, intern=self._interning)
            start, end = self.start_element, self.end_element
        self._parser = p
        p.StartElementHandler = start
        p.EndElementHandler = end
        self._hook_content_handler()
        p.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        p.NotationDeclHandler = self.notation_decl
        p.StartNamespaceDeclHandler = self.start_namespace_decl
        p.EndNamespaceDeclHandler = self.end_namespace_decl
        self._decl_handler_prop = None
        if self._lexical_h:
            self._hook_lexical_handler()
        p.SkippedEntityHandler = self.skipped_entity_handler
        self._parsing = False
        self._entity_stack = []

    # Locator methods, for a reader used directly as its own locator

    def getColumnNumber(self):
        if self._parser is None:
            return None
        return self._parser.CurrentColumnNumber

    def getLineNumber(self):
        if self._parser is None:
            return 1
        return self._parser.CurrentLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # event handlers

    def _split_name(self, name):
        # expat joins namespace parts with spaces: "uri local [prefix]".
        # Returns the (uri, localname) pair and the qualified name to report.
        parts = name.split()
        count = len(parts)
        if count == 1:
            pair = (None, name)
        elif count == 3:
            pair = (parts[0], parts[1])
        else:
            pair = tuple(parts)
        qname = None
        if self._namespace_prefixes:
            if count == 3:
                qname = parts[2] + ':' + parts[1]
            else:
                qname = parts[-1]
        return pair, qname

    def start_element(self, name, attrs):
        self._content_h.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._content_h.endElement(name)

    def start_element_ns(self, name, attrs):
        pair, qname = self._split_name(name)
        values = {}
        qnames = {}
        for raw, value in attrs.items():
            parts = raw.split()
            if len(parts) == 3:
                key = (parts[0], parts[1])
                shown = parts[2] + ':' + parts[1]
            elif len(parts) == 1:
                key = (None, raw)
                shown = raw
            else:
                key = tuple(parts)
                shown = parts[1]
            values[key] = value
            qnames[key] = shown
        self._content_h.startElementNS(pair, qname,
                                       AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        pair, qname = self._split_name(name)
        self._content_h.endElementNS(pair, qname)

    # The remaining expat callbacks forward to the installed handlers.

    def processing_instruction(self, target, data):
        self._content_h.processingInstruction(target, data)

    def character_data(self, data):
        self._content_h.characters(data)

    def start_namespace_decl(self, prefix, uri):
        self._content_h.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        self._content_h.endPrefixMapping(prefix)

    def start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        self._lexical_h.startDTD(name, pubid, sysid)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        self._dtd_h.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def notation_decl(self, name, base, sysid, pubid):
        self._dtd_h.notationDecl(name, pubid, sysid)

    def skipped_entity_handler(self, name, is_pe):
        self._content_h.skippedEntity('%' + name if is_pe else name)


def create_parser(*args, **kwargs):
    """Return a new ExpatParser."""
    return ExpatParser(*args, **kwargs)
