# input() at end of file, print() through a replaced sys.stdout, open() errors.
import sys

try:
    input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__, e)

class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        pass
real = sys.stdout
sys.stdout = Capture()
print('captured', 1, 2)
print('second', end='')
cap, sys.stdout = sys.stdout, real
print(cap.data)
sys.stdout = None
print('vanishes')
sys.stdout = real
print('back')
try:
    open('/nonexistent-dir/x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    open()
except TypeError as e:
    print(type(e).__name__, e)


print(repr(exit), str(quit), type(exit).__name__)
for f, args in ((exit, (3,)), (quit, ('bye',)), (exit, ())):
    try:
        f(*args)
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
