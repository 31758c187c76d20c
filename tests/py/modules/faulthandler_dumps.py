# faulthandler: dumps on request, on a fatal signal, after a timeout and on a user signal.
import faulthandler, sys, subprocess, os, tempfile
print(faulthandler.is_enabled())
def f():
    faulthandler.dump_traceback(all_threads=False)
sys.stdout.flush()
f()
faulthandler.enable(); print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
code = "import faulthandler, ctypes\nfaulthandler.enable()\ndef g():\n    import os, signal\n    os.kill(os.getpid(), signal.SIGSEGV)\ng()\n"
code = code.replace(', ctypes', '')
r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
lines = [l for l in r.stderr.splitlines() if l.strip()]
print(r.returncode, lines[0], lines[1].split(' 0x')[0], lines[2:4])
code = "import faulthandler, time\nfaulthandler.dump_traceback_later(0.2, exit=True)\ndef wait():\n    time.sleep(5)\nwait()\n"
r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
lines = [l for l in r.stderr.splitlines() if l.strip()]
print(r.returncode, lines[0], lines[1].split(' 0x')[0], lines[2:4])
with tempfile.TemporaryFile('w+') as tf:
    faulthandler.dump_traceback(tf, all_threads=True)
    tf.seek(0)
    out = tf.read().splitlines()
    print(out[0].split(' 0x')[0], out[1:])
for bad in (lambda: faulthandler.dump_traceback_later(-1), lambda: faulthandler.register(11),
            lambda: faulthandler.dump_traceback(-1)):
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
faulthandler.cancel_dump_traceback_later()
import signal
faulthandler.register(signal.SIGUSR1, file=sys.stdout, all_threads=False)
sys.stdout.flush()
os.kill(os.getpid(), signal.SIGUSR1)
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
