# format() of ints over the full spec grammar: every combination of sign, '#', '0',
# width and grouping for each integer presentation type, plus the error messages.
def fmt(v, spec):
    try:
        return format(v, spec)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

values = [0, 5, -1234567, 2**40 + 1, -255]
for typ in ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c']:
    print('===== type %r' % typ)
    for sign in ['', '+', '-', ' ']:
        for alt in ['', '#']:
            for zw in ['', '9', '012']:
                for grp in ['', ',', '_']:
                    spec = sign + alt + zw + grp + typ
                    vals = [65, 0x263A] if typ == 'c' else values
                    print(repr(spec), [fmt(v, spec) for v in vals])

print('===== fill and align')
for align in ['<', '>', '^', '=']:
    for fill in ['', '*', '0', ' ', '{', '}', 'é', '😀', '=', '<']:
        spec = fill + align
        print(repr(spec), [fmt(v, spec + w) for v in (42, -42) for w in ('8', '+8', '#8x', '8,')])

print('===== grouping with zero padding')
for w in range(1, 16):
    print(w, fmt(1234, '0%d,' % w), fmt(-1234, '0%d_' % w), fmt(0xabcdef, '0%d_x' % w), fmt(5, '#0%d_b' % w),
          fmt(-5, '0%d,d' % w), fmt(123, '0=+%d,' % w))

print('===== big and special values')
for v in [10**30, -10**30, 2**64 - 1, -(2**63), True, False]:
    print(fmt(v, ','), fmt(v, '_'), fmt(v, '_x'), fmt(v, '#_o'), fmt(v, '#_b')[:30], fmt(v, '+,'), fmt(v, 'n'), fmt(v, '.2e'),
          fmt(v, '.3g'), fmt(v, ',.1f'), fmt(v, '%'))
for v in [0, 1, 65, 0x10FFFF, 0x110000, -1, 0xD7FF, 0x1F600]:
    print(v, ascii(fmt(v, 'c')), ascii(fmt(v, '>3c')), ascii(fmt(v, '*^5c')))

print('===== float presentation types on ints')
for t in ['e', 'E', 'f', 'F', 'g', 'G', '%']:
    print(t, [fmt(v, s + t) for v in (0, 7, -123456789, 10**20) for s in ('', '.0', '#.0', '+.3', '012,.2')])

print('===== errors')
errs = ['z', 'zd', '+c', ' c', '#c', ',c', '_c', ',b', ',o', ',x', ',X', ',n', '_n', '.2', '.2d', '.0x', 's', 'r',
        'a', 'y', 'dd', ',,', '__', ',_', '_,', '5.', '.', '=', '#', 'ñ', 'xx', '1' * 25, '.' + '9' * 25, '{}',
        '0=', '0', '00', '-0', '+-d', '#-d', '0+d', ',d5', '<<5', '<>5', '.,d']
for s in errs:
    print(repr(s), repr(fmt(12, s)))
print(fmt(12, ','), fmt(12, '_d'), fmt(12, '5_'))

class I(int):
    def __repr__(self):
        return 'I()'
print(format(I(255), 'x'), format(I(255), ''), '{0:>5}|{0!r}|{0:#o}'.format(I(8)))
print(int.__format__(300, ',x') if False else fmt(300, '_X'), int.__format__(12, '+05'), (7).__format__(''))
