# xml.parsers.expat: internal entities whose replacement text holds markup.
import xml.parsers.expat as E
import xml.etree.ElementTree as ET
docs = ['<!DOCTYPE a [<!ENTITY e "<b>x</b>y">]><a>&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "<b>x&amp;&#38;&#60;z</b>\ny">]><a>1&e;2&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "</a>">]><a>&e;',
        '<!DOCTYPE a [<!ENTITY e "&f;"><!ENTITY f "&e;">]><a>&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "<b>&g;</b>"><!ENTITY g "<c/>">]>\n<a>\n &e;</a>',
        '<!DOCTYPE a [<!ENTITY e "<b attr=\'&g;\'/>"><!ENTITY g "G">]><a>&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "x <!-- c --> <?p d?>">]><a>&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "<b></c>">]><a>&e;</a>',
        '<!DOCTYPE a [<!ENTITY e "&undefined;">]><a>&e;</a>',
        ]
for d in docs:
    p = E.ParserCreate()
    p.StartElementHandler = lambda n, a: print('  start', n, a, p.CurrentLineNumber, p.CurrentColumnNumber)
    p.EndElementHandler = lambda n: print('  end', n)
    p.CharacterDataHandler = lambda t: print('  data', repr(t))
    p.CommentHandler = lambda t: print('  comment', repr(t))
    p.ProcessingInstructionHandler = lambda t, d: print('  pi', t, d)
    print(repr(d))
    try:
        p.Parse(d, True)
    except E.ExpatError as e:
        print('  ERR', e, e.code)
    try:
        print('  ET', ET.tostring(ET.fromstring(d)))
    except ET.ParseError as e:
        print('  ET ERR', e)

# Notation and unparsed entity declarations, through expat and SAX
doc = "<!DOCTYPE r [<!NOTATION gif SYSTEM 'image/gif'><!NOTATION png PUBLIC '-//PNG'><!NOTATION jp PUBLIC 'p' 's'><!ENTITY pic SYSTEM 'a.gif' NDATA gif><!ELEMENT r ANY>]><r/>"
p = E.ParserCreate()
p.NotationDeclHandler = lambda *a: print('notation', a)
p.UnparsedEntityDeclHandler = lambda *a: print('unparsed', a)
p.Parse(doc, True)
p = E.ParserCreate()
p.EntityDeclHandler = lambda *a: print('entity', a)
p.Parse(doc, True)
import xml.sax, xml.sax.handler as H
import io


class D(H.DTDHandler):
    def notationDecl(self, *a):
        print('sax notation', a)

    def unparsedEntityDecl(self, *a):
        print('sax unparsed', a)


pr = xml.sax.make_parser()
pr.setDTDHandler(D())
pr.parse(io.BytesIO(doc.encode()))
