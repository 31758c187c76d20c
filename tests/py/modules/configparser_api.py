import configparser as cp
import io

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

text = """\
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio = 0.75
"""
p = cp.ConfigParser()
print(p.read_string(text))
print(p.sections(), list(p), len(p))
print(p.defaults())
print('forge.example' in p, 'nope' in p, 'DEFAULT' in p, p.has_section('DEFAULT'))
print(p['forge.example']['user'], p['forge.example']['User'], p['forge.example']['compression'])
print(p.get('topsecret.server.example', 'port'), p.getint('topsecret.server.example', 'port'))
print(p.getfloat('topsecret.server.example', 'ratio'), p.getboolean('topsecret.server.example', 'forwardx11'))
print(p.getboolean('forge.example', 'forwardx11'), p.getint('forge.example', 'compressionlevel'))
print(p.options('forge.example'), p.options('topsecret.server.example'))
print(p.items('forge.example'))
print(p.items('DEFAULT'))
print([(k, repr(v)) for k, v in p.items()])
print(p.has_option('forge.example', 'user'), p.has_option('forge.example', 'compression'),
      p.has_option('forge.example', 'nope'), p.has_option('nope', 'user'),
      p.has_option('', 'compression'), p.has_option(None, 'compression'))
err(p.get, 'nope', 'x')
err(p.get, 'forge.example', 'x')
err(p.options, 'nope')
err(p.items, 'nope')
err(lambda: p['nope'])
err(lambda: p['forge.example']['nope'])
err(p.getint, 'forge.example', 'user')
err(p.getfloat, 'forge.example', 'user')
err(p.getboolean, 'forge.example', 'user')
print(p.get('nope', 'x', fallback='fb'), p.get('forge.example', 'x', fallback=None))
print(p.getint('nope', 'x', fallback=7), p.getboolean('forge.example', 'x', fallback=False))
err(p.getint, 'forge.example', 'user', fallback=3)
print(p.get('forge.example', 'user', vars={'User': 'override', 'extra': 5}))
print(p.get('forge.example', 'extra', vars={'Extra': 5}))
print(p.items('forge.example', vars={'user': 'v'}))
sect = p['topsecret.server.example']
print(repr(sect), sect.name, sect.parser is p, len(sect), list(sect), dict(sect))
print(sect.get('port'), sect.get('nope'), sect.get('nope', 'dflt'), sect.getint('port'),
      sect.getfloat('ratio'), sect.getboolean('forwardx11'), sect.getint('nope', 42))
print('port' in sect, 'PORT' in sect, 'nope' in sect, 1 in p)
d = p['DEFAULT']
print(repr(d), len(d), list(d), d['compression'])

# Modification.
err(p.add_section, 'forge.example')
err(p.add_section, 'DEFAULT')
err(p.add_section, 3)
p.add_section('new')
p.set('new', 'Key', 'value')
err(p.set, 'new', 'k', 5)
err(p.set, 'new', 5, 'v')
err(p.set, 'missing', 'k', 'v')
err(p.set, 'new', 'bad', '100%')
p.set('new', 'pct', '100%%')
print(p.get('new', 'pct'), p.get('new', 'pct', raw=True))
p['new']['mapped'] = 'yes'
err(p['new'].__setitem__, 'x', 1)
err(p['new'].__setitem__, 1, 'x')
p.set('DEFAULT', 'dk', 'dv')
p.set('', 'dk2', 'dv2')
print(p.defaults())
print(p.remove_option('new', 'key'), p.remove_option('new', 'key'))
err(p.remove_option, 'missing', 'k')
print(p.remove_option(None, 'dk2'))
del p['new']['mapped']
err(p['new'].__delitem__, 'mapped')
err(p['new'].__delitem__, 'compression')
print(p.remove_section('new'), p.remove_section('new'))
err(p.__delitem__, 'DEFAULT')
err(p.__delitem__, 'nothere')
p['fresh'] = {'a': 1, 'B': 2.5, 'c': 'x'}
print(dict(p['fresh']))
p['fresh'] = {'z': 'zz'}
print(p.options('fresh'))
p['DEFAULT'] = {'only': 'one'}
print(p.defaults(), p.options('fresh'))
p['fresh'] = p['fresh']
print(p.options('fresh'))
del p['fresh']
print(p.sections())
print(p.popitem()[0], p.sections())
while True:
    try:
        p.popitem()
    except KeyError as e:
        print('KeyError', repr(e))
        break
print(p.sections(), len(p))
out = io.StringIO()
p.write(out)
print(repr(out.getvalue()))

# RawConfigParser skips interpolation and type checks.
r = cp.RawConfigParser()
r.add_section('s')
r.set('s', 'num', 5)
r.set('s', 'pct', '%(num)s%')
print(r.get('s', 'num'), r.get('s', 'pct'), r.items('s'))
r.add_section(7)
print(r.sections())
err(r.getint, 's', 'missing')

# get on DEFAULT section and NoSectionError via items.
print(p.get('DEFAULT', 'only'))
err(p.get, 'DEFAULT', 'zzz')
print(p.items('DEFAULT', raw=True))
e = cp.NoSectionError('q')
print(e.section, e.message, isinstance(e, cp.Error))
