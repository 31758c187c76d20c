import configparser as cp

def err(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
        print('  args', e.args)

basic = """\
[DEFAULT]
home = /home/%(user)s
user = bob

[paths]
user = alice
docs = %(home)s/docs
pct = 50%%
bad = 50%
badref = %(home
missing = %(nothere)s
loop1 = %(loop2)s
loop2 = %(loop1)s
self = %(self)s
Upper = %(USER)s
deep = %(docs)s/x
"""
p = cp.ConfigParser()
p.read_string(basic)
for opt in ['home', 'docs', 'pct', 'bad', 'badref', 'missing', 'loop1', 'self', 'upper', 'deep']:
    err(p.get, 'paths', opt)
print(p.get('paths', 'docs', raw=True), p.get('paths', 'docs', vars={'home': '/v'}))
print(p.get('paths', 'docs', vars={'user': 'vv'}))
err(p.items, 'paths')
print(p.items('paths', raw=True)[:3])
err(lambda: p['paths']['missing'])
print(p['paths'].get('missing', raw=True))
e = None
try:
    p.get('paths', 'missing')
except cp.InterpolationMissingOptionError as ex:
    e = ex
print(e.option, e.section, e.reference, isinstance(e, cp.InterpolationError))
try:
    p.get('paths', 'loop1')
except cp.InterpolationDepthError as ex:
    print(ex.option, ex.section, ex.args)

ext = """\
[DEFAULT]
base = /srv

[common]
root = ${base}/root
dollars = $$5
bad = $5
badref = ${base
multi = ${a:b:c}
other = ${paths:home}/x
miss = ${nope}
misssect = ${nosect:x}
missopt = ${paths:nope}
nested = ${paths:deep}

[paths]
home = ${base}/home
deep = ${home}/deep
"""
x = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
x.read_string(ext)
for opt in ['root', 'dollars', 'bad', 'badref', 'multi', 'other', 'miss', 'misssect', 'missopt', 'nested']:
    err(x.get, 'common', opt)
err(x.set, 'common', 'q', '$x')
x.set('common', 'q', '$${ok}${base}')
print(x.get('common', 'q'))

# No interpolation at all.
n = cp.ConfigParser(interpolation=None)
n.read_string(basic)
print(n.get('paths', 'docs'), n.get('paths', 'bad'))
n.set('paths', 'free', '100%')
print(n.get('paths', 'free'))

# A custom Interpolation subclass sees every hook.
class Upper(cp.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()
    def before_set(self, parser, section, option, value):
        return value + '!'
    def before_read(self, parser, section, option, value):
        return value.strip('<>')
    def before_write(self, parser, section, option, value):
        return '<' + value + '>'
u = cp.ConfigParser(interpolation=Upper())
u.read_string('[s]\na = <hello>\n')
u.set('s', 'b', 'set')
print(u.get('s', 'a'), u.get('s', 'b'), u.get('s', 'a', raw=True), u.items('s'))
import io
out = io.StringIO()
u.write(out)
print(repr(out.getvalue()))
err(cp.ConfigParser, interpolation=cp.BasicInterpolation)
err(cp.ConfigParser, interpolation='x')

# Interpolation in defaults passed to the constructor is not applied on read.
d = cp.ConfigParser(defaults={'a': '%(b)s', 'b': 1, 'C': 2.5})
print(d.defaults())
d.add_section('s')
print(d.get('s', 'a'), d.get('s', 'c'))
err(cp.ConfigParser, defaults={'a': '1', 'A': '2'})
print(cp.ConfigParser(defaults={'a': '1', 'A': '2'}, strict=False).defaults())
err(cp.ConfigParser(defaults={'x': '1'}).get, 'DEFAULT', 'x')
r = cp.RawConfigParser(defaults={'k': 5})
print(r.defaults())
# Basic interpolation with allow_no_value keeps None values.
v = cp.ConfigParser(allow_no_value=True)
v.read_string('[s]\nflag\nref = %(flag)s\n')
print(v.get('s', 'flag'))
err(v.get, 's', 'ref')
