# test.support.threading_helper and socket_helper.
import _thread
import socket
import threading
import time
import unittest
from test import support
from test.support import threading_helper, socket_helper

key = threading_helper.threading_setup()
print("setup", type(key).__name__, len(key))

results = []
lock = threading.Lock()


def worker(n):
    with lock:
        results.append(n * n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
with threading_helper.start_threads(threads):
    pass
print("start_threads", sorted(results), any(t.is_alive() for t in threads))

event = threading.Event()
threads = [threading.Thread(target=event.wait) for i in range(3)]
with threading_helper.start_threads(threads, unlock=event.set):
    print("waiting", sum(t.is_alive() for t in threads))
print("unlocked", any(t.is_alive() for t in threads))

t = threading.Thread(target=time.sleep, args=(0.01,))
t.start()
threading_helper.join_thread(t)
print("join_thread", t.is_alive())
blocker = threading.Event()
t = threading.Thread(target=blocker.wait)
t.start()
try:
    threading_helper.join_thread(t, timeout=0.05)
except AssertionError as e:
    print("join_thread timeout:", e)
blocker.set()
t.join()

done = []
with threading_helper.wait_threads_exit():
    _thread.start_new_thread(lambda: done.append(1), ())
    for _ in support.sleeping_retry(support.SHORT_TIMEOUT):
        if done:
            break
print("wait_threads_exit", done)


def fail():
    raise ValueError("in thread")


with threading_helper.catch_threading_exception() as cm:
    t = threading.Thread(target=fail, name="failing")
    t.start()
    t.join()
    print("caught", cm.exc_type.__name__, cm.exc_value, cm.thread is t)
print("attrs removed", hasattr(cm, "exc_type"))


@threading_helper.reap_threads
def uses_threads():
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    return "reaped"


print("reap_threads", uses_threads())
threading_helper.threading_cleanup(*key)
print("cleanup done")


class NeedsThreads(unittest.TestCase):
    @threading_helper.requires_working_threading()
    def test_it(self):
        pass


import io
r = unittest.TextTestRunner(io.StringIO(), verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(NeedsThreads))
print("requires_working_threading", r.testsRun, len(r.skipped))

# sockets
print("HOST", socket_helper.HOST, socket_helper.HOSTv6)
port = socket_helper.find_unused_port()
print("find_unused_port", isinstance(port, int) and 0 < port < 65536)
with socket.socket() as s:
    port = socket_helper.bind_port(s)
    print("bind_port", s.getsockname()[1] == port)
with socket.socket() as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        socket_helper.bind_port(s)
    except support.TestFailed as e:
        print("SO_REUSEADDR refused:", e)
print("refused errs", socket_helper.get_socket_conn_refused_errs()[0] ==
      __import__("errno").ECONNREFUSED)
