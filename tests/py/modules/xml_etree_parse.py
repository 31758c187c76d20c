# xml.etree.ElementTree: parsing, TreeBuilder, XMLParser targets, iterparse, pull parsing.
import io
import os
import re
import xml.etree.ElementTree as ET


def r(obj):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj))


def t(f):
    try:
        print(r(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)


root = ET.fromstring('<r a="1"><x>t</x>tail<y b="2"/></r>')
print(root.tag, root.attrib, root[0].text, root[0].tail, root[1].attrib)
root = ET.XML(b'<?xml version="1.0" encoding="latin-1"?><r>\xe9</r>')
print(root.text)
root = ET.fromstringlist(['<r>', '<s>1</s>', '</r>'])
print(ET.tostring(root))
tree, ids = ET.XMLID('<r id="top"><a id="x"/><b><c id="y"/></b><d/></r>')
print(tree.tag, sorted(ids), ids['y'].tag)
ns = ET.fromstring('<p:a xmlns:p="urn:p" xmlns="urn:d"><b p:c="1" d="2"/></p:a>')
print(ns.tag, ns[0].tag, ns[0].attrib)
print(ET.fromstring('<a><!--c--><?p x?>t</a>').text, len(ET.fromstring('<a><!--c--></a>')))

for bad in ['', 'a', '<a><b></a>', '<a>&foo;</a>', '<a b="&foo;"/>', '<a>', '<a/><b/>',
            '<!DOCTYPE a SYSTEM "x"><a>&foo;</a>', '<a>\n\n <b c="1" c="2"/></a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as ex:
        print(type(ex).__name__, ex, ex.position, ex.code, isinstance(ex, SyntaxError))

# user entities via XMLParser.entity, used when a DTD may declare them
p = ET.XMLParser()
p.entity['foo'] = 'BAR'
p.feed('<!DOCTYPE a SYSTEM "x"><a>x&foo;y</a>')
print(p.close().text)
p = ET.XMLParser()
p.entity['foo'] = 'BAR'
try:
    p.feed('<a>x&foo;y</a>')
except ET.ParseError as ex:
    print(type(ex).__name__, ex)
print(ET.fromstring('<!DOCTYPE a [<!ENTITY e "ent">]><a>[&e;]</a>').text)


# custom targets
class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))

    def end(self, tag):
        self.log.append(('end', tag))

    def data(self, text):
        self.log.append(('data', text))

    def comment(self, text):
        self.log.append(('comment', text))

    def pi(self, target, data):
        self.log.append(('pi', target, data))

    def start_ns(self, prefix, uri):
        self.log.append(('start-ns', prefix, uri))

    def end_ns(self, prefix):
        self.log.append(('end-ns', prefix))

    def doctype(self, name, pubid, system):
        self.log.append(('doctype', name, pubid, system))

    def close(self):
        return self.log


p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE r PUBLIC "-//P" "s.dtd"><r xmlns="urn:d" xmlns:q="urn:q">')
p.feed('a&amp;b<q:s q:k="v"/><!--com--><?tgt dat?>\n</r>')
for item in p.close():
    print(item)


class Minimal:
    def start(self, tag, attrib):
        print('start', tag)


p = ET.XMLParser(target=Minimal())
p.feed('<a><b>text</b></a>')
print(p.close())

# TreeBuilder directly
tb = ET.TreeBuilder()
tb.start('root', {'k': 'v'})
tb.data('te')
tb.data('xt')
tb.start('child', {})
tb.end('child')
tb.data('tail')
print(r(tb.comment('c1')), r(tb.pi('p', 'd')))
tb.end('root')
print(ET.tostring(tb.close()))
print(ET.TreeBuilder().close())
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tb.start('root', {})
tb.comment('hello')
tb.pi('target', 'text')
tb.data('after')
tb.end('root')
print(ET.tostring(tb.close()))


class MyElement(ET.Element):
    pass


