# -OO drops docstrings; -O keeps them but turns asserts off; sys._getframemodulename reads
# the running function's __module__.
import subprocess
import sys

code = '''
"mod"
def f():
    "doc"
class C:
    "cdoc"
import sys
print(__doc__, f.__doc__, C.__doc__, __debug__, sys.flags.optimize)
def g():
    return sys._getframemodulename()
g.__module__ = "elsewhere"
print(g(), sys._getframemodulename())
'''
for flags in ([], ['-O'], ['-OO']):
    r = subprocess.run([sys.executable, *flags, '-c', code], capture_output=True, text=True)
    print(flags, r.stdout, r.stderr, r.returncode)
