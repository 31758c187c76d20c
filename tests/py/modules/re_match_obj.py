# re: Match objects -- group access, spans, expand, lastindex/lastgroup,
# pos/endpos/re/string, repr, indexing and errors.
import re
import copy


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<x>x)?(!)?', 'Jane Doe!')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'))
print(m.group(0, 1, 'last'), m.group(1, 1))
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'))
print(m[0], m[1], m['first'], m[4])
print(m.start(), m.end(), m.span())
print(m.start(1), m.end(1), m.span('last'), m.span(3), m.start('x'), m.end(3))
print(m.regs)
print(m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.re is re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<x>x)?(!)?'))
print(m.string, bool(m), type(m).__name__, type(m).__module__)
print(m.group(True), m.group(False))

# Bad group references.
for g in [5, -1, 'missing', 1.0, None, (1,)]:
    show(m.group, g)
show(m.__getitem__, 9)
show(m.start, 'zz')
show(m.span, 7)
show(m.group, 1, 9)

# expand() and templates.
print(m.expand(r'\2, \1'), m.expand(r'\g<last>/\g<first>/\g<0>'))
print(repr(m.expand(r'[\3][\g<x>]')), repr(m.expand(r'\n\t\\')))
print(m.expand(r'\g<2>\g<1>0'), m.expand(r'\1\0'))
show(m.expand, r'\9')
show(m.expand, r'\g<nope>')
show(m.expand, r'\q')

# lastindex and lastgroup in various shapes.
for pattern, text in [('(a)(b)', 'ab'), ('((a)b)', 'ab'), ('(a)|b', 'b'),
                      ('(?P<x>a)(b)', 'ab'), ('(a)(?P<y>b)', 'ab'),
                      ('(a)(?:b(c))?', 'ab'), ('((a)|b)+', 'ab'),
                      ('(?P<x>a)|(?P<y>b)', 'b'), ('a', 'a'), ('(a)(b)?', 'a')]:
    r = re.match(pattern, text)
    print(pattern, r.lastindex, r.lastgroup)

# repr of long and special matches.
print(re.match('a*', 'a' * 60))
print(re.search('\n+', 'a\n\nb'), re.search("'", "x'y"), re.search('"', 'x"y'))
print(re.match(b'ab', b'abc'))
print(re.match('', 'abc'))

# pos and endpos seen by the match.
p = re.compile(r'\w+')
r = p.search('hello world', 3, 8)
print(r, r.pos, r.endpos, r.string)
r = p.match('hello', -3, 99)
print(r, r.pos, r.endpos)

# Matches are immutable and copy to themselves.
print(copy.copy(m) is m, copy.deepcopy(m) is m)
try:
    m.pos = 3
except AttributeError:
    print('AttributeError on assignment')
show(re.Match)

# finditer yields Match objects; the scanner interface.
it = re.finditer(r'(\d)(\w)?', '1a 2 3c')
print(type(it).__name__)
for r in it:
    print(r.span(), r.groups(), r.lastindex)
sc = re.compile(r'\d').scanner('1a22')
print(sc.match(), sc.match(), sc.match())
sc = re.compile(r'\d').scanner('1a22')
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.pattern)