tb = ET.TreeBuilder(element_factory=MyElement)
root = ET.fromstring('<a><b/></a>', parser=ET.XMLParser(target=tb))
print(type(root).__name__, type(root[0]).__name__)
tb = ET.TreeBuilder(comment_factory=lambda text: ET.Comment(text.upper()),
                    pi_factory=lambda tg, d: ET.PI(tg.upper(), d),
                    insert_comments=True, insert_pis=True)
print(ET.tostring(ET.fromstring('<a><!--x--><?y z?></a>', parser=ET.XMLParser(target=tb))))

# parse() and iterparse() on files
name = '/tmp/xml_etree_parse_%d.xml' % os.getpid()
with open(name, 'wb') as f:
    f.write(b'<?xml version="1.0"?>\n<root xmlns:n="urn:n"><n:item id="1">one</n:item>'
            b'<!--note--><item id="2">two<?pi data?></item></root>')
tree = ET.parse(name)
print(tree.getroot().tag, [el.get('id') for el in tree.iter() if el.get('id')])
with open(name, 'rb') as f:
    print(ET.parse(f).getroot()[1].text)
tree = ET.ElementTree()
print(tree.parse(name).tag, tree.getroot().tag)
tree = ET.ElementTree(file=name)
print(len(tree.getroot()))
for events in [None, ('start', 'end'), ('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')]:
    it = ET.iterparse(name, events)
    print(events, it.root)
    for event, item in it:
        if isinstance(item, ET.Element):
            item = (item.tag if isinstance(item.tag, str) else item.tag.__name__, item.text)
        print(' ', event, item)
    print(' root', it.root.tag)
with open(name, 'rb') as f:
    print([(ev, el.tag) for ev, el in ET.iterparse(f)])
t(lambda: ET.iterparse(name, events=('bad',)))
tree.write(name, encoding='utf-8', xml_declaration=True)
with open(name, 'rb') as f:
    print(f.read())
tree.write(name, encoding='unicode')
with open(name) as f:
    print(f.read())
with open(name, 'w') as f:
    f.write('<a><b></a>')
try:
    for ev in ET.iterparse(name):
        print(ev[0])
except ET.ParseError as ex:
    print(type(ex).__name__, ex)
os.remove(name)

# XMLPullParser
pp = ET.XMLPullParser(events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'))
for piece in ['<root xmlns="urn:x"', '><a>1</a', '><!--c--><?p q?><b/>', '</root>']:
    pp.feed(piece)
    print(repr(piece), [(ev, getattr(el.tag, '__name__', el.tag) if isinstance(el, ET.Element)
                         else el) for ev, el in pp.read_events()])
pp.close()
print(list(pp.read_events()))
pp = ET.XMLPullParser()
pp.feed('<a><b/>')
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed('</a>')
pp.flush()
pp.close()
print([(ev, el.tag) for ev, el in pp.read_events()])
t(lambda: ET.XMLPullParser(events=('bad',)))
pp = ET.XMLPullParser()
pp.feed('<a></b>')
try:
    list(pp.read_events())
except ET.ParseError as ex:
    print(type(ex).__name__, ex)
pp = ET.XMLPullParser(events=['start'])
pp.feed(b'<a><b>')
print([el.tag for ev, el in pp.read_events()])

# writing bytes to text streams (and text to byte streams) fails as in CPython
e = ET.fromstring('<a>\xe9</a>')
for enc in ['utf-8', 'us-ascii', None]:
    s = io.StringIO()
    try:
        ET.ElementTree(e).write(s, encoding=enc)
        print(repr(s.getvalue()))
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    ET.ElementTree(e).write(io.BytesIO(), encoding='unicode')
except TypeError as ex:
    print(type(ex).__name__, ex)
p = ET.XMLParser()
p.feed('<a/>')
p.close()
for step in (lambda: p.feed('<b/>'), p.close):
    try:
        step()
    except ET.ParseError as ex:
        print(type(ex).__name__, ex, ex.code)
