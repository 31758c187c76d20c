# xml.etree.ElementTree: the Element API, building trees and serialising them.
import copy
import io
import re
import sys
import warnings
import xml.etree.ElementTree as ET


def r(obj):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj))


def t(f):
    try:
        print(r(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)


e = ET.Element('a', {'x': '1'}, y='2')
print(r(e), e.tag, e.attrib, e.text, e.tail, len(e))
t(lambda: e.append(1))
t(lambda: e.extend([1]))
t(lambda: e.insert(0, 'x'))
t(lambda: e.remove(ET.Element('z')))
t(lambda: e[3])
t(lambda: ET.Element('a', 'b'))
t(lambda: ET.Element())
t(lambda: ET.SubElement(e, 'b', 'c'))
t(lambda: ET.SubElement(1, 'b'))
t(lambda: e.__setitem__(0, 1))
t(lambda: ET.iselement(e))
t(lambda: ET.iselement('e'))
t(lambda: e.get('zz', 5))
t(lambda: e.get('x'))
t(lambda: e.keys())
t(lambda: e.items())
t(lambda: e[0:1])
t(lambda: e.makeelement('q', {'a': 'b'}))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(e))
    print(w[0].category.__name__, w[0].message)

b = ET.SubElement(e, 'b', {'k': 'v'}, n='1')
c = ET.SubElement(e, 'c')
d = ET.Element('d')
e.insert(1, d)
print([x.tag for x in e], e[0].attrib, e[-1].tag, [x.tag for x in e[1:]])
e.set('z', '3')
print(e.keys(), e.items())
e[1] = ET.Element('dd')
print([x.tag for x in e])
e[0:2] = [ET.Element('s1'), ET.Element('s2'), ET.Element('s3')]
print([x.tag for x in e])
del e[0]
del e[-1]
print([x.tag for x in e])
e.extend([ET.Element('e1'), ET.Element('e2')])
e.remove(e[0])
print([x.tag for x in e], len(e))
e2 = copy.copy(e)
e3 = copy.deepcopy(e)
e.append(ET.Element('new'))
print(len(e), len(e2), len(e3), e2[0] is e[0], e3[0] is e[0], e3.attrib == e.attrib)
e.clear()
print(e.attrib, len(e), e.text, e.tail)

# iteration
root = ET.fromstring('<r>a<x>b<y>c</y>d</x>e<y>f</y>g<!--no--></r>')
print([el.tag for el in root.iter()][:4], [el.tag for el in root.iter('y')],
      len(list(root.iter('*'))))
print(list(root.itertext()), list(root[0].itertext()))
print([(el.text, el.tail) for el in root])

# Comment, PI, QName
cm = ET.Comment('hi')
pi = ET.PI('target', 'some data')
print(cm.tag is ET.Comment, pi.tag is ET.ProcessingInstruction, ET.PI is ET.ProcessingInstruction)
print(cm.text, pi.text, ET.PI('t').text)
q = ET.QName('{u}a')
q2 = ET.QName('u', 'a')
print(r(q), str(q2), q.text, q == q2, q == '{u}a', q < ET.QName('{u}b'), hash(q) == hash('{u}a'))
print(r(ET.QName('a', 'b')), ET.QName('a', None).text)

# tostring variants
e = ET.fromstring('<a x="1" y="&lt;&quot;&#10;"><b>t&amp;</b>tail<c/><!--c--><?pi d?></a>')
for kw in [{}, dict(encoding='unicode'), dict(encoding='us-ascii'), dict(encoding='utf-8'),
           dict(encoding='UTF-8'), dict(encoding='latin-1'), dict(encoding='utf-16'),
           dict(method='html'), dict(method='text'), dict(method='text', encoding='unicode'),
           dict(short_empty_elements=False), dict(xml_declaration=True, encoding='unicode'),
           dict(xml_declaration=True), dict(xml_declaration=False, encoding='latin-1')]:
    print(kw, r(ET.tostring(e, **kw)))
