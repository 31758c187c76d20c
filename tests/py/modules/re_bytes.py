# re: bytes patterns against bytes-like subjects; ASCII-only classes and
# case folding; mixing str and bytes.
import re


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


p = re.compile(rb'(\w+)=(\d+)')
print(p, p.pattern, p.flags, p.groups)
m = p.search(b'key: x=10, y=20')
print(m, m.group(1), m.groups(), m.span(2), m.groupdict())
print(p.findall(b'a=1 b=2'), p.sub(rb'\2=\1', b'a=1 b=2'))
print(re.split(rb'\s*,\s*', b'a , b,c'))
print([m.group() for m in re.finditer(rb'\d+', b'1 22 333')])

# bytearray subjects give bytes results.
m = re.search(rb'b+', bytearray(b'abbbc'))
print(m, type(m.group()), m.string)
print(re.findall(rb'b|(c)', bytearray(b'abc')), re.split(rb'(b)', bytearray(b'abc')))
print(re.sub(rb'b', rb'x', bytearray(b'abc')), re.sub(rb'z', rb'x', bytearray(b'abc')))
print(re.sub(rb'b', bytearray(b'<\\g<0>>'), b'abc'))

# Classes are ASCII-only for bytes.
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'))
print(re.findall(rb'\d', b'1\xb2'), re.findall(rb'\s', b' \x85\xa0\t'))
print(re.findall(rb'[\xe0-\xff]+', b'abc\xe9\xff'))
print(re.findall(rb'(?i)a', b'aA\xc1\xe1'))
print(re.findall(rb'(?i)\xe9', b'\xe9\xc9'))
print(re.findall(rb'(?i)[a-z]+', b'HeLLo W\xd6rld'))
print(re.findall(rb'\bx', b'\xe9x x'))
print(re.findall(b'.', b'a\nb'), re.findall(b'(?s).', b'a\nb'))
print(re.fullmatch(rb'\x00\xff', b'\x00\xff'), re.match(rb'\101', b'A'))
print(re.compile(rb'a', re.L | re.I).findall(b'aA'), re.compile(b'a', re.A).flags)

# Escapes valid only in str patterns.
for pattern in [rb'\u0041', rb'\U00000041', rb'\N{DIGIT ONE}', b'(?u)a']:
    show(re.compile, pattern)
print(re.escape(b'a.b*c\x00\xff'))

# Mixing str and bytes.
show(re.match, 'a', b'a')
show(re.match, b'a', 'a')
show(re.search, 'a', bytearray(b'a'))
show(re.match, 'a', 1)
show(re.match, b'a', None)
show(re.findall, b'a', ['a'])
show(re.sub, b'a', 'x', b'a')
show(re.sub, 'a', b'x', 'a')
show(re.sub, 'a', b'x', 'zzz')
show(re.compile('(a)').match('a').expand, b'\\1')
show(re.sub, b'(a)', '[\\1]', b'a')

# Group names in bytes patterns.
m = re.match(rb'(?P<n>a)(?P=n)', b'aa')
print(m.groupdict(), m.group('n'), m.expand(rb'\g<n>!'))
show(re.compile, b'(?P<\xe9>x)')
show(re.compile, rb'(?P<a b>x)')
