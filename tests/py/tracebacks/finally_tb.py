# An exception raised in a finally block while another propagates, and one from __exit__.
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("close failed")

def work():
    try:
        with Closer():
            raise ValueError("work failed")
    finally:
        print("finally runs")

work()
