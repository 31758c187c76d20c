import csv, io
def t(**kw):
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
    except Exception as e:
        print(kw, type(e).__name__, e)
t(delimiter=1); t(delimiter='ab'); t(delimiter=''); t(delimiter=None); t(delimiter=' '); t(delimiter='\n'); t(delimiter='\r')
t(quotechar=1); t(quotechar='ab'); t(quotechar=''); t(quotechar=None); t(quotechar=None, quoting=csv.QUOTE_NONE); t(quotechar='\n')
t(escapechar=1); t(escapechar='ab'); t(escapechar=''); t(escapechar='\n'); t(escapechar=' ')
t(lineterminator=1); t(lineterminator=''); t(lineterminator='ab'); t(lineterminator=None)
t(quoting=9); t(quoting='a'); t(quoting=None); t(quoting=1.0); t(quoting=True)
t(doublequote=0); t(doublequote=[]) ; t(strict='x'); t(skipinitialspace=None)
t(delimiter='"'); t(escapechar=','); t(escapechar='"'); t(lineterminator=','); t(lineterminator='"'); t(lineterminator='\\', escapechar='\\')
t(delimiter='x', quotechar='x'); t(foo=1)
t(delimiter='\t', escapechar=' ', lineterminator=' ')
try: csv.reader([], 'nonexist')
except Exception as e: print(type(e).__name__, e)
try: csv.reader([], 5)
except Exception as e: print(type(e).__name__, e)
try: csv.reader()
except Exception as e: print(type(e).__name__, e)
try: csv.reader(5)
except Exception as e: print(type(e).__name__, e)
try: csv.writer(5)
except Exception as e: print(type(e).__name__, e)
try: csv.writer()
except Exception as e: print(type(e).__name__, e)
try: csv.reader([],[],[])
except Exception as e: print(type(e).__name__, e)
print(type(csv.reader([])), type(csv.writer(io.StringIO())), csv.Dialect, csv.excel, csv.Error, csv.Error.__mro__)
r = csv.reader([]); d=r.dialect; print(type(d), type(d).__mro__)
try: d.delimiter='x'
except Exception as e: print(type(e).__name__, e)
try: r.line_num = 3
except Exception as e: print(type(e).__name__, e)
print(csv.list_dialects(), csv.__all__)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try: csv.field_size_limit('a')
except Exception as e: print(type(e).__name__, e)
try: csv.field_size_limit(1,2)
except Exception as e: print(type(e).__name__, e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.__version__)
for n in ['excel','excel-tab','unix']:
    d = csv.get_dialect(n); print(n, type(d), repr(d.delimiter), repr(d.lineterminator), d.quoting)
try: csv.get_dialect('x')
except Exception as e: print(type(e).__name__, e)
try: csv.unregister_dialect('x')
except Exception as e: print(type(e).__name__, e)
try: csv.register_dialect(1)
except Exception as e: print(type(e).__name__, e)
try: csv.register_dialect('a', delimiter=1)
except Exception as e: print(type(e).__name__, e)
csv.register_dialect('a', delimiter=';', quoting=csv.QUOTE_ALL); d=csv.get_dialect('a'); print(type(d), d.delimiter, d.quoting)
csv.register_dialect('b', csv.excel_tab, delimiter='|');print(csv.get_dialect('b').delimiter, csv.get_dialect('b').lineterminator)
csv.register_dialect('c', 'a');print(csv.get_dialect('c').delimiter)
try: csv.register_dialect('c', 'zz')
except Exception as e: print(type(e).__name__, e)
try: csv.register_dialect()
except Exception as e: print(type(e).__name__, e)
class D: delimiter=';'
csv.register_dialect('dd', D); print(csv.get_dialect('dd').quotechar)
class E(csv.Dialect): delimiter=';'
try: E()
except Exception as e: print(type(e).__name__, e)
try: csv.Dialect()
except Exception as e: print(type(e).__name__, e)
class F(csv.excel): delimiter=1
try: F()
except Exception as e: print(type(e).__name__, e)
class G(csv.excel): quoting=None
try: G()
except Exception as e: print(type(e).__name__, e)
print(sorted(csv.list_dialects()))
import csv, io
def t(**kw):
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.quoting)
    except Exception as e:
        print(kw, type(e).__name__, e)
t(quotechar=None, quoting=csv.QUOTE_ALL); t(quotechar=None, quoting=csv.QUOTE_MINIMAL); t(quotechar=None, quoting=csv.QUOTE_NONNUMERIC)
t(quoting=csv.QUOTE_NONE); t(delimiter=None, quoting=3)
class H(csv.excel): delimiter='\n'
try: H()
except Exception as e: print(type(e).__name__, e)
class I(csv.excel): pass
i = I(); print(i._valid, i._name, csv.excel._name, csv.excel_tab._name, csv.unix_dialect._name, csv.excel.delimiter)
print(csv.excel().delimiter, csv.reader([], csv.excel).dialect.delimiter)
d = csv.get_dialect('excel'); print(csv.reader([], d).dialect is d, csv.reader([], d, delimiter=';').dialect is d)
print(csv.reader([], 'excel').dialect is d)
print(csv.Dialect.__dict__.keys())
print(sorted(k for k in dir(csv.get_dialect('excel')) if not k.startswith('__')))
r=csv.reader([]); print(sorted(k for k in dir(r) if not k.startswith('__')))
w=csv.writer(io.StringIO()); print(sorted(k for k in dir(w) if not k.startswith('__')))
print(csv.Dialect.__doc__ is not None)
d2 = csv.get_dialect('excel')
print(type(d2).__name__, repr(csv.excel.lineterminator))
import _csv
try: _csv.Dialect(delimiter=';'); print(_csv.Dialect(delimiter=';').delimiter)
except Exception as e: print(type(e).__name__, e)
print(_csv.Dialect(csv.excel_tab, delimiter=';').lineterminator)
try: _csv.Dialect(1,2)
except Exception as e: print(type(e).__name__, e)
try: _csv.Dialect(x=1)
except Exception as e: print(type(e).__name__, e)
class X: pass
print(_csv.Dialect(X()).delimiter)
