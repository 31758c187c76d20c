"""Abstract base classes for the import system's finders, loaders and resources."""

import abc
from importlib import _bootstrap, machinery
from importlib.util import Loader
from importlib.resources.abc import ResourceReader, Traversable, TraversableResources

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader', 'InspectLoader',
           'ExecutionLoader', 'FileLoader', 'SourceLoader']

Loader = abc.ABCMeta('Loader', (Loader,), {'__module__': __name__, '__doc__': Loader.__doc__})


def _register(abstract, *classes):
    for cls in classes:
        abstract.register(cls)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        pass


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.PathFinder, machinery.WindowsRegistryFinder)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one entry of sys.path, made by a sys.path_hooks hook."""

    def invalidate_caches(self):
        pass


_register(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that can read data files."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can say whether a module is a package and give its code and source."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() '
                              'returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _bootstrap._load_module_shim(self, fullname)


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the file a module comes from."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


_register(ExecutionLoader, machinery.ExtensionFileLoader)


class FileLoader(_bootstrap._FileLoader, ResourceLoader, ExecutionLoader):
    """A loader for a module stored in one file."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader built from get_data and get_filename."""

    def path_mtime(self, path):
        if self.path_stats.__func__ is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)['mtime'])

    def path_stats(self, path):
        if self.path_mtime.__func__ is SourceLoader.path_mtime:
            raise OSError
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            data = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return _bootstrap.decode_source(data)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


_register(SourceLoader, machinery.SourceFileLoader)
