# float arithmetic: floor division and modulo signs, pow special cases, mixed int/float.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = float('inf'), float('nan')
for a in [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, 3.0]:
    for b in [2.0, -2.0, 0.5, 3, -3, inf]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for a, b in [(inf, 1.0), (1.0, -inf), (-1.0, inf), (nan, 1.0), (1.0, nan), (inf, inf)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)

for a in [2.0, -2.0, 0.5, -0.5, 0.0, -0.0, 1.0, -1.0, inf, -inf, nan]:
    row = []
    for b in [0.0, 0.5, 1.0, 2.0, 3.0, -1.0, -2.0, -3.0, inf, -inf, nan, 2]:
        try:
            row.append(repr(a ** b))
        except Exception as e:
            row.append(type(e).__name__)
    print(a, row)

show('1.0 / 0', lambda: 1.0 / 0)
show('1 / 0.0', lambda: 1 / 0.0)
show('1.0 // 0.0', lambda: 1.0 // 0.0)
show('1.0 % 0', lambda: 1.0 % 0)
show('divmod(1.0, 0.0)', lambda: divmod(1.0, 0.0))
show('0.0 ** -1', lambda: 0.0 ** -1)
show('(-0.0) ** -3', lambda: (-0.0) ** -3)
show('10.0 ** 400', lambda: 10.0 ** 400)
show('(-10.0) ** 401', lambda: (-10.0) ** 401)
show('2.0 ** -1100', lambda: 2.0 ** -1100)
show('(-8.0) ** (1/3)', lambda: (-8.0) ** (1 / 3))
show('(-1) ** 0.5', lambda: (-1) ** 0.5)
show('1.5 ** 10**400', lambda: 1.5 ** 10**400)
show('1.0 + 10**400', lambda: 1.0 + 10**400)
show("1.0 + 'a'", lambda: 1.0 + 'a')
show("1.0 < 'a'", lambda: 1.0 < 'a')
show('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
show('2 ** 0.5', lambda: 2 ** 0.5)
show('2 ** -1', lambda: 2 ** -1)
show('10 ** -20', lambda: 10 ** -20)

# exact comparisons between int and float
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10**400 > 1e308, 10**400 == inf, -10**400 > -inf, 1 == 1.0, 1 < 1.5, 2 > 1.5, nan == nan, nan != nan, nan < 1, 1 < nan)
print(0.5 == 1 / 2, 2**63 == 2.0**63, 2**63 + 1 == 2.0**63, -2**63 == -2.0**63, 3 >= 3.0, 3 <= 2.9999999999999996)
print(sorted([3, 1.5, -2, 2**60, 0.1, -0.0, 0, True]))

# unary, abs, conversions
print(-0.0, -(0.0), abs(-0.0), +(-1.5), abs(-inf), int(2.9), int(-2.9), float(-0), -(-1e-320))
print((1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (1e20).__int__(), (2.5).__float__())
print(bool(0.0), bool(-0.0), bool(nan), bool(1e-320))
show('int(inf)', lambda: int(inf))
show('int(nan)', lambda: int(nan))
show('inf.__floor__()', lambda: inf.__floor__())
