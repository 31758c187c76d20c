import sys
import pkg
import pkg.sub.mod
from pkg.sub import mod as m2
from pkg import twice, helper as h
print(pkg.value, pkg.sub.mod.name, pkg.sub.mod.result, m2 is pkg.sub.mod, twice(21), h.twice(2))
print('pkg' in sys.modules, 'pkg.sub.sibling' in sys.modules, pkg.sub.mod.__package__)
import pkg  # cached: no second "pkg init"
import importlib
print(importlib.import_module('pkg.sub.sibling').K, importlib.import_module('.helper', 'pkg').twice(5))
for stmt in ['import nosuchmodule', 'from pkg import nosuchname', 'import pkg.nosub',
             'from . import x', 'import pkg.helper.twice']:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, str(e).split(' (')[0], e.name)
from pkg.sub.mod import *
print(name, result)
print(__name__, __file__.endswith('import_packages.py'))
