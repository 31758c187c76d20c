# An exception whose __str__ raises, and one with a multi-line message and notes.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")

class Multi(Exception):
    pass

try:
    raise Multi("line one\nline two")
except Multi as e:
    import traceback
    print("".join(traceback.format_exception_only(e)), end="")

raise Weird()
