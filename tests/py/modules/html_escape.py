# html.escape / html.unescape and the html.entities tables.
import html
import html.entities as ent

print(html.__all__, sorted(ent.__all__))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(html.escape(''), html.escape('&amp;'))

print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(list(ent.html5.items())[:6])
print(list(ent.html5.items())[-4:])
print(list(ent.name2codepoint.items())[:5], list(ent.codepoint2name.items())[-3:])
print(list(ent.entitydefs.items())[:3], ent.entitydefs['nbsp'] == '\xa0')
print(ent.html5['amp;'], ent.html5['amp'], ent.html5['NotEqualTilde;'], ascii(ent.html5['fjlig;']))

cases = [
    'plain', '&amp;', '&amp', '&ampx', '&amp;x', '&notit;', '&notin;', '&noti',
    '&lt;b&gt;', '&LT', '&quot;&QUOT&#39;&#x27;', '&unknown;', '&unknown', '& amp;',
    '&#65;&#x41;&#X41;&#65&#x41', '&#0;', '&#13;', '&#128;&#x81;&#x9f;', '&#1;&#11;&#127;',
    '&#xd800;&#xdfff;', '&#x110000;', '&#99999999999999999;', '&#xfdd0;&#xfffe;&#x10ffff;',
    '&#x1fffe;&#xfffd;', '&#', '&#x', '&#;', '&#xg;', '&', '&&amp;', 'a&b;c',
    '&' + 'a' * 40 + ';', '&aacute&Aacute;&aacutex', '&copy2024', '&nbsp;&nbspx',
    '&CounterClockwiseContourIntegral;', '&ThickSpace;', '&#x1F600;',
]
for c in cases:
    print(ascii(c), ascii(html.unescape(c)))

# Every numeric reference in the interesting ranges.
out = []
for n in list(range(0, 0x100)) + list(range(0xfdc0, 0xfe00)) + [0xfffe, 0xffff, 0x10000, 0x2fffe, 0x10fffe]:
    out.append(html.unescape('&#%d;' % n))
print(ascii(''.join(out)))
# All html5 names round-trip.
bad = [k for k, v in ent.html5.items() if html.unescape('&' + k) != v]
print('html5 mismatches:', bad)
for name in ['amp', 'lt', 'gt', 'quot', 'apos', 'nbsp']:
    print(name, ascii(html.unescape(html.escape('&%s;' % name))))
try:
    html.unescape(None)
except TypeError as e:
    print(type(e).__name__)
