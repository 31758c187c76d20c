# xml.etree.ElementTree.canonicalize: C14N 2.0 output and its options.
import xml.etree.ElementTree as ET
docs = [
 '<?xml version="1.0"?><!DOCTYPE a><?pi before?><!--c0--><a  z="1" b=\'2\' a="&lt;&#9;&#10;&#13;&quot;&gt;">t&gt;&#13;x<e/><!--in--><?p  d ?></a><!--after--><?pi after?>',
 '<a xmlns="urn:d" xmlns:p="urn:p" xmlns:unused="urn:u" p:z="1" y="2" xmlns:b="urn:b" b:a="3"><p:c xmlns:p="urn:p"><d xmlns="urn:d" p:q="x"/></p:c><e xmlns=""/></a>',
 '<a xmlns:x="urn:x"><b xmlns:y="urn:y"><x:c/><y:d/></b></a>',
 '<a>  <b>  text  </b>\n  <c/>  </a>',
 '<a xmlns:q="urn:q" t="q:v"><q:b>q:text</q:b><c>q:zz</c></a>',
 '<r xml:lang="en" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="x"/>',
 '<a><![CDATA[<cdata> & ]]></a>',
]
for d in docs:
    print(repr(ET.canonicalize(d)))
    print(repr(ET.canonicalize(d, with_comments=True)))
    print(repr(ET.canonicalize(d, strip_text=True)))
    print(repr(ET.canonicalize(d, rewrite_prefixes=True)))
print(repr(ET.canonicalize(docs[4], qname_aware_tags=['b'], qname_aware_attrs=['t'])))
print(repr(ET.canonicalize(docs[4], qname_aware_tags=['b'], qname_aware_attrs=['t'], rewrite_prefixes=True)))
print(repr(ET.canonicalize(docs[0], exclude_attrs=['z'], exclude_tags=['e'])))
print(repr(ET.canonicalize(docs[1], exclude_tags=['{urn:p}c'])))
import io
out = io.StringIO(); print(ET.canonicalize(docs[2], out=out), repr(out.getvalue()))
try: ET.canonicalize()
except Exception as e: print(type(e).__name__, e)
try: ET.canonicalize('<a/>', from_file='x')
except Exception as e: print(type(e).__name__, e)
t = ET.ElementTree(ET.fromstring('<a b="1"><c/></a>'))
b = io.BytesIO()
try: t.write(b, method='c14n'); print(b.getvalue())
except Exception as e: print(type(e).__name__, e)
for d, kw in [('<a xmlns:q="urn:q" t="z:v"/>', dict(qname_aware_attrs=['t'])),
              ('<a xmlns="urn:d" t="v"><q>txt</q></a>', dict(qname_aware_attrs=['t'], qname_aware_tags=['{urn:d}q'])),
              ('<a xmlns:q="urn:q"><b>q:x</b><c><b>q:y</b></c></a>', dict(qname_aware_tags=['b'])),
              ('<a xmlns:q="urn:q"><b>q:x</b><c><b>q:y</b></c></a>', dict(qname_aware_tags=['b'], rewrite_prefixes=True)),
              ('<a xmlns:q="urn:q"><b> q:x <i/></b></a>', dict(qname_aware_tags=['b'])),
              ('<a><b>zz:x</b></a>', dict(qname_aware_tags=['b'])),
              ('<a xml:space="preserve">  x  <b xml:space="default"> y </b><c> z </c></a>', dict(strip_text=True)),
              ('<a>&#233;\u20ac</a>', {}),
              ('<a><?p?><?q  r  s ?></a>', {}),
              ]:
    try: print(repr(ET.canonicalize(d, **kw)))
    except Exception as e: print(type(e).__name__, e)
import os
name = '/tmp/c14n_%d.xml' % os.getpid()
with open(name, 'w') as f: f.write('<r><x b="2" a="1"/></r>')
print(ET.canonicalize(from_file=name))
out = io.StringIO(); print(ET.canonicalize(from_file=name, out=out), out.getvalue())
os.remove(name)
