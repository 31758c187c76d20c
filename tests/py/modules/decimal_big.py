"""Decimals with thousands of digits: parsing, printing, hashing and far-apart exponents."""

from decimal import *
d = Decimal('1' * 5000 + '.5')
print(len(str(d)), d.adjusted(), str(d)[:20], hash(d) == hash(d))
e = Decimal(7 ** 6000)
print(len(str(e)), str(e)[-10:], e.as_tuple().digits[:5], len(repr(e)))
print(+e)
with localcontext(prec=6000):
    f = Decimal(1) / Decimal(7)
    print(str(f)[:12], len(str(f)))
print(Decimal('1e999999') + Decimal('1e-999999'))
print(Decimal('1E+999999').next_plus(), Decimal(0).next_plus())
print(Decimal('1e-999999').fma(Decimal('1e-30'), Decimal('1e999999')))
print(int(Decimal('1e5000')) == 10**5000, Decimal('1e5000').as_integer_ratio()[1])
