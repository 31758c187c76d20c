# SIGINT sent by another thread interrupts the main thread blocked in join(),
# Event.wait(), Queue.get(), Condition.wait() and Semaphore.acquire().
import os
import queue
import signal
import threading
import time


def kill_soon():
    def killer():
        time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)
    threading.Thread(target=killer).start()


def attempt(name, blocking_call):
    kill_soon()
    try:
        blocking_call()
        print(name, "returned")
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt")


stop = threading.Event()
sleeper = threading.Thread(target=stop.wait)
sleeper.start()
attempt("join", sleeper.join)
attempt("Event.wait", threading.Event().wait)
attempt("Queue.get", queue.Queue().get)
cond = threading.Condition()


def cond_wait():
    with cond:
        cond.wait()


attempt("Condition.wait", cond_wait)
attempt("Semaphore.acquire", threading.Semaphore(0).acquire)
attempt("sleep", lambda: time.sleep(5))
stop.set()
sleeper.join()
print("handler", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
