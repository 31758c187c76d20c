# string.Formatter.parse: how replacement fields are delimited and the errors for
# malformed ones (unterminated names, conversions and nested specs).
import string
f = string.Formatter()
for s in ['{a!}', '{!}', '{a!r', '{a:{b}', '{a', '{', '}', 'a}b', '{a!rx}', '{a!r:>3}', '{0[}', '{a.}', '{a:{b:{c}}}', '{{x}}', '{a[0]!s:^{w}}', 'x{}y{0}z', '{!r:x}', '{:}']:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['{a{b}', '{a!r}', '{a!rx}', '{0[a}b]}', '{0[a]x}', '{a!r:{b}}', '{a:}}', '{a!:}', '{a!!}', '{0]}', '{a.b[c]}', '{:{:{}}}', '{!r}', 'a{{b}}c{0!s:>{1}}']:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
