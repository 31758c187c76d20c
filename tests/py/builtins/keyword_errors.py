# Argument-binding errors of builtins: CPython 3.13's messages and their order.
cases = [
 "eval()", "eval(source='1')", "eval('1', globals={})", "eval('1', {}, {}, 3)", "eval('1', x=1)",
 "exec()", "exec(source='1')", "exec('1', {}, {}, closure=None, x=1)", "exec('1', closure=1)",
 "sum()", "sum([], 0, 1)", "sum(iterable=[])", "sum([], start=1)", "sum([], start=1, x=2)", "sum(start=1)",
 "pow()", "pow(2)", "pow(base=2)", "pow(2, 3, 4, 5)", "pow(2, exp=3)", "pow(2, 3, base=2)", "pow(2, 3, x=1)", "pow(base=2, exp=3, mod=5)",
 "round()", "round(1.5, 1, 2)", "round(number=1.5, ndigits=None)", "round(1.5, number=1)", "round(x=1)",
 "compile()", "compile('1', 'f')", "compile('1', 'f', 'eval', 0, False, -1, x=1)", "compile(source='1', filename='f', mode='eval')", "compile('1', 'f', 'eval', flag=1)",
 "__import__()", "__import__(name='sys')", "__import__('sys', x=1)",
 "sorted()", "sorted([], None)", "sorted(iterable=[])", "sorted([], x=1)", "sorted([], key=None, reverse=1)",
 "print(x=1)", "print(sep=1)", "min()", "min(1)", "min([], x=1)", "min([], default=3)", "max(1, 2, key=None, default=2)",
 "int(x='1')", "int('1', base=2)", "int(base=2)", "float(x=1)", "str(object=1)", "str(x=1)", "bytes(source=b'')", "range(stop=1)",
 "divmod()", "divmod(1)", "len()", "len(obj=1)", "isinstance(1)", "getattr(1)", "setattr(1, 2)", "iter()", "next()", "hash(obj=1)", "abs(x=1)", "format(1, format_spec='')", "format()",
 "enumerate(iterable=[])", "enumerate([], start=1)", "zip(strict=True)", "zip([], x=1)", "map()", "filter()", "open()", "vars(1,2)", "dir(1,2)", "ascii()", "bin(x=1)", "chr(i=1)", "ord(c='a')",
 "input(1, 2)", "callable()", "id(o=1)", "repr()", "type()", "type(1, 2)", "super(1, 2, 3)", "object(1)", "list(x=1)", "tuple(iterable=[])", "dict(1, 2)", "set(x=1)", "frozenset(x=1)", "bool(x=1)", "complex(x=1)", "complex(real=1, imag=2)",
 "globals(1)", "locals(1)", "hex()", "oct(1, 2)", "issubclass(int)", "delattr(1)", "hasattr()", "all()", "any(x=1)", "reversed()", "reversed(seq=[])", "slice()", "property(fget=None, x=1)", "classmethod()", "staticmethod()", 
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", "ok")
    except Exception as e:
        print(c, "->", type(e).__name__, e)
class A:
    __iter__ = None
class B:
    def __iter__(self): return 5
class G:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class H:
    __contains__ = None
    def __iter__(self): return iter([1])
for c in (5, A(), B(), G(), H(), None, len, object):
    try: print(1 in c)
    except Exception as e: print(type(e).__name__, e)
def outer():
    x = 1
    def f(): return x
    return f
f = outer()
def g(): return 1
for c in ("exec(f.__code__)", "eval(f.__code__)", "exec(g.__code__, {}, {}, closure=(1,))", "exec(f.__code__, closure=(1,))", "exec(f.__code__, closure=())", "exec('1', closure=None)", "exec(g.__code__, closure=None)", "exec('1', closure=())", "exec(f.__code__, closure=[f.__closure__[0]])"):
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
