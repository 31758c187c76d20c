# xml.parsers.expat: handlers, attributes, namespaces, incremental input, encodings.
import io
import xml.parsers.expat as expat
from xml.parsers.expat import errors, model

HANDLERS = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler',
            'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
            'ProcessingInstructionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler',
            'EndDoctypeDeclHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler',
            'EntityDeclHandler']


def make(ns=None, **settings):
    p = expat.ParserCreate(namespace_separator=ns)
    for k, v in settings.items():
        setattr(p, k, v)
    for h in HANDLERS:
        setattr(p, h, (lambda h: lambda *a: print('  ', h[:-7], a))(h))
    return p


def run(doc, ns=None, chunks=None, **settings):
    print(repr(doc)[:70], ns, settings)
    p = make(ns, **settings)
    try:
        if chunks is not None:
            for c in chunks:
                p.Parse(c, False)
            p.Parse(b'' if isinstance(doc, bytes) else '', True)
        else:
            print('  ->', p.Parse(doc, True))
    except expat.ExpatError as e:
        print('  ERR', e)


run("<?xml version='1.0' encoding='utf-8' standalone='no'?><a>x\ny&amp;z&#65;"
    "<![CDATA[c\nd]]>\r\nq</a>")
run("<a>x\ny&amp;z&#65;<![CDATA[c\nd]]>\r\nq</a>", buffer_text=True)
run("<a b='x&#10;y\n\tz&lt;' c=\"'\"/>", ordered_attributes=True)
run("<a b='x&#10;y\n\tz&lt;' c=\"'\" d=''/>")
run("<x:a xmlns:x='u1' xmlns='u2' y='1' x:z='2'><b xmlns=''><c/></b></x:a>", ns='}')
run("<x:a xmlns:x='u1' xmlns='u2' y='1' x:z='2'><b xmlns=''><c/></b></x:a>", ns=' ')
run("<x:a xmlns:x='u1' xml:lang='en'/>", ns='|')
run("<x:a xmlns:x='u1'/>")
run("<!DOCTYPE a PUBLIC 'pub' 'sys' [<!ENTITY e 'v&amp;'><!ELEMENT a ANY>"
    "<!-- c --><?pi x?>]><a>&e;</a><!--after--><?p d?>")
run("<!DOCTYPE a SYSTEM 'sys'><a>&e;</a>")
run("<!DOCTYPE a [<!ENTITY e1 'one'><!ENTITY e2 '&e1;-two'>]><a t='&e2;'>&e2;</a>")
run("<!DOCTYPE a><a/>")
run("<a>abc</a>", chunks=["<a>a", "b", "c</", "a>"])
run("<root><item n='1'>one</item><item n='2'>two</item></root>",
    chunks=["<ro", "ot><it", "em n='", "1'>o", "ne</item><item n='2'>two</item></root>"])
