# re: sub/subn (templates, callables, count), split (maxsplit, groups),
# findall/finditer group semantics and empty matches.
import re
import warnings


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# sub with templates.
print(re.sub(r'(\d+)', r'<\1>', 'a1b22c333'))
print(re.sub(r'(?P<word>\w+)', r'[\g<word>]', 'hi there'))
print(re.sub(r'(\w)(\w)', r'\2\1', 'abcdef'))
print(re.sub(r'x', r'\g<0>\g<0>', 'axbx'))
print(re.sub(r'(a)(b)?', r'[\1|\2]', 'a ab'))
print(repr(re.sub('a', r'\n\t\\', 'bab')))
print(repr(re.sub('a', r'\0\01\101', 'a')))
print(re.sub('a', r'\&\-', 'a'))
print(re.sub(r'(a)', r'\g<1>0', 'a'))
show(re.sub, r'(a)', r'\10', 'a')
print(re.sub('(?P<n>.)', r'\g<n>\g<0>', 'xy'), re.sub('(a)', r'\g<01>', 'a'))
print(re.sub('a', 'b', 'aaa', count=2), re.sub('a', 'b', 'aaa', count=0))
print(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', count=-1))
print(re.subn(r'\s+', ' ', 'a  b \t c'), re.subn('z', 'y', 'abc'))
print(re.compile('o').sub('0', 'foo boo', 1), re.compile('o').subn('0', 'foo'))

# sub with a function.
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub('a', lambda m: m.group().upper(), 'banana'))
print(re.sub('(a)|(n)', lambda m: '1' if m.group(1) else '2', 'banana'))
print(re.sub('a', lambda m: None, 'banana'))
print(re.subn(r'\w+', lambda m: m.group()[::-1], 'hello big world', count=2))
show(re.sub, 'a', lambda m: 1, 'banana')

# Empty matches next to other matches (Python 3.7+ rules).
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'), re.sub('$', '-', 'a\n'), re.sub('b*', '-', 'abc'))
print(re.sub('(?m)^', '> ', 'one\ntwo\n'))
print(re.findall('x*', 'axbc'), re.findall('', 'ab'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print(re.sub(r'\b', '|', 'ab cd'))

# Template errors.
for t in [r'\2', r'\g<x>', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\q', '\\',
          r'\g<-1>', r'\g<99>', r'\400', r'\8', r'\g<+1>', r'\g']:
    show(re.sub, '(a)', t, 'a')
show(re.sub, 'a', 1, 'a')
show(re.sub, 'a', None, 'a')

# split.
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(a)|b', 'xaybz'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split('b*', 'abc'))
print(re.split(',', 'a,b,,c,'), re.split(',', ''), re.split('(,)', ','))
print(re.split('a', 'bab', maxsplit=-1), re.compile(r'\s').split('a b c', 1))
print(re.split(r'(?<=-)', 'a-b-c'), re.split(r'(?=[A-Z])', 'oneTwoThree'))

# findall group semantics.
print(re.findall(r'\d', 'a1b2'))
print(re.findall(r'(\d)(\w)', '1a2b3'))
print(re.findall(r'(a)(b)?', 'ab a'))
print(re.findall(r'(\w+)=(\d+)?', 'a=1 b= c=3'))
print(re.findall(r'((a)b)', 'abab'))
print(re.findall(r'(?:a)(b)', 'abab'))
print(re.compile(r'\w').findall('abcd', 1, 3))

# 3.13: count/maxsplit/flags passed positionally are deprecated.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(re.sub('a', 'b', 'aaa', 1), re.subn('a', 'b', 'aaa', 1, 0))
    print(re.split(',', 'a,b,c', 1), re.split('x', 'aXb', 0, re.I))
    print(re.sub('a', 'b', 'aaa', count=1, flags=0))
for w in caught:
    print(w.category.__name__, w.message)
show(re.sub, 'a', 'b', 'aaa', 1, count=2)
show(re.split, 'a', 'b', 1, 0, 9)
