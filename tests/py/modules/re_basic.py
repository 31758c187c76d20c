# re: compile, match/search/fullmatch, Pattern objects, flags enum, cache, escape.
import re


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# Module-level helpers.
print(re.match(r'\d+', '123abc'))
print(re.match(r'\d+', 'abc123'))
print(re.search(r'\d+', 'abc123def'))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a*?', 'aaa'))
print(re.match('', ''), re.search('$', 'abc'))

# Pattern attributes and repr.
p = re.compile(r'(?P<key>\w+)=(?P<value>\d*)(;)?')
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
print(type(p.groupindex).__name__)
print(repr(p))
print(re.compile('a+', re.IGNORECASE))
print(re.compile('a', re.I | re.M | re.S))
print(re.compile('a', re.A | re.I), re.compile(b'a', re.X))
print(re.compile('(?i)a').flags, re.compile('(?i)a'))
print(re.compile('a' * 300))
print(re.compile('a', 0x200))
print(type(p).__name__, type(p).__module__, re.Pattern, re.Match)
print(re.Pattern[str], re.Match[bytes])

# Methods with pos and endpos.
p = re.compile('a')
for args in [(), (-5,), (10,), (2, 1), (0, -1), (0, 100), (1, 2)]:
    m = p.search('aaa', *args)
    print(args, m, m and (m.pos, m.endpos))
print(p.match('bab', 1), p.fullmatch('ab', 0, 1), p.search('xxa', 0, 2))
print(re.compile(r'\w+').findall('ab cd ef', 1, 7))
print([m.span() for m in re.compile(r'\w+').finditer('ab cd ef', 1, 7)])

# Equality, hashing, copying.
import copy
a, b = re.compile('x+'), re.compile('x+')
print(a == b, a == re.compile('x+', re.I), a == re.compile(b'x+'), hash(a) == hash(b))
print(a != re.compile('y'), copy.copy(a) is a, copy.deepcopy(a) is a)
print(re.compile(a) is a)
show(re.compile, a, re.I)
show(re.compile, 12)
show(re.Pattern)

# The compile cache.
re.purge()
c1 = re.compile('cache(d)?')
print(re.compile('cache(d)?') is c1, re.compile('cache(d)?', re.I) is c1)
re.purge()
print(re.compile('cache(d)?') == c1)

# Flags.
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), str(re.IGNORECASE | re.DOTALL), re.U | re.I)
print(re.RegexFlag(0), repr(re.RegexFlag(512)), re.I | 512)
print(int(re.I), re.I + 0, re.I | 2, re.I & re.M, bool(re.NOFLAG))
print(re.IGNORECASE is re.I, re.RegexFlag.IGNORECASE is re.I, re.RegexFlag.I is re.I)
print(isinstance(re.I, int), re.I.name, re.I.value, (re.I | re.M).value)
print(format(re.M), '%s' % re.S, list(re.I | re.M))
print(re.search('A', 'xa', re.I), re.search('A', 'xa', flags=re.IGNORECASE | re.M))
print(sorted(re.__all__))

# escape().
print(re.escape('a.b*c?d e\tf-g#h&i~j\\k'))
print(re.escape('é_1!@%"\'=,/:;<>`'), re.escape(''))
print(re.escape(b'a.b\x00\xff['))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
text = 'price: $5.00 (approx.)'
print(re.search(re.escape('$5.00 ('), text).span())

# error is PatternError.
print(re.error is re.PatternError, re.error.__name__, re.error.__module__)
print(issubclass(re.error, Exception))
