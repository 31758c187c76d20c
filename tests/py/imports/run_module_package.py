# -m runs a package's __main__ (and a submodule) with __package__ set, so relative imports work.
import os, sys
d = 'runmod_%d' % os.getpid()
os.makedirs(os.path.join(d, 'pk'))
files = {'__init__.py': 'print("init", __name__)\n',
         '__main__.py': 'from . import helper\nprint("main", __name__, __package__, helper.X)\n',
         'helper.py': 'X = 5\n',
         'sub.py': 'from .helper import X\nprint("sub", __name__, __package__, X)\n'}
for name, text in files.items():
    with open(os.path.join(d, 'pk', name), 'w') as f:
        f.write(text)
sys.stdout.flush()
for target in ('pk', 'pk.sub'):
    status = os.system(f'cd {d} && {sys.executable} -m {target}')
    print(target, 'exit', status)
    sys.stdout.flush()
for name in files:
    os.remove(os.path.join(d, 'pk', name))
os.rmdir(os.path.join(d, 'pk'))
os.rmdir(d)
