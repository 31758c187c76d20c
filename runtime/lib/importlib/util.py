"""Utilities for working with the import system: specs, loaders and module objects."""

import sys
from importlib._bootstrap import (
    MAGIC_NUMBER, cache_from_source, decode_source, module_from_spec, source_from_cache,
    spec_from_file_location, spec_from_loader, _find_spec)
from importlib import _bootstrap

__all__ = ['LazyLoader', 'MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec',
           'module_from_spec', 'resolve_name', 'source_from_cache', 'source_hash',
           'spec_from_file_location', 'spec_from_loader', 'Loader']


def source_hash(source_bytes):
    raise NotImplementedError('importlib.util.source_hash: Weft does not use hash-based '
                              'bytecode files')


def resolve_name(name, package):
    """An absolute module name from a relative one and its anchor package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative '
                          'module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def find_spec(name, package=None):
    """The spec of a module: the loaded module's __spec__, else what the finders say.

    A submodule's parent package is imported first; None if nothing finds the name."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} while trying to find '
                f'{fullname!r}', name=fullname) from e
    else:
        parent_path = None
    return _find_spec(fullname, parent_path)


class Loader:
    """The loader interface (also importlib.abc.Loader)."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        return _bootstrap._load_module_shim(self, fullname)


class _LazyModule(type(sys)):
    """A module whose loading is finished on its first attribute access."""

    def __getattribute__(self, attr):
        state = object.__getattribute__(self, '__dict__')
        spec = state['__spec__']
        lazy = spec.loader_state
        if lazy is None or lazy.get('is_loading'):
            return object.__getattribute__(self, attr)
        lazy['is_loading'] = True
        original_name = spec.name
        before = lazy['__dict__']
        changed = {}
        for key, value in state.items():
            if key not in before or before[key] is not value:
                changed[key] = value
        spec.loader.exec_module(self)
        if original_name in sys.modules and id(self) != id(sys.modules[original_name]):
            raise ValueError(f'module object for {original_name!r} substituted in '
                             'sys.modules during a lazy load')
        state.update(changed)
        self.__class__ = type(sys)
        spec.loader_state = None
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__('__class__')
        delattr(self, attr)


class LazyLoader(Loader):
    """Wraps a loader so the module runs only when first used."""

    @staticmethod
    def __check_eager_loader(loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')

    @classmethod
    def factory(cls, loader):
        cls.__check_eager_loader(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        self.__check_eager_loader(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {'__dict__': module.__dict__.copy(),
                                        '__class__': module.__class__,
                                        'is_loading': False}
        module.__class__ = _LazyModule
