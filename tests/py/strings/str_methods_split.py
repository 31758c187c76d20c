# str splitting, partitioning, joining and stripping.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

texts = ['a b  c', '  lead and trail  ', '', '   ', 'one', 'a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\u2003l\u3000m',
         'a,b,,c,', ',', 'x,,y', 'é€,😀,a']
for t in texts:
    print(repr(t))
    print('  split()', t.split(), t.split(None, 1), t.split(maxsplit=0), t.split(maxsplit=2))
    print('  rsplit()', t.rsplit(), t.rsplit(None, 1), t.rsplit(maxsplit=0), t.rsplit(maxsplit=2))
    print('  split(,)', t.split(','), t.split(',', 1), t.split(sep=',', maxsplit=-1), t.rsplit(',', 1), t.rsplit(',', 0))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), ':::'.split('::'), ':::'.rsplit('::'))
print('aXbXc'.split('X', -5), 'aXbXc'.rsplit('X', -1), 'aXbXc'.split(maxsplit=1, sep='X'))
show('split empty sep', lambda: 'a'.split(''))
show('rsplit empty sep', lambda: 'a'.rsplit(''))
show('split int', lambda: 'a'.split(1))
show('rsplit bytes', lambda: 'a'.rsplit(b'a'))
show('split bad maxsplit', lambda: 'a'.split(None, 'x'))
show('split float maxsplit', lambda: 'a'.split(None, 1.0))
show('split 3 args', lambda: 'a'.split(1, 2, 3))
show('split bad kw', lambda: 'a'.split(foo=1))
show('split dup', lambda: 'a'.split(',', sep=','))

# splitlines
for t in ['a\nb\r\nc\rd', 'a\n\nb\n', '\n', '', 'no newline', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i', 'x\r\n\r\ny', 'x\n\r']:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True), t.splitlines(keepends=0))
show('splitlines 2 args', lambda: 'a'.splitlines(1, 2))
show('splitlines kw', lambda: 'a'.splitlines(x=1))

# partition / rpartition
for t, sep in [('a=b=c', '='), ('abc', '='), ('=', '='), ('', 'x'), ('aXYbXYc', 'XY'), ('é€é', '€'), ('é€é', 'é')]:
    print(repr(t), repr(sep), t.partition(sep), t.rpartition(sep))
show('partition empty', lambda: 'a'.partition(''))
show('rpartition empty', lambda: 'a'.rpartition(''))
show('partition int', lambda: 'a'.partition(1))
show('rpartition None', lambda: 'a'.rpartition(None))

# join
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), '€'.join('abc'), 'x'.join(['é', '😀']))
print('-'.join(iter(['p', 'q'])), ''.join(x for x in 'gen'), ' '.join({'k': 1}), '.'.join(['', '', '']))
print(repr(''.join(['a' * 3, 'é' * 2, ''])), repr('é'.join(['a', 'b'])), repr('a'.join([])))
show('join int item', lambda: '-'.join(['a', 1]))
show('join bytes item', lambda: '-'.join([b'a']))
show('join not iterable', lambda: '-'.join(5))
show('join None', lambda: '-'.join(None))
class StrSub(str):
    pass
r = ''.join([StrSub('sub')])
print(r, type(r).__name__)
def failing():
    yield 'a'
    raise ValueError('boom')
show('join failing gen', lambda: '-'.join(failing()))

# strip family
for t in ['  hi  ', '\t\n hi \x0b\x0c\r', 'xxhixx', '', '   ', 'é hi é', '\u3000\u2003hi\u2003']:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip('x')), repr(t.strip('xé ')), repr(t.lstrip(None)), repr(t.rstrip('')))
print(repr('abcba'.strip('ab')), repr('abcba'.lstrip('ba')), repr('abcba'.rstrip('ab')), repr('aaa'.strip('a')))
show('strip int', lambda: 'a'.strip(1))
show('lstrip bytes', lambda: 'a'.lstrip(b'a'))
show('rstrip 2 args', lambda: 'a'.rstrip('a', 'b'))
show('strip kw', lambda: 'a'.strip(chars='a'))
