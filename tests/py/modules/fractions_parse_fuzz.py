# Random strings given to Fraction(): accepted forms and error messages.
import random
from fractions import Fraction as F
R = random.Random(3)
alphabet = ['1', '2', '0', '9', '_', '.', 'e', 'E', '/', '-', '+', ' ', '\t', 'x', '٣', '']
out = []
for i in range(5000):
    s = ''.join(R.choice(alphabet) for _ in range(R.randint(0, 8)))
    try: r = repr(F(s))
    except Exception as e: r = type(e).__name__ + ' ' + str(e)
    out.append(f'{s!r} {r}')
print('\n'.join(out))
