# bytearray slice assignment and deletion checked against list semantics over a grid of
# (start, stop, step) and replacement lengths, then mutation-method errors and messages.
def as_list(ba):
    return list(ba)

starts = [None, -9, -3, -1, 0, 1, 3, 6, 9]
steps = [None, 1, 2, 3, -1, -2, -4]
mismatches = 0
total = 0
digest = 0
for st in starts:
    for sp in starts:
        for step in steps:
            for n in (0, 1, 2, 3):
                repl = bytes(range(100, 100 + n))
                ba = bytearray(b'abcdef')
                li = list(b'abcdef')
                r1 = r2 = None
                try:
                    ba[st:sp:step] = repl
                except Exception as e:
                    r1 = '%s: %s' % (type(e).__name__, e)
                try:
                    li[st:sp:step] = list(repl)
                except Exception as e:
                    r2 = type(e).__name__
                total += 1
                if (r1 is None) != (r2 is None) or as_list(ba) != li:
                    mismatches += 1
                    print('set mismatch', st, sp, step, n, r1, r2, ba, li)
                digest = (digest * 31 + sum(ba) + len(ba) * 7 + (len(r1) if r1 else 0)) % 1000000007
            ba = bytearray(b'abcdef')
            li = list(b'abcdef')
            del ba[st:sp:step]
            del li[st:sp:step]
            if as_list(ba) != li:
                mismatches += 1
                print('del mismatch', st, sp, step, ba, li)
            digest = (digest * 31 + sum(ba) + len(ba)) % 1000000007
print('grid', total, mismatches, digest)

for st, sp, step, n in [(0, 6, 2, 2), (None, None, -1, 5), (1, 5, 2, 0), (None, None, 3, 1)]:
    ba = bytearray(b'abcdef')
    try:
        ba[st:sp:step] = bytes(n)
    except ValueError as e:
        print(st, sp, step, n, e)

def run(code):
    env = {'a': bytearray(b'hello')}
    try:
        exec(code, env)
        print(code, '->', repr(env['a']))
    except Exception as e:
        print(code, '!!', type(e).__name__, e, '|', repr(env['a']))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
env_codes = [
    'a[1:3] = range(65, 70)', 'a[:0] = (x for x in b"gen")', 'a[5:] = [Idx(33)]', 'a[Idx(1)] = Idx(69)',
    'a[::-1] = a', 'a[1:4] = a[::-1]', 'a[2:2] = a', 'a[:] = b""', 'a[10:20] = b"far"', 'a[-10:1] = b"<"',
    'a[1:3] = 7', 'a[1:3] = "st"', 'a[1:3] = [256]', 'a[1:3] = [-1]', 'a[1:3] = [1.5]',
    'a[0] = -1', 'a[0] = 1.0', 'a[0] = Idx(300)', 'a[0] = b"x"', 'a[Idx(-1)] = 33', 'a[1.5] = 1', 'a[5] = 1', 'a[-6] = 1',
    'del a[5]', 'del a[-6]', 'del a["x"]', 'del a[::Idx(2)]', 'a[::0] = b""', 'del a[::0]', 'a[0:2:0] = b"x"',
    'a.insert(Idx(2), Idx(45))', 'a.insert(2, 256)', 'a.insert("x", 1)',
    'a.pop(-6)', 'a.pop(5)', 'a.pop(Idx(0))', 'a.pop("x")', 'a.pop(2**70)', 'a.clear(); a.pop()', 'a.clear(); a.pop(0)',
    'a.remove(108)', 'a.remove(120)', 'a.remove(256)', 'a.remove(Idx(104))', 'a.remove("h")',
    'a.append(Idx(33))', 'a.append(-1)', 'a.append(2**70)', 'a.append(None)',
    'a.extend("str")', 'a.extend(b"")', 'a.extend([Idx(1)])', 'a.extend([1, "x"])', 'a.extend(None)', 'a.extend(iter(range(253, 258)))',
    'a += 5', 'a += [1]', 'a += "x"', 'a *= -1', 'a *= Idx(2)', 'a *= 2**70', 'a = a * "x"',
    'a.reverse(); a.reverse(); a.reverse()', 'b = a.copy(); b.append(1); a.extend(b)', 'a.__setitem__(slice(1, 2), b"Z")',
    'a.__delitem__(slice(None, None, 2))', 'a.__init__(b"reinit")', 'a.__init__(3)', 'a.__init__("x", "ascii")', 'a.__init__()',
]
for code in env_codes:
    run(code)
