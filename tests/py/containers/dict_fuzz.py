# Randomised (deterministic) dict mutation: order, views and equality must match CPython.
_digest = [0, 0]
def emit(trial, *parts):
    text = ' '.join(repr(p) if not isinstance(p, str) else p for p in parts)
    if trial < 10:
        print(text)
    else:
        for ch in text:
            _digest[0] = (_digest[0] * 131 + ord(ch)) % 1000000007
        _digest[1] += 1
state = [2024]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 33) % n
def key():
    c = rnd(4)
    if c == 0:
        return rnd(40)
    if c == 1:
        return 'k%d' % rnd(40)
    if c == 2:
        return (rnd(4), rnd(4))
    return rnd(40) * 0.5
for trial in range(150):
    d = {}
    for i in range(rnd(120)):
        op = rnd(10)
        k = key()
        if op < 5:
            d[k] = i
        elif op == 5:
            d.pop(k, None)
        elif op == 6 and d:
            d.popitem()
        elif op == 7:
            d.setdefault(k, -i)
        elif op == 8:
            d.update({key(): i, key(): -i})
        else:
            d |= [(k, 'u')]
    e = dict(reversed(list(d.items())))
    emit(trial, str(trial), d, len(d), d == e, list(e) == list(d)[::-1])
    emit(trial, list(reversed(d.keys()))[:5], list(d.values())[-5:], sorted(d.keys() & {1, 2, 'k1', (0, 0)}, key=repr))
    c = d.copy()
    c.clear()
    emit(trial, c, dict.fromkeys(d) == dict.fromkeys(list(d)), {**d} == d, dict(d.items()) == d)
print('digest', _digest)
