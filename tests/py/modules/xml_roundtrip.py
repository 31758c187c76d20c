# Round trips: the same documents through minidom and ElementTree serialisers.
import xml.etree.ElementTree as ET
from xml.dom import minidom
docs = [
 "<?xml version='1.0' encoding='utf-8'?><!--top--><?pi x?><!DOCTYPE r [<!ENTITY e 'ent'>]><r a='1' b=\"2\"><x:c xmlns:x='u'>t&amp;&e;&#65;<![CDATA[cd]]></x:c><!--com--><?pi data?>\n<d/></r><!--end-->",
 "<a><b c='1'>text</b><b/>tail</a>",
 "<p:a xmlns:p='urn:p' xmlns='urn:d'><b p:x='1' y='2'/><p:c>  </p:c>\n\n</p:a>",
 "<?xml version='1.0' standalone='yes'?><r>\n <i n='1'>x</i>\n <i n='2'>y<j/>z</i>\n</r>",
 "<r xml:lang='en'><![CDATA[a]]><![CDATA[b]]>c</r>",
]
for d in docs:
    dom = minidom.parseString(d)
    print(repr(dom.toxml()))
    print(repr(dom.toprettyxml()))
    print(repr(dom.toprettyxml(indent='  ', newl='\r\n')))
    r = ET.fromstring(d)
    print(ET.tostring(r))
    ET.indent(r)
    print(ET.tostring(r, encoding='unicode'))
    tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
    print(ET.tostring(ET.fromstring(d, ET.XMLParser(target=tb))))
