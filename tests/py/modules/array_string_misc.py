# array conversion between typecodes, string.Formatter.parse escapes and errors, BytesIO.flush.
from array import array
import io, string
print(array('H', array('b', [1, 2])), array('f', array('i', [1, 2])), array('d', array('f', [0.5])))
try:
    array('b', array('u', 'ab'))
except TypeError as e:
    print("TypeError", e)
for s in ['ab{', '{0', 'a}b', 'x{{y}}z{0!r:>3}', 'c{{d}}e', '{{}}']:
    try:
        print(list(string.Formatter().parse(s)))
    except ValueError as e:
        print("ValueError", e)
print(string.Formatter().format('{0}{{x}}', 5))
print('flush' in io.BytesIO.__dict__, io.BytesIO(b'x').flush())
b = io.BytesIO(); b.close()
try:
    b.flush()
except ValueError as e:
    print("ValueError", e)
