# round() of ints and floats: half to even on the exact binary value, negative ndigits.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e20, -0.0, 1e300]])
print([round(2.675, n) for n in range(5)], round(0.125, 2), round(0.375, 2), round(-0.125, 2), round(1.005, 2))
print([round(123456.789, n) for n in range(-7, 4)])
print([round(-123456.789, n) for n in range(-7, 4)])
print(round(150.0, -2), round(250.0, -2), round(-4.0, -1), round(5e-324, 324), round(5e-324, 323), round(1e-320, 321))
print(round(1.7976931348623157e308, -300), round(1e300, -400), round(1e300, 400), round(1.0, 10**30), round(1.0, -10**30))
print(round(float('inf'), 2), round(float('nan'), -2), round(float('-inf'), -400), round(0.1, 17), round(0.1, 16), round(2.5, 0))
print(round(7), round(7, 2), round(-7, -1), round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(10**30 + 5 * 10**9, -10))
print(round(True), round(True, 1), type(round(True)).__name__, round(12345, -10), round(5, -1), round(-5, -1))
show('round(1.7976931348623157e308, -308)', lambda: round(1.7976931348623157e308, -308))
show('round(float("inf"))', lambda: round(float('inf')))
show('round(float("nan"))', lambda: round(float('nan')))
show("round(1.5, 'a')", lambda: round(1.5, 'a'))
show('round(1.5, 1.0)', lambda: round(1.5, 1.0))
show("round('a')", lambda: round('a'))
show('(1.5).__round__(1, 2)', lambda: (1.5).__round__(1, 2))
x = 0.0
for i in range(200):
    x += 0.0137
    print(round(x, 3), round(x * 1000, -1), end=' ')
print()
