"""Site-specific configuration: the site-packages directories and .pth files.

Weft does not import this module at start-up (CPython does, unless run with
-S), so nothing here happens unless a program asks for it.  Importing site
runs main() once, as CPython's start-up does, unless the interpreter was
started with -S (sys.flags.no_site):

* duplicate sys.path entries are removed and the others made absolute;
* a virtual environment (a pyvenv.cfg beside the executable or one directory
  up) sets sys.prefix and sys.exec_prefix and its site-packages are used;
* the user's site-packages directory (USER_SITE, under USER_BASE, which is
  $PYTHONUSERBASE or ~/.local) and the global ones (getsitepackages(), one per
  prefix in PREFIXES) are added to sys.path when they exist, each through
  addsitedir(), which also processes the directory's .pth files;
* the builtins quit, exit, copyright, credits, license and help are defined;
* the modules sitecustomize and usercustomize are imported if they exist.

A .pth file lists directories to add to sys.path, one a line, relative to the
directory holding the file; nonexistent ones are skipped.  Blank lines and
lines starting with '#' are ignored, and a line starting with 'import '
(or 'import' and a tab) is executed.

Weft's site-packages directories are <prefix>/lib/weft3.13/site-packages and
~/.local/lib/weft3.13/site-packages, the purelib paths of sysconfig; only
pure-Python packages can work there, as Weft does not load C extensions.

`python -m site` prints sys.path and the user directories;
`python -m site --user-base --user-site` prints those directories, with an
exit status saying whether the user site directory is enabled.
"""

import sys
import os
import builtins

PREFIXES = [sys.prefix, sys.exec_prefix]
# True: the user site directory is enabled; False: disabled by the user (-s,
# PYTHONNOUSERSITE) or absent; None: disabled for safety (setuid), or not
# decided yet.
ENABLE_USER_SITE = None

# Set by getusersitepackages() and getuserbase(); None until then.
USER_SITE = None
USER_BASE = None


def _trace(message):
    if sys.flags.verbose:
        print(message, file=sys.stderr)


def makepath(*paths):
    """Join paths; return (absolute path, its case-normalised form)."""
    path = os.path.join(*paths)
    try:
        path = os.path.abspath(path)
    except OSError:
        pass
    return path, os.path.normcase(path)


def abs_paths():
    """Make __file__ and __cached__ absolute in the modules loaded by the
    standard loaders (other loaders' values are left alone)."""
    standard = {'_frozen_importlib', '_frozen_importlib_external'}
    for module in set(sys.modules.values()):
        owner = None
        try:
            owner = module.__loader__.__module__
        except AttributeError:
            try:
                owner = module.__spec__.loader.__module__
            except AttributeError:
                pass
        if owner not in standard:
            continue
        for attr in ('__file__', '__cached__'):
            try:
                setattr(module, attr, os.path.abspath(getattr(module, attr)))
            except (AttributeError, OSError, TypeError):
                pass


def removeduppaths():
    """Make the sys.path entries absolute and drop repeated ones; return the
    set of their case-normalised forms."""
    kept = []
    seen = set()
    for entry in sys.path:
        path, key = makepath(entry)
        if key not in seen:
            kept.append(path)
            seen.add(key)
    sys.path[:] = kept
    return seen


def _init_pathinfo():
    # The case-normalised forms of the sys.path entries that exist.
    found = set()
    for entry in sys.path:
        try:
            if os.path.exists(entry):
                found.add(makepath(entry)[1])
        except TypeError:
            continue
    return found


def _read_pth(fullname):
    with open(fullname, 'rb') as f:
        content = f.read()
    try:
        return content.decode('utf-8-sig')
    except UnicodeDecodeError:
        import locale
        encoding = locale.getencoding()
        _trace(f"Cannot read {fullname!r} as UTF-8. "
               f"Using fallback encoding {encoding!r}")
        return content.decode(encoding)


