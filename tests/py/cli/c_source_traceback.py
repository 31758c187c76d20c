# Tracebacks of -c code show its source lines ("<string>"), exec()'d code included.
import subprocess
import sys

for code in ("exec('1/0')", "def f():\n    return {}['k']\nf()", "x = (1,\n  2)[5]",
             "import linecache; print(sorted(k for k in linecache.cache if k.startswith('<')))"):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    print(r.returncode, r.stdout, r.stderr, sep='\n')
