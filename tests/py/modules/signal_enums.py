# signal's IntEnum wrappers: Signals, Handlers, Sigmasks and the functions returning them.
import os
import signal

print(repr(signal.SIGINT), str(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT == 2)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(signal.Signals.__module__, signal.Signals.__doc__, type(signal.Signals).__name__)
print([m.name for m in signal.Signals][:12], len(signal.Signals))
print(repr(signal.Signals(6)), repr(signal.Signals['SIGIOT']), repr(signal.Signals(17)),
      repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(repr(signal.Signals(9)), signal.Signals(9).name, signal.Signals.SIGKILL.value)
try:
    signal.Signals(0)
except ValueError as e:
    print('ValueError', e)
print(repr(signal.getsignal(signal.SIGTERM)), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)))
print(repr(signal.signal(signal.SIGUSR1, lambda *a: None)))
print(callable(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))
valid = signal.valid_signals()
print(len(valid), sorted(valid)[:3], [s for s in sorted(valid) if not isinstance(s, signal.Signals)][:3])
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
print(old, signal.pthread_sigmask(signal.SIG_BLOCK, []))
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigpending())
print(repr(signal.sigwait([signal.SIGUSR2])), signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_SETMASK, old))
for bad in ([0], [signal.NSIG + 100], ['x']):
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print('TypeError', e)
