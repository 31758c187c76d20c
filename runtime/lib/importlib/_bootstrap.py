# weft: hide-frames
# The Python side of Weft's import system: module specs, the default finders and loaders,
# and the hooks (sys.meta_path, sys.path_hooks) that programs can extend.
#
# The interpreter's C import code finds and runs built-in modules and source files itself
# while sys.meta_path and sys.path_hooks hold only the defaults defined here; it calls
# _attach() to give each module its __spec__ and __loader__ before the module runs. Once a
# program adds its own finder or path hook, imports of modules not yet loaded go through
# _find_and_load() below instead, which follows the protocol of PEP 451.

import sys
import _imp
import posix as _posix

_S_IFMT, _S_IFDIR, _S_IFREG = 0o170000, 0o040000, 0o100000

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
MAGIC_NUMBER = (3571).to_bytes(2, 'little') + b'\r\n'


def _mode(path):
    try:
        return _posix.stat(path).st_mode & _S_IFMT
    except (OSError, ValueError):
        return None


def _join(*parts):
    parts = [p for p in parts if p]
    if not parts:
        return ''
    out = parts[0]
    for p in parts[1:]:
        if p.startswith('/'):
            out = p
        elif out.endswith('/'):
            out += p
        else:
            out = out + '/' + p
    return out


def _split(path):
    head, sep, tail = path.rpartition('/')
    if not sep:
        return '', tail
    return head or '/', tail


def _fileattrs(module, spec):
    return module