def addpackage(sitedir, name, known_paths):
    """Process the .pth file `name` of directory sitedir: add the directories it
    lists to sys.path (unless known_paths has them) and run its import lines.
    Returns known_paths, or None when it was None."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    try:
        st = os.lstat(fullname)
    except OSError:
        return None
    import stat
    if (getattr(st, 'st_flags', 0) & getattr(stat, 'UF_HIDDEN', 0)
            or getattr(st, 'st_file_attributes', 0)
            & getattr(stat, 'FILE_ATTRIBUTE_HIDDEN', 0)):
        _trace(f"Skipping hidden .pth file: {fullname!r}")
        return None
    _trace(f"Processing .pth file: {fullname!r}")
    try:
        content = _read_pth(fullname)
    except OSError:
        return None
    for lineno, line in enumerate(content.splitlines(), 1):
        if line.startswith('#') or not line.strip():
            continue
        try:
            if line.startswith(('import ', 'import\t')):
                exec(line)
                continue
            path, key = makepath(sitedir, line.rstrip())
            if key not in known_paths and os.path.exists(path):
                sys.path.append(path)
                known_paths.add(key)
        except Exception as exc:
            print(f"Error processing line {lineno:d} of {fullname}:\n", file=sys.stderr)
            import traceback
            for chunk in traceback.format_exception(exc):
                for text in chunk.splitlines():
                    print('  ' + text, file=sys.stderr)
            print("\nRemainder of file ignored", file=sys.stderr)
            break
    return None if reset else known_paths


def addsitedir(sitedir, known_paths=None):
    """Append sitedir to sys.path (unless there already) and process its .pth
    files, in name order; names starting with '.' are skipped.  Returns
    known_paths, or None when it was None or sitedir cannot be listed."""
    _trace(f"Adding directory: {sitedir!r}")
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    return None if reset else known_paths


def check_enableusersite():
    """Whether the user site directory may be used: False when disabled by the
    user (-s or PYTHONNOUSERSITE), None when the process runs with other
    effective user or group ids than its real ones, else True."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, 'getuid') and hasattr(os, 'geteuid'):
        if os.geteuid() != os.getuid():
            return None
    if hasattr(os, 'getgid') and hasattr(os, 'getegid'):
        if os.getegid() != os.getgid():
            return None
    return True


def _get_implementation():
    return 'Weft'


def _getuserbase():
    # Same rule as sysconfig's: $PYTHONUSERBASE, else ~/.local (%APPDATA%\Weft
    # on Windows); None where there are no home directories.
    env_base = os.environ.get('PYTHONUSERBASE', None)
    if env_base:
        return env_base
    if sys.platform in {'emscripten', 'ios', 'tvos', 'vxworks', 'wasi', 'watchos'}:
        return None
    if os.name == 'nt':
        base = os.environ.get('APPDATA') or '~'
        return os.path.expanduser(os.path.join(base, _get_implementation()))
    return os.path.expanduser(os.path.join('~', '.local'))


def _version_dir():
    # 'weft3.13': the directory name under lib/ shared by both Weft builds.
    return '%s%d.%d' % ((_get_implementation().lower(),) + tuple(sys.version_info[:2]))


def _get_path(userbase):
    if os.name == 'nt':
        nodot = getattr(sys, 'winver', '%d.%d' % sys.version_info[:2]).replace('.', '')
        return f'{userbase}\\{_get_implementation()}{nodot}\\site-packages'
    return f'{userbase}/lib/{_version_dir()}/site-packages'


