import configparser as cp
import os
import pathlib

def err(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

# Converters: given to the constructor, added later, removed.
p = cp.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
p.read_string('[s]\nitems = a, b ,c\nnum = 4\nyes = On\n')
print(sorted(p.converters), p.converters['list'] is not None, p.converters['int'])
print(p.getlist('s', 'items'), p['s'].getlist('items'), p['s'].getlist('nope'))
print(p.getlist('s', 'nope', fallback='fb'), p['s'].getlist('nope', ['d']))
err(p.getlist, 's', 'nope')
err(p.getlist, 'nosect', 'x')
p.converters['upper'] = str.upper
print(p.getupper('s', 'items'), p['s'].getupper('items'), len(p.converters))
p.add_section('t')
p['t']['k'] = 'low'
print(p['t'].getupper('k'), p.getupper.converter is str.upper)
del p.converters['upper']
print(hasattr(p, 'getupper'), hasattr(p['s'], 'getupper'), sorted(p.converters))
err(p.converters.__setitem__, '', int)
err(p.converters.__setitem__, 5, int)
err(p.converters.__delitem__, None)
err(p.converters.__delitem__, 'missing')
err(p.converters.__getitem__, 'missing')
print(p.getint('s', 'num'), p['s'].getint('num'), p['s'].getboolean('yes'), p['s'].getfloat('num'))
print(p['s'].getint('nope', fallback=1), p['s'].getint('num', raw=True))
print(cp.ConfigParser.BOOLEAN_STATES is cp.RawConfigParser.BOOLEAN_STATES)
class Custom(cp.ConfigParser):
    BOOLEAN_STATES = {'sure': True, 'nope': False}
    def getdecimal(self, section, option, **kw):
        return 'dec:' + self.get(section, option, **kw)
c = Custom()
c.read_string('[s]\na = sure\nb = yes\n')
print(c.getboolean('s', 'a'), sorted(c.converters), c['s'].getdecimal('a'))
err(c.getboolean, 's', 'b')
print(cp.ConfigParser().converters['boolean'], isinstance(p.converters, cp.ConverterMapping))

# Files: read() skips missing ones and reports those it read.
base = '/tmp/configparser_conv_%d' % os.getpid()
a, b = base + '_a.ini', base + '_b.ini'
with open(a, 'w', encoding='utf-8') as f:
    f.write('[s]\nname = caf\u00e9\nfrom = a\n')
with open(b, 'w', encoding='utf-8') as f:
    f.write('[s]\nfrom = b\n[t]\nx = 1\n')
r = cp.ConfigParser()
print(r.read([a, base + '_missing.ini', pathlib.Path(b)], encoding='utf-8') == [a, b])
print(r.get('s', 'name'), r.get('s', 'from'), r.sections())
print(r.read(base + '_missing.ini'), r.read(a, encoding='utf-8') == [a])
with open(a, 'w', encoding='utf-8') as f:
    r.write(f)
with open(a, encoding='utf-8') as f:
    print(repr(f.read()))
with open(a, encoding='utf-8') as f:
    q = cp.ConfigParser()
    q.read_file(f)
    print(q.items('t'))
with open(a, 'w', encoding='utf-8') as f:
    f.write('[s]\nbad line\n')
try:
    cp.ConfigParser().read(a, encoding='utf-8')
except cp.ParsingError as e:
    print(str(e).replace(a, 'FILE'), e.errors, e.source == a)
os.remove(a)
os.remove(b)
