# xml.parsers.expat: error messages, codes and positions for malformed documents.
import xml.parsers.expat as expat

CASES = [
    "<a></b>", "<a>", "", "   ", "<a/><b/>", "<a/>x", "<a>&foo;</a>", "<a>&</a>",
    "<a b='1' b='2'/>", "<a b=1/>", "<a><!-- x</a>", "<a><![CDATA[x</a>", "<a", "<a b='x",
    "<1a/>", "<a>\x01</a>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&#xFFFE;</a>",
    " <?xml version='1.0'?><a/>", "<a>\n<b>\n</c></a>", "<a>\xe9</b>", "<a x='<'/>",
    "<a>]]></a>", "<a>< b/></a>", "<a><?xml x?></a>", "<a><!-- a -- b --></a>",
    "<p:a/>", "<a xmlns:p=''/>", "x", "<a>x</a", "<a></a b>", "<a/ >",
    "<a b='1'c='2'/>", "<?xml?><a/>", "<a>\r\n</a>x", "<a b='&foo;'/>", "<a>&#x41</a>",
    "<a>&#xZZ;</a>", "<a>&#65x;</a>", "<a>& b</a>", "\n\n  <a>\n  </a>\n  <b/>",
    "<a></a><!-- ok --><?pi ok?>junk", "<a>\x00</a>", "<a b='1' / >", "<a b>",
    "<a b='1' c>", "<a =''>", "<!DOCTYPE a><!DOCTYPE a><a/>", "<a><!DOCTYPE a></a>",
    "<a><![CDATA[x]]]]></a>", "<a b='\x02'/>", "<?pi?><a/>x", "<?xml version='1.0' ?>",
    "<a></a></a>", "<a/></a>", "</a>", "<a>&#38;&#60;</a>x",
]


def show(doc, ns=None, **kw):
    p = expat.ParserCreate(namespace_separator=ns)
    try:
        p.Parse(doc, True)
        print(repr(doc), ns, 'OK')
    except expat.ExpatError as e:
        print(repr(doc), ns, '|', e, '|', e.code, e.lineno, e.offset,
              p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber,
              expat.ErrorString(e.code) == str(e).split(':')[0])


for doc in CASES:
    show(doc)
for doc in ["<p:a/>", "<a xmlns:p=''/>", "<a p:b='1'/>", "<a xmlns:p='u' p:b='1' b='2'/>",
            "<a xmlns:p='u' xmlns:q='u' p:b='1' q:b='2'/>"]:
    show(doc, '}')

try:
    expat.ParserCreate().Parse('<a>\ud800</a>', True)
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# The same errors when the document arrives in pieces
for pieces in [["<a>", "</b>"], ["<a", "></a", ">", "x"], ["<a>&fo", "o;</a>"],
               ["<a>\n", "<b>\n", "</c>"], ["<!-- unclosed"], ["<a b='1", "'/>", "<"]]:
    p = expat.ParserCreate()
    try:
        for piece in pieces:
            p.Parse(piece, False)
        p.Parse('', True)
        print(pieces, 'OK')
    except expat.ExpatError as e:
        print(pieces, '|', e, e.code)

# Bytes that do not decode are invalid tokens
for data in [b"<a>\xe9</a>", b"<a>ok</a>\xff", b"<a>\xc3</a>"]:
    p = expat.ParserCreate()
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        print(data, '|', e, e.code)

# Once an error is reported the parser stays failed
p = expat.ParserCreate()
try:
    p.Parse('<a></b>', True)
except expat.ExpatError as e:
    print(type(e).__name__, e)
try:
    p.Parse('<a/>', True)
except expat.ExpatError as e:
    print(type(e).__name__, e.code)
p = expat.ParserCreate()
p.Parse('<a/>', True)
try:
    p.Parse('<b/>', True)
except expat.ExpatError as e:
    print(type(e).__name__, e, e.code)
