import fnmatch

pats = ['*.txt', 'a*b*c', '*', '**', 'a?c', '[abc]', '[!abc]', '[]]', '[!]]', '[a-z]',
        '[z-a]', '[a-c-e]', '[', '[!', 'a[b', '[\\]', '[&&]', '[a&&b||~~]', '[^a]', '[a-]',
        '[-a]', '*x*', 'a**b', '[!]', '[]', '[]-]', '[--0]', '[[]', '[b-a-c]', '[!a-z-]',
        '[x-a-]', 'a.b|c(d)', '[!b-a]', '\\*']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.txt', 'b.TXT', '.hidden', 'abc', 'axc', 'a-c', 'a]c', 'z', '-', ']', '!', 'a\nb',
         'a/b', '[', '[!', '^', 'aXbYc', 'abbc', '\\', '&']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatch(n, p)])

print(fnmatch.fnmatchcase('A.TXT', '*.txt'), fnmatch.fnmatch('A.TXT', '*.TXT'))
print(fnmatch.filter(names, '*.txt'), fnmatch.filter(iter(names), '?'))
print(fnmatch.filter([b'x.py', b'y.c', b'\xff.py'], b'*.py'))
print(fnmatch.fnmatchcase(b'\xe9t\xe9', b'[\xe9]?[\xe9-\xff]'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('a/b', 'a*'))
for args in [(1, 'a'), ('a', 1), ('a', b'a'), (b'a', 'a')]:
    try:
        print(fnmatch.fnmatch(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    fnmatch.translate(b'a*')
except Exception as e:
    print(type(e).__name__)
print(fnmatch.__all__)
