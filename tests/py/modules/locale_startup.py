# The locale a new interpreter starts in, for several environments.
import os
import subprocess
import sys

code = ('import locale; print(locale.setlocale(locale.LC_ALL), '
        'locale.getlocale(), locale.getencoding())')
base = {k: v for k, v in os.environ.items()
        if not k.startswith('LC_') and k not in ('LANG', 'LANGUAGE', 'PYTHONCOERCECLOCALE')}
for extra in [{}, {'LANG': 'xx_XX.UTF-8'}, {'LC_ALL': 'C'},
              {'LC_TIME': 'C.UTF-8', 'LC_NUMERIC': 'C.utf8'},
              {'LANG': 'C.UTF-8', 'LC_TIME': 'C.UTF-8'},
              {'LANG': 'C', 'PYTHONCOERCECLOCALE': '0'}]:
    env = dict(base, **extra)
    out = subprocess.run([sys.executable, '-c', code], env=env,
                         capture_output=True, text=True)
    print(sorted(extra.items()), out.stdout.strip(), out.returncode)
