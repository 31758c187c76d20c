import hashlib, random
rng = random.Random(5)
for algo in (hashlib.blake2b, hashlib.blake2s):
    print(algo(b'').hexdigest())
    print(algo(b'abc').hexdigest())
    print(algo(b'abc', digest_size=16).hexdigest(), algo(digest_size=1).hexdigest())
    h = algo(key=b'secret', salt=b'salty', person=b'me')
    h.update(b'hello'); h.update(b' world')
    print(h.hexdigest(), h.digest_size, h.block_size, h.name)
    c = h.copy(); c.update(b'!'); print(c.hexdigest() != h.hexdigest())
    print(algo(b'x', fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1, inner_size=10, last_node=True).hexdigest())
    for n in (0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000):
        data = bytes(rng.randrange(256) for _ in range(n))
        one = algo(data).hexdigest()
        parts = algo()
        for i in range(0, n, 7):
            parts.update(data[i:i + 7])
        print(n, one == parts.hexdigest(), one[:16], algo(data, key=data[:32]).hexdigest()[:16])
    print(algo.SALT_SIZE, algo.PERSON_SIZE, algo.MAX_KEY_SIZE, algo.MAX_DIGEST_SIZE)
    print(algo(memoryview(b'mv'), digest_size=8).digest(), algo(bytearray(b'ba')).hexdigest()[:8])
for name in ('blake2b', 'blake2s'):
    print(hashlib.new(name, b'x', digest_size=16).hexdigest())
print(sorted(hashlib.algorithms_available & {'blake2b', 'blake2s'}), type(hashlib.blake2b()))
b = hashlib.blake2b
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x'*65), dict(salt=b'x'*17), dict(person=b'x'*17), dict(fanout=-1), dict(fanout=256), dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(leaf_size=2**32), dict(node_offset=-1), dict(node_depth=256), dict(inner_size=65), dict(digest_size='x')]:
    try:
        b(**kw)
        print('ok', kw)
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b'x'*33), dict(salt=b'x'*9), dict(node_offset=2**48), dict(inner_size=33)]:
    try:
        hashlib.blake2s(**kw)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (lambda: b(b'x', b'y'), lambda: b('str'), lambda: b().update('s'), lambda: b(nope=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
