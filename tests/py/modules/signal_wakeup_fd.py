# signal.set_wakeup_fd: the handler writes the signal number to a non-blocking descriptor.
import os, signal, threading

def _fixed_pipe(base):
    # Descriptors at fixed numbers, so printed results do not depend on what is open.
    r, w = os.pipe()
    fr, fw = os.dup2(r, base), os.dup2(w, base + 1)
    os.close(r)
    os.close(w)
    return fr, fw
r, w = _fixed_pipe(64)
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print('ValueError', e)
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda *a: print('handler'))
os.kill(os.getpid(), signal.SIGUSR1)
print(os.read(r, 10) == bytes([signal.SIGUSR1]))
print(signal.set_wakeup_fd(-1) == w, signal.set_wakeup_fd(-1))
def other():
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        print('ValueError', e)
t = threading.Thread(target=other); t.start(); t.join()
