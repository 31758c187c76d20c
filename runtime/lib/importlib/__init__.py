"""importlib: import_module, reload and invalidate_caches over Weft's import system."""

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; relative names need `package` as the anchor."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Find the module again and re-execute it in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module') from None
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _reloading:
        return _reloading[name]
    _reloading[name] = module
    try:
        from importlib import _bootstrap
        parent_name = name.rpartition('.')[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            path = parent.__path__
        spec = _bootstrap._find_spec(name, path, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._init_module_attrs(spec, module, override=True)
        if spec.loader is not None:
            if hasattr(spec.loader, 'exec_module'):
                spec.loader.exec_module(module)
            else:
                spec.loader.load_module(name)
        return sys.modules[name]
    finally:
        _reloading.pop(name, None)


_reloading = {}


def invalidate_caches():
    """Ask every finder on sys.meta_path to drop its caches."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()
