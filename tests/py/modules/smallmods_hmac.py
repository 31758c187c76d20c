import hmac, hashlib
for dm in ['md5','sha1','sha256','sha512', hashlib.sha224, hashlib.sha384]:
    h = hmac.new(b'key', b'The quick brown fox', dm)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    c = h.copy(); c.update(b'!'); print(c.hexdigest(), h.hexdigest() == hmac.new(b'key', b'The quick brown fox', dm).hexdigest())
print(hmac.new(b'k'*200, b'x', 'sha256').hexdigest())
print(hmac.digest(b'k', b'msg', 'sha1').hex(), hmac.HMAC.blocksize, hmac.digest_size)
for args in [(b'k',), ('k', b'm', 'md5'), (b'k', b'm', 'nope')]:
    try: hmac.new(*args)
    except Exception as e: print(type(e).__name__, e)
for a, b in [(b'a', b'a'), (b'a', b'b'), ('ab','ab'), ('ab','a'), (bytearray(b'x'), b'x'), ('é','é'), ('a', b'a'), (1, 2), (memoryview(b'q'), b'q')]:
    try: print(hmac.compare_digest(a, b))
    except Exception as e: print(type(e).__name__, e)
import hashlib
h = hmac.new(bytearray(b'secret'), digestmod=hashlib.sha256)
h.update(b'part one, ')
h.update(bytearray(b'part two'))
print(h.hexdigest() == hmac.new(b'secret', b'part one, part two', 'sha256').hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()))
print(hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.new(b'key', b'data', hashlib).hexdigest() if False else hmac.new(b'key', b'data', 'SHA256').hexdigest())
print(hmac.compare_digest(b'', b''), hmac.compare_digest('', ''))
try:
    hmac.new(b'k', 'text', 'md5')
except TypeError as e:
    print(type(e).__name__)