print(ET.tostringlist(e))
t(lambda: ET.tostring(e, method='foo'))
t(lambda: ET.tostring(e, encoding='bogus'))
t(lambda: ET.tostring(ET.Element('a', x=1)))
t(lambda: ET.tostring(ET.Element(1)))
t(lambda: ET.tostring(ET.PI('t', 'x y')))
t(lambda: ET.tostring(ET.Comment()))
t(lambda: ET.tostring(ET.Element(None)))
x = ET.Element(None)
x.text = 'a<'
ET.SubElement(x, 'b').tail = 't'
t(lambda: ET.tostring(x))
x = ET.Element('p')
x.text = 'caf\xe9 \u20ac \U0001f600'
t(lambda: ET.tostring(x))
t(lambda: ET.tostring(x, encoding='unicode'))
t(lambda: ET.tostring(x, encoding='utf-8'))
t(lambda: ET.tostring(x, encoding='latin-1'))

# namespaces
ET.register_namespace('my', 'urn:mine')
rt = ET.Element('{u}root', {'{v}a': '1'})
ET.SubElement(rt, '{u}x').text = '\xe9\n\r\t<>&"'
ET.SubElement(rt, 'y', z='"\n\t\r<>')
ET.SubElement(rt, '{urn:mine}m')
ET.SubElement(rt, '{http://www.w3.org/XML/1998/namespace}lang')
ET.SubElement(rt, ET.QName('{u}qn'), {ET.QName('{v}qa'): ET.QName('{u}val')})
print(ET.tostring(rt))
t(lambda: ET.tostring(rt, default_namespace='u'))
rt2 = ET.Element('{u}root')
ET.SubElement(rt2, '{u}child').set('{w}k', 'v')
print(ET.tostring(rt2, default_namespace='u'))
print(ET.tostring(ET.Element('{http://www.w3.org/1999/xhtml}html')))
t(lambda: ET.register_namespace('ns3', 'x'))

# html method
h = ET.fromstring('<html><head><style>a>b</style></head><body><p class="&lt;&amp;">x&lt;</p>'
                  '<br/><script>if (a &lt; b) {}</script><img src="a.png"/><div/>'
                  '<!--c--></body></html>')
print(ET.tostring(h, method='html'))
print(ET.tostring(h, method='html', encoding='unicode'))

# indent and dump
doc = ET.fromstring('<a><b><c>text</c><d/></b><e>  </e><f>x<g/>y</f></a>')
ET.indent(doc)
print(ET.tostring(doc, encoding='unicode'))
ET.indent(doc, space='\t', level=1)
print(repr(ET.tostring(doc, encoding='unicode')))
tree = ET.ElementTree(ET.fromstring('<a><b/></a>'))
ET.indent(tree, space=' ')
ET.dump(tree)
ET.dump(ET.Element('solo'))
t(lambda: ET.indent(doc, level=-1))
single = ET.Element('s')
ET.indent(single)
print(ET.tostring(single))

# ElementTree.write
tree = ET.ElementTree(ET.fromstring('<a><b>\xe9</b></a>'))
for kw in [{}, dict(encoding='utf-8'), dict(encoding='utf-8', xml_declaration=True),
           dict(encoding='iso-8859-1'), dict(method='text', encoding='utf-8'),
           dict(encoding='utf-8', short_empty_elements=False)]:
    buf = io.BytesIO()
    tree.write(buf, **kw)
    print(kw, buf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding='unicode', xml_declaration=True)
print(repr(sbuf.getvalue()))
print(r(tree.getroot()), tree.find('b').text, tree.findtext('b'), len(tree.findall('b')))
print([el.tag for el in tree.iter()], [el.tag for el in tree.iterfind('b')])
t(lambda: ET.ElementTree().getroot())
print(ET.VERSION, ET.XMLParser().version)
print(sorted(ET.__all__))

# attrib as a keyword, and pickling
print(ET.Element('a', attrib={'x': '1'}, y='2').attrib)
print(ET.SubElement(ET.Element('r'), 'b', attrib={'k': 'v'}).attrib)
import pickle
pe = ET.fromstring('<a k="v">x<b>y</b>t</a>')
pe.tail = 'after'
pe2 = pickle.loads(pickle.dumps(pe))
print(pe2.tag, pe2.attrib, pe2.text, pe2.tail, ET.tostring(pe2), type(pe2).__name__)
