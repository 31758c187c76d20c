# sysconfig: schemes, paths, configuration variables, platform, python -m sysconfig.
import io
import os
import subprocess
import sys
import sysconfig

print(sorted(sysconfig.__all__))
print(sysconfig.get_python_version(), sysconfig.get_python_version() == '3.13')
platform = sysconfig.get_platform()
print(type(platform).__name__, platform.startswith('linux-'),
      platform == 'linux-' + os.uname().machine.replace(' ', '_'))
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_default_scheme(), [sysconfig.get_preferred_scheme(k) for k in ('prefix', 'home', 'user')])
try:
    sysconfig.get_preferred_scheme('nope')
except KeyError as e:
    print(type(e).__name__, e)
print(type(sysconfig.is_python_build()).__name__)

paths = sysconfig.get_paths()
print(type(paths).__name__, sorted(paths))
print(all(isinstance(v, str) and os.path.isabs(v) for v in paths.values()))
print(sorted(sysconfig.get_paths('posix_home')), sorted(sysconfig.get_paths('posix_user')))
for scheme in sysconfig.get_scheme_names():
    names = set(sysconfig.get_paths(scheme, expand=False))
    print(scheme, set(sysconfig.get_path_names()) <= names)
prefix = os.path.normpath(sys.prefix)
print(sysconfig.get_path('data') == prefix, sysconfig.get_path('scripts') == os.path.join(prefix, 'bin'))
print(sysconfig.get_path('purelib').startswith(prefix + os.sep),
      sysconfig.get_path('purelib').endswith('site-packages'))
print(os.path.isfile(os.path.join(sysconfig.get_path('stdlib'), 'os.py')))
print(sysconfig.get_path('data', vars={'base': '/elsewhere'}),
      sysconfig.get_path('scripts', 'posix_home', {'base': '/home/x'}),
      sysconfig.get_path('purelib', 'posix_user', {'userbase': '/u'}).startswith('/u/lib/'))
print(sysconfig.get_paths(expand=False)['data'], sysconfig.get_path('scripts', expand=False))
for bad in [('nope',), ('data', 'nope')]:
    try:
        sysconfig.get_path(*bad)
    except KeyError as e:
        print(type(e).__name__, e)

cv = sysconfig.get_config_vars()
print(type(cv).__name__, cv is sysconfig.get_config_vars())
print(sysconfig.get_config_var('prefix') == prefix, sysconfig.get_config_var('exec_prefix') == os.path.normpath(sys.exec_prefix))
print(sysconfig.get_config_vars('py_version_short', 'py_version_nodot', 'VERSION', 'EXE', 'abiflags', 'no_such_var'))
print(sysconfig.get_config_var('py_version') == sys.version.split()[0], sysconfig.get_config_var('no_such_var'))
for name in ('prefix', 'exec_prefix', 'base', 'platbase', 'installed_base', 'projectbase',
             'srcdir', 'LIBDEST', 'BINDIR', 'implementation', 'implementation_lower'):
    print(name, type(cv[name]).__name__)
print(sysconfig.get_config_var('userbase') == os.path.expanduser('~/.local') or 'PYTHONUSERBASE' in os.environ)
print(sysconfig.get_config_var('Py_GIL_DISABLED') in (0, 1), sysconfig.get_config_var('abi_thread') in ('', 't'))

# parse_config_h
text = ('#define HAVE_THING 1\n#define NAME "value"\n/* #undef HAVE_OTHER */\n'
        '#define MACOSX_DEPLOYMENT_TARGET 10\n#define lower 1\n# comment\n')
print(sysconfig.parse_config_h(io.StringIO(text)))
d = {'KEEP': 'x'}
print(sysconfig.parse_config_h(io.StringIO('#define N 3\n'), d) is d, d)

# python -m sysconfig
out = subprocess.run([sys.executable, '-m', 'sysconfig'], capture_output=True, text=True)
lines = out.stdout.splitlines()
print(out.returncode, lines[0] == f'Platform: "{platform}"', lines[1:4])
paths_at = lines.index('Paths: ')
vars_at = lines.index('Variables: ')
print([line.split(' = ')[0] for line in lines[paths_at + 1:vars_at - 1]], lines[vars_at - 1] == '')
print(all(line.startswith('\t') and ' = "' in line and line.endswith('"') for line in lines[vars_at + 1:]))
print('\tprefix = "%s"' % prefix in lines, '\tpy_version_short = "3.13"' in lines)
