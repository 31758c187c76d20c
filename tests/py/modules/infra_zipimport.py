# zipimport: modules, packages and data files imported from a Zip archive on sys.path.
import os
import sys
import shutil
import tempfile
import traceback
import zipfile
import zipimport
import importlib
import importlib.resources
import importlib.util
import pkgutil

tmp = tempfile.mkdtemp(prefix=f'infra_zipimport_{os.getpid()}_')


def scrub(value):
    return str(value).replace(tmp, 'TMP')


print(zipimport.__all__, issubclass(zipimport.ZipImportError, ImportError))
print(sys.path_hooks[0] is zipimport.zipimporter)

archive = os.path.join(tmp, 'lib.zip')
with zipfile.ZipFile(archive, 'w') as z:
    z.writestr('zmod.py', 'X = 1\nprint("zmod running as", __name__)\n')
    z.writestr('zpkg/__init__.py', 'Y = 2\n')
    z.writestr('zpkg/sub.py', 'from . import Y\nZ = Y + 1\n')
    z.writestr('zpkg/data.txt', 'hello data\n')
    z.writestr('zpkg/res/inner.bin', b'\x00\x01\x02')
    z.writestr('crlf.py', b'A = 1\r\nB = 2\rC = 3\n')
    z.writestr('packed.py', 'VALUE = ' + repr('x' * 200) + '\n',
               compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('broken.py', 'a = 1\nraise ValueError("broken at import")\n')
    z.writestr('badsyntax.py', 'def f(:\n')
    z.writestr('ns/', '')
    z.writestr('ns/part.py', 'P = 3\n')
    z.writestr('sub/dir/deep.py', 'D = 4\n')

sys.path.insert(0, archive)
import zmod
import zpkg.sub
import crlf
import packed
import ns.part

for m in (zmod, zpkg, zpkg.sub, ns.part):
    print(m.__name__, scrub(m.__file__))
    print('  spec  ', scrub(m.__spec__))
    print('  loader', scrub(m.__loader__), type(m.__loader__).__name__)
    print('  path  ', scrub(getattr(m, '__path__', None)), m.__package__)
print(zmod.X, zpkg.Y, zpkg.sub.Z, crlf.A + crlf.B + crlf.C, len(packed.VALUE), ns.part.P)
print('ns', scrub(list(ns.__path__)), ns.__spec__.loader is not None)
print(scrub(sys.path_importer_cache[archive]))

# Data files
print(pkgutil.get_data('zpkg', 'data.txt'), pkgutil.get_data('zpkg', 'res/inner.bin'))
files = importlib.resources.files('zpkg')
print(type(files).__name__, scrub(files))
print(sorted(p.name for p in files.iterdir()))
print(files.joinpath('data.txt').read_text(), files.joinpath('res').is_dir())
print(importlib.resources.read_binary('zpkg', 'data.txt'))

# pkgutil listing the archive's modules
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([archive])])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([archive + '/zpkg'], 'zpkg.')])
print(type(pkgutil.get_importer(archive)).__name__)
print(scrub(importlib.util.find_spec('zpkg.sub').origin))

# The importer's own methods
zi = zipimport.zipimporter(archive)
print(scrub(zi), scrub(zi.archive), repr(zi.prefix))
print(repr(zi.get_source('zmod')), zi.get_source('crlf'))
print(zi.is_package('zpkg'), zi.is_package('zmod'), scrub(zi.get_filename('zpkg')),
      scrub(zi.get_filename('zmod')))
code = zi.get_code('zpkg')
print(type(code).__name__, scrub(code.co_filename))
print(zi.get_data(archive + '/zpkg/data.txt'), zi.get_data('zpkg/data.txt'))
try:
    zi.get_data('nope.txt')
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename)
for name in ('nope', 'zpkg.nope'):
    for method in (zi.is_package, zi.get_code, zi.get_source, zi.get_filename):
        try:
            method(name)
        except zipimport.ZipImportError as e:
            print(method.__name__, type(e).__name__, e, e.name)
print(zi.find_spec('nope'), zi.find_spec('sub'))
spec = zi.find_spec('zpkg')
print(scrub(spec), spec.parent, spec.has_location)
spec = zi.find_spec('ns')
print(spec.loader, scrub(spec.submodule_search_locations), spec.origin)
reader = zi.get_resource_reader('zpkg')
print(type(reader).__name__, reader.is_resource('data.txt'), reader.is_resource('nope'),
      sorted(reader.contents()))
with reader.open_resource('data.txt') as f:
    print(f.read())

# A directory inside the archive
for inner in ('/sub/dir', '/sub/dir/', '/nonexistent/x'):
    zi2 = zipimport.zipimporter(archive + inner)
    print(scrub(zi2), repr(zi2.prefix), scrub(zi2.find_spec('deep')))

# Module that fails while running, and one with a syntax error
try:
    import broken
except ValueError as e:
    tb = traceback.format_exc().splitlines()
    print(type(e).__name__, e, 'broken' in sys.modules)
    print([scrub(line).strip() for line in tb if 'broken.py' in line])
try:
    import badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, scrub(e.filename), e.lineno)

# Reading the archive again after it changed
with zipfile.ZipFile(archive, 'a') as z:
    z.writestr('added.py', 'NEW = "added later"\n')
zipimport.zipimporter(archive).invalidate_caches()
importlib.invalidate_caches()
import added
print(added.NEW)

# Bytes before the archive (a self-extracting stub) are allowed
stub = os.path.join(tmp, 'stub.zip')
with open(stub, 'wb') as f:
    f.write(b'#!/bin/sh\necho stub\n' * 10)
    with open(archive, 'rb') as src:
        f.write(src.read())
print(zipimport.zipimporter(stub).get_source('zmod').splitlines()[0])

# load_module (deprecated)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    mod = zipimport.zipimporter(archive + '/zpkg').load_module('zpkg.sub')
print(mod.__name__, mod.Z, [w.category.__name__ for w in caught])

# Errors
text = os.path.join(tmp, 'text.zip')
with open(text, 'w') as f:
    f.write('not an archive\n')
empty = os.path.join(tmp, 'empty.zip')
open(empty, 'wb').close()
for bad in ('', tmp, os.path.join(tmp, 'missing.zip'), text, empty,
            os.path.join(text, 'inner'), 12, b'lib.zip'):
    try:
        zipimport.zipimporter(bad)
    except (zipimport.ZipImportError, TypeError) as e:
        print(type(e).__name__, scrub(e), scrub(getattr(e, 'path', None)))
sys.path.insert(0, text)
try:
    import not_anywhere
except ImportError as e:
    print(type(e).__name__, e)
print(sys.path_importer_cache[text])
sys.path.remove(text)
sys.path.remove(archive)
shutil.rmtree(tmp)
