# replace, padding, zfill, expandtabs, translate/maketrans, encode, __format__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('x', 'y'), s.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'))
print('aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'b'), 'abc'.replace('abc', ''), 'é€é'.replace('é', 'e'), 'abc'.replace('b', '😀'))
print('abc'.replace('b', 'é').replace('é', 'b'), 'x'.replace('x', 'x' * 5, count=1))
show('replace count kw', lambda: 'aaa'.replace('a', 'b', count=2))
show('replace int', lambda: 'a'.replace(1, 'b'))
show('replace new int', lambda: 'a'.replace('a', 2))
show('replace count str', lambda: 'a'.replace('a', 'b', 'c'))
show('replace no args', lambda: 'a'.replace())
show('replace 4 args', lambda: 'a'.replace('a', 'b', 1, 2))

# Padding.
for w in (-1, 0, 3, 4, 5, 6, 7, 10):
    print(w, repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abcd'.center(w, '*')),
          repr('é'.center(w, '€')), repr('-42'.zfill(w)), repr('+7'.zfill(w)), repr('x'.zfill(w)), repr(''.zfill(w)))
show('center no args', lambda: 'a'.center())
show('center fill long', lambda: 'a'.center(5, 'ab'))
show('center fill empty', lambda: 'a'.center(5, ''))
show('center fill int', lambda: 'a'.center(5, 1))
show('ljust str width', lambda: 'a'.ljust('5'))
show('rjust float width', lambda: 'a'.rjust(5.0))
show('rjust huge', lambda: 'a'.rjust(2**70))
show('zfill no args', lambda: 'a'.zfill())
show('zfill str', lambda: 'a'.zfill('3'))

# expandtabs
for t in ['a\tb', '\t', 'ab\tcd\tef', 'a\nb\tc', '12345678\tx', 'a\r\tb', 'é\t€', 'no tabs']:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(-3)), repr(t.expandtabs(tabsize=1)))
show('expandtabs str', lambda: 'a\t'.expandtabs('x'))
show('expandtabs big', lambda: 'a\t'.expandtabs(2**40))
show('expandtabs kw', lambda: 'a\t'.expandtabs(size=3))

# translate / maketrans
t1 = str.maketrans('abc', 'xyz')
print(sorted(t1.items()), 'aabbcc'.translate(t1))
t2 = str.maketrans('ab', 'AB', 'c')
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans({'a': 'ALPHA', 98: None, 'é': 101, 'c': 'ç'})
print(sorted(t3.items()), 'abcé'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({}), 'héllo'.translate({233: 'e'}), 'abc'.translate([None, 'x']))
print('abc'.translate({97: '', 98: '😀'}), 'aaaa'.translate({97: 'bb'}), str.maketrans('', ''), str.maketrans({}))
class Table:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k + 1
print('abcx'.translate(Table()))
class BadTable:
    def __getitem__(self, k):
        raise ValueError('nope')
show('translate raising', lambda: 'a'.translate(BadTable()))
show('translate float', lambda: 'a'.translate({97: 1.5}))
show('translate range', lambda: 'a'.translate({97: 0x110000}))
show('translate neg', lambda: 'a'.translate({97: -1}))
show('translate int table', lambda: 'a'.translate(1))
show('maketrans 1 non-dict', lambda: str.maketrans('ab'))
show('maketrans bad key', lambda: str.maketrans({1.5: 'a'}))
show('maketrans long key', lambda: str.maketrans({'ab': 'a'}))
show('maketrans unequal', lambda: str.maketrans('ab', 'c'))
show('maketrans non-str', lambda: str.maketrans(1, 'c'))
show('maketrans arg2', lambda: str.maketrans('a', 1))
show('maketrans arg3', lambda: str.maketrans('a', 'b', None))
show('maketrans none', lambda: str.maketrans())
print('x'.maketrans('a', 'b'))

# encode
print('abc'.encode(), 'é€'.encode(), 'é€'.encode('utf-8'), 'é'.encode('latin-1'), 'abc'.encode('ascii'),
      'é'.encode(encoding='utf8', errors='strict'), 'é😀'.encode('ascii', 'replace'), 'é'.encode('ascii', errors='ignore'))
show('encode unknown', lambda: 'a'.encode('nope'))
show('encode int', lambda: 'a'.encode(1))
show('encode errors int', lambda: 'a'.encode('ascii', 1))
show('encode 3 args', lambda: 'a'.encode('ascii', 'strict', 1))
show('encode kw', lambda: 'a'.encode(foo=1))
show('encode embedded nul', lambda: 'a'.encode('ascii\x00'))

# __format__, format(), __getnewargs__
print(format('abc'), format('abc', ''), format('abc', '>6'), format('abc', '*^7'), format('abcdef', '.3'), format('é', '€<3'), format('ab', '5s'))
print('abc'.__format__('<5') + '|', 'x'.__getnewargs__())
show('format d', lambda: format('a', 'd'))
show('format sign', lambda: format('a', '+'))
show('format =', lambda: format('a', '=5'))
show('format ,', lambda: format('a', ','))
show('__format__ int', lambda: 'a'.__format__(1))
class Sub(str):
    pass
print(repr(format(Sub('zz'), '')), type(format(Sub('zz'), '')).__name__, type(Sub('q').__getnewargs__()[0]).__name__)
