# Classes of _io reachable from _io itself, with CPython's module names.
import _io
import io

print(_io.BytesIO, _io.StringIO, _io.BufferedRWPair, _io.TextIOWrapper, _io.FileIO)
print(io.BytesIO is _io.BytesIO, io.StringIO is _io.StringIO, _io.text_encoding(None))
print(io.StringIO, io.BytesIO, io.BufferedRWPair, io.IOBase, io.TextIOBase)
b = _io.BytesIO(b'abc')
print(b.read(2), type(b).__module__, type(b).__qualname__)
try:
    _io.nothing_here
except AttributeError as e:
    print('AttributeError', e)
