# float methods: hex/fromhex, as_integer_ratio, is_integer, __getformat__, real/imag.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 1e-300, 5e-324, 1.7976931348623157e308, 2.0**-1022, 3.75, 1e16, 123.456]
for v in vals:
    print(v, v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer(), v.real, v.imag, v.conjugate())
for s in ['0x1.8p1', ' -0X1P-1074 ', '0x1p-1075', '0x1.8p-1075', '0x3p-1076', '1.8', '.8', '0x.8p0', 'inf', '-Infinity', 'nan',
          '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p1024', '0x0p99999999', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x1.000000000000080001p0', '', '0x', '0x1.p1', '0x.p1', '1p+', '0x1_0', 'abc', '0x1p-1080',
          '0x123456789abcdef123p0', '0x.000000000000000000001p0']:
    show('fromhex(%r)' % s, lambda: float.fromhex(s))
show('fromhex(5)', lambda: float.fromhex(5))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.hex(), v.is_integer())
show('inf.as_integer_ratio()', lambda: float('inf').as_integer_ratio())
show('nan.as_integer_ratio()', lambda: float('nan').as_integer_ratio())
print(float.__getformat__('double'), float.__getformat__('float'))
show("__getformat__('x')", lambda: float.__getformat__('x'))
print((2.5).__getnewargs__(), (1.5).__round__(), (2.5).__round__(), (-0.5).__round__(), (2.675).__round__(2))

class F(float):
    pass

print(F.fromhex('0x1.4p3'), type(F.fromhex('0x1.4p3')).__name__)
