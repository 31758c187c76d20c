"""Read data files shipped inside packages (importlib.resources)."""

import contextlib
import functools
import io
import os
import pathlib
import sys
import tempfile
import types
import warnings

from importlib.resources.abc import ResourceReader, Traversable, TraversableResources

__all__ = ['Package', 'Anchor', 'ResourceReader', 'as_file', 'files', 'contents',
           'is_resource', 'open_binary', 'open_text', 'path', 'read_binary', 'read_text']

Package = Anchor = types.ModuleType | str


def _resolve(anchor):
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    return anchor


def _caller():
    return sys._getframe(3).f_globals.get('__name__')


def _reader(module):
    spec = module.__spec__
    loader = spec.loader
    getter = getattr(loader, 'get_resource_reader', None)
    if getter is None:
        return None
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        return getter(spec.name)
    return None


def files(anchor=None):
    """The Traversable of a package's (or module's) resources."""
    module = _resolve(anchor if anchor is not None else _caller())
    reader = _reader(module)
    if reader is not None and hasattr(reader, 'files'):
        return reader.files()
    origin = getattr(module.__spec__, 'origin', None)
    if origin is None or module.__spec__.submodule_search_locations is None and not \
            getattr(module.__spec__, 'has_location', False):
        raise TypeError(f"{module.__name__!r} has no resources")
    return pathlib.Path(origin).parent


@contextlib.contextmanager
def _temp_copy(traversable):
    fd, name = tempfile.mkstemp(suffix=traversable.name)
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(traversable.read_bytes())
        yield pathlib.Path(name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(name)


@functools.singledispatch
def as_file(path):
    """A context manager giving a real file system path for a Traversable."""
    return _temp_copy(path)


@as_file.register(pathlib.Path)
@contextlib.contextmanager
def _(path):
    yield path


def _path_from(anchor, path_names):
    if not path_names:
        raise TypeError('missing resource path')
    return files(anchor).joinpath(*path_names)


def _anchor_and_names(anchor, path_names):
    if anchor is None:
        raise TypeError("anchor must be a module or a module name, not None")
    return anchor, path_names


def read_binary(anchor, *path_names):
    """The bytes of a resource."""
    return _path_from(_resolve(anchor), path_names).read_bytes()


def read_text(anchor, *path_names, encoding='utf-8', errors='strict'):
    """The text of a resource."""
    with open_text(anchor, *path_names, encoding=encoding, errors=errors) as f:
        return f.read()


def open_binary(anchor, *path_names):
    """A binary file object for a resource."""
    return _path_from(_resolve(anchor), path_names).open('rb')


def open_text(anchor, *path_names, encoding='utf-8', errors='strict'):
    """A text file object for a resource."""
    return _path_from(_resolve(anchor), path_names).open('r', encoding=encoding,
                                                         errors=errors)


def path(anchor, *path_names):
    """A context manager giving a file system path for a resource."""
    return as_file(_path_from(_resolve(anchor), path_names))


def is_resource(anchor, *path_names):
    """Whether the named resource exists and is a file."""
    return _path_from(_resolve(anchor), path_names).is_file()


def contents(anchor, *path_names):
    """The names in a resource directory (deprecated)."""
    warnings.warn('importlib.resources.contents is deprecated. Use files(anchor).iterdir() '
                  'instead.', DeprecationWarning, stacklevel=2)
    root = files(_resolve(anchor)).joinpath(*path_names)
    return [item.name for item in root.iterdir()]
