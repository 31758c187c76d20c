# cmath on finite arguments: every function of one complex argument over a set of
# ordinary, huge and tiny values, compared digit for digit through repr.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan)
print(repr(cmath.infj), repr(cmath.nanj), type(cmath.pi).__name__, type(cmath.infj).__name__)

FUNCS = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh',
         'atanh', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']

VALUES = [
    0.5 + 0.25j, -0.5 + 0.25j, 0.5 - 0.25j, -0.5 - 0.25j,
    1 + 1j, 2 - 3j, -3 + 4j, 1.5 - 0.5j, 0.1 + 0.7j, -0.9 - 0.43j,
    0.6 + 0.8j, 0.70710678 + 0.70710678j, 1.0000001 + 1e-8j,
    10 + 20j, -100 + 0.5j, 300.25 - 2j, 1e5 + 1e-5j,
    700 + 1j, -709.5 + 3j, 710.5 - 1j, 711 + 0.2j,
    1e20 + 1e20j, -1e150 + 3j, 2e154 + 2e154j, 1e300 - 1e300j,
    1.7976931348623157e308 + 1e308j, -1e308 - 1.7976931348623157e308j,
    1e-8 + 1e-8j, 1e-160 - 3e-160j, 1e-300 + 2e-300j, 2.2250738585072014e-308 + 0j,
    5e-324 + 5e-324j, -1e-310 + 1e-315j, 3e-320 - 2e-321j,
    1 + 1e-170j, 1 - 1e-300j, -1 + 1e-200j, 1e-170 + 1j,
]

for name in FUNCS:
    f = getattr(cmath, name)
    print(f'--- {name}')
    for z in VALUES:
        try:
            result = repr(f(z))
        except (ValueError, OverflowError) as exc:
            result = f'{type(exc).__name__}: {exc}'
        print(f'{z!r:>42} -> {result}')

# Real and integer arguments are accepted and give complex results.
print(cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(2.0), cmath.exp(0), cmath.log(1))
print(cmath.cos(0), cmath.sin(True), cmath.acos(2), cmath.asin(-2), cmath.atanh(0.5))
print(cmath.log10(1000), cmath.log10(-100), cmath.log(10 ** 300), cmath.sqrt(10 ** 300))
