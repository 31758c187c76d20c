# bool: the int subclass with two instances.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print(True, False, repr(True), str(False), int(True), float(False), True + 1, True * 2.5, -True, abs(False))
print(True & True, True & False, True | False, False ^ True, True ^ True, type(True & True).__name__, True & 3, 3 | True, type(True | 2).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool(0j), bool(2**100))
print(True == 1, False == 0, True is True, True < 2, sorted([True, False, -1, 2]), True // 1, True / 2, divmod(True, 1))
print(isinstance(True, bool), isinstance(True, int), type(True).__name__, bool.__bases__ if hasattr(bool, '__bases__') else None)
print(format(True), format(True, 'd'), format(False, '>5'), '%d %s %r' % (True, True, False), f'{True!r:>6}')
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), True.as_integer_ratio())
show('bool(1, 2)', lambda: bool(1, 2))
show('bool(x=1)', lambda: bool(x=1))
show('True // 0', lambda: True // 0)
show("True + 'a'", lambda: True + 'a')
