# -W options and $PYTHONWARNINGS fill sys.warnoptions, which the warnings module applies.
import subprocess, sys, os
code = "import sys, warnings; print(sys.warnoptions); warnings.warn('careful', UserWarning); print('after')"
for flags, env in ((['-W', 'error'], {}), (['-Wignore'], {}), (['-W', 'error::DeprecationWarning'], {}),
                   (['-W', 'bogus'], {}), (['-W', 'e:care:UserWarning'], {}), ([], {'PYTHONWARNINGS': 'ignore,error::UserWarning'}),
                   (['-W', 'a:b:c:d:e:f'], {}), (['-W', 'default::nosuch.Thing'], {}), (['-W', 'ignore::int'], {}),
                   (['-E', '-W', 'ignore'], {'PYTHONWARNINGS': 'error'})):
    r = subprocess.run([sys.executable, *flags, '-c', code], capture_output=True, text=True,
                       env={**os.environ, **env})
    print(flags, env, r.returncode, r.stdout.split('\n'), r.stderr.strip().splitlines()[-1:])
