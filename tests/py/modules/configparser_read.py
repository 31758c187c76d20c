import configparser as cp, io
def rd(text, **kw):
    p = cp.ConfigParser(**kw)
    try:
        p.read_string(text)
    except Exception as e:
        print('ERR', type(e).__name__, repr(str(e)), e.args)
        if hasattr(e, 'errors'): print(e.errors)
    print({s: dict(p.items(s, raw=True)) for s in p.sections()}, dict(p.defaults()))
    return p
rd('[a]b]\nx=1\n')
rd('[ a ]\nx=1\n[]\ny=2')
rd('[a]\n=1\nfoo\n[b]\nbar\n x = 2\n')
rd('x=1\n[a]\n')
rd('\n# c\nx=1\n[a]\n')
rd('[a]\nx=1\nx=2\n')
rd('[a]\nx=1\nX=2\n', strict=False)
rd('[a]\n[a]\n')
rd('[a]\n[a]\n', strict=False)
rd('[a]\nk\n  cont\n', allow_no_value=True)
rd('[a]\nk=\n  cont\n\n  more\n# c\n  last\nz=1\n')
rd('[a]\nk=v\n\n  more\n', empty_lines_in_values=False)
rd('[a]\nk = v ; comment\nj = v;nocomment\n#full\n  ;indented\nm = x # y\n', inline_comment_prefixes=(';', '#'))
rd('[a]\nk = v ; comment\n', comment_prefixes=('//',))
rd('[a]\n// comment\nk: v : w\n', comment_prefixes=('//',))
rd('[a]\nk -> v\nj=1\n', delimiters=('->',))
rd('[a]\nk -> v\nj=1\n', delimiters=('->',), allow_no_value=True)
rd('[DEFAULT]\nd=1\n[DEFAULT]\ne=2\n[s]\nf=%(d)s\n')
rd('[x]\na=1\n', default_section='x')
rd('a=1\n[s]\nb=2\n', allow_unnamed_section=True)
p = rd('a=1\nb = 2\n[s]\nb=2\n', allow_unnamed_section=True)
print(p.sections(), p.has_section(cp.UNNAMED_SECTION), p.get(cp.UNNAMED_SECTION, 'a'), p[cp.UNNAMED_SECTION]['b'], list(p))
s = io.StringIO(); p.write(s); print(repr(s.getvalue()))
rd('[a]\nk\n  cont\n')
rd('[a]\n  x=1\n y=2\n')
rd('[a]\nx=1\n  y=2\nz = a = b\n\tw=3\n')
rd('[a]\n  [b]\nx=1\n')
rd('[a]\nx=1\n  [b]\n')
rd('[a]\nx=1\n\n  [b]\n')
rd('[a]\nx=1\n\n  [b]\n', empty_lines_in_values=False)
rd('[a]\r\nx = 1\r\ny=\r\n')
rd('[a]\nk\n[b]\nk=\n', allow_no_value=True)
rd('[a] ; c\nx=1\n', inline_comment_prefixes=';')
rd('[a]\nx=1;a ;b\n', inline_comment_prefixes=';')
rd('[a]\nx=1\n[b\ny=2\nbad1\nbad2\n')
rd('[a]\nx=1\n[b\ny=2\nbad1\nbad2\n', allow_no_value=True)
for t in ['[s]\nx=1\n', '', '\n', '# c\n', '[s]\n', 'a=1\n']:
    p = cp.ConfigParser(allow_unnamed_section=True); p.read_string(t); print(repr(t), p.sections())
p = cp.ConfigParser(allow_unnamed_section=True); p.read_string('a=1\n'); p.read_string('b=2\n[s]\na=1\n'); print(p.sections(), dict(p[cp.UNNAMED_SECTION]))
p = cp.ConfigParser(allow_unnamed_section=True); p.read_string('a=1\n'); p.read_string('a=2\n'); print(dict(p[cp.UNNAMED_SECTION]))
p = cp.ConfigParser(allow_unnamed_section=True); 
try: p.read_string('a=1\na=2\n')
except Exception as e: print(type(e).__name__, e)
p = cp.ConfigParser(allow_unnamed_section=True); p.read_dict({cp.UNNAMED_SECTION: {'a': 1}}); print(p.sections())
p = cp.ConfigParser(allow_unnamed_section=True)
try: p.read_string('k\n'); print(p.sections(), dict(p[cp.UNNAMED_SECTION]))
except Exception as e: print(type(e).__name__, e)
p = cp.ConfigParser(allow_unnamed_section=True, allow_no_value=True); p.read_string('k\n'); print(p.sections(), dict(p[cp.UNNAMED_SECTION]))

