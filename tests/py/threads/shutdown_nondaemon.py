# The interpreter waits for non-daemon threads at exit, not for daemon threads; atexit
# callbacks run after the non-daemon threads finish, last registered first.
import atexit
import threading
import time


class Report:
    def __init__(self, text):
        self.text = text

    def __call__(self):
        print("atexit:", self.text)

    def __repr__(self):
        return "<Report %s>" % self.text


class Failing:
    def __call__(self):
        raise ValueError("callback failed")

    def __repr__(self):
        return "<Failing>"


atexit.register(Report("first"))
atexit.register(Failing())
atexit.register(Report("last"))
print(atexit._ncallbacks())


def late():
    time.sleep(0.1)
    print("non-daemon thread finished")


def forever():
    while True:
        time.sleep(0.001)


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
spinner = threading.Thread(target=lambda: [i for i in iter(int, 1)], daemon=True)
spinner.start()
print("main ends")
