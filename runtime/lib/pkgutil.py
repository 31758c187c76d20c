"""Utilities for packages and the import system: listing modules, reading package data."""

import collections
import importlib
import importlib.machinery
import importlib.util
import os
import sys

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
           'iter_modules', 'get_data', 'read_code', 'extend_path', 'ModuleInfo']

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def read_code(stream):
    raise NotImplementedError('pkgutil.read_code: Weft does not use bytecode files')


def get_importer(path_item):
    """The finder for one sys.path entry, through sys.path_hooks and the cache."""
    path_item = os.fsdecode(path_item)
    try:
        return sys.path_importer_cache[path_item]
    except KeyError:
        pass
    for hook in sys.path_hooks:
        try:
            importer = hook(path_item)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_item, importer)
        return importer
    return None


def iter_importers(fullname=''):
    """The finders that may find `fullname`: meta path finders, then path entry finders."""
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    if '.' in fullname:
        pkg_name = fullname.rpartition('.')[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def _iter_file_finder_modules(importer, prefix=''):
    if importer.path is None or not os.path.isdir(importer.path):
        return
    yielded = {}
    try:
        filenames = os.listdir(importer.path)
    except OSError:
        filenames = []
    filenames.sort()
    for fn in filenames:
        modname = inspect_modulename(fn)
        if modname == '__init__' or modname in yielded:
            continue
        path = os.path.join(importer.path, fn)
        ispkg = False
        if not modname and os.path.isdir(path) and '.' not in fn:
            modname = fn
            try:
                entries = os.listdir(path)
            except OSError:
                entries = []
            for entry in entries:
                if inspect_modulename(entry) == '__init__':
                    ispkg = True
                    break
            else:
                continue
        if modname and '.' not in modname:
            yielded[modname] = 1
            yield prefix + modname, ispkg


def inspect_modulename(filename):
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def _iter_zip_modules(importer, prefix=''):
    # The modules and packages directly inside a zipimporter's directory of its
    # archive, from the archive's table of contents.
    inside = importer.prefix
    yielded = {}
    for name in sorted(importer._get_files()):
        if not name.startswith(inside):
            continue
        parts = name[len(inside):].split('/')
        if len(parts) == 2 and parts[1].startswith('__init__.py'):
            if parts[0] not in yielded:
                yielded[parts[0]] = 1
                yield prefix + parts[0], True
        if len(parts) != 1:
            continue
        modname = inspect_modulename(parts[0])
        if modname and modname != '__init__' and '.' not in modname and \
                modname not in yielded:
            yielded[modname] = 1
            yield prefix + modname, False


def _iter_importer_modules(importer, prefix=''):
    if isinstance(importer, importlib.machinery.FileFinder):
        return _iter_file_finder_modules(importer, prefix)
    zipimport = sys.modules.get('zipimport')
    if zipimport is not None and isinstance(importer, zipimport.zipimporter):
        return _iter_zip_modules(importer, prefix)
    method = getattr(importer, 'iter_modules', None)
    if method is None:
        return []
    return method(prefix)


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module on `path` (default sys.path)."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        importers = map(get_importer, path)
    yielded = {}
    for importer in importers:
        for name, ispkg in _iter_importer_modules(importer, prefix):
            if name not in yielded:
                yielded[name] = 1
                yield ModuleInfo(importer, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module, recursing into packages (which are imported)."""
    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                subpath = getattr(sys.modules[info.name], '__path__', None) or []
                subpath = [p for p in subpath if not seen(p)]
                yield from walk_packages(subpath, info.name + '.', onerror)


def get_loader(module_or_name):
    """The loader of a module or module name (deprecated)."""
    import warnings
    warnings.warn('pkgutil.get_loader is deprecated and slated for removal in Python 3.14; '
                  'use importlib.util.find_spec() instead', DeprecationWarning, stacklevel=2)
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return _find_loader(fullname)


def _find_loader(fullname):
    if fullname.startswith('.'):
        raise ImportError(f'Relative module name {fullname!r} not supported')
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding loader for {!r} ({}: {})'
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def find_loader(fullname):
    """The loader that would import `fullname` (deprecated)."""
    import warnings
    warnings.warn('pkgutil.find_loader is deprecated and slated for removal in Python 3.14; '
                  'use importlib.util.find_spec() instead', DeprecationWarning, stacklevel=2)
    return _find_loader(fullname)


def extend_path(path, name):
    """Add to a package's __path__ the same-named directories of every sys.path entry."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + '.pkg'
    path = path[:]
    parent_package, _, final_name = name.rpartition('.')
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for directory in search_path:
        if not isinstance(directory, str) or not os.path.isdir(directory):
            continue
        finder = get_importer(directory)
        if finder is not None:
            spec = finder.find_spec(final_name) if hasattr(finder, 'find_spec') else None
            portions = []
            if spec is not None:
                portions = spec.submodule_search_locations or []
            for portion in portions:
                if portion not in path:
                    path.append(portion)
        pkgfile = os.path.join(directory, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write(f"Can't open {pkgfile}: {msg}\n")
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a data file inside a package, through its loader's get_data."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or importlib._bootstrap._load(spec)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object named 'pkg.mod:attr.sub' or 'pkg.mod.attr'."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        ident = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{ident})(?P<cln>:(?P<obj>{ident})?)?$', re.U)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    groups = m.groupdict()
    if groups.get('cln'):
        mod = importlib.import_module(groups['pkg'])
        parts = groups.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
