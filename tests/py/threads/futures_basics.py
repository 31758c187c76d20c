# concurrent.futures.Future used directly: states, results, exceptions, cancel,
# done callbacks, timeouts, invalid state transitions, reprs (without addresses).
import threading
import time
import concurrent.futures as cf
from concurrent.futures import Future


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, repr(e.args))


def state(f):
    # repr is '<Future at 0x... state=...>': keep only the part after the address
    return repr(f).split(" state=", 1)[1].rstrip(">")


def flags(f):
    return (f.done(), f.running(), f.cancelled())


# module level names and the exception hierarchy
print("constants", cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print("TimeoutError is builtin", cf.TimeoutError is TimeoutError)
print("CancelledError", [c.__name__ for c in cf.CancelledError.__mro__])
print("InvalidStateError", [c.__name__ for c in cf.InvalidStateError.__mro__])
print("BrokenExecutor", [c.__name__ for c in cf.BrokenExecutor.__mro__])
print("Future module", Future.__module__, Future.__name__)
print("repr start", repr(Future()).startswith("<Future at 0x"))

# pending -> running -> finished
f = Future()
print("new", flags(f), state(f))
show(f.result, timeout=0.01)
show(f.exception, timeout=0)
print("set_running", f.set_running_or_notify_cancel(), flags(f), state(f))
print("cancel running", f.cancel(), flags(f))
show(f.result, timeout=0.01)
f.set_result(42)
print("finished", flags(f), state(f))
show(f.result)
show(f.exception)
print("cancel finished", f.cancel(), flags(f), state(f))

# set_result without set_running_or_notify_cancel first
f = Future()
f.set_result([1, 2])
print("direct result", f.result(), state(f))
f = Future()
f.set_result(None)
print("None result", f.result(), state(f), f.exception())

# set_exception
f = Future()
err = ValueError("bad value", 7)
f.set_exception(err)
print("exc", flags(f), state(f))
print("exception() is same", f.exception() is err)
show(f.result)
try:
    f.result()
except ValueError as e:
    print("raised same object", e is err)

# custom exception class
class MyError(Exception):
    pass


f = Future()
f.set_exception(MyError("mine"))
print("custom", state(f))
show(f.result, timeout=1)

# setting twice: InvalidStateError with the state in the message
f = Future()
f.set_result(1)
for setter, arg in ((f.set_result, 2), (f.set_exception, KeyError("k"))):
    try:
        setter(arg)
    except cf.InvalidStateError as e:
        msg = str(e)
        print("twice", msg.split(":", 1)[0], "|", msg.split(" state=", 1)[1])
print("still", f.result())

f = Future()
f.set_exception(OSError(2, "gone"))
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print("after exc", str(e).split(":", 1)[0], "|", str(e).split(" state=", 1)[1])
show(f.result)

# cancel a pending future
f = Future()
print("cancel pending", f.cancel(), flags(f), state(f))
print("cancel again", f.cancel(), flags(f))
show(f.result)
show(f.exception)
show(f.result, timeout=0)
e = None
try:
    f.result()
except cf.CancelledError as ce:
    e = ce
print("CancelledError str", repr(str(e)), e.args)
for setter, arg in ((f.set_result, 1), (f.set_exception, ValueError())):
    try:
        setter(arg)
    except cf.InvalidStateError as ie:
        print("set on cancelled", str(ie).split(":", 1)[0], "|", str(ie).split(" state=", 1)[1])
# a cancelled future is notified by set_running_or_notify_cancel
print("notify cancel", f.set_running_or_notify_cancel(), flags(f), state(f))
print("cancel notified", f.cancel(), flags(f))
try:
    f.set_result(5)
except cf.InvalidStateError as ie:
    print("set on notified", str(ie).split(":", 1)[0])
show(f.result)

# done callbacks: called in order, with the future, once
calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(("a", fut is f, fut.result())))
f.add_done_callback(lambda fut: calls.append(("b", fut.done())))
print("before set", calls)
f.set_result("val")
print("after set", calls)
# already done: called immediately
f.add_done_callback(lambda fut: calls.append(("c", state(fut))))
print("immediate", calls[-1])
print("total calls", len(calls))

# callbacks on cancel and on exception
seen = []
f = Future()
f.add_done_callback(lambda fut: seen.append(("cancel", fut.cancelled())))
f.cancel()
f.cancel()
print("cancel callbacks", seen)
f.add_done_callback(lambda fut: seen.append(("late", fut.cancelled())))
print("late cancel callback", seen[-1])
seen = []
f = Future()
f.add_done_callback(lambda fut: seen.append(type(fut.exception()).__name__))
f.set_exception(IndexError("i"))
print("exception callback", seen)

# callback added from inside a callback runs at once
order = []
f = Future()


def outer(fut):
    order.append("outer")
    fut.add_done_callback(lambda g: order.append("inner"))
    order.append("outer end")


f.add_done_callback(outer)
f.add_done_callback(lambda g: order.append("second"))
f.set_result(0)
print("nested callbacks", order)

# callback runs in the thread that completes the future
where = []
f = Future()
f.add_done_callback(lambda fut: where.append(threading.current_thread().name))


def complete():
    time.sleep(0.02)
    f.set_result("from thread")


t = threading.Thread(target=complete, name="completer")
t.start()
print("waited result", f.result(timeout=5))
t.join()
print("callback thread", where)

# exception() waits for another thread too
f = Future()
t = threading.Thread(target=lambda: (time.sleep(0.02), f.set_exception(KeyError("late"))))
t.start()
print("waited exception", repr(f.exception(timeout=5)))
t.join()

# result() wakes up when another thread cancels
f = Future()
t = threading.Thread(target=lambda: (time.sleep(0.02), f.cancel()))
t.start()
show(f.result, timeout=5)
t.join()

# many waiters on one future
f = Future()
got = []
lock = threading.Lock()


def waiter(i):
    r = f.result(timeout=5)
    with lock:
        got.append(r + i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
time.sleep(0.02)
f.set_result(100)
for t in ts:
    t.join()
print("many waiters", sorted(got))

# timeout waits at least about that long
f = Future()
t0 = time.monotonic()
show(f.result, timeout=0.05)
print("timeout waited", time.monotonic() - t0 >= 0.04)
show(f.exception, timeout=-1)

# generic alias
print("generic", Future[int].__origin__ is Future, Future[int].__args__)
