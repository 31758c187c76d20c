# Random edits compared through every text diff format.
import difflib
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
words = ['alpha', 'beta', 'gamma', 'delta', 'alpha beta', 'alphX', 'gamme', 'x', '', '# c', '  ']
def line():
    w = words[rnd(len(words))]
    if rnd(3) == 0:
        w = w + ' ' + words[rnd(len(words))]
    if rnd(4) == 0 and w:
        k = rnd(len(w)); w = w[:k] + 'abcz'[rnd(4)] + w[k+1:]
    return w + '\n'
for case in range(40):
    n = rnd(30)
    a = [line() for _ in range(n)]
    b = list(a)
    for _ in range(rnd(8)):
        op = rnd(3)
        if op == 0 and b: del b[rnd(len(b))]
        elif op == 1: b.insert(rnd(len(b)+1), line())
        elif b:
            k = rnd(len(b)); s = b[k]
            if len(s) > 1:
                p = rnd(len(s)-1); b[k] = s[:p] + 'QWERTY'[rnd(6)] + s[p+1:]
    print(''.join(difflib.ndiff(a, b)), end='')
    print(''.join(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)), end='')
    print(''.join(difflib.unified_diff(a, b, n=rnd(4))), end='')
    print(''.join(difflib.context_diff(a, b, n=rnd(4))), end='')
    sa = ''.join(a); sb = ''.join(b)
    m = difflib.SequenceMatcher(lambda c: c == ' ', sa, sb)
    print(m.get_opcodes(), m.ratio(), m.quick_ratio(), m.real_quick_ratio())
    m = difflib.SequenceMatcher(None, sa * 5, sb * 5)
    print(m.get_matching_blocks()[:5], m.ratio(), m.bpopular == set(), sorted(m.bpopular))
