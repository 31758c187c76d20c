"""pickle framing at protocols 4 and 5, batching by 1000, and large payloads."""
import io
import pickle
import zlib


def summary(data):
    # Walk the top-level frames: (FRAME length) or an unframed run.
    frames = []
    pos = 2
    while pos < len(data) and data[pos] == 0x95:
        n = int.from_bytes(data[pos + 1:pos + 9], 'little')
        frames.append(n)
        pos += 9 + n
    return len(data), zlib.crc32(data), frames[:6], len(frames)


objs = [list(range(25000)), [b'x' * 70000, 'y' * 70000, b'z'], ['s%d' % i for i in range(8000)],
        {('k%d' % i): i for i in range(4000)}, [bytearray(b'q' * 66000)], (b'a' * 65535, b'b' * 65536),
        list(range(1000)), list(range(1001)), {i: i for i in range(1000)}, set(range(2000)),
        frozenset(range(1500)), 'é' * 40000, b'e' * 100000]
for i, o in enumerate(objs):
    for p in (range(6) if 6 <= i <= 10 else (3, 4, 5)):
        d = pickle.dumps(o, p)
        f = io.BytesIO()
        pickle.dump(o, f, p)
        print(i, p, summary(d), f.getvalue() == d, pickle.loads(d) == o)

# Small pickles are not framed
for o in [None, 1, 'ab', 'abc', (1, 2)]:
    print(pickle.dumps(o, 4), pickle.dumps(o, 5))

# A frame may be read from a file-like object in pieces
data = pickle.dumps([list(range(30000)), 'end'], 4)
f = io.BytesIO(data + pickle.dumps('next', 4))
print(pickle.load(f)[1], pickle.load(f))
