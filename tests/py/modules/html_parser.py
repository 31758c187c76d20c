# html.parser.HTMLParser: callback sequences on messy HTML, chunked feeding, positions.
import html.parser as hp
import _markupbase


class Rec(hp.HTMLParser):
    def __init__(self, **kw):
        self.ev = []
        super().__init__(**kw)

    def handle_starttag(self, tag, attrs):
        self.ev.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.ev.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.ev.append(('startend', tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.ev.append(('data', data, self.getpos()))

    def handle_comment(self, data):
        self.ev.append(('comment', data))

    def handle_decl(self, data):
        self.ev.append(('decl', data))

    def handle_pi(self, data):
        self.ev.append(('pi', data))

    def handle_entityref(self, name):
        self.ev.append(('entityref', name))

    def handle_charref(self, name):
        self.ev.append(('charref', name))

    def unknown_decl(self, data):
        self.ev.append(('unknown_decl', data))


def run(src, cc=True, step=0):
    p = Rec(convert_charrefs=cc)
    try:
        if step:
            for k in range(0, len(src), step):
                p.feed(src[k:k + step])
        else:
            p.feed(src)
        before_close = len(p.ev)
        p.close()
    except AssertionError as e:
        print('  AssertionError', e)
        return
    print('  cc=%s step=%d close-added=%d pos=%s' % (cc, step, len(p.ev) - before_close, p.getpos()))
    for e in p.ev:
        print('   ', e)


DOC = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset=utf-8>
  <title>Tom &amp; Jerry &copy 2024 &#8212; &#x2014; &bogus; &</title>
  <script type="text/javascript">
    if (a < b && c > d) { document.write("<p>hi</p>"); }  // </scr + ipt>
  </script>
  <style>p > a { color: red; } /* </p> */</style >
  <?php echo "x"; ?>
</head>
<body class='main' ONCLICK="go('x')" data-x = 1 hidden>
  <!-- a comment -- with dashes -->
  <p id=p1>Para&nbsp;one<br/>line two<br>
  <img src="a.png" alt='A "quoted" alt' / >
  <a href=/x?a=1&b=2&amp;c=3 title="&lt;x&gt;">link</a >
  <![CDATA[raw <stuff>]]>
  <![if !IE]>conditional<![endif]>
  </p foo="bar">
  </>
  <!bogus decl>
  <3 is less than < four and a<b
  <input disabled checked=checked value="a'b" value2='a"b'>
  <DIV CLASS=Upper>Text</DIV>
  <unclosed attr="x
'''

print('full document')
for cc in (True, False):
    run(DOC, cc)
for step in (1, 5, 13):
    p1, p2 = Rec(), Rec()
    p1.feed(DOC)
    p1.close()
    for k in range(0, len(DOC), step):
        p2.feed(DOC[k:k + step])
    p2.close()
    # Data may be split differently; compare the merged stream.
    def merged(ev):
        out = []
        for e in ev:
            if e[0] == 'data' and out and out[-1][0] == 'data':
                out[-1] = ('data', out[-1][1] + e[1])
            else:
                out.append(e[:2] if e[0] in ('data', 'end') else e[:3])
        return out
    print('step', step, merged(p1.ev) == merged(p2.ev))

cases = [
    '<a b=1 c="2" d=\'3\' e f=>', '<a b = "1"   c=  2>', '<a b="1"c="2">', '<a b=="x">', '<a  /b=1 / c >',
    '<a b="&amp;&lt;&#65;&#x42;&unknown;&amp">', '<a B="x" b="y">', '<a b=\'"\' c="\'">',
    '<br/>', '<br />', '<br/ >', '<img src=x/>', '<a/b/c>', '<a\tb\nc>', '<a\x00b>', '<a b=x\x00y>',
    '</a>', '</ a>', '</a b>', '</a\n>', '</A>', '</>', '</ >', '</3>', '</a', '<a', '<a b="x',
    '<!-- c -->', '<!---->', '<!-- a -- >', '<!--->', '<!-- unterminated', '<!-->',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">', '<!doctype html>', '<!DOCTYPE', '<!x>', '<!>',
    '<?xml version="1.0"?>', '<?pi', '<? >', '<![CDATA[a]]>', '<![CDATA[a', '<![if x]>', '<![endif]>',
    '<![include[ x ]]>', '<![foo[x]]>', '<![',
    '&amp;&lt;&gt;', '&amp', '&ampx', '&#65;&#x41;&#65', '&#;', '&#xZ;', '& b', '&', 'a &b c', '&#a;', '&a;b',
    'x &copy y', 'x &#12345678901234567890; y', 'a < b', 'a <3', '<<a>>', '<a<b>>', '<a><<',
    '<script>a</b>c</script>', '<script>x</SCRIPT>y', '<script>x</script\n>', '<script>x</scriptx>y</script>',
    '<style>a&amp;b</style>', '<script>&amp;</script>&amp;', '<script>', '<script>abc', '<SCRIPT>x</script>',
    '<script src=x />y', '<title>a&amp;b</title>', '<textarea><b></textarea>',
    '<p>one<p>two', '<a href="x">&nbsp;&nbspx&notin;&noti;</a>', '\n\n<a>\n</a>\nx',
]
for src in cases:
    print(ascii(src))
    run(src, True)
    run(src, False)
    run(src, True, 2)

# reset() drops buffered data and positions.
p = Rec()
p.feed('line1\n<a href="x')
p.reset()
p.feed('<b>ok</b>')
p.close()
print(p.ev, p.getpos(), repr(p.rawdata))
# get_starttag_text before any tag, lasttag
p = hp.HTMLParser()
print(p.get_starttag_text(), p.lasttag, p.cdata_elem, p.convert_charrefs, hp.HTMLParser.CDATA_CONTENT_ELEMENTS)
p.feed('<Foo Bar=1>')
print(p.get_starttag_text(), p.lasttag)
# The default handle_startendtag calls handle_starttag then handle_endtag.
class Two(hp.HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs)

    def handle_endtag(self, tag):
        print('end', tag)
Two().feed('<x a=1/><y/>')
# Feeding after close keeps working.
p = Rec()
p.feed('<a>')
p.close()
p.feed('x&amp;y</a>')
p.close()
print(p.ev)
print(hp.__all__, issubclass(hp.HTMLParser, _markupbase.ParserBase))
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    hp.HTMLParser(False)
except TypeError as e:
    print(type(e).__name__)
