# re: greedy, lazy and possessive quantifiers; repeats of groups; empty
# iterations; long subjects (the matcher must not recurse per character).
import re


def m(pattern, text):
    r = re.match(pattern, text)
    print(repr(pattern), repr(text), r and (r.group(), r.groups()))


def fa(pattern, text):
    print(repr(pattern), re.findall(pattern, text))


# Greedy.
m('a*', 'aaab')
m('a+', 'aaab')
m('a?', 'aaab')
m('a{2}', 'aaab')
m('a{2,}', 'aaaab')
m('a{,2}', 'aaab')
m('a{1,2}', 'aaab')
m('a{,}', 'aab')
m('a{0}b', 'ab')
m('a{0}b', 'b')
m('a{3}', 'aa')
m('(ab){2,3}', 'abababab')

# Lazy.
m('a*?', 'aaab')
m('a+?', 'aaab')
m('a??', 'aaab')
m('a{2,}?', 'aaaab')
m('a{1,3}?b', 'aaab')
m('<.*?>', '<a><b>')
m('<.*>', '<a><b>')
fa('<.+?>', '<a> <bb> <>')
m('(a+?)(a*)', 'aaa')
m(r'.*?(\d+)', 'abc123def')
m(r'.*(\d+)', 'abc123def')
m('(?s).*?x', 'a\nbx')

# Possessive.
m('a*+b', 'aaab')
m('a*+a', 'aaa')
m('a++b', 'aab')
m('a?+a', 'a')
m('a{1,3}+a', 'aaaa')
m('(?:ab)*+ab', 'ababab')
m('(?:a|b)*+c', 'abbac')
m(r'"[^"]*+"', '"quoted" rest')
m(r'\d++\.', '123.5')

# Backtracking into repeats.
m('(a*)(a)', 'aaa')
m('(a*?)(a)', 'aaa')
m(r'(\w+)\s(\w+)', 'hello big world')
m('(a|ab)(c|bcd)(d*)', 'abcd')
m('(.*)(\\d+)', 'x12345')
m('(x+x+)+y', 'xxxxxxxxxy')

# Repeats of groups: the last iteration is captured.
m('(a|b)*', 'abba')
m('(a|b)+?c', 'abc')
m('(\\w)(\\d)?+', 'a1b')
m('((a)|b)+', 'ab')
m('(?:(a)|b)*', 'ab')
m('(?:(a)|(b))+', 'ab')

# Iterations that match the empty string.
m('(a*)*', 'b')
m('(a*)+', 'b')
m('(a*?)*', 'aa')
m('(a|)*?b', 'aab')
m('(a?)+?b', 'aab')
m('(?:a|)*', 'aa')
m('(?:a|)+?b', 'aab')
m('(a?)++', 'aa')
m('(|a)*', 'aa')
m('(|a)+', 'aa')
fa('(a*)*', 'aab')
fa('a*|b', 'aab')
print(re.fullmatch('(?:a|)*', 'aa'))

# Long subjects: no recursion per character.
r = re.match('(a|b)*c', 'ab' * 5000 + 'c')
print(r.span(), r.group(1))
r = re.match('(?:ab)*c', 'ab' * 20000 + 'c')
print(r.span())
r = re.search('(x+)+y', 'x' * 30000 + 'y')
print(r.span(), len(r.group(1)))
print(len(re.match('.*', 'z' * 100000).group()))
print(len(re.match('(.)*', 'z' * 20000).group()))
print(re.match('(?:a|b)*?c', 'ab' * 5000 + 'c').end())
print(re.match(r'(\w+\s?)*$', 'word ' * 2000).end())
print(re.fullmatch('(a{2})*', 'a' * 10000) is not None)
print(re.match('((ab)*|c)+d', 'ab' * 3000 + 'cd').span())

# Errors.
for bad in ['*', 'a**', '+a', 'a{2,1}', 'x{1}{2}', '(*)', 'a|*', '^*', r'\b+',
            'a*++', 'a{1,2}{3}']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e.msg, e.pos)
for big in ['a{4294967295}', 'a{1,4294967295}']:
    try:
        re.compile(big)
    except OverflowError as e:
        print(repr(big), type(e).__name__, e)
print(re.compile('a{4294967294}').pattern)
