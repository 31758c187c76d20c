# Uncaught exceptions in threads go through threading.excepthook; SystemExit is silent.
import sys
import threading


def fail(exc):
    raise exc


def run(exc, name):
    t = threading.Thread(target=fail, args=(exc,), name=name)
    t.start()
    t.join()


seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
run(ValueError("bad value"), "t1")
run(SystemExit(2), "t2")
run(KeyError("k"), "t3")
print(seen)
print(threading.__excepthook__ is not hook)


# A failing hook is reported through sys.excepthook.
reported = []


def broken_hook(args):
    raise RuntimeError("hook failed")


def record(t, v, tb):
    reported.append((t.__name__, str(v)))


threading.excepthook = broken_hook
sys.excepthook = record
run(ValueError("x"), "t4")
sys.excepthook = sys.__excepthook__
threading.excepthook = threading.__excepthook__
print(reported)

# The default hook: "Exception in thread NAME:" and the traceback on stderr.
sys.stderr = sys.stdout
try:
    raise KeyError("shown")
except KeyError as e:
    threading.excepthook(threading.ExceptHookArgs((KeyError, e, e.__traceback__, threading.current_thread())))
sys.stderr = sys.__stderr__
print("done")
