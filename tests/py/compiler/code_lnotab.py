# code objects: co_code has two bytes per code unit (its length agrees with co_lines and
# f_lasti offsets), co_lnotab is derived from the line table with a DeprecationWarning.
import warnings
warnings.simplefilter('ignore')
def f(x, y):
    a = x + y
    b = x - y

    return a * b
code = f.__code__
print(type(code.co_lnotab), len(code.co_code) - list(code.co_lines())[-1][1], len(code.co_code) % 2)
print(all(b[0] % 2 == 0 for b in [code.co_lnotab[i:i+2] for i in range(0, len(code.co_lnotab), 2)]))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    code.co_lnotab
    print(w[0].category.__name__, w[0].message)
