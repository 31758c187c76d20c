# tokenize's regular-expression constants, helper functions and main().
import contextlib
import io
import os
import sys
import re
import tokenize

for name in ['Whitespace', 'Comment', 'Ignore', 'Name', 'Hexnumber', 'Binnumber', 'Octnumber',
             'Decnumber', 'Intnumber', 'Exponent', 'Pointfloat', 'Expfloat', 'Floatnumber',
             'Imagnumber', 'Number', 'Single', 'Double', 'Single3', 'Double3', 'Special', 'Funny']:
    print(name, getattr(tokenize, name))
print(len(tokenize.endpats), len(tokenize.single_quoted), len(tokenize.triple_quoted))
print(sorted(tokenize.single_quoted)[:6], tokenize.endpats["rb'''"] == tokenize.Single3)
src = 'x = 0x1F + 1.5e3j "a\\"b" \'\'\'t\'\'\' # c\n'
for pat in ['PseudoToken', 'Token', 'ContStr', 'String', 'Triple', 'Number', 'PlainToken']:
    print(pat, [m.group() for m in re.finditer(getattr(tokenize, pat), src)][:12])
print(tokenize.group('a', 'b'), tokenize.any('a'), tokenize.maybe('x', 'y'))
print(tokenize.tabsize, tokenize.BOM_UTF8, tokenize.cookie_re.pattern, tokenize.blank_re.pattern)

fn = '/tmp/tokenize_legacy_%d.py' % os.getpid()
with open(fn, 'w') as f:
    f.write('def f(x):\n    return x + 1  # c\n')
sys.argv[1:] = [fn]
tokenize.main()
sys.argv[1:] = ['-e', fn]
tokenize.main()
with open(fn, 'w') as f:
    f.write('x = (1,\n')
sys.argv[1:] = [fn]
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        tokenize.main()
except SystemExit as e:
    print('exit', e.code, err.getvalue().replace(fn, 'FILE'))
os.remove(fn)
