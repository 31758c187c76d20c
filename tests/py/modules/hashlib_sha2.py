import _sha2
for name in ['sha224','sha256','sha384','sha512']:
    f = getattr(_sha2, name)
    for data in [b'', b'abc', b'a'*55, b'a'*56, b'a'*64, b'a'*111, b'a'*112, b'a'*128, bytes(range(256))*9]:
        print(name, len(data), f(data).hexdigest())
    h = f(); h.update(b'hello '); c = h.copy(); h.update(bytearray(b'world')); print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, len(h.digest()))
for bad in ['str', 5]:
    try: _sha2.sha256(bad)
    except TypeError as e: print(e)
import hashlib, io
print(hashlib.sha256(b'abc').hexdigest() == _sha2.sha256(b'abc').hexdigest())
print(hashlib.new('SHA512', b'x').hexdigest()[:16], hashlib.new('sha224').name)
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith('sha2') or a in ('sha384', 'sha512')))
try:
    hashlib.new('nope')
except ValueError as e:
    print(e)
print(hashlib.file_digest(io.BytesIO(b'data' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), hashlib.sha384).hexdigest()[:20])
import random
random.seed('weft'); a = [random.random() for _ in range(3)]
random.seed(b'weft'); b = [random.random() for _ in range(3)]
random.seed(bytearray(b'weft')); c = [random.random() for _ in range(3)]
print(a == b == c, a)
