# xml.sax: parsing with handlers, locators, errors, features, saxutils and XMLGenerator.
import xml.sax, io
from xml.sax import saxutils, handler, xmlreader
class H(xml.sax.ContentHandler):
    def setDocumentLocator(self, loc): self.loc = loc; print('locator', type(loc).__name__)
    def startDocument(self): print('startDocument')
    def endDocument(self): print('endDocument')
    def startElement(self, name, attrs): print('start', name, dict(attrs), attrs.getNames(), self.loc.getLineNumber(), self.loc.getColumnNumber())
    def endElement(self, name): print('end', name)
    def characters(self, c): print('chars', repr(c))
    def ignorableWhitespace(self, w): print('ws', repr(w))
    def processingInstruction(self, t, d): print('pi', t, d)
    def startPrefixMapping(self, p, u): print('spm', p, u)
    def endPrefixMapping(self, p): print('epm', p)
    def startElementNS(self, name, qname, attrs): print('startNS', name, qname, dict(attrs), attrs.getQNames())
    def endElementNS(self, name, qname): print('endNS', name, qname)
xml.sax.parseString(b'<?xml version="1.0"?><a x="1">t&amp;u<b/><?p d?><!--c--></a>', H())
xml.sax.parseString('<a x="1">t\nu</a>', H())
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(H())
p.parse(io.BytesIO(b'<p:a xmlns:p="urn:p" p:k="v" k2="w"><b/></p:a>'))
try:
    xml.sax.parseString(b'<a></b>', H())
except xml.sax.SAXParseException as e:
    print(type(e).__name__, e, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e.getSystemId(), e.getPublicId(), repr(e))
print(type(p).__name__, type(p).__module__)
print(saxutils.escape('<a&b>"'), saxutils.escape('abc', {'b': 'B'}), saxutils.unescape('&lt;&amp;&gt;&quot;'), saxutils.quoteattr('a"b'), saxutils.quoteattr("a'b\"c"), saxutils.quoteattr('x\ny\tz'))
out = io.StringIO()
g = saxutils.XMLGenerator(out, encoding='utf-8')
xml.sax.parseString(b'<a x="&lt;">t<b/>&amp;<!--c--><?p d?></a>', g)
print(repr(out.getvalue()))
out = io.StringIO()
g = saxutils.XMLGenerator(out, short_empty_elements=True)
xml.sax.parseString(b'<a x="1"><b/><c></c></a>', g)
print(repr(out.getvalue()))
eh = handler.ErrorHandler()
try: eh.fatalError(xml.sax.SAXParseException('m', None, None))
except Exception as e: print(type(e).__name__)
print(xml.sax.SAXException('msg').getMessage(), repr(xml.sax.SAXException('msg')), str(xml.sax.SAXException('msg', ValueError('x'))))
a = xmlreader.AttributesImpl({'a': '1'}); print(a.getValue('a'), a.getType('a'), len(a), a.keys(), 'a' in a, a.get('z', 3), a.items(), a.getValueByQName('a'), a.getNameByQName('a'))
try: a['z']
except KeyError as e: print('KeyError', e)
try: a.getValueByQName('z')
except KeyError as e: print('KeyError', e)
try: p.setFeature('bogus', 1)
except Exception as e: print(type(e).__name__, e)
try: p.getProperty('bogus')
except Exception as e: print(type(e).__name__, e)
print(handler.feature_namespaces, handler.property_lexical_handler)
try: xml.sax.parseString('<a>', handler.ContentHandler())
except Exception as e: print(type(e).__name__, e)
is_ = xmlreader.InputSource('sys'); print(is_.getSystemId(), is_.getByteStream(), is_.getEncoding())

# namespaces written back out
out = io.StringIO()
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(saxutils.XMLGenerator(out, 'utf-8', short_empty_elements=True))
p.parse(io.BytesIO(b'<p:a xmlns:p="urn:p" xmlns="urn:d" p:k="v" k2="w"><b xml:lang="en"/></p:a>'))
print(out.getvalue())
print(p.getFeature(handler.feature_namespaces), p.getFeature(handler.feature_validation))
for feat, val in [(handler.feature_validation, True), (handler.feature_external_pes, True)]:
    try:
        p.setFeature(feat, val)
    except xml.sax.SAXNotSupportedException as e:
        print(type(e).__name__, e)

