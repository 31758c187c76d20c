# compile(optimize=N): asserts, __debug__ and docstrings per level; invalid levels.
src = '''"module doc"
def g():
    "function doc"
    return 1
class C:
    "class doc"
try:
    assert 0, "boom"
    asserted = False
except AssertionError:
    asserted = True
if __debug__:
    dbg = 'on'
else:
    dbg = 'off'
'''
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, 's', 'exec', optimize=level), ns)
    print(level, ns['__doc__'], ns['g'].__doc__, ns['C'].__doc__, ns['asserted'], ns['dbg'])
for bad in (3, 4, 99, -2, -128):
    try:
        compile('x = 1', 's', 'exec', optimize=bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
try:
    compile('x = 1', 's', 'exec', optimize=2**70)
except OverflowError as e:
    print('OverflowError')
