# _thread locks: acquire/release semantics, timeouts, argument errors, reprs.
import _thread
import time


def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


lock = _thread.allocate_lock()
print(type(lock).__name__, _thread.LockType is type(lock), type(lock) is _thread.lock)
print(repr(lock).split(" object")[0], lock.locked())
show(lock.acquire)
print(repr(lock).split(" object")[0], lock.locked())
show(lock.acquire, False)
show(lock.acquire, blocking=False)
t0 = time.monotonic()
show(lock.acquire, timeout=0.05)
print("waited", time.monotonic() - t0 >= 0.04)
show(lock.acquire, True, 0)
lock.release()
show(lock.release)
show(lock.acquire, False, 1)
show(lock.acquire, True, -2)
show(lock.acquire, True, 1e300)
show(lock.acquire, timeout=_thread.TIMEOUT_MAX * 2)
show(lock.acquire, timeout="x")
show(lock.acquire, 1, 2, 3)
show(lock.acquire, blocking=0)
lock.release()
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

r = _thread.RLock()
print(repr(r).split(" at ")[0])
show(r.release)
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
print(repr(r).split(" owner")[0])
state = r._release_save()
print(state[0], r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
show(r.release)
show(r._release_save)
with r:
    with r:
        print("nested", r._recursion_count())


class MyRLock(_thread.RLock):
    pass


print(MyRLock().acquire(blocking=False))
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
show(_thread.stack_size, 100)
print(_thread.stack_size())
print(_thread.daemon_threads_allowed())

# A lock handed between threads: the other thread releases it.
gate = _thread.allocate_lock()
gate.acquire()
done = _thread.allocate_lock()
done.acquire()


def opener():
    time.sleep(0.02)
    gate.release()
    done.release()


_thread.start_new_thread(opener, ())
print("gate", gate.acquire(timeout=5))
print("done", done.acquire(timeout=5))
