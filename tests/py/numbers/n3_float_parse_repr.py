# float(str) parsing (underscores, whitespace, signs, inf/nan spellings, Unicode digits,
# bytes) with error messages; repr round trips over hard cases and an LCG sweep; nan/inf
# comparison and identity semantics.
import math

def conv(x):
    try:
        return repr(float(x))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

texts = ['1', ' 1.5 ', '\t-2.5e3\n', '+.5', '5.', '.5e-3', '1_000.000_1', '1_0e1_0', '1e+05', '1E-5', '0x10', '1e',
         '1e+', 'e5', '.', '-.', '1..5', '1.5.', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5', '1e5_', '- 1', '--1', '+-1',
         'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'infinit', 'infinityy', 'nan', '-NaN', '+nan', 'nan(123)', 'nanq',
         '1e400', '-1e400', '1e-400', '2.4703282292062327e-324', '2.4703282292062328e-324', '4.9406564584124654e-324',
         '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308', '0.1000000000000000055511151231257827',
         '9007199254740993', '9007199254740993.0000000001', '0' * 400 + '1', '0.' + '0' * 400 + '1e400', '1' + '0' * 400 + 'e-400',
         '١٫٥', '١.٥', '\u0661\u0662.5', '１.５', '\xa01.5\u2003', '1.5\x00', '', ' ', '\u00bd', 'é', '1,5', '1.5j', '0b1']
for t in texts:
    print(ascii(t)[:50], conv(t))
for b in [b'1.5', b' -2 ', bytearray(b'1e3'), b'inf', b'\xd9\xa1', b'', b'1_0']:
    print(b, conv(b))
class F:
    def __float__(self):
        return 2.5
class FI:
    def __index__(self):
        return 7
class BadF:
    def __float__(self):
        return 'x'
class SubF(float):
    pass
for v in [F(), FI(), BadF(), None, [], 1j, 10**400, -10**400, True, SubF(3.5), 2**1023 * 2 - 2**970]:
    print(type(v).__name__, conv(v))
print(type(float(SubF(1.0))).__name__, SubF('1.5'), type(SubF('1.5')).__name__)

hard = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e23, 9007199254740993.0, 5e-324, 1e-323, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 4.35, 1e16, 1e15, 123456789012345678.0, 0.000001, 0.0000001,
        1e22, 1e21, 1.5e-7, 100.0, 12345.678, -0.0, 2.0**-1074 * 3, 8.41e21, 5.0e-7, 9.999999999999999e22, 0.3 - 0.1]
for v in hard:
    s = repr(v)
    print(s, str(v) == s, float(s) == v and math.copysign(1, float(s)) == math.copysign(1, v), float(s).hex())
x = 88172645463325252
fails = 0
for i in range(3000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    bits = x & ((1 << 63) - 1)
    if (bits >> 52) == 0x7FF:
        continue
    v = math.ldexp(float((bits & ((1 << 52) - 1)) | (1 << 52)), (bits >> 52) - 1075) if bits >> 52 else math.ldexp(float(bits), -1074)
    if float(repr(v)) != v or float.fromhex(v.hex()) != v or float(str(-v)) != -v:
        fails += 1
    if float('%.17g' % v) != v or len(repr(v)) > 24:
        fails += 1
print('sweep failures', fails)

nan, inf = float('nan'), float('inf')
print(nan == nan, nan != nan, nan < nan, nan >= nan, nan == 0, 0 != nan, inf == inf, -inf < inf, inf > 10**400,
      -inf < -10**400, nan in [nan], nan in [float('nan')], [nan] == [nan], (nan,) == (float('nan'),), {nan: 1}.get(nan),
      max(nan, 1), max(1, nan), min(nan, 1), math.isnan(-nan))
print(inf + inf, inf - inf, inf * 0, inf * -1, inf / inf, -inf / 2, 1 / inf, -1 / inf, inf % 2, r if (r := 2 % inf) else r,
      -2 % inf, 2 % -inf, divmod(inf, 2), divmod(5.0, inf), divmod(-5.0, inf), inf // 1, 1 // inf, -1 // inf)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0) == hash(0), hash(1.5) == hash(3 / 2), hash(2.0**64) == hash(2**64),
      hash(-1.0), hash(1e-300) != 0, math.copysign(1, -0.0 + 0.0), math.copysign(1, -0.0 - 0.0), math.copysign(1, -0.0 * 5))
