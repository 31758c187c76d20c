# Programs extending the import system: finders on sys.meta_path, hooks on sys.path_hooks,
# loaders with exec_module, and importlib.abc base classes.
import importlib.abc
import importlib.machinery
import importlib.util
import sys


class StringLoader(importlib.abc.Loader):
    def __init__(self, sources):
        self.sources = sources

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.sources[module.__name__], module.__dict__)


class StringFinder(importlib.abc.MetaPathFinder):
    def __init__(self, sources):
        self.loader = StringLoader(sources)
        self.sources = sources
        self.asked = []

    def find_spec(self, fullname, path, target=None):
        self.asked.append((fullname, path is None))
        if fullname not in self.sources:
            return None
        is_pkg = fullname == 'virt'
        spec = importlib.util.spec_from_loader(fullname, self.loader, is_package=is_pkg)
        if is_pkg:
            spec.submodule_search_locations = []
        return spec


finder = StringFinder({
    'virt': 'print("running", __name__, __package__)\nWHO = "package"\n',
    'virt.child': 'from . import WHO\nprint("child sees", WHO, __spec__.parent)\n',
    'virtmod': 'def f():\n    return __name__\n',
})
sys.meta_path.insert(0, finder)
import virtmod
print(virtmod.f(), virtmod.__spec__.name, virtmod.__loader__ is finder.loader)
import virt.child
print(virt.child.WHO, virt.__path__, sys.modules['virt.child'] is virt.child)
import json  # still found by the default finders after ours says no
print(json.__name__, ('json', True) in finder.asked or 'json' in sys.modules)
print(isinstance(finder, importlib.abc.MetaPathFinder),
      issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder),
      issubclass(importlib.machinery.SourceFileLoader, importlib.abc.SourceLoader))
sys.meta_path.remove(finder)


class Blocker:
    def find_spec(self, fullname, path, target=None):
        if fullname == 'blocked_mod':
            raise ImportError(f'{fullname} is blocked')
        return None


sys.meta_path.insert(0, Blocker())
try:
    import blocked_mod
except ImportError as e:
    print('ImportError', e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
del sys.meta_path[0]


class LastResort:
    def find_spec(self, fullname, path, target=None):
        if fullname == 'fallback_mod':
            return importlib.util.spec_from_loader(fullname, StringLoader({fullname: 'X = 7'}))
        return None


sys.meta_path.append(LastResort())
import fallback_mod
print(fallback_mod.X, type(fallback_mod.__loader__).__name__)
sys.meta_path.pop()

# A path hook: entries starting with "virtual:" are served from a dict.
class DictFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, fullname, target=None):
        if fullname == 'hooked_mod':
            loader = StringLoader({fullname: 'ORIGIN = "dict"'})
            return importlib.util.spec_from_loader(fullname, loader, origin=self.entry)
        return None


def hook(entry):
    if not entry.startswith('virtual:'):
        raise ImportError('not mine')
    return DictFinder(entry)


sys.path_hooks.insert(0, hook)
sys.path.append('virtual:one')
import hooked_mod
print(hooked_mod.ORIGIN, hooked_mod.__spec__.origin,
      type(sys.path_importer_cache['virtual:one']).__name__)
sys.path_hooks.remove(hook)
sys.path.remove('virtual:one')

# exec_module errors remove the half-made module from sys.modules
bad = StringFinder({'broken_mod': 'X = 1\nraise ValueError("boom")\n'})
sys.meta_path.insert(0, bad)
try:
    import broken_mod
except ValueError as e:
    print('ValueError', e, 'broken_mod' in sys.modules)
sys.meta_path.remove(bad)

# LazyLoader defers running the module until first use
lazy_src = {'lazy_mod': 'print("lazy_mod runs")\nA = 5\n'}
spec = importlib.util.spec_from_loader('lazy_mod', importlib.util.LazyLoader(StringLoader(lazy_src)))
module = importlib.util.module_from_spec(spec)
sys.modules['lazy_mod'] = module
spec.loader.exec_module(module)
print('before use')
print(module.A, type(module).__name__)