# namespace-prefixes feature gives qualified names too
class Q(handler.ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, sorted(attrs.items(), key=str), attrs.getQNames())
        if attrs.getLength():
            first = attrs.getQNames()[0]
            print('  ', attrs.getValueByQName(first), attrs.getNameByQName(first),
                  attrs.getQNameByName(attrs.getNameByQName(first)))

    def endElementNS(self, name, qname):
        print('endNS', name, qname)


p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
try:
    p.setFeature(handler.feature_namespace_prefixes, True)
except xml.sax.SAXNotSupportedException as e:
    print(type(e).__name__, e)
print(p.getFeature(handler.feature_namespace_prefixes))
p.setContentHandler(Q())
p.parse(io.BytesIO(b'<p:a xmlns:p="urn:p" p:k="v"><c/></p:a>'))


# lexical handler: comments and CDATA boundaries
class Lex(handler.LexicalHandler):
    def comment(self, content):
        print('comment', repr(content))

    def startCDATA(self):
        print('startCDATA')

    def endCDATA(self):
        print('endCDATA')

    def startDTD(self, name, public_id, system_id):
        print('startDTD', name, public_id, system_id)

    def endDTD(self):
        print('endDTD')


class Chars(handler.ContentHandler):
    def characters(self, c):
        print('chars', repr(c))

    def skippedEntity(self, name):
        print('skipped', name)


p = xml.sax.make_parser()
p.setContentHandler(Chars())
p.setProperty(handler.property_lexical_handler, Lex())
print(type(p.getProperty(handler.property_lexical_handler)).__name__)
p.parse(io.BytesIO(b'<!DOCTYPE a SYSTEM "a.dtd"><a><!--x--><![CDATA[<y>]]>&ext;</a>'))

# incremental feeding
class Feed(Chars):
    def startDocument(self):
        print('startDocument')

    def endDocument(self):
        print('endDocument')

    def startElement(self, name, attrs):
        print('start', name, attrs.items())


p = xml.sax.make_parser()
p.setContentHandler(Feed())
for piece in [b'<r', b'oot a="1">te', b'xt</ro', b'ot>']:
    print('feed', piece)
    p.feed(piece)
p.close()


# a filter passes events through
class Upper(saxutils.XMLFilterBase):
    def startElement(self, name, attrs):
        super().startElement(name.upper(), attrs)

    def endElement(self, name):
        super().endElement(name.upper())


out = io.StringIO()
f = Upper(xml.sax.make_parser())
f.setContentHandler(saxutils.XMLGenerator(out))
f.parse(io.StringIO('<a><b x="1">t</b></a>'))
print(out.getvalue())


# errors through a custom ErrorHandler, and from files
class Collect(handler.ErrorHandler):
    def fatalError(self, exc):
        print('fatal', exc.getMessage(), exc.getLineNumber(), exc.getColumnNumber(),
              type(exc.getException()).__name__)
        raise exc


import os
name = '/tmp/xml_sax_%d.xml' % os.getpid()
with open(name, 'wb') as fh:
    fh.write(b'<a>\n  <b>ok</b>\n  <c></d>\n</a>')
try:
    xml.sax.parse(name, handler.ContentHandler(), Collect())
except xml.sax.SAXParseException as e:
    print(str(e).replace(name, 'FILE'), e.getSystemId() == name)
with open(name, 'wb') as fh:
    fh.write(b'<a><b>fine</b></a>')
xml.sax.parse(name, H())
with open(name, 'rb') as fh:
    xml.sax.parse(fh, handler.ContentHandler())
    print(fh.closed)
os.remove(name)
print(xml.sax.default_parser_list)
print(issubclass(xml.sax.SAXParseException, xml.sax.SAXException),
      issubclass(xml.sax.SAXReaderNotAvailable, xml.sax.SAXNotSupportedException))
ns_attrs = xmlreader.AttributesNSImpl({('u', 'a'): '1'}, {('u', 'a'): 'p:a'})
print(ns_attrs.getValueByQName('p:a'), ns_attrs.getNameByQName('p:a'), ns_attrs.getQNames(),
      ns_attrs.copy().items())
try:
    ns_attrs.getValueByQName('zz')
except KeyError as e:
    print('KeyError', e)
