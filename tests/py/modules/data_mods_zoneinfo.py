# zoneinfo: TZif zones from the system database, folds/gaps, POSIX footer
# rules, caching, pickling, from_file, TZPATH handling and errors
import zoneinfo, pickle, io, os, tempfile, shutil, warnings
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(zoneinfo.TZPATH)
print(sorted(zoneinfo.__all__))
UTC = timezone.utc

def info(key, *dts):
    z = ZoneInfo(key)
    for dt in dts:
        for fold in (0, 1):
            d = dt.replace(tzinfo=z, fold=fold)
            print(key, d.isoformat(), fold, d.utcoffset(), d.dst(), d.tzname(),
                  d.astimezone(UTC).isoformat())

info('America/New_York',
     datetime(1950, 6, 1, 12), datetime(2010, 3, 14, 1, 59), datetime(2010, 3, 14, 2, 30),
     datetime(2010, 3, 14, 3, 0), datetime(2010, 11, 7, 0, 59), datetime(2010, 11, 7, 1, 30),
     datetime(2010, 11, 7, 2, 0), datetime(1883, 1, 1), datetime(1800, 5, 5),
     datetime(2050, 7, 4, 12), datetime(2050, 11, 6, 1, 30), datetime(2050, 3, 13, 2, 30),
     datetime(2300, 1, 1), datetime(2300, 7, 1))
info('Europe/London',
     datetime(1970, 1, 1), datetime(1996, 3, 31, 1, 30), datetime(1996, 10, 27, 1, 30),
     datetime(1941, 6, 1), datetime(2040, 3, 25, 1, 30), datetime(2040, 10, 28, 1, 30),
     datetime(2040, 8, 1))
info('Australia/Lord_Howe',
     datetime(2015, 4, 5, 1, 45), datetime(2015, 10, 4, 2, 15), datetime(2015, 1, 1),
     datetime(2015, 7, 1), datetime(2045, 4, 1, 1, 45), datetime(2045, 10, 7, 2, 15),
     datetime(2045, 1, 1))
info('UTC', datetime(2000, 1, 1), datetime(1900, 1, 1))
info('Asia/Kolkata', datetime(1990, 1, 1), datetime(2100, 1, 1))
info('America/Sao_Paulo', datetime(2000, 1, 1), datetime(2000, 7, 1), datetime(2100, 1, 1))

# fromutc / astimezone, including the ambiguous hour
ny = ZoneInfo('America/New_York')
for ts in [datetime(2010, 11, 7, 5, 0), datetime(2010, 11, 7, 5, 30), datetime(2010, 11, 7, 6, 0),
           datetime(2010, 11, 7, 6, 30), datetime(2010, 3, 14, 6, 59), datetime(2010, 3, 14, 7, 0),
           datetime(2060, 11, 2, 5, 30), datetime(2060, 11, 2, 6, 30), datetime(1800, 1, 1),
           datetime(2060, 3, 9, 7, 30)]:
    loc = ts.replace(tzinfo=UTC).astimezone(ny)
    print(ts, '->', loc.isoformat(), loc.fold, loc.tzname())
lh = ZoneInfo('Australia/Lord_Howe')
for ts in [datetime(2015, 4, 4, 14, 45), datetime(2015, 4, 4, 15, 15), datetime(2015, 4, 4, 15, 45),
           datetime(2046, 4, 7, 14, 45), datetime(2046, 4, 7, 15, 15)]:
    loc = ts.replace(tzinfo=UTC).astimezone(lh)
    print(ts, '->', loc.isoformat(), loc.fold, loc.tzname())
print(ny.fromutc(datetime(2020, 1, 1, tzinfo=ny)))
show(ny.fromutc, datetime(2020, 1, 1))
show(ny.fromutc, datetime(2020, 1, 1, tzinfo=UTC))
show(ny.fromutc, 5)
print(ny.utcoffset(None), ny.dst(None), ny.tzname(None))
u = ZoneInfo('UTC')
print(u.utcoffset(None), u.dst(None), u.tzname(None))
print(datetime(2020, 5, 5, 12, tzinfo=ny) - datetime(2020, 5, 5, 12, tzinfo=u))
print(datetime(2020, 5, 5, 12, tzinfo=ny) == datetime(2020, 5, 5, 16, tzinfo=u))

# cache semantics
a = ZoneInfo('Europe/London')
print(a is ZoneInfo('Europe/London'), a.key, str(a), repr(a))
b = ZoneInfo.no_cache('Europe/London')
print(b is a, b == a, b.key, repr(b))
ZoneInfo.clear_cache()
c = ZoneInfo('Europe/London')
print(c is a)
ZoneInfo.clear_cache(only_keys=['Europe/London', 'Nowhere/Zone'])
print(ZoneInfo('Europe/London') is c)
class MyZone(ZoneInfo):
    pass
m = MyZone('Europe/London')
print(type(m).__name__, m is MyZone('Europe/London'), m is ZoneInfo('Europe/London'), repr(m))
print(ZoneInfo.__module__, ZoneInfo.__name__)

# pickling by key
p = pickle.loads(pickle.dumps(a))
print(p is ZoneInfo('Europe/London'), p)
nc = pickle.loads(pickle.dumps(b))
print(nc is b, nc is ZoneInfo('Europe/London'), nc)
dt = datetime(2021, 6, 1, 12, tzinfo=ZoneInfo('America/New_York'))
print(pickle.loads(pickle.dumps(dt)) == dt, pickle.loads(pickle.dumps(dt)).tzinfo is dt.tzinfo)

# from_file
path = zoneinfo._tzpath.find_tzfile('America/New_York')
with open(path, 'rb') as f:
    ff = ZoneInfo.from_file(f)
