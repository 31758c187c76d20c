# re: groups -- capturing, non-capturing, named, backreferences, atomic
# groups, lookahead/lookbehind, conditionals.
import re


def s(pattern, text, flags=0):
    r = re.search(pattern, text, flags)
    print(repr(pattern), repr(text), r and (r.span(), r.groups()))


def err(pattern):
    try:
        re.compile(pattern)
        print(repr(pattern), 'ok')
    except re.error as e:
        print(repr(pattern), 'error:', e)


# Capturing and non-capturing.
s('(a)(b)(c)', 'xabc')
s('(?:a)(b)', 'ab')
s('((a)(b))', 'ab')
s('(a)|(b)', 'b')
s('()', 'x')
s('(a)?b', 'b')
print(re.compile('(a)(?:b)(c)').groups, re.compile('((a)|(b))*').groups)

# Named groups.
r = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'on 2024-05-17')
print(r.group('year'), r.group('month'), r.groupdict(), r.lastgroup)
s(r'(?P<a>x)(?P<b>y)?', 'x')
s('(?P<ü>é)', 'é')
print(re.compile('(?P<first>a)(b)(?P<third>c)').groupindex)

# Backreferences.
s(r'(\w)\1', 'abccd')
s(r'(\w+) \1', 'hello hello world')
s(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" or \'yo\'')
s(r'(a)(b)?\2', 'ab')
s(r'(a)|\1b', 'xab')
s(r'(?i)(a)\1', 'aA')
s(r'(a*)\1', 'aaaa')
s(r'(\d)(\d)\2\1', '12213443')
s(r'(a)(?P<n>b)(?P=n)\1', 'abba')
print(re.sub(r'(\w)\1', '<\\1\\1>', 'aabbcd'))

# Atomic groups.
s('(?>a+)b', 'aaab')
s('(?>a+)a', 'aaa')
s('(?>a|ab)c', 'abc')
s('(?>(a)|ab)', 'ab')
s('(?>x(y)?)z', 'xyz')
s(r'(?>\d+)\.', '12345.')

# Lookahead.
s('foo(?=bar)', 'foobaz foobar')
s('foo(?!bar)', 'foobar foobaz')
s('(?=(a))a', 'a')
s('(?!(b))a', 'a')
s(r'\d+(?=%)', 'costs 15 or 20%')
s('(?=.*[A-Z])(?=.*\\d).{6,}', 'passWord1')
s('a(?=b|c)', 'ad ac')
s('(?=a)*b', 'b')

# Lookbehind.
s('(?<=abc)def', 'abcdef')
s('(?<!abc)def', 'abcdef xdef')
s(r'(?<=\$)\d+', 'cost: $42')
s(r'(?<=(a))b', 'ab')
s('(?<=a|b)c', 'bc')
s('(?<=ab|cd)e', 'cde')
s('(?<=a{2})b', 'aab')
s(r'(?<=\b)x', ' x')
s('(?<=^)a', 'a')
s('(?<!^)a', 'aa')
s('(?<=(?:ab){2})c', 'ababc')
s('(a)(?<=\\1)', 'a')
print(re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'^b').search('ab', 1))
err('(?<=a|bc)')
err('(?<=a*)')
err('(?<=a{1,2})b')
err('(?<!ab|c)')
err('(?<=(a)|(bc))')
err('(?<=(a)\\1)')
err('(?<=(?P<n>a)(?P=n))')
err('(a)(?<=(?(1)x|yy))')
err('(a)(?<=(?(1)x|y))')

# Conditionals.
s('(a)?(?(1)b|c)', 'ab')
s('(a)?(?(1)b|c)', 'c')
s('(a)?(?(1)b)', 'x')
s(r'(<)?\w+(?(1)>)', '<tag>')
s(r'(<)?\w+(?(1)>)', 'tag')
s('(?P<q>")?[a-z]+(?(q)")', '"word"')
s('(?(1)a|b)(x)', 'bx')
err('(?(1)a|b|c)')
err('(?(0)a)')
err('(?(x)a)')
err('(?(1a)x)')
err('(?(2)a)(b)')
err('(?(1)a')

# Group errors.
for p in ['(', '(a', 'a)', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=a)', '(?P<a>(?P=a))',
          r'(a\1)', r'\1(a)', r'(a)\2', '(?P', '(?P<', '(?P<a', '(?P=a', '(?Px)', '(?<x)',
          '(?', '(?z)', '(?<', '(?#unterminated', '(?P<a-b>x)']:
    err(p)