def getuserbase():
    """The user base directory (USER_BASE), computed on first use."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def getusersitepackages():
    """The user's site-packages directory (USER_SITE), computed on first use;
    None, with ENABLE_USER_SITE set False, where there is no user base."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages directory, if enabled and it exists."""
    _trace("Processing user site-packages")
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The global site-packages directories: for each prefix of prefixes
    (PREFIXES by default), <prefix>/<libdir>/weft3.13/site-packages on POSIX."""
    found = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        if os.sep == '/':
            platlibdir = getattr(sys, 'platlibdir', 'lib')
            libdirs = [platlibdir] if platlibdir == 'lib' else [platlibdir, 'lib']
            for libdir in libdirs:
                found.append(os.path.join(prefix, libdir, _version_dir(), 'site-packages'))
        else:
            found.append(prefix)
            found.append(os.path.join(prefix, 'Lib', 'site-packages'))
    return found


def addsitepackages(known_paths, prefixes=None):
    """Add the global site-packages directories that exist."""
    _trace("Processing global site-packages")
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


class _Quitter:
    # quit and exit: calling one ends the program; its repr says how.
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


def setquit():
    """Define the builtins quit and exit (Weft's own ones are kept when
    present: they behave the same)."""
    eof = 'Ctrl-Z plus Return' if os.sep == '\\' else 'Ctrl-D (i.e. EOF)'
    for name in ('quit', 'exit'):
        current = getattr(builtins, name, None)
        if type(current).__name__ != 'Quitter':
            setattr(builtins, name, _Quitter(name, eof))


class _Printer:
    # copyright, credits and license: the repr shows the text (a short one
    # whole, a long one as a hint); calling shows all of it.
    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__data = data
        self.__files = files
        self.__dirs = dirs
        self.__lines = None

    def __setup(self):
        if self.__lines is not None:
            return
        data = None
        for folder in self.__dirs:
            for filename in self.__files:
                try:
                    with open(os.path.join(folder, filename), encoding='utf-8') as f:
                        data = f.read()
                    break
                except OSError:
                    pass
            if data:
                break
        if not data:
            data = self.__data
        self.__lines = data.split('\n')

    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return '\n'.join(self.__lines)
        return 'Type %s() to see the full %s text' % ((self.__name,) * 2)

    def __call__(self):
        self.__setup()
        for line in self.__lines:
            print(line)


def setcopyright():
    """Define the builtins copyright, credits and license."""
    builtins.copyright = _Printer('copyright', getattr(sys, 'copyright', ''))
    builtins.credits = _Printer(
        'credits', "Weft is written by its contributors; its standard library "
        "follows the interfaces of CPython's.")
    here = os.path.dirname(os.__file__)
    builtins.license = _Printer(
        'license', "See the LICENSE file of Weft's source distribution.",
        ['LICENSE.txt', 'LICENSE'],
        [os.path.join(here, os.pardir, os.pardir), os.path.join(here, os.pardir),
         here, os.curdir])


class _Helper:
    # help: calling it runs pydoc's help, which Weft does not have.
    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        try:
            import pydoc
        except ImportError:
            raise NotImplementedError(
                "help(): Weft has no pydoc module to show help with") from None
        return pydoc.help(*args, **kwds)


def sethelper():
    """Define the builtin help."""
    builtins.help = _Helper()


def gethistoryfile():
    """The interactive history file: $PYTHON_HISTORY, else ~/.python_history."""
    if not sys.flags.ignore_environment:
        history = os.environ.get('PYTHON_HISTORY')
        if history:
            return history
    return os.path.join(os.path.expanduser('~'), '.python_history')


def enablerlcompleter():
    """Register register_readline() as sys.__interactivehook__."""
    sys.__interactivehook__ = register_readline


def register_readline():
    """Set up tab completion and the history file when a readline module is
    available (nothing otherwise)."""
    try:
        import readline
        import rlcompleter  # noqa: F401 (installs the completer)
    except ImportError:
        return
    import atexit
    if getattr(readline, 'backend', None) == 'editline':
        readline.parse_and_bind('bind ^I rl_complete')
    else:
        readline.parse_and_bind('tab: complete')
    try:
        readline.read_init_file()
    except OSError:
        pass
    if readline.get_current_history_length() == 0:
        history = gethistoryfile()
        try:
            readline.read_history_file(history)
        except OSError:
            pass

        def write_history():
            try:
                readline.write_history_file(history)
            except OSError:
                pass
        atexit.register(write_history)


def venv(known_paths):
    """Inside a virtual environment (a pyvenv.cfg beside the executable or in
    its parent directory), point sys.prefix and sys.exec_prefix at it and add
    its site-packages; unless the file sets include-system-site-packages to
    true, the environment's prefix replaces PREFIXES and the user site
    directory is disabled."""
    global PREFIXES, ENABLE_USER_SITE
    exe_dir = os.path.dirname(os.path.abspath(sys.executable))
    site_prefix = os.path.dirname(exe_dir)
    sys._home = None
    config = None
    for candidate in (os.path.join(exe_dir, 'pyvenv.cfg'),
                      os.path.join(site_prefix, 'pyvenv.cfg')):
        if os.path.isfile(candidate):
            config = candidate
            break
    if config is None:
        return known_paths
    system_site = 'true'
    with open(config, encoding='utf-8') as f:
        for line in f:
            key, sep, value = line.partition('=')
            if not sep:
                continue
            key = key.strip().lower()
            value = value.strip()
            if key == 'include-system-site-packages':
                system_site = value.lower()
            elif key == 'home':
                sys._home = value
    sys.prefix = sys.exec_prefix = site_prefix
    addsitepackages(known_paths, [sys.prefix])
    if system_site == 'true':
        PREFIXES.insert(0, sys.prefix)
    else:
        PREFIXES = [sys.prefix]
        ENABLE_USER_SITE = False
    return known_paths


def _import_customize(name):
    # Import sitecustomize or usercustomize if it exists; an error in it is
    # reported, not raised.
    try:
        try:
            __import__(name)
        except ImportError as exc:
            if exc.name != name:
                raise
    except Exception as err:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            sys.stderr.write(f"Error in {name}; set PYTHONVERBOSE for traceback:\n"
                             f"{err.__class__.__name__}: {err}\n")


def execsitecustomize():
    """Import the sitecustomize module, if there is one."""
    _import_customize('sitecustomize')


def execusercustomize():
    """Import the usercustomize module, if there is one."""
    _import_customize('usercustomize')


def main():
    """Set up sys.path and the builtins as described in the module's
    documentation."""
    global ENABLE_USER_SITE
    before = sys.path[:]
    known_paths = removeduppaths()
    if before != sys.path:
        abs_paths()
    known_paths = venv(known_paths)
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    known_paths = addsitepackages(known_paths)
    setquit()
    setcopyright()
    sethelper()
    if not sys.flags.isolated:
        enablerlcompleter()
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()


if not sys.flags.no_site:
    main()


_USAGE = """\
%s [--user-base] [--user-site]

