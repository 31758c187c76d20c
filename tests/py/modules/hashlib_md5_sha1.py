# MD5 and SHA-1 through hashlib: padding boundaries (55/56/63/64/65 bytes), copy, new() by
# name, buffers as input.
import hashlib
for data in [b'', b'a', b'abc', b'message digest', b'x' * 55, b'x' * 56, b'x' * 63, b'x' * 64, b'x' * 65, b'x' * 1000]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
h = hashlib.md5(); h.update(b'ab'); c = h.copy(); h.update(b'c')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
h = hashlib.new('SHA1', b'abc'); print(h.name, h.digest_size, h.block_size, h.digest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
print(hashlib.md5(memoryview(b'abc')).hexdigest(), hashlib.sha1(usedforsecurity=False).hexdigest())
