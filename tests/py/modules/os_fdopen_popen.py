# os.fdopen over pipe descriptors and os.popen in both directions, with close() statuses.
import os
r, w = os.pipe()
f = os.fdopen(w, 'w'); f.write('hello'); f.close()
g = os.fdopen(r, 'rb'); print(g.read()); g.close()
try: os.fdopen('x')
except TypeError as e: print(e)
p = os.popen('echo one; echo two'); print(p.read().split(), p.close())
p = os.popen('exit 3'); p.read(); print(p.close())
with os.popen('cat > /dev/null', 'w') as p: p.write('x')
for args in (('ls', 'x'), (5,)):
    try: os.popen(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(os.waitstatus_to_exitcode(os.popen('exit 2').close()))