class ModuleSpec:
    """Everything the import system knows about a module, shared by the loader and finder."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(args)})'

    def __eq__(self, other):
        locations = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and
                    locations == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith(tuple(SOURCE_SUFFIXES)):
                try:
                    self._cached = cache_from_source(self.origin)
                except NotImplementedError:
                    pass
            elif self.origin.endswith(tuple(BYTECODE_SUFFIXES)):
                self._cached = self.origin
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def cache_from_source(path, debug_override=None, *, optimization=None):
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, tail = _split(path)
    base, sep, rest = tail.rpartition('.')
    if not sep:
        base = rest
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else str(sys.flags.optimize)
    optimization = str(optimization)
    if optimization and not optimization.isalnum():
        raise ValueError(f'{optimization!r} is not alphanumeric')
    name = f'{base}.{tag}' + (f'.opt-{optimization}' if optimization else '') + '.pyc'
    return _join(head, '__pycache__', name)


def source_from_cache(path):
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, pyc = _split(path)
    head, pycache = _split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dots = pyc.count('.')
    if dots not in (2, 3):
        raise ValueError(f'expected only 2 or 3 dots in {pyc!r}')
    if dots == 3:
        opt = pyc.rsplit('.', 2)[-2]
        if not opt.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        if not opt[4:].isalnum():
            raise ValueError(f'optimization level {opt[4:]!r} is not an alphanumeric value')
    return _join(head, pyc.partition('.')[0] + SOURCE_SUFFIXES[0])


def decode_source(source_bytes):
    """Decode Python source bytes, honouring a coding cookie; newlines become '\\n'."""
    import io
    import tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


# ---- built-in modules ----

class BuiltinImporter:
    """Finds and loads the modules compiled into the interpreter."""

    _ORIGIN = 'built-in'

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Weft freezes no modules: this finder never finds anything."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        raise ImportError(f'{module.__name__!r} is not a frozen module')

    @classmethod
    def is_package(cls, fullname):
        return False


# ---- source files ----

class _FileLoader:
    """A loader for one file on disk: `name` is the module, `path` the file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check(self, name):
        if name is None:
            name = self.name
        elif self.name != name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return name

    def get_filename(self, name=None):
        self._check(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        filename = _split(self.get_filename(fullname))[1]
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() '
                              'returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)

    def get_resource_reader(self, module):
        from importlib.readers import FileReader
        return FileReader(self)


class SourceFileLoader(_FileLoader):
    """Loads a module from a .py file."""

    def path_stats(self, path):
        st = _posix.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(data)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


class SourcelessFileLoader(_FileLoader):
    """Weft runs only source files: bytecode files cannot be loaded."""

    def get_code(self, fullname):
        raise ImportError(f'Weft cannot load bytecode files ({self.path})', name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(_FileLoader):
    """Weft has no extension module ABI: shared-library modules cannot be loaded."""

    def create_module(self, spec):
        raise ImportError(f'Weft cannot load extension modules ({self.path})', name=spec.name)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    """The loader of namespace packages (directories without __init__.py)."""

    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)

    def get_resource_reader(self, module):
        from importlib.readers import NamespaceReader
        return NamespaceReader(self._path)


# ---- finders over sys.path ----

class FileFinder:
    """Finds modules and packages in one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'
        self._loaders = [(suffix, loader) for loader, suffixes in loader_details
                         for suffix in suffixes]

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def invalidate_caches(self):
        pass

    def _spec(self, loader_class, fullname, path, locations, target):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader,
                                       submodule_search_locations=locations)

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        base = _join(self.path, tail)
        if _mode(base) == _S_IFDIR:
            for suffix, loader in self._loaders:
                init = _join(base, '__init__' + suffix)
                if _mode(init) == _S_IFREG:
                    return self._spec(loader, fullname, init, [base], target)
        for suffix, loader in self._loaders:
            candidate = base + suffix
            if _mode(candidate) == _S_IFREG:
                return self._spec(loader, fullname, candidate, None, target)
        if _mode(base) == _S_IFDIR:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if _mode(path or '.') != _S_IFDIR:
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder


class PathFinder:
    """The meta path finder that searches sys.path (or a package's __path__)."""

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not _is_abs(name):
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        if not sys.path_hooks:
            import warnings
            warnings.warn('sys.path_hooks is empty', ImportWarning)
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            try:
                path = _posix.getcwd()
            except FileNotFoundError:
                return None
        try:
            return sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
            return finder

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        portions = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            if spec.submodule_search_locations:
                portions.extend(spec.submodule_search_locations)
        if portions:
            spec = ModuleSpec(fullname, None)
            spec.loader = NamespaceLoader(fullname, portions, cls.find_spec)
            spec.submodule_search_locations = portions
            return spec
        return None


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    return fspath(path)


def _is_abs(path):
    return path.startswith('/')


# ---- specs and modules ----

_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
    if loader is None:
        for loader_class, suffixes in _loader_details():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                break
        else:
            return None
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(_split(location)[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        locations = [] if is_package else None
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=locations)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _init_module_attrs(spec, module, override=False):
    def put(attr, value):
        if override or getattr(module, attr, None) is None:
            try:
                setattr(module, attr, value)
            except AttributeError:
                pass
    put('__name__', spec.name)
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = NamespaceLoader(spec.name, spec.submodule_search_locations, None)
            spec.loader = loader
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    put('__package__', spec.parent)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        put('__path__', spec.submodule_search_locations)
    if spec.has_location:
        put('__file__', spec.origin)
        if spec.cached is not None:
            put('__cached__', spec.cached)
    return module


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _load_module_shim(loader, fullname):
    import warnings
    warnings.warn('the load_module() method is deprecated and slated for removal in '
                  'Python 3.12; use exec_module() instead', DeprecationWarning)
    spec = spec_from_loader(fullname, loader)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _init_module_attrs(spec, module, override=True)
        loader.exec_module(module)
        return sys.modules[fullname]
    return _load(spec)


def _load(spec):
    """Create, register and run the module of `spec`; sys.modules' entry is the result."""
    loader = spec.loader
    if loader is None and spec.submodule_search_locations is None:
        raise ImportError('missing loader', name=spec.name)
    if loader is not None and not hasattr(loader, 'exec_module'):
        if not hasattr(loader, 'load_module'):
            raise ImportError('missing loader', name=spec.name)
        module = loader.load_module(spec.name)
        module = sys.modules.get(spec.name, module)
        if getattr(module, '__spec__', None) is None:
            try:
                module.__spec__ = spec
            except AttributeError:
                pass
        return module
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is not None:
            spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    return sys.modules[spec.name]


def _find_spec(name, path, target=None):
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    if not meta_path:
        import warnings
        warnings.warn('sys.meta_path is empty', ImportWarning)
    for finder in list(meta_path):
        find_spec = getattr(finder, 'find_spec', None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            if name in sys.modules and target is None:
                module = sys.modules[name]
                existing = getattr(module, '__spec__', None)
                if existing is not None:
                    return existing
            return spec
    return None


def _find_and_load(name, path):
    """Import `name` through sys.meta_path (used once the program has changed it).

    Returns the module, or None if no finder knows the name."""
    spec = _find_spec(name, path)
    if spec is None:
        return None
    return _load(spec)


def _loader_details():
    return [(SourceFileLoader, SOURCE_SUFFIXES), (SourcelessFileLoader, BYTECODE_SUFFIXES)]


def _attach(module, origin, locations):
    """Give a module the C import code loaded its spec and loader, before it runs."""
    name = module.__name__
    if origin == 'built-in':
        spec = ModuleSpec(name, BuiltinImporter, origin=origin)
    elif origin is None:
        spec = ModuleSpec(name, None)
        spec.loader = NamespaceLoader(name, locations, PathFinder.find_spec)
        spec.submodule_search_locations = locations
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
        spec._set_fileattr = True
        spec.submodule_search_locations = locations
        cached = spec.cached
        if cached is not None:
            module.__cached__ = cached
    module.__spec__ = spec
    module.__loader__ = spec.loader


def _main_spec(module, name, path):
    """The spec of __main__ run with -m: the module's own name, or pkg.__main__."""
    if _split(path)[1] == '__main__.py' and not name.endswith('__main__'):
        name += '.__main__'
    spec = spec_from_file_location(name, path)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.cached is not None:
        module.__cached__ = spec.cached


def _install():
    """Install the default hooks and give the modules loaded so far their specs."""
    for cls in (BuiltinImporter, FrozenImporter):
        cls.__module__ = '_frozen_importlib'
    for cls in (PathFinder, FileFinder, SourceFileLoader, SourcelessFileLoader,
                ExtensionFileLoader, NamespaceLoader):
        cls.__module__ = '_frozen_importlib_external'
    ModuleSpec.__module__ = '_frozen_importlib'
    hook = FileFinder.path_hook(*_loader_details())
    sys.meta_path[:] = [BuiltinImporter, FrozenImporter, PathFinder]
    sys.path_hooks[:] = [hook]
    this = sys.modules[__name__]
    for alias in ('_frozen_importlib', '_frozen_importlib_external',
                  'importlib._bootstrap_external'):
        sys.modules.setdefault(alias, this)
    for name, module in list(sys.modules.items()):
        if module is None or getattr(module, '__spec__', None) is not None:
            continue
        if name in sys.builtin_module_names:
            _attach(module, 'built-in', None)
        elif name == '__main__':
            if getattr(module, '__loader__', None) is None:
                origin = getattr(module, '__file__', None)
                module.__loader__ = (SourceFileLoader(name, origin) if origin is not None
                                     else BuiltinImporter)
        else:
            origin = getattr(module, '__file__', None)
            locations = getattr(module, '__path__', None)
            if origin is not None or locations is not None:
                _attach(module, origin, locations)
    return tuple(sys.meta_path), hook
