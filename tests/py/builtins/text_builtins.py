# repr, str, ascii, format, print (sep/end/file/flush), input errors.
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr('a'), repr(1), repr([1, 'b']), str('x'), str(1.5), repr(None))
print(ascii('abc'), ascii('é€\U0001f600'), ascii(['ü']), ascii(1))
print(format(1.5, '.2f'), format(255, 'x'), format('ab', '>5'), format(3), format(True))
t(lambda: format(object(), 'x'))
t(lambda: format(1, 5))
t(lambda: format())
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()))
class BadF:
    def __format__(self, spec):
        return 5
t(lambda: format(BadF()))
class BadR:
    def __repr__(self):
        return 5
class BadS:
    def __str__(self):
        return 7
t(lambda: repr(BadR()))
t(lambda: str(BadS()))
t(lambda: repr())

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
w = W()
print('a', 1, None, sep='-', end='!\n', file=w)
print(file=w)
print('x', 'y', sep='', end='', file=w, flush=True)
print(*[1, 2, 3], file=w, sep=None, end=None)
print(w.parts)
print('one', 'two', sep=' | ')
print()
print('no newline', end='')
print(' then newline')
print('to stdout', file=None)
print('stderr line', file=sys.stderr)
t(lambda: print(1, sep=5))
t(lambda: print(1, end=5))
t(lambda: print(1, file=5))
t(lambda: print(1, foo=5))
class Boom:
    def __str__(self):
        raise ValueError('boom')
t(lambda: print('before', Boom()))
t(lambda: input(1, 2))