def wr(p, **kw):
    out = io.StringIO()
    p.write(out, **kw)
    print(repr(out.getvalue()))

p = cp.ConfigParser()
p.read_string('[DEFAULT]\nd = 1\n[a]\nmulti = line1\n  line2\n\n  line3\nempty =\n[b]\n')
wr(p)
wr(p, space_around_delimiters=False)
p = cp.ConfigParser(allow_no_value=True, delimiters=(':', '='))
p.read_string('[a]\nflag\nk : v\nj = w\n')
wr(p)
p.set('a', 'n', None)
print(p.items('a'))
p2 = cp.RawConfigParser()
p2.add_section('s'); p2.set('s', 'none', None); p2.set('s', 'num', 3)
wr(p2)
p3 = cp.ConfigParser(allow_unnamed_section=True)
p3.read_string('top = 1\n[s]\nk = v\n')
p3['DEFAULT'] = {'dd': 'x'}
wr(p3)
p4 = cp.ConfigParser(default_section='general')
p4.read_string('[general]\ng = 1\n[x]\ny = %(g)s\n')
print(p4.sections(), p4.defaults(), p4.get('x', 'y'), list(p4), 'general' in p4)
wr(p4)
# Case-preserving optionxform.
p5 = cp.ConfigParser()
p5.optionxform = str
p5.read_string('[S]\nKey = 1\nkey = 2\n')
print(p5.items('S'), p5.has_option('S', 'KEY'))
class Keep(cp.ConfigParser):
    def optionxform(self, s):
        return s.upper()
p6 = Keep()
p6.read_dict({'s': {'abc': 1}})
print(p6.options('s'), p6.get('s', 'aBc'))
# dict_type and read_file sources.
from collections import OrderedDict
p7 = cp.ConfigParser(dict_type=OrderedDict)
p7.read_file(['[s]\n', 'b = 2\n', 'a = 1\n'], source='lines')
print(type(p7._sections).__name__, p7.options('s'))
try:
    p7.read_file(['[s]\n', 'b = 3\n', 'b = 4\n'])
except cp.Error as e:
    print(type(e).__name__, e)
class Named(io.StringIO):
    name = 'named.ini'
try:
    cp.ConfigParser().read_file(Named('oops\n'))
except cp.Error as e:
    print(type(e).__name__, e, e.source, e.lineno, repr(e.line))
try:
    cp.ConfigParser().read_string('[s]\na=1\n[s]\n', source='src')
except cp.Error as e:
    print(type(e).__name__, e, e.section, e.source, e.lineno)
try:
    cp.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}})
except cp.Error as e:
    print(type(e).__name__, e)
try:
    cp.ConfigParser().read_dict({'s': {'a': 1}, 'DEFAULT': {'x': 1}}, source='d')
    print('ok')
except cp.Error as e:
    print(type(e).__name__, e)
p8 = cp.ConfigParser(strict=False)
p8.read_dict({'s': {'a': 1, 'A': 2}})
print(p8.items('s'))
p8.read_dict({1: {2: 3}})
print(p8.sections(), p8.get('1', '2'))
# Multiple read() calls accumulate; a strict parser allows the same
# section again in a later source.
p9 = cp.ConfigParser()
p9.read_string('[s]\na = 1\n')
p9.read_string('[s]\nb = 2\na = 3\n')
print(p9.items('s'))
# Comment prefixes: inline ones need whitespace before them; None disables.
for kw in [dict(inline_comment_prefixes='#'), dict(inline_comment_prefixes=('#', '//')),
           dict(comment_prefixes=None), dict(comment_prefixes='#', inline_comment_prefixes=';')]:
    p = cp.ConfigParser(**kw)
    try:
        p.read_string('[s] # hdr\na = 1#x # y\nb = u // v\n; semi\nc = z ;w\n')
    except cp.Error as e:
        print(type(e).__name__, e)
    print(sorted(kw), p.sections(), p.items('s'))
p = cp.ConfigParser(allow_unnamed_section=True)
p.read_string('k = v\n')
print(repr(p[cp.UNNAMED_SECTION]), p[cp.UNNAMED_SECTION].name is cp.UNNAMED_SECTION)
