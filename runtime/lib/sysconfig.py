"""Where Weft's files are, and how it was configured.

Installation schemes map the path names (stdlib, purelib, scripts, ...) to
directories; configuration variables describe the interpreter.  The values
describe Weft itself:

* stdlib and platstdlib are the directory of Weft's bundled library (the one
  this module was loaded from), whatever the prefix.
* Third-party pure-Python packages go to <prefix>/lib/weft3.13/site-packages
  (~/.local/lib/weft3.13/site-packages for the user scheme).  The GIL and the
  free-threaded builds share these directories: they run the same Python code.
* Weft cannot load C extension modules, so there are no C headers, no
  pyconfig.h and no Makefile of build variables: the include and platinclude
  paths name directories that do not exist, the configuration variables about
  compiling and linking extensions (INCLUDEPY, EXT_SUFFIX, SOABI, LDLIBRARY,
  CC, CFLAGS, ...) are absent, so get_config_var() gives None for them, and
  get_makefile_filename() and get_config_h_filename() raise
  NotImplementedError.

`python -m sysconfig` prints the platform, the version, the default scheme's
paths and the configuration variables.
"""

import os
import sys

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]

# Variables parse_config_h() keeps as strings even when they look like numbers.
_ALWAYS_STR = {
    'IPHONEOS_DEPLOYMENT_TARGET',
    'MACOSX_DEPLOYMENT_TARGET',
}

# The bundled library: this module's own directory.
_STDLIB_DIR = os.path.dirname(os.path.abspath(__file__))

_SITE = '{implementation_lower}{py_version_short}'

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{base}/lib/' + _SITE + '/site-packages',
        'platlib': '{platbase}/{platlibdir}/' + _SITE + '/site-packages',
        'include': '{installed_base}/include/' + _SITE + '{abiflags}',
        'platinclude': '{installed_platbase}/include/' + _SITE + '{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{base}/lib/{implementation_lower}',
        'platlib': '{base}/lib/{implementation_lower}',
        'include': '{installed_base}/include/{implementation_lower}',
        'platinclude': '{installed_base}/include/{implementation_lower}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    # The layout of a virtual environment, whatever the default scheme.
    'posix_venv': {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{base}/lib/' + _SITE + '/site-packages',
        'platlib': '{platbase}/{platlibdir}/' + _SITE + '/site-packages',
        'include': '{installed_base}/include/' + _SITE + '{abiflags}',
        'platinclude': '{installed_platbase}/include/' + _SITE + '{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt_venv': {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv']


def _get_implementation():
    return 'Weft'


def _getuserbase():
    # The base of the user's own installation directories (site.py has the same
    # rule): $PYTHONUSERBASE, else ~/.local (%APPDATA%\Weft on Windows).
    env_base = os.environ.get('PYTHONUSERBASE', None)
    if env_base:
        return env_base
    if sys.platform in {'emscripten', 'ios', 'tvos', 'vxworks', 'wasi', 'watchos'}:
        return None
    if os.name == 'nt':
        base = os.environ.get('APPDATA') or '~'
        return os.path.expanduser(os.path.join(base, _get_implementation()))
    return os.path.expanduser(os.path.join('~', '.local'))


_HAS_USER_BASE = _getuserbase() is not None

if _HAS_USER_BASE:
    _INSTALL_SCHEMES['nt_user'] = {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{userbase}/{implementation}{py_version_nodot_plat}/site-packages',
        'platlib': '{userbase}/{implementation}{py_version_nodot_plat}/site-packages',
        'include': '{userbase}/{implementation}{py_version_nodot_plat}/Include',
        'scripts': '{userbase}/{implementation}{py_version_nodot_plat}/Scripts',
        'data': '{userbase}',
    }
    _INSTALL_SCHEMES['posix_user'] = {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{userbase}/lib/' + _SITE + '/site-packages',
        'platlib': '{userbase}/lib/' + _SITE + '/site-packages',
        'include': '{userbase}/include/' + _SITE,
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    }
    _INSTALL_SCHEMES['osx_framework_user'] = {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{userbase}/lib/{implementation_lower}/site-packages',
        'platlib': '{userbase}/lib/{implementation_lower}/site-packages',
        'include': '{userbase}/include/' + _SITE,
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    }

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = '%d%d' % sys.version_info[:2]
_PREFIX, _BASE_PREFIX, _EXEC_PREFIX, _BASE_EXEC_PREFIX = (
    os.path.normpath(p) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix,
                                  sys.base_exec_prefix))
_FREE_THREADED = '(weft-ft ' in sys.version

try:
    from _thread import RLock as _RLock
except ImportError:
    _RLock = None
_CONFIG_VARS_LOCK = _RLock() if _RLock is not None else None
_CONFIG_VARS = None
_CONFIG_VARS_INITIALIZED = False


def _safe_realpath(path):
    try:
        return os.path.realpath(path)
    except OSError:
        return path


# The directory of the interpreter's executable (the current one if unknown).
_PROJECT_BASE = (os.path.dirname(_safe_realpath(sys.executable)) if sys.executable
                 else _safe_realpath(os.getcwd()))
if '_PYTHON_PROJECT_BASE' in os.environ:
    _PROJECT_BASE = _safe_realpath(os.environ['_PYTHON_PROJECT_BASE'])


def _source_tree():
    # The root of Weft's source tree when the library is read from it
    # (<root>/runtime/lib next to <root>/CMakeLists.txt), else None.
    runtime = os.path.dirname(_STDLIB_DIR)
    root = os.path.dirname(runtime)
    if (os.path.basename(_STDLIB_DIR) == 'lib' and os.path.basename(runtime) == 'runtime'
            and os.path.isfile(os.path.join(root, 'CMakeLists.txt'))):
        return root
    return None


def is_python_build(check_home=None):
    """Whether this interpreter runs from Weft's source tree (the library is
    read from runtime/lib there) rather than from an installation."""
    if check_home is not None:
        import warnings
        warnings.warn("check_home argument is deprecated and ignored.",
                      DeprecationWarning, stacklevel=2)
    return _source_tree() is not None


_PYTHON_BUILD = is_python_build()


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as missing:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{missing}') from None


def _extend_dict(target_dict, other_dict):
    for key, value in other_dict.items():
        if key not in target_dict:
            target_dict[key] = value


def _expand_vars(scheme, vars):
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    if os.name == 'nt':
        vars = vars | {'platlibdir': 'lib'}
    expanded = {}
    for key, template in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            template = os.path.expanduser(template)
        expanded[key] = os.path.normpath(_subst_vars(template, vars))
    return expanded


def _get_preferred_schemes():
    if os.name == 'nt':
        return {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}
    if sys.platform == 'darwin' and getattr(sys, '_framework', None):
        return {'prefix': 'posix_prefix', 'home': 'posix_home',
                'user': 'osx_framework_user'}
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}


