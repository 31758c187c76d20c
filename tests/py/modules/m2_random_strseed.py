# random.seed with str/bytes/bytearray (version 2, the default) hashes with sha512
import random


def head(r, n=2):
    return [r.random() for _ in range(n)]


for s in ['', 'a', 'hello world', 'héllo', 'x' * 100, b'', b'abc', bytearray(b'spam')]:
    try:
        random.seed(s)
        print(repr(s)[:12], head(random), random.randint(0, 99))
    except Exception as e:
        print(repr(s)[:12], type(e).__name__, e)
try:
    print(random.Random('seed').random())
except Exception as e:
    print(type(e).__name__, e)
