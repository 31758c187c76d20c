# Float formatting in depth: exact decimal expansions at large precisions, the g/e/f
# switch points, '#' and 'z', '%' rounding, %-formatting parity, round() half-even on the
# binary value, and precision errors.
import math

def fmt(v, spec):
    try:
        return format(v, spec)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

print(format(0.1, '.55f'), format(1 / 3, '.60e'), format(2.0**-1074, '.760e')[-30:], len(format(2.0**-1074, '.1074f')))
print(format(2.0**-1074, '.1074f').rstrip('0')[-25:], format(1e308, '.0f')[:25], len(format(1e308, 'f')), format(1e22, 'f'))
print(format(5e-324, '.1100g')[:40], format(0.1, '.120g') == format(0.1, '.55f').rstrip('0'), '%.300f' % 1e-300 == format(1e-300, '.300f'))
for p in [0, 1, 2, 3, 5, 6, 7, 15, 16, 17, 18, 25]:
    print(p, [fmt(v, '.%dg' % p) for v in (0.0001, 0.00001, 123456.0, 1234567.0, 9.9999, 0.5, 1e16, 2.5e-5, 100.0)])
for p in [None, 0, 1, 3]:
    ps = '' if p is None else '.%d' % p
    print(ps or '-', [fmt(v, '#' + ps + t) for v in (1.0, 100.0, 1e-5, 0.5) for t in 'gfe'])
for v in [9.5, 0.95, 0.095, 9.9999995, 99999.95, 999999.5, 9999999.0, 1e-4, 9.99e-5, 0.00099999]:
    print(repr(v), fmt(v, '.1g'), fmt(v, '.2g'), fmt(v, '.6g'), fmt(v, 'g'), fmt(v, '.0e'), fmt(v, '.1e'), fmt(v, '.0f'),
          fmt(v, '.1f'), fmt(v, '.1%'), fmt(v, ''), fmt(v, '.3'), fmt(v, '.12'))
for v in [-0.0, -1e-9, -0.004, -0.5, -0.05, -1e-300, -0.0049999]:
    print(repr(v), [fmt(v, s) for s in ('z.2f', 'z.0f', '.0f', 'z.1e', 'z.2g', 'z', 'z.1%', '+z.2f', ' z.2f', 'z08.2f', 'zn')])
for v in [1e100, 1e-100, 1.5e300, 1e-310, 1e0]:
    print([fmt(v, s) for s in ('e', '.3E', '.0e', 'g', '.20g', 'G', '')], '%e|%g|%E' % (v, v, v))
for v in [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 0.0625, 1.0000000000000002, 1e15 + 0.5, 5e-324]:
    print(repr(v), [fmt(v, '.%df' % n) for n in (0, 1, 2, 3)], [repr(round(v, n)) for n in (0, 1, 2, 3)], '%.2f' % v)
for v in [0.0, 1.5, -3.25, 1234567.891, 1e-7, float('inf'), -float('inf'), float('nan')]:
    print(repr(v), [fmt(v, s) for s in ('=+12,.2f', '*<+12.3e', '^12_.1f', '012,.3f', 'x<#10g', '0=10%', '_.2%', ',g', '011_g')])
for spec in ['.2147483648f', '.99999999999999999999f', '.2d', 'x', 'b', 'c', 'n,', ',n', '.1,f', '.f', '=', 's', '=e', 'zz', '#z',
             ',.2_f', '._2f', '.2,f', '.3,', '.1_%']:
    print(repr(spec), fmt(1.5, spec), '|', fmt(-0.0, spec))
print('%.3g|%#.3g|%.0e|%#.0e|%10.4f|%-10.2e|%+.1g|%.50g' % (0.0001234, 1.0, 15.0, 15.0, math.pi, -math.e, 0.05, 0.1))
print('%r %s %a' % (1e16, 1e-5, -0.0), str(1e16), str(1e-5), str(-1e-5), str(123456789012.0), str(1e300 * 10))
print(math.pi.__format__('.5'), float.__format__(1.5, 'e'), format(1.5), format(-0.0), str(float('-nan')))
