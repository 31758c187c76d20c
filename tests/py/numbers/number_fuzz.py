# Deterministic pseudo-random sweep over int/float/complex operators, formatting and
# parsing (a self-contained LCG, so the output does not depend on the random module).
state = 12345

def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n

def rint():
    k = rnd(5)
    if k == 0:
        return rnd(600) - 300
    if k == 1:
        return rnd(2**64) - 2**63
    if k == 2:
        return (rnd(2**62) << rnd(200)) * (1 - 2 * rnd(2))
    if k == 3:
        return [0, 1, -1, 2**63, -2**63, 2**64 - 1, 10**18][rnd(7)]
    return int(''.join(str(rnd(10)) for _ in range(1 + rnd(60)))) * (1 - 2 * rnd(2))

def rfloat():
    k = rnd(6)
    if k == 0:
        return [0.0, -0.0, 1.0, 0.1, float('inf'), float('-inf'), 5e-324, 1e16, 1.7976931348623157e308][rnd(9)]
    if k == 1:
        return (rnd(2**53) / 2**53) * 10.0 ** (rnd(40) - 20) * (1 - 2 * rnd(2))
    if k == 2:
        return float(rnd(10**6) - 5 * 10**5) / [1, 2, 4, 8, 10, 100, 3][rnd(7)]
    if k == 3:
        return round(rnd(10**9) / 1000.0, rnd(4))
    if k == 4:
        return float.fromhex('0x1.%013xp%d' % (rnd(16**13), rnd(2046) - 1022))
    return rnd(1000) / 7.0 - 70

def spec():
    s = ''
    if rnd(4) == 0:
        s += ['', '*', '0', ' '][rnd(4)] + '<>=^'[rnd(4)]
    if rnd(3) == 0:
        s += '+- '[rnd(3)]
    if rnd(5) == 0:
        s += '#'
    if rnd(5) == 0:
        s += '0'
    if rnd(2) == 0:
        s += str(rnd(22))
    if rnd(4) == 0:
        s += ',_'[rnd(2)]
    if rnd(3) == 0:
        s += '.' + str(rnd(14))
    return s

def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('//', lambda a, b: a // b), ('%', lambda a, b: a % b), ('divmod', divmod), ('<', lambda a, b: a < b),
       ('==', lambda a, b: a == b), ('>=', lambda a, b: a >= b)]
for i in range(120):
    a, b, x, y = rint(), rint(), rfloat(), rfloat()
    line = []
    for name, f in ops:
        line.append(attempt(lambda: f(a, b)))
        line.append(attempt(lambda: f(a, x)))
        line.append(attempt(lambda: f(x, y)))
    print(i, a, b, repr(x), repr(y))
    print('  ', ' | '.join(line))
    e = rnd(40)
    print('  ', attempt(lambda: a ** e), attempt(lambda: x ** (e - 20)), attempt(lambda: pow(a, e, b or 7)),
          attempt(lambda: a << rnd(100)), attempt(lambda: a >> rnd(100)), a & b, a | b, a ^ b, ~a)
    print('  ', attempt(lambda: round(x, rnd(30) - 15)), attempt(lambda: round(a, -rnd(30))), attempt(lambda: round(x)),
          hash(a), hash(x), attempt(lambda: x.as_integer_ratio()), x.hex(), attempt(lambda: int(x)), attempt(lambda: float(a)))
    c = complex(x, y)
    print('  ', repr(c), attempt(lambda: c * complex(b % 7, a % 5)), attempt(lambda: c / complex(a % 3, 1)), attempt(lambda: abs(c)),
          attempt(lambda: c ** 2), hash(c) if c == c else 'nan')
    sa, sf, sc = spec(), spec(), spec()
    print('  ', repr(sa), attempt(lambda: format(a, sa + 'dxXobn'[rnd(6)])), repr(sf), attempt(lambda: format(x, sf + ['', 'e', 'f', 'g', '%', 'E', 'G'][rnd(7)])),
          repr(sc), attempt(lambda: format(c, sc + ['', 'e', 'f', 'g'][rnd(4)])))
    txt = repr(x)
    print('  ', attempt(lambda: float(txt)) == repr(x) or repr(x), attempt(lambda: int(str(a))) == repr(a),
          attempt(lambda: int(hex(a), 16)) == repr(a), attempt(lambda: complex(repr(c))), attempt(lambda: float.fromhex(x.hex())))
