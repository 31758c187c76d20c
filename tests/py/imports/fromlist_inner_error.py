# `from pkg import sub`: an import failing inside sub propagates; only a missing sub itself
# becomes "cannot import name".
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'flpkg'))
    for name, text in {'__init__.py': '', 'sub.py': 'import no_such_module_xyz\n',
                       'sub2.py': "raise ValueError('inner')\n",
                       'sub3.py': 'from . import missing_sibling\n'}.items():
        with open(os.path.join(d, 'flpkg', name), 'w') as f:
            f.write(text)
    sys.path.insert(0, d)
    for stmt in ('from flpkg import sub', 'from flpkg import sub2', 'import flpkg.sub',
                 'from flpkg import nothing', 'from flpkg import sub3', 'from flpkg import sub, nothing'):
        try:
            exec(stmt)
        except Exception as e:
            print(stmt, '->', type(e).__name__, str(e).replace(d, 'DIR'), getattr(e, 'name', None))
    sys.path.remove(d)
