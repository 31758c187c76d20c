# __main__ starts with an empty __annotations__ dict (script, -c and -m alike).
import subprocess
import sys
print('__annotations__' in globals(), __annotations__)
x: int = 1
print(__annotations__)
for args in (['-c', "print('__annotations__' in globals(), sorted(globals()))"],):
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    print(r.stdout, r.stderr)
