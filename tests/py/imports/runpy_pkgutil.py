# runpy.run_module/run_path and pkgutil: listing modules, package data, name resolution.
import os
import pkgutil
import runpy
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'rp_pkg', 'sub'))
    files = {
        'rp_pkg/__init__.py': 'INIT = True\n',
        'rp_pkg/__main__.py': 'print("pkg main", __name__, __package__, __spec__.name)\nRESULT = 3\n',
        'rp_pkg/tool.py': ('import sys\nprint("tool", __name__, __package__, __spec__.name,'
                           ' __file__.endswith("tool.py"), sys.argv[0].endswith("tool.py"))\n'
                           'def helper():\n    return 7\nVALUE = helper() + GIVEN\n'),
        'rp_pkg/sub/__init__.py': '',
        'rp_pkg/sub/leaf.py': 'LEAF = 1\n',
        'rp_pkg/data.txt': 'some data\n',
        'rp_mod.py': 'X = 1\n',
        'script.py': 'print("script", __name__, __file__.endswith("script.py"))\nS = 9\n',
    }
    for name, text in files.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
    os.makedirs(os.path.join(d, 'dirapp'))
    with open(os.path.join(d, 'dirapp', '__main__.py'), 'w') as f:
        f.write('print("dir app", __name__)\nD = 4\n')
    sys.path.insert(0, d)
    try:
        g = runpy.run_module('rp_pkg.tool', init_globals={'GIVEN': 1})
        print(g['VALUE'], g['__name__'], 'rp_pkg.tool' in sys.modules)
        g = runpy.run_module('rp_pkg.tool', {'GIVEN': 2}, run_name='__main__', alter_sys=True)
        print(g['VALUE'], g['__name__'], sys.modules['__main__'].__name__)
        g = runpy.run_module('rp_pkg')
        print(g['RESULT'])
        for bad in ('no_such_mod_q', '.rel', 'rp_pkg.nope', 'rp_mod.py'):
            try:
                runpy.run_module(bad)
            except ImportError as e:
                print('ImportError', e)
        g = runpy.run_path(os.path.join(d, 'script.py'))
        print(g['S'], g['__name__'])
        g = runpy.run_path(os.path.join(d, 'script.py'), run_name='custom')
        print(g['__name__'])
        g = runpy.run_path(os.path.join(d, 'dirapp'))
        print(g['D'])
        infos = [m for m in pkgutil.iter_modules([d])]
        print([(m.name, m.ispkg) for m in infos], type(infos[0].module_finder).__name__)
        print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(d, 'rp_pkg')], 'rp_pkg.')])
        print(sorted(m.name for m in pkgutil.walk_packages([d]) if m.name.startswith('rp_')))
        print(pkgutil.get_data('rp_pkg', 'data.txt'))
        print(pkgutil.resolve_name('rp_pkg.sub.leaf:LEAF'), pkgutil.resolve_name('os.path.join').__name__,
              pkgutil.resolve_name('rp_pkg.sub.leaf.LEAF'))
        for bad in ('1bad', 'rp_pkg:nothing_here'):
            try:
                pkgutil.resolve_name(bad)
            except (ValueError, AttributeError) as e:
                print(type(e).__name__, e)
        print(type(pkgutil.get_importer(d)).__name__, pkgutil.get_importer(d) is pkgutil.get_importer(d))
        print(pkgutil.extend_path(['x'], 'nonexistent_pkg_zz'))
    finally:
        sys.path.remove(d)
        for name in list(sys.modules):
            if name.startswith('rp_'):
                del sys.modules[name]
