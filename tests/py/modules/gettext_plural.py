# gettext.c2py: the C plural-forms expressions, their values and their errors.
import gettext, warnings
exprs = ['n != 1', 'n>1', '0', 'n==1 ? 0 : 1', 'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
 'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5', '!n', '!n == 1', '!!n', 'n && 5', 'n || 5', '1 < n < 3', 'n == 1 == 1', 'n < 3 == 1', '1 == n < 3',
 '1 < n == 3 > 2', 'n / 2', 'n / 0', 'n % 0', '(n)', '((n))', 'n ? n ? 1 : 2 : 3', 'n ? 1 : n ? 2 : 3', '1 + n ? 2 : 3', 'n - 1 - 1', 'n*2+1', 'n\n!= 1', 'n !=\t1',
 '', 'n +', '(n', 'n)', 'x', 'n ? 1', 'n ? 1 : ', '1 2', 'nn', 'n.5', '-1', '- n', 'n == -1', 'n ! 1', '!(n == 1)', 'n<=1 >= 0', '1 ? 2 ? 3 : 4 : 5 ? 6 : 7', 'n>1?n>2?3:2:1',
 '(' * 21 + 'n' + ')' * 21, '(' * 20 + 'n' + ')' * 20, '(' * 25 + 'n' + ')' * 24, 'n' + ' ' * 1000, '!' * 30 + 'n', '(n != 1) + (n > 5)', 'n < 2 < 3 < 4', '0 < n ? 1 : 0', '1 && n < 2 == 1',
 'n===1', 'n=1', 'n & 1', '&&', 'n ? : 1', 'n ?1:2?3:4', '99999999999999999999999', '0x10', '010', 'n > 1 > 0 ? 1 : 0']
for e in exprs:
    try:
        f = gettext.c2py(e)
    except Exception as ex:
        print(repr(e)[:60], '!', type(ex).__name__, ex)
        continue
    out = []
    for n in [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111, 1000]:
        try: out.append(f(n))
        except Exception as ex: out.append(type(ex).__name__)
    print(repr(e)[:60], out, f.__name__)
f = gettext.c2py('n != 1')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(f(1.0), f(2.5), f(True))
    for x in w: print(x.category.__name__, x.message, x.filename.rsplit('/',1)[-1])
for bad in ['1', None, [1], 1j]:
    try: print(f(bad))
    except Exception as ex: print(type(ex).__name__, ex)


# Real rules from the catalogs of several languages.
rules = {
    'ar': 'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
    'cs': '(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2',
    'ga': 'n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4',
    'lt': 'n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2',
    'pl': 'n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
    'sl': 'n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3',
    'fr': 'n>1', 'ja': '0',
}
for lang, rule in sorted(rules.items()):
    f = gettext.c2py(rule)
    print(lang, ''.join(str(f(n)) for n in range(0, 130)))
print(gettext.c2py('n != 1')(10**30), gettext.c2py('n % 7')(-10))
