# More of the signal module: constants, strsignal, valid_signals, interval timers, pthread_kill.
import signal, threading, time
print([n for n in ("SIGILL", "SIGTRAP", "SIGBUS", "SIGFPE", "setitimer", "getitimer", "ITIMER_REAL",
                   "pause", "siginterrupt", "pthread_kill", "strsignal", "valid_signals")
       if not hasattr(signal, n)])
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV), len(signal.valid_signals()),
      int(signal.SIGRTMIN), int(signal.SIGRTMAX), signal.SIGINT in signal.valid_signals())
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError", e)
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
deadline = time.monotonic() + 2
while not got and time.monotonic() < deadline:
    time.sleep(0.01)
print(got == [signal.SIGALRM], signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print(got == [signal.SIGALRM, signal.SIGUSR1])
signal.siginterrupt(signal.SIGUSR1, False)
class O: pass
o = O(); o.a = 1
del o.__dict__
print(o.__dict__)
o.b = 2
print(o.__dict__)
