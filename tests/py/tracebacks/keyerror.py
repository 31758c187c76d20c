# KeyError with a tuple key, a str key and an exception whose str() is empty.
d = {}
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), str(e))
class Empty(Exception):
    pass
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
d["missing key"]
