import csv, io
import _csv
def t(**kw):
    try:
        d = _csv.Dialect(**kw)
        print(sorted(kw), 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.quoting, repr(d.lineterminator))
    except Exception as e:
        print(sorted(kw), type(e).__name__, e)
t(quoting=9, lineterminator=None)
t(quoting=9, quotechar=None)
t(lineterminator=None, quotechar=None, quoting=0)
t(delimiter='\n', quoting=9)
t(delimiter='"', quoting=9)
t(delimiter='\n', lineterminator=None)
t(delimiter='\n', escapechar='\n')
t(delimiter=',', escapechar=',', quotechar=',')
t(escapechar='"', lineterminator='"')
t(delimiter=' ', lineterminator=' ')
t(quotechar='\r')
t(escapechar='\r')
t(delimiter='\r', quotechar='\n')
t(quoting=-1)
t(quoting=2**70)
t(quotechar=None, quoting=None)
t(delimiter=None, quotechar=None)
t(escapechar=5, delimiter=5)
t(lineterminator=5, quoting='x')
class D: quotechar = None
t(dialect=D)
class D2: quotechar = None; quoting = 0
t(dialect=D2)
class D3(csv.excel): quotechar = None
t(dialect=D3)
t(dialect=D, quoting=0)
t(dialect='excel', quotechar=None)
t(dialect=csv.get_dialect('unix'), quotechar=None)
class E: delimiter = property(lambda s: 1/0)
t(dialect=E())
t(quoting=csv.QUOTE_NONE, escapechar='\\', quotechar=None)
t(quoting=csv.QUOTE_ALL, quotechar="'")
t(lineterminator='\r\n,')
t(lineterminator='ab\\', escapechar='\\')
print(repr(_csv.Dialect().lineterminator))
class S(str): pass
t(delimiter=S(';'))
print(type(_csv.Dialect(delimiter=S(';')).delimiter))
class B:
    def __bool__(self): raise ValueError('nobool')
t(doublequote=B())
t(strict=B())
print(_csv.Dialect(strict=1).strict, _csv.Dialect(doublequote='').doublequote)
d=_csv.Dialect()
try: del d.delimiter
except Exception as e: print(type(e).__name__, e)
try: d.foo = 1
except Exception as e: print(type(e).__name__, e)
class SD(_csv.Dialect): pass
sd = SD(); print(type(sd), sd.delimiter)
try: _csv.Dialect.__init__
except Exception as e: print(type(e).__name__, e)
print(csv.excel.__mro__, csv.excel.quoting, csv.unix_dialect.quoting)
import csv, io, _csv
def t(**kw):
    try:
        d = _csv.Dialect(**kw)
        print(sorted(kw.items()), 'ok')
    except Exception as e:
        print(sorted(kw.items()), type(e).__name__, e)
t(escapechar='\n', quotechar='\n')
t(escapechar='\n', quotechar='\r', delimiter='\r')
t(delimiter='x', quotechar='x', escapechar='x', lineterminator='x')
t(delimiter='x', quotechar='x', lineterminator='x')
t(quotechar='x', escapechar='x', lineterminator='x')
t(delimiter='x', escapechar='x', lineterminator='x')
t(quotechar='x', escapechar='x', lineterminator='x', quoting=3)
t(delimiter='x', quotechar='x', quoting=3)
t(delimiter='x', lineterminator='x', quoting=3)
t(quotechar='x', lineterminator='x', quoting=3)
t(escapechar='x', lineterminator='x', quoting=3)
t(delimiter='\n', quoting=3)
t(quotechar='\n', quoting=3)
t(lineterminator='\n\r', quoting=3, delimiter=' ')
t(quoting=csv.QUOTE_NONE, quotechar=None, escapechar='x', delimiter='x')
t(quotechar=None, delimiter='x', lineterminator='x')
t(quotechar=None, escapechar='\n')
t(escapechar='\r', lineterminator=None)
t(dialect=None)
t(dialect=5)
def t(**kw):
    try:
        d = _csv.Dialect(**kw); print(kw, 'ok')
    except Exception as e: print(kw, type(e).__name__, e)
t(delimiter='x', escapechar='x', quotechar='y', lineterminator='y')
t(delimiter='x', quotechar='x', escapechar='y', lineterminator='y')
t(delimiter='x', quotechar='x', escapechar='y', lineterminator='z', quoting=3)
t(escapechar='x', quotechar='x', delimiter='y', lineterminator='y')
