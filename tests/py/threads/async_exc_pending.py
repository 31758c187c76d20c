# Asynchronous exceptions and pending calls: what CPython offers C code through
# PyThreadState_SetAsyncExc and Py_AddPendingCall, reached from Python.
import _thread, threading, time

try:
    from _thread import _set_async_exc, _call_in_main
except ImportError:
    import ctypes, _testcapi
    def _set_async_exc(ident, exc):
        return ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(ident), ctypes.py_object(exc))
    def _call_in_main(func):
        _testcapi._pending_threadfunc(func)

class Stop(Exception):
    pass

def spinner(out, ready):
    ready.set()
    try:
        i = 0
        while True:
            i += 1
    except Stop as e:
        out.append(("spin", type(e).__name__))

def sleeper(out, ready):
    ready.set()
    try:
        for _ in range(500):
            time.sleep(0.01)
        out.append(("sleep", "finished"))
    except Stop:
        out.append(("sleep", "Stop"))

out = []
ready1, ready2 = threading.Event(), threading.Event()
t1 = threading.Thread(target=spinner, args=(out, ready1))
t2 = threading.Thread(target=sleeper, args=(out, ready2))
t1.start(); t2.start()
ready1.wait(); ready2.wait()
print("found", _set_async_exc(t1.ident, Stop))
print("found", _set_async_exc(t2.ident, Stop))
t1.join(); t2.join()
print(sorted(out))
print("unknown thread", _set_async_exc(987654321, Stop))

# A pending call runs in the main thread, never in the thread that asked for it.
seen = []
done = threading.Event()
def worker():
    _call_in_main(lambda: (seen.append(threading.current_thread().name), done.set()))
t = threading.Thread(target=worker)
t.start(); t.join()
while not done.is_set():
    pass
print("ran in", seen)

# An exception raised by a pending call propagates in the main thread.
def bad():
    raise KeyError("from pending call")
try:
    t = threading.Thread(target=lambda: _call_in_main(bad))
    t.start(); t.join()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        pass
    print("not raised")
except KeyError as e:
    print("KeyError", e)
