# OSError: arguments, errno -> subclass mapping, str, attributes, characters_written.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def show(e):
    print(type(e).__name__, repr(e), '|', e, '|', e.errno, e.strerror, e.filename, e.filename2, e.args)

show(OSError(2, 'No such file or directory', 'x'))
show(OSError(2, 'nf', 'x', None, 'y'))
show(OSError('a'))
show(OSError(13, 'perm'))
show(OSError(1, 2, 3, 4, 5, 6))
show(FileNotFoundError(13, 'x'))
show(OSError(None, 'x'))
show(OSError(2, None))
show(OSError(2, 'a', None))
show(OSError(2, 'a', 5, None, 6))
show(OSError())
for code in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 99999):
    print(code, type(OSError(code, 'm')).__name__)
print(BlockingIOError(1, 'x', 7).characters_written)
b = BlockingIOError(1, 'x')
t(lambda: b.characters_written)
b.characters_written = 3
print(b.characters_written)
del b.characters_written
t(lambda: b.characters_written)
t(lambda: OSError(1, 'x').characters_written)
t(lambda: OSError('x', foo=1))
t(lambda: FileNotFoundError('x', foo=1))
class F(OSError):
    pass
print(type(F(2, 'x')).__name__, F(2, 'x', 'f').args, F(2, 'x', 'f').filename)
class G(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
g = G(2, 'x', 'f')
print(type(g).__name__, g.args, g.filename, g)
e = OSError(2, 'x', 'f')
e.errno = 3
e.strerror = 's'
e.filename = 'g'
print(e, e.args, e.__reduce__())
print(OSError(2, 'x', 'f', None, 'g').__reduce__())
try:
    open('/nonexistent/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
