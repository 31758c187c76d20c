# random.getrandbits / randbytes of many bits: same values as CPython, in linear time.
import random
r = random.Random(12345)
print(r.getrandbits(100), r.getrandbits(65), r.getrandbits(96), r.getrandbits(1000) % 10**20)
print(r.randbytes(20), len(r.randbytes(10 * 1024 * 1024)))
print(random.Random(7).getrandbits(10**6) % 10**30)