Without arguments print some useful information
With arguments print the value of USER_BASE and/or USER_SITE separated
by '%s'.

Exit codes with --user-base or --user-site:
  0 - user site directory is enabled
  1 - user site directory is disabled by user
  2 - user site directory is disabled by super user
      or for security reasons
 >2 - unknown error
"""


def _script():
    args = sys.argv[1:]
    if not args:
        user_base = getuserbase()
        user_site = getusersitepackages()
        print("sys.path = [")
        for entry in sys.path:
            print(f"    {entry!r},")
        print("]")

        def exists(path):
            return "exists" if path is not None and os.path.isdir(path) else "doesn't exist"
        print(f"USER_BASE: {user_base!r} ({exists(user_base)})")
        print(f"USER_SITE: {user_site!r} ({exists(user_site)})")
        print(f"ENABLE_USER_SITE: {ENABLE_USER_SITE!r}")
        sys.exit(0)
    wanted = []
    if '--user-base' in args:
        wanted.append(USER_BASE)
    if '--user-site' in args:
        wanted.append(USER_SITE)
    if not wanted:
        print(_USAGE % (sys.argv[0], os.pathsep))
        sys.exit(10)
    print(os.pathsep.join(wanted))
    if ENABLE_USER_SITE:
        sys.exit(0)
    if ENABLE_USER_SITE is False:
        sys.exit(1)
    if ENABLE_USER_SITE is None:
        sys.exit(2)
    sys.exit(3)


if __name__ == '__main__':
    _script()
