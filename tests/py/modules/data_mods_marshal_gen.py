# marshal: byte-exact dumps of many generated values (checked by digest), round trips
import hashlib
import marshal
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2**31)
    return state[0] % n
def gen(depth):
    k = rnd(14 if depth < 3 else 8)
    if k == 0: return rnd(1000) - 500
    if k == 1: return (rnd(2**20) << rnd(60)) * (1 if rnd(2) else -1)
    if k == 2: return rnd(10000) / 7
    if k == 3: return ''.join(chr(97 + rnd(26)) for _ in range(rnd(6)))
    if k == 4: return ''.join(chr(rnd(0x3000)+1) for _ in range(rnd(4)))
    if k == 5: return bytes(rnd(256) for _ in range(rnd(5)))
    if k == 6: return [None, True, False, ..., StopIteration][rnd(5)]
    if k == 7: return complex(rnd(100), rnd(100) - 50)
    if k == 8: return [gen(depth + 1) for _ in range(rnd(4))]
    if k == 9: return tuple(gen(depth + 1) for _ in range(rnd(4)))
    if k == 10: return {str(rnd(50)+10): gen(depth + 1) for _ in range(rnd(4))}
    if k == 11: return set(rnd(300) * 1000 for _ in range(rnd(4)))
    if k == 12: return frozenset(str(rnd(90)+10) for _ in range(rnd(4)))
    if k == 13:
        x = gen(depth + 1)
        return [x, x, (x,)]
out = []
for i in range(400):
    v = gen(0)
    for ver in (0, 2, 3, 4):
        out.append(marshal.dumps(v, ver).hex())
        try:
            assert marshal.loads(marshal.dumps(v, ver)) == v or v != v
        except AssertionError:
            out.append('roundtrip fail %r' % (v,))
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
# constants inside functions and the main script
def f():
    return ((2.5, 'w', 10 ** 12), [3.5])
print(marshal.dumps(f()))
K = ((1.5, 'v'), frozenset({'a'}))
print(marshal.dumps(K), marshal.dumps([K, K]))
