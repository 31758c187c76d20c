# -O, -OO, -P, -I, -B/-q/-s/-S/-E and their environment variables, run in child interpreters.
import os
import subprocess
import sys

script = f'/tmp/weft_optflags_{os.getpid()}.py'
with open(script, 'w') as f:
    f.write('''import sys
f = sys.flags
print(__debug__, f.optimize, f.safe_path, f.dont_write_bytecode, f.quiet,
      f.ignore_environment, f.no_site, f.no_user_site, f.isolated)
try:
    assert False, 'boom'
    print('assert skipped')
except AssertionError as e:
    print('AssertionError', e)
print('debug branch' if __debug__ else 'optimized branch', eval('__debug__'))
print(sys.path[0] == %r)
''' % os.path.dirname(script))
clean = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
runs = [([], {}), (['-O'], {}), (['-OO'], {}), (['-P'], {}), (['-I'], {}),
        (['-B', '-q', '-s', '-S', '-E'], {}), ([], {'PYTHONOPTIMIZE': '1'}),
        ([], {'PYTHONOPTIMIZE': '2'}), ([], {'PYTHONSAFEPATH': '1'}),
        ([], {'PYTHONDONTWRITEBYTECODE': 'x'}), (['-E'], {'PYTHONOPTIMIZE': '1'}),
        (['-I'], {'PYTHONSAFEPATH': '1', 'PYTHONOPTIMIZE': '1'})]
for opts, env in runs:
    r = subprocess.run([sys.executable, *opts, script], env={**clean, **env},
                       capture_output=True, text=True)
    print(opts, env, r.returncode)
    print(r.stdout + r.stderr, end='')
os.remove(script)