print(ff.key, str(ff).startswith('ZoneInfo.from_file(<_io.BufferedReader'), ff is ZoneInfo.from_file(io.BytesIO(open(path, 'rb').read())))
print(datetime(2010, 11, 7, 1, 30, tzinfo=ff).utcoffset(), datetime(2030, 7, 1, tzinfo=ff).tzname())
with open(path, 'rb') as f:
    fk = ZoneInfo.from_file(f, key='Custom/Key')
print(fk.key, str(fk), repr(fk))
show(pickle.dumps, fk)
show(ZoneInfo.from_file, io.BytesIO(b'not a tzif file'))

# hand-built TZif files: version 1 (no footer) and version 2 with a rule
import struct
def tzif(version, trans, idx, types, abbrs, footer=b''):
    def block(tsize, tfmt):
        hdr = b'TZif' + version + b'\x00' * 15 + struct.pack('>6l', 0, 0, 0, len(trans), len(types), len(abbrs))
        body = b''.join(struct.pack('>' + tfmt, t) for t in trans) + bytes(idx)
        body += b''.join(struct.pack('>lbb', *t) for t in types) + abbrs
        return hdr + body
    data = block(4, 'l')
    if version != b'\x00':
        data += block(8, 'q') + b'\n' + footer + b'\n'
    return data
v1 = tzif(b'\x00', [0, 15552000], [1, 0], [(3600, 0, 0), (7200, 1, 4)], b'ONE\x00TWO\x00')
z1 = ZoneInfo.from_file(io.BytesIO(v1), key='v1')
for d in [datetime(1969, 12, 31), datetime(1970, 3, 1), datetime(1970, 8, 1), datetime(1990, 1, 1)]:
    x = d.replace(tzinfo=z1)
    print(x, x.utcoffset(), x.dst(), x.tzname())
v2 = tzif(b'2', [0], [0], [(-18000, 0, 0)], b'EST\x00', b'EST5EDT,M3.2.0,M11.1.0')
z2 = ZoneInfo.from_file(io.BytesIO(v2))
for d in [datetime(1960, 1, 1), datetime(2030, 1, 1), datetime(2030, 7, 1), datetime(2030, 3, 10, 2, 30)]:
    x = d.replace(tzinfo=z2)
    print(x, x.utcoffset(), x.dst(), x.tzname())
v3 = tzif(b'3', [], [], [(0, 0, 0)], b'UTC\x00', b'<+0330>-3:30<+0430>,J79/24,J263/24')
z3 = ZoneInfo.from_file(io.BytesIO(v3))
for d in [datetime(2030, 1, 1), datetime(2030, 6, 1), datetime(2032, 3, 20, 0, 30)]:
    x = d.replace(tzinfo=z3)
    print(x, x.utcoffset(), x.dst(), x.tzname())
fixed = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [], [(19800, 0, 0)], b'IST\x00', b'IST-5:30')))
print(fixed.utcoffset(None), fixed.tzname(None), datetime(2000, 1, 1, tzinfo=fixed).utcoffset())
for bad in [b'EST5EDT', b'EST5EDT,M13.1.0,M11.1.0', b'EST5,M3.2.0,M11.1.0', b'EST25', b'5EST']:
    show(ZoneInfo.from_file, io.BytesIO(tzif(b'2', [], [], [(0, 0, 0)], b'X\x00', bad)))
show(ZoneInfo.from_file, io.BytesIO(tzif(b'2', [], [], [], b'', b'')))

# key validation and missing zones
for key in ['Not/AZone', '/etc/localtime', '../zoneinfo/UTC', 'America/../UTC',
            'America//New_York', 'America/New_York/', '', 'America']:
    try:
        ZoneInfo(key)
        print('ok', key)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
    except Exception as e:
        print(type(e).__name__, e)

# TZPATH
old = zoneinfo.TZPATH
tmp = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(tmp, 'My'))
    with open(os.path.join(tmp, 'My', 'Zone'), 'wb') as f:
        f.write(v2)
    with open(os.path.join(tmp, 'junk'), 'wb') as f:
        f.write(b'junk')
    zoneinfo.reset_tzpath([tmp])
    print(zoneinfo.TZPATH == (tmp,), sorted(zoneinfo.available_timezones()))
    z = ZoneInfo('My/Zone')
    print(z, datetime(2030, 7, 1, tzinfo=z).tzname())
    show(ZoneInfo, 'America/New_York')
    ZoneInfo.clear_cache()
    show(zoneinfo.reset_tzpath, 'relative')
    show(zoneinfo.reset_tzpath, ['relative/path', '/abs'])
    zoneinfo.reset_tzpath([])
    print(zoneinfo.TZPATH)
    os.environ['PYTHONTZPATH'] = tmp + os.pathsep + 'rel'
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        zoneinfo.reset_tzpath()
        print([(w.category.__name__, str(w.message)) for w in ws])
    print(zoneinfo.TZPATH == (tmp,))
    os.environ['PYTHONTZPATH'] = ''
    zoneinfo.reset_tzpath()
    print(zoneinfo.TZPATH)
finally:
    del os.environ['PYTHONTZPATH']
    zoneinfo.reset_tzpath()
    shutil.rmtree(tmp)
print(zoneinfo.TZPATH == old)
ZoneInfo.clear_cache()
avail = zoneinfo.available_timezones()
print('America/New_York' in avail, 'UTC' in avail, 'posixrules' in avail,
      any(k.startswith(('right/', 'posix/')) for k in avail))
print(issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning), 'TZPATH' in dir(zoneinfo))
show(getattr, zoneinfo, 'nothing')
