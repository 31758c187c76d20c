"""Contexts: attributes and their checks, flags and traps, signal classes,
the templates, getcontext/setcontext/localcontext and per-thread contexts."""

import copy
import pickle
import threading
import decimal
from decimal import *


def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)


print(sorted(n for n in dir(decimal) if not n.startswith('_')))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(decimal.__version__, decimal.__libmpdec_version__)
print([ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
       ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP])

for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax,
            DivisionImpossible, DivisionUndefined, InvalidContext,
            DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation]:
    print(cls, [k.__name__ for k in cls.__mro__])

print(repr(DefaultContext))
print(repr(BasicContext))
print(repr(ExtendedContext))
print(repr(getcontext()))
c = Context()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps)
print(len(c.flags), list(c.traps) == list(c.flags), dict(c.traps)[Overflow])

# Attribute validation.
for name, value in [('prec', 0), ('prec', 'a'), ('prec', MAX_PREC + 1),
                    ('Emin', 1), ('Emax', -1), ('Emin', 'x'),
                    ('rounding', 'x'), ('rounding', 3), ('capitals', 2),
                    ('clamp', -1), ('flags', 3), ('traps', [Inexact]),
                    ('prec', 5), ('rounding', ROUND_UP), ('Emin', -9),
                    ('Emax', 9), ('capitals', 0), ('clamp', 1)]:
    print(name, value, err(lambda: setattr(c, name, value)))
print(repr(c))
print(err(lambda: delattr(c, 'prec')))
print(err(lambda: Context(foo=1)))
print(err(lambda: Context(prec=5, traps=[Inexact], flags={Inexact: 1})))
print(err(lambda: Context(traps={Inexact: 1})))
print(err(lambda: Context(traps=[3])))
print(repr(Context(prec=7, rounding=ROUND_FLOOR, Emin=-3, Emax=3, capitals=0,
                   clamp=1, flags=[Rounded, Inexact], traps=[])))
full = dict.fromkeys(Context().flags, False)
full[Clamped] = True
print(repr(Context(traps=full)))
d = Context()
d.traps = full
d.flags = Context(flags=[Subnormal]).flags
print(repr(d))

# The signal mappings.
f = c.flags
f[Inexact] = True
f[Rounded] = 1
print(f[Inexact], f[Rounded], f[Clamped], repr(c))
print(err(lambda: f[3]), err(lambda: f.__setitem__(ConversionSyntax, 1)))
print(err(lambda: f.__delitem__(Inexact)))
print(sorted(k.__name__ for k, v in f.items() if v), f.copy()[Inexact])
c.clear_flags()
c.clear_traps()
print(repr(c))

# Trapped signals raise the first trapped condition, listing all of them.
c = Context(prec=3)
for traps in [[InvalidOperation], [Inexact], [Inexact, Rounded], [Overflow, Inexact],
              [Rounded], [Underflow, Subnormal, Clamped], [DivisionByZero], []]:
    c.traps = dict((s, s in traps) for s in c.traps)
    for label, f in [('div0', lambda: c.divide(1, 0)), ('0/0', lambda: c.divide(0, 0)),
                     ('inexact', lambda: c.divide(1, 3)),
                     ('overflow', lambda: c.multiply(Decimal('9e999999'), 10)),
                     ('underflow', lambda: c.divide(Decimal('1e-999999'), 10**5)),
                     ('syntax', lambda: c.create_decimal('x')),
                     ('impossible', lambda: c.divide_int(10**10, 1)),
                     ('sqrt-1', lambda: c.sqrt(-1))]:
        c.clear_flags()
        try:
            r = repr(f())
        except DecimalException as e:
            r = '%s %s' % (type(e).__name__, e.args)
        print([t.__name__ for t in traps], label, r,
              sorted(k.__name__ for k, v in c.flags.items() if v))

try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught', type(e).__name__)
try:
    Decimal(0) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught', type(e).__name__, e)
except InvalidOperation as e:
    print('InvalidOperation caught', e)

# Copies and pickles.
c = Context(prec=12, rounding=ROUND_DOWN, flags=[Inexact], traps=[Overflow])
for other in [c.copy(), copy.copy(c), copy.deepcopy(c), pickle.loads(pickle.dumps(c))]:
    print(repr(other), other is c)

# getcontext/setcontext/localcontext.
orig = getcontext()
print(err(lambda: setcontext(3)))
setcontext(BasicContext)
print(getcontext() is BasicContext, repr(getcontext()))
setcontext(orig)
print(getcontext() is orig)
with localcontext() as lc:
    print(lc is orig, lc.prec)
    lc.prec = 5
    print(Decimal(1) / 7)
print(Decimal(1) / 7, getcontext() is orig)
with localcontext(Context(prec=4)) as lc:
    print(Decimal(2).sqrt(), lc.prec)
with localcontext(prec=6, rounding=ROUND_UP, traps=[Inexact]) as lc:
    print(repr(lc))
    print(err(lambda: Decimal(1) / 3))
with localcontext(ExtendedContext) as lc:
    print(repr(lc), Decimal(1) / 0)
print(err(lambda: localcontext(foo=1)))
print(err(lambda: localcontext(prec='x')))
print(err(lambda: localcontext(3)))
try:
    with localcontext(prec=3):
        raise KeyError('x')
except KeyError:
    print('restored', getcontext().prec)

# Each thread starts from DefaultContext.
results = []


def worker(n):
    getcontext().prec = n
    results.append((n, str(Decimal(1) / 7), getcontext().prec))


threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 5, 9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), getcontext().prec)
DefaultContext.prec = 6
t = threading.Thread(target=lambda: results.append(str(Decimal(2).sqrt())))
t.start()
t.join()
DefaultContext.prec = 28
print(results[-1])
