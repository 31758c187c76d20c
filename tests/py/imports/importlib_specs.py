# Module specs and loaders: __spec__/__loader__ of built-in, source, package and namespace
# modules, importlib.util and importlib.machinery.
import importlib
import importlib.machinery as machinery
import importlib.util as util
import json
import json.decoder
import time
import os
import sys
import tempfile

print(type(json.__spec__).__name__, json.__spec__.name, json.__spec__.parent,
      json.__spec__.has_location, json.__spec__.origin == json.__file__)
print(json.__spec__.submodule_search_locations == json.__path__, json.__loader__ is json.__spec__.loader)
print(type(json.__loader__).__name__, json.__loader__.name, json.__loader__.is_package('json'))
print(json.decoder.__spec__.parent, json.decoder.__spec__.submodule_search_locations)
print(time.__spec__, time.__loader__)
print(sys.__spec__.origin, sys.__loader__ is machinery.BuiltinImporter)
print(__spec__ is None, __loader__ is not None)
print(machinery.SOURCE_SUFFIXES, machinery.BuiltinImporter.find_spec('time').origin,
      machinery.BuiltinImporter.find_spec('json'))
print(machinery.PathFinder.find_spec('json').name, machinery.PathFinder.find_spec('nosuchmod_xyz'))
print(util.find_spec('json') is json.__spec__, util.find_spec('nosuchmod_xyz'))
print(util.find_spec('json.encoder').name, util.resolve_name('.decoder', 'json'),
      util.resolve_name('..x', 'a.b.c'))
for args in (('.x', None), ('...x', 'a.b')):
    try:
        util.resolve_name(*args)
    except ImportError as e:
        print('ImportError', e)
try:
    util.find_spec('time.sub')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
print(util.cache_from_source('/a/b.py').startswith('/a/__pycache__/b.'),
      util.source_from_cache(util.cache_from_source('/a/b.py')))
print(util.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\n'))
print(util.MAGIC_NUMBER[2:])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'plugin_mod.py')
    with open(path, 'w') as f:
        f.write('VALUE = 42\nNAME = __name__\nSPEC_NAME = __spec__.name\n')
    spec = util.spec_from_file_location('plugin_mod', path)
    print(spec.name, spec.origin == path, spec.submodule_search_locations, spec.has_location,
          type(spec.loader).__name__)
    mod = util.module_from_spec(spec)
    print('plugin_mod' in sys.modules, mod.__file__ == path, mod.__spec__ is spec)
    spec.loader.exec_module(mod)
    print(mod.VALUE, mod.NAME, mod.SPEC_NAME, mod.__loader__ is spec.loader)
    print(spec.loader.get_source('plugin_mod').splitlines()[0], spec.loader.is_package('plugin_mod'))
    print(util.spec_from_file_location('x', os.path.join(d, 'data.txt')))
    # a package with a namespace sibling
    os.makedirs(os.path.join(d, 'apkg'))
    with open(os.path.join(d, 'apkg', '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(d, 'apkg', 'sub.py'), 'w') as f:
        f.write('X = 1\n')
    os.makedirs(os.path.join(d, 'nspkg', 'inner'))
    with open(os.path.join(d, 'nspkg', 'inner', 'm.py'), 'w') as f:
        f.write('Y = 2\n')
    sys.path.insert(0, d)
    try:
        import apkg.sub
        import nspkg.inner.m
        print(apkg.__spec__.submodule_search_locations == [os.path.join(d, 'apkg')],
              apkg.sub.__spec__.origin == os.path.join(d, 'apkg', 'sub.py'))
        print(nspkg.__spec__.origin, nspkg.__spec__.loader is not None,
              list(nspkg.__spec__.submodule_search_locations) == [os.path.join(d, 'nspkg')],
              getattr(nspkg, '__file__', None))
        # reload re-runs the module in the same namespace
        with open(os.path.join(d, 'apkg', 'sub.py'), 'w') as f:
            f.write('X = 2\nZ = 3\n')
        same = importlib.reload(apkg.sub)
        print(same is apkg.sub, apkg.sub.X, apkg.sub.Z)
    finally:
        sys.path.remove(d)
        for name in ('apkg', 'apkg.sub', 'nspkg', 'nspkg.inner', 'nspkg.inner.m'):
            sys.modules.pop(name, None)
for bad in (42, 'json'):
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
