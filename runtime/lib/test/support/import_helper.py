"""Import helpers for Weft's regression tests: optional imports that skip,
fresh copies of modules, temporary sys.path and sys.modules changes."""

import contextlib
import importlib
import os
import sys
import unittest
import warnings

from test.support.os_helper import unlink, temp_dir


@contextlib.contextmanager
def _ignore_deprecated_imports(ignore=True):
    """Silence the DeprecationWarning of deprecated modules for the block
    (when *ignore* is true)."""
    if not ignore:
        yield
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", ".+ (module|package)",
                                DeprecationWarning)
        yield


def unload(name):
    """Remove module *name* from sys.modules (if it is there)."""
    sys.modules.pop(name, None)


def _cached_paths(source):
    paths = [source + 'c']
    util = getattr(importlib, 'util', None)
    if util is None:
        try:
            import importlib.util as util
        except ImportError:
            return paths
    cache_from_source = getattr(util, 'cache_from_source', None)
    if cache_from_source is None:
        return paths
    for level in ('', 1, 2):
        try:
            paths.append(cache_from_source(source, optimization=level))
        except (NotImplementedError, ValueError, TypeError):
            break
    return paths


def forget(modname):
    """Unload module *modname* and delete any compiled file of it found
    along sys.path, so that the next import reads the source again."""
    unload(modname)
    for dirname in sys.path:
        if not isinstance(dirname, str):
            continue
        source = os.path.join(dirname, modname + '.py')
        for path in _cached_paths(source):
            unlink(path)


def make_legacy_pyc(source):
    """Weft neither writes nor reads .pyc files."""
    raise NotImplementedError("Weft does not use compiled .pyc files")


def import_module(name, deprecated=False, *, required_on=()):
    """Import module *name* and return it; skip the test (SkipTest) when it
    cannot be imported, unless sys.platform starts with one of
    *required_on*, in which case the ImportError propagates."""
    with _ignore_deprecated_imports(deprecated):
        try:
            return importlib.import_module(name)
        except ImportError as exc:
            if sys.platform.startswith(tuple(required_on)):
                raise
            raise unittest.SkipTest(str(exc))


def _save_and_remove_modules(names):
    saved = {}
    for modname in names:
        if modname in sys.modules:
            saved[modname] = sys.modules.pop(modname)
    # Submodules of the removed packages go too.
    prefixes = tuple(modname + '.' for modname in names)
    for modname in list(sys.modules):
        if modname.startswith(prefixes):
            saved[modname] = sys.modules.pop(modname)
    return saved


@contextlib.contextmanager
def frozen_modules(enabled=True):
    """Weft has no frozen modules: the block just runs."""
    yield


@contextlib.contextmanager
def multi_interp_extensions_check(enabled=True):
    yield


def import_fresh_module(name, fresh=(), blocked=(), *, deprecated=False,
                        usefrozen=False):
    """Import a new copy of module *name*, leaving sys.modules as it was.

    The modules named in *fresh* are imported anew as well (None is returned
    when one of them cannot be imported); those in *blocked* are made
    unimportable during the import.  ImportError from *name* propagates.
    """
    fresh = list(fresh)
    blocked = list(blocked)
    while True:
        try:
            return _import_fresh(name, fresh, blocked, deprecated)
        except ImportError as exc:
            # Several of Weft's library modules import their underscore
            # helper module (_functools, _heapq, _collections...)
            # unconditionally: they have a single implementation.  Blocking
            # such a helper only makes the module unimportable, so it is
            # left unblocked and the caller gets that single implementation.
            missing = getattr(exc, 'name', None)
            if (missing in blocked and missing.startswith('_')
                    and missing != name):
                blocked.remove(missing)
                continue
            raise


def _import_fresh(name, fresh, blocked, deprecated):
    with _ignore_deprecated_imports(deprecated):
        names = {name, *fresh, *blocked}
        saved = _save_and_remove_modules(names)
        for modname in blocked:
            sys.modules[modname] = None
        try:
            try:
                for modname in fresh:
                    __import__(modname)
            except ImportError:
                return None
            return importlib.import_module(name)
        finally:
            _save_and_remove_modules(names)
            sys.modules.update(saved)


class CleanImport(object):
    """Context manager removing the named modules (and their submodules)
    from sys.modules for the block, so they are imported afresh; the
    original modules are put back afterwards."""

    def __init__(self, *module_names, usefrozen=False):
        self.original_modules = sys.modules.copy()
        for name in module_names:
            if name not in sys.modules:
                continue
            module = sys.modules[name]
            # A module may be registered under another name (os.path is
            # posixpath): remove that entry as well.
            real = getattr(module, '__name__', name)
            if real != name:
                sys.modules.pop(real, None)
            del sys.modules[name]

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        sys.modules.update(self.original_modules)


class DirsOnSysPath(object):
    """Context manager putting *paths* at the end of sys.path for the block
    and restoring sys.path afterwards."""

    def __init__(self, *paths):
        self.original_value = sys.path[:]
        self.original_object = sys.path
        sys.path.extend(paths)

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        sys.path = self.original_object
        sys.path[:] = self.original_value


def modules_setup():
    return sys.modules.copy(),


def modules_cleanup(oldmodules):
    # Keep the codec modules loaded during the test: the codec registry
    # caches their functions.
    codecs = {name: module for name, module in sys.modules.items()
              if name.startswith('encodings.')}
    sys.modules.clear()
    sys.modules.update(codecs)
    sys.modules.update(oldmodules)


@contextlib.contextmanager
def isolated_modules():
    """Restore sys.modules to its current contents after the block."""
    saved, = modules_setup()
    try:
        yield
    finally:
        modules_cleanup(saved)


def mock_register_at_fork(func):
    from unittest import mock
    return mock.patch('os.register_at_fork', create=True)(func)


@contextlib.contextmanager
def ready_to_import(name=None, source=""):
    """Write module *name* (default "spam") with *source* into a temporary
    directory put first on sys.path; yield (name, path)."""
    from test.support import script_helper
    name = name or "spam"
    with temp_dir() as tempdir:
        path = script_helper.make_script(tempdir, name, source)
        previous = sys.modules.pop(name, None)
        try:
            sys.path.insert(0, tempdir)
            yield name, path
            sys.path.remove(tempdir)
        finally:
            if previous is not None:
                sys.modules[name] = previous
            else:
                sys.modules.pop(name, None)