run(b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>")
run(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>",
    chunks=[b"<?xml version='1.0' enc", b"oding='iso-8859-1'?><a>\xe9</a>"])
run(b"<a>\xc3\xa9\xe2\x82\xac</a>", chunks=[b"<a>\xc3", b"\xa9\xe2", b"\x82\xac</a>"])
run(b"\xef\xbb\xbf<a>\xc3\xa9</a>")
run("<a>\xe9</a>".encode('utf-16'))
run("<a>\xe9</a>".encode('utf-16-be'))
run("<a><!----><?p?></a>")
run("<a>&#x10FFFF;&#x41;&#65;</a>")
run("<a>]</a>")
run("<a>x]]y]</a>", buffer_text=True)
run("\ufeff<a/>")
run("<a>\r\rb\r</a>", chunks=["<a>\r", "\rb\r", "</a>"])

# buffer_text can be switched at any time; buffer_size and buffer_used
p = expat.ParserCreate()
out = []
p.CharacterDataHandler = out.append
p.buffer_text = True
print(p.buffer_text, p.buffer_size, p.buffer_used)
p.Parse('<a>one\ntwo', False)
p.buffer_text = False
p.Parse('three</a>', True)
print(out)

# ParseFile with bytes and text streams
for stream in (io.BytesIO(b'<a><b>1</b><b>2</b></a>'),):
    p = expat.ParserCreate()
    seen = []
    p.StartElementHandler = lambda name, attrs: seen.append(name)
    p.CharacterDataHandler = seen.append
    print(p.ParseFile(stream), seen)
try:
    expat.ParserCreate().ParseFile(42)
except TypeError as e:
    print(type(e).__name__, e)

# Positions seen from inside handlers
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: print(
    'start', name, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.EndElementHandler = lambda name: print(
    'end', name, p.CurrentLineNumber, p.CurrentColumnNumber)
p.Parse('<a>\n  <b/>\n <c>x</c></a>', True)
print(p.CurrentLineNumber, p.CurrentColumnNumber)

# A handler's exception goes straight through Parse
p = expat.ParserCreate()


def boom(name, attrs):
    raise KeyError(name)


p.StartElementHandler = boom
try:
    p.Parse('<zz/>', True)
except KeyError as e:
    print('KeyError', e)

# DefaultHandler sees what no other handler takes
p = expat.ParserCreate()
got = []
p.DefaultHandler = got.append
p.StartElementHandler = lambda n, a: got.append(('start', n))
p.Parse("<?xml version='1.0'?>\n<a x='1'>t<!--c--></a>", True)
print(got)
p = expat.ParserCreate()
got = []
p.DefaultHandlerExpand = got.append
p.Parse("<!DOCTYPE a SYSTEM 'x'><a>&ext;</a>", True)
print(got)
p = expat.ParserCreate()
p.SkippedEntityHandler = lambda *a: print('skipped', a)
p.Parse("<!DOCTYPE a SYSTEM 'x'><a>&ext;</a>", True)

# Module level
print(expat.EXPAT_VERSION, expat.version_info, expat.native_encoding)
print(expat.error is expat.ExpatError, issubclass(expat.ExpatError, Exception))
print(expat.ErrorString(7), expat.ErrorString(3), expat.ErrorString(999))
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes['mismatched tag'], errors.messages[9])
print(len(errors.messages), sorted(errors.codes.values()) == list(range(1, 44)))
print(model.XML_CTYPE_ANY, model.XML_CQUANT_NONE, model.XML_CTYPE_SEQ, model.XML_CQUANT_PLUS)
print(expat.XML_PARAM_ENTITY_PARSING_NEVER, expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
p = expat.ParserCreate()
print(p.ordered_attributes, p.specified_attributes, p.namespace_prefixes,
      p.buffer_text, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
print(type(p).__name__ if False else 'ok', p.StartElementHandler, p.intern)
for bad in [dict(namespace_separator='ab'), dict(namespace_separator=1), dict(encoding=3)]:
    try:
        expat.ParserCreate(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    expat.ParserCreate().Parse(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    expat.ParserCreate().ParseFile(io.StringIO('<a/>'))
except TypeError as e:
    print(type(e).__name__, e)

# Reparse deferral: a partial token waits until enough new text arrives
for enabled in (True, False):
    p = expat.ParserCreate()
    p.SetReparseDeferralEnabled(enabled)
    print(p.GetReparseDeferralEnabled())
    p.StartElementHandler = lambda n, a: print('  start', n, a)
    p.CharacterDataHandler = lambda d: print('  data', repr(d))
    for piece in ["<ro", "ot><it", "em n='", "1'>o", "ne</item>", "</root>"]:
        print(' feed', repr(piece))
        p.Parse(piece, False)
    p.Parse('', True)

# A document type declaration fed in pieces, internal subset included
p = make()
doc = ("<?xml version='1.0'?>\n<!DOCTYPE note SYSTEM 'note.dtd' [\n  <!ENTITY writer 'Ann'>\n"
       "  <!ELEMENT note (#PCDATA)>\n  <!ATTLIST note id CDATA #IMPLIED>\n  <!-- in dtd -->\n"
       "  %pe;\n]>\n<note id='1'>&writer; &unknown;</note>")
for k in range(0, len(doc), 9):
    p.Parse(doc[k:k + 9], False)
p.Parse('', True)

# Byte offsets count UTF-8 bytes
for data in ['<a>\xe9\u20ac<b/>x</a>', '<a>\xe9</b>']:
    p = expat.ParserCreate()
    p.StartElementHandler = lambda n, a: print('start', n, p.CurrentByteIndex, p.CurrentColumnNumber)
    p.EndElementHandler = lambda n: print('end', n, p.CurrentByteIndex)
    try:
        p.Parse(data[:5], False); p.Parse(data[5:], True)
    except expat.ExpatError as e:
        print(e, p.ErrorByteIndex, p.CurrentByteIndex)
    print(p.CurrentByteIndex)