def get_preferred_scheme(key):
    """The scheme to install into for key 'prefix', 'home' or 'user' ('venv' for
    'prefix' inside a virtual environment)."""
    if key == 'prefix' and sys.prefix != sys.base_prefix:
        return 'venv'
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f"{key!r} returned {scheme!r}, which is not a valid scheme "
                         "on this platform")
    return scheme


def get_default_scheme():
    """The scheme of this interpreter's own installation."""
    return get_preferred_scheme('prefix')


def get_makefile_filename():
    """Not available: Weft has no Makefile of build variables (they are in
    get_config_vars())."""
    raise NotImplementedError(
        "Weft has no Makefile of build variables: use sysconfig.get_config_vars()")


def get_config_h_filename():
    """Not available: Weft has no pyconfig.h, as it does not build C extensions."""
    raise NotImplementedError(
        "Weft has no pyconfig.h: C extension modules are not supported")


def parse_config_h(fp, vars=None):
    """Read the '#define NAME value' and '/* #undef NAME */' lines of a
    config.h-style file into a dict (vars, when given, is filled and returned):
    values that are integers become ints, undefined names 0."""
    if vars is None:
        vars = {}
    import re
    define = re.compile('#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undef = re.compile('/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    for line in iter(fp.readline, ''):
        m = define.match(line)
        if m:
            name, value = m.group(1, 2)
            if name not in _ALWAYS_STR:
                try:
                    value = int(value)
                except ValueError:
                    pass
            vars[name] = value
            continue
        m = undef.match(line)
        if m:
            vars[m.group(1)] = 0
    return vars


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The names of the paths every scheme defines."""
    return _SCHEME_KEYS


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The paths of an installation scheme (the default one if not given), as a
    dict; with expand=False the templates, with {variables} unexpanded.  vars
    overrides configuration variables in the expansion."""
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One path of an installation scheme: get_paths(scheme, vars, expand)[name]."""
    return get_paths(scheme, vars, expand)[name]


def _build_time_vars():
    # What a CPython build keeps in its generated _sysconfigdata module, for Weft.
    bindir = os.path.dirname(_safe_realpath(sys.executable)) if sys.executable else ''
    return {
        'ABIFLAGS': getattr(sys, 'abiflags', ''),
        'BINDIR': bindir,
        'BINLIBDEST': _STDLIB_DIR,
        'DESTLIB': _STDLIB_DIR,
        'EXE': '',
        'LIBDEST': _STDLIB_DIR,
        'MACHDEP': sys.platform,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'Py_GIL_DISABLED': 1 if _FREE_THREADED else 0,
        'SIZEOF_VOID_P': 8 if sys.maxsize > 2 ** 32 else 4,
        'TZPATH': ('/usr/share/zoneinfo:/usr/lib/zoneinfo:'
                   '/usr/share/lib/zoneinfo:/etc/zoneinfo'),
        'VERSION': _PY_VERSION_SHORT,
        'WITH_DOC_STRINGS': 1,
    }


def _init_config_vars():
    global _CONFIG_VARS, _CONFIG_VARS_INITIALIZED
    config = {}
    _CONFIG_VARS = config
    config['prefix'] = _PREFIX
    config['exec_prefix'] = _EXEC_PREFIX
    config['py_version'] = _PY_VERSION
    config['py_version_short'] = _PY_VERSION_SHORT
    config['py_version_nodot'] = _PY_VERSION_SHORT_NO_DOT
    config['installed_base'] = _BASE_PREFIX
    config['base'] = _PREFIX
    config['installed_platbase'] = _BASE_EXEC_PREFIX
    config['platbase'] = _EXEC_PREFIX
    config['projectbase'] = _PROJECT_BASE
    config['platlibdir'] = getattr(sys, 'platlibdir', 'lib')
    config['implementation'] = _get_implementation()
    config['implementation_lower'] = _get_implementation().lower()
    config['abiflags'] = getattr(sys, 'abiflags', '')
    config['py_version_nodot_plat'] = getattr(sys, 'winver', '').replace('.', '')
    config.update({k: v for k, v in _build_time_vars().items() if v is not None})
    if _HAS_USER_BASE:
        config['userbase'] = _getuserbase()
    config['abi_thread'] = 't' if config.get('Py_GIL_DISABLED') else ''
    config['srcdir'] = _safe_realpath(_source_tree() or _STDLIB_DIR)
    _CONFIG_VARS_INITIALIZED = True


def get_config_vars(*args):
    """Without arguments, the dict of all configuration variables; with names,
    the list of their values (None for an unknown name)."""
    if not _CONFIG_VARS_INITIALIZED:
        if _CONFIG_VARS_LOCK is not None:
            with _CONFIG_VARS_LOCK:
                if _CONFIG_VARS is None:
                    _init_config_vars()
        elif _CONFIG_VARS is None:
            _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable: get_config_vars().get(name)."""
    return get_config_vars().get(name)


def get_platform():
    """A string naming the platform, as build tools use it: 'linux-x86_64'
    style on Linux (OS name and machine), '<os>-<release>-<machine>' on other
    POSIX systems, sys.platform elsewhere."""
    if os.name == 'nt':
        version = sys.version.lower()
        if 'amd64' in version:
            return 'win-amd64'
        if '(arm)' in version:
            return 'win-arm32'
        if '(arm64)' in version:
            return 'win-arm64'
        return sys.platform
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    if '_PYTHON_HOST_PLATFORM' in os.environ:
        return os.environ['_PYTHON_HOST_PLATFORM']
    uname = os.uname()
    osname = uname.sysname.lower().replace('/', '')
    release, machine = uname.release, uname.machine
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname.startswith('linux'):
        return f'{osname}-{machine}'
    if osname.startswith('sunos') and release[0] >= '5':
        osname = 'solaris'
        release = f'{int(release[0]) - 3}.{release[2:]}'
        machine += '.64bit' if sys.maxsize > 2 ** 32 else '.32bit'
    elif osname.startswith('cygwin'):
        osname = 'cygwin'
        import re
        m = re.match(r'[\d.]+', release)
        if m:
            release = m.group()
    elif osname.startswith('darwin'):
        osname = 'macosx'
        release = '.'.join(release.split('.')[:2])
    return f'{osname}-{release}-{machine}'


def get_python_version():
    """The language version, 'major.minor'."""
    return _PY_VERSION_SHORT


def _get_python_version_abi():
    return _PY_VERSION_SHORT + get_config_var('abi_thread')


_findvar1_rx = r'\$\(([A-Za-z][A-Za-z0-9_]*)\)'
_findvar2_rx = r'\${([A-Za-z][A-Za-z0-9_]*)}'


def expand_makefile_vars(s, vars):
    """Replace the $(NAME) and ${NAME} references in s by their values in vars,
    again and again until none is left; unknown names are an error."""
    import re
    while True:
        m = re.search(_findvar1_rx, s)
        if m is None:
            m = re.search(_findvar2_rx, s)
            if m is None:
                return s
        start, end = m.span()
        s = s[:start] + vars.get(m.group(1)) + s[end:]


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print(f'{title}: ')
        print(f'\t{key} = "{value}"')


def _main():
    """Print what sysconfig knows (python -m sysconfig)."""
    if '--generate-posix-vars' in sys.argv:
        raise NotImplementedError(
            "--generate-posix-vars: Weft's configuration variables are not "
            "generated from a Makefile")
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_dict('Paths', get_paths())
    print()
    _print_dict('Variables', get_config_vars())


if __name__ == '__main__':
    try:
        _main()
    except BrokenPipeError:
        pass
