# xml.etree.ElementTree: the XPath subset of find/findall/findtext/iterfind.
import warnings
import xml.etree.ElementTree as ET
from xml.etree import ElementPath

root = ET.fromstring(
    '<r><a id="1" k="x">t1<b>bt</b><c/></a><a id="2"><b>b2</b></a>'
    '<x:q xmlns:x="urn:x"><b/></x:q><d>  </d><a><b><a id="3"><b>deep</b></a></b></a>'
    '<e n="1"/><e n="2"/><e/><e n="3"/></r>')


def desc(e):
    return e.tag + ('#' + e.get('id') if e.get('id') else '') + \
        ('@' + e.get('n') if e.get('n') else '')


PATHS = [
    'a', './a', 'a/b', '*', '*/b', './/b', '//b', '/a', 'a[@id]', "a[@id='2']",
    'a[@id="2"]', "a[@id!='2']", 'a[b]', "a[b='b2']", "a[b!='b2']", "a/b[.='bt']",
    "a/b[.!='bt']", 'a[1]', 'a[2]', 'a[0]', 'a[last()]', 'a[last()-1]', 'a[3]', '.',
    '..', 'a/..', '{urn:x}q', '{*}q', '{}a', '{*}b', 'x:q', '@id', 'a/@id', 'a[@id=2]',
    'a[text()]', 'a[-1]', 'a[last()+1]', 'a[position()]', '', 'a//', 'a/', './/',
    '{urn:x}*', '{}*', 'a[@k="x"][@id="1"]', 'b', './/b/..', 'a[foo()]', "a[.='t1']",
    'a[ b ]', ' a', "a[@id = '1']", '!', 'a[@]', '*[@id]', 'a/*', 'a[b][1]', '{',
    'a[1][@id="1"]', '//', '..//b', "a[@id='1' or @id='2']", 'a/b/text()', './/a',
    './/a[@id]', './/b[.="deep"]', 'a//b', './/a/b', 'e[@n]', "e[@n!='2']", 'e[2]',
    'e[last()-2]', './/*[@id="3"]', 'a/b/a/b', './/a[1]', 'a[last()-5]', '*[d]',
    "*[.='  ']", 'e[@n][2]',
]
for p in PATHS:
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            res = root.findall(p)
        print(repr(p), [desc(e) for e in res], [str(x.message) for x in w])
    except (SyntaxError, KeyError) as ex:
        print(repr(p), type(ex).__name__, ex)

nsmap = {'x': 'urn:x', '': 'urn:d'}
doc = ET.fromstring('<r xmlns="urn:d" xmlns:x="urn:x"><q/><x:q><b/></x:q></r>')
for p in ['x:q', 'x:q/b', 'y:q', 'q', '{*}q', '{urn:d}q', '*', 'x:*']:
    try:
        print(p, [e.tag for e in doc.findall(p, nsmap)], [e.tag for e in root.findall(p, nsmap)])
    except SyntaxError as ex:
        print(p, type(ex).__name__, ex)
print(doc.find('x:q', {'x': 'urn:x'}).tag, doc.findtext('q', namespaces=nsmap) == '')

print(root.findtext('a'), repr(root.findtext('zz')), root.findtext('zz', 'dflt'),
      repr(root.findtext('a/c')), repr(root.find('zz')), root.findtext('d'))
print(root.find('a').get('id'), [e.get('id') for e in root.iterfind('a')])
print(type(root.iterfind('a')).__name__ != 'list')
print(ElementPath.findall(root, 'a/b')[0].text, ElementPath.find(root, 'd').tag,
      ElementPath.findtext(root, 'a/b'))

tree = ET.ElementTree(root)
for p in ['/a', '//b', 'a', 'a/b']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(p, len(tree.findall(p)), [str(x.message) for x in w],
              [x.category.__name__ for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(tree.find('/a').get('id'), tree.findtext('/a/b'), len(list(tree.iterfind('//a'))),
          len(w))
