# sys: version info, limits, recursion limit, exc_info, intern, argv, modules, exit, streams.
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 8), vi < (4,), type(vi).__name__, len(vi))
print(vi.releaselevel in ('alpha', 'beta', 'candidate', 'final'), sys.version.startswith('3.13'))
print(sys.hexversion >> 16 == 0x30d, isinstance(sys.hexversion, int))
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder in ('little', 'big'))
print(sys.platform, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, sys.int_info.bits_per_digit in (15, 30))
print(sys.argv, type(sys.argv).__name__, sys.argv[0])
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print('sys' in sys.modules, 'builtins' in sys.modules, sys.modules['sys'] is sys)
print(sys.builtin_module_names.__class__.__name__, 'sys' in sys.builtin_module_names)
print(sys.__name__, __name__, sys.modules['__main__'].__name__)

old = sys.getrecursionlimit()
print(type(old).__name__, old > 50)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit(-5))
t(lambda: sys.setrecursionlimit('x'))
t(lambda: sys.setrecursionlimit(1.5))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)

print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    tp, val, tb = sys.exc_info()
    print(tp.__name__, repr(val), type(tb).__name__, sys.exception() is val)
print(sys.exc_info(), sys.exception())

a = sys.intern('hello world ' * 2)
b = sys.intern('hello world ' * 2)
print(a is b, a)
t(lambda: sys.intern(5))
t(lambda: sys.intern(b'x'))

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
t(lambda: str(10 ** 1200))
t(lambda: int('1' * 1500))
t(lambda: sys.set_int_max_str_digits(100))
t(lambda: sys.set_int_max_str_digits(-1))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)

for code in (None, 0, 3, 'message', (1, 2)):
    try:
        sys.exit(code)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
try:
    sys.exit(1, 2)
except Exception as e:
    print(type(e).__name__, e)

print(sys.stdout.write('written\n'))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.encoding, sys.stdin.read())
print(callable(sys.getrefcount), callable(sys._getframe), sys._getframe().f_code.co_name)
def who():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name
print(who())
t(lambda: sys._getframe(1000))
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1, True, False))
print(sys.dont_write_bytecode in (True, False), isinstance(sys.platform, str))
print(sys.getsizeof(1) > 0, sys.getsizeof([], 7) > 0)
