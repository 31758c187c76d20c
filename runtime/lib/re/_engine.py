"""The matching machine of Weft's re package.

A compiled pattern is a list of instructions (tuples whose first item is one of
the opcodes below) run by a backtracking machine.  Choice points and undo
records live on an explicit stack, so the depth of Python recursion does not
grow with the subject: re.match('(a|b)*c', 'ab' * 5000 + 'c') needs no deep
recursion.  Like CPython's matcher this one is a backtracker, so patterns that
backtrack catastrophically there do so here too.

Semantics follow CPython's sre closely, in particular for repeats whose body can
match the empty string: an optional iteration is not attempted again at the
position where the previous optional iteration started.

Registers:
    caps   capture slots: caps[2*(g-1)] and caps[2*(g-1)+1] are the start and
           end of group g (-1 when unset); the last item is lastindex (-1 for
           none).
    cnt    per general repeat: the number of iterations done
    last   per general repeat: where the last optional iteration started
Every change to a register pushes an undo record, so backtracking restores the
state of the path it returns to.
"""

# -- instructions -------------------------------------------------------------
MATCH = 0         # ()                       success (checks fullmatch/advance)
CHAR = 1          # (ch,)                    one literal character
STR = 2           # (text, n)                literal text of length n
ISTR = 3          # (folded, n, fold)        text compared case-insensitively
ANY = 4           # ()                       any character but '\n'
ANYALL = 5        # ()                       any character
IN = 6            # (test,)                  one character with test(ch) true
INSET = 7         # (chars,)                 one character in a frozenset
NOTINSET = 8      # (chars,)                 one character not in a frozenset
SPLIT = 9         # (a, b)                   try a, on failure b
JMP = 10          # (a,)
SAVE = 11         # (slot,)                  group start
SAVE_END = 12     # (slot, gid)              group end (also sets lastindex)
REP1 = 13         # (count, test, min, max, hint)  greedy single-char repeat
REP1_LAZY = 14    # (count, test, min, max, hint)
REP1_POSS = 15    # (count, test, min, max)
REPEAT = 16       # (r, until_pc)            start a general repeat
UNTIL = 17        # (r, min, max, body_pc)   end of one greedy iteration
UNTIL_LAZY = 18   # (r, min, max, body_pc)   end of one lazy iteration
POSS = 19         # (r,)                     start a possessive repeat
POSS_CHECK = 20   # (r, min, max, exit_pc, has_groups)
POSS_ITER = 21    # (r, check_pc)
ATOMIC = 22       # (has_groups,)
ATOMIC_END = 23   # ()
LOOK = 24         # (width or -1 for ahead, negative, end_pc, has_groups)
LOOK_END = 25     # (negative,)
GROUPREF = 26     # (gid,)
GROUPREF_I = 27   # (gid, fold)
GREXISTS = 28     # (gid, no_pc)
AT = 29           # (kind, isword)

# kinds of AT
AT_BEGINNING = 0      # \A, and ^ without MULTILINE
AT_BEGINNING_LINE = 1  # ^ with MULTILINE
AT_END = 2            # \Z
AT_END_DOLLAR = 3     # $ without MULTILINE: end, or before a final newline
AT_END_LINE = 4       # $ with MULTILINE
AT_BOUNDARY = 5       # \b
AT_NON_BOUNDARY = 6   # \B

# -- backtrack stack records ----------------------------------------------------
BT_ALT = 0        # (pc, pos)            resume there
BT_CAP = 1        # (slot, old)          undo a capture slot
BT_CAP_END = 2    # (slot, old, old_lastindex)
BT_REG = 3        # (r, old_cnt, old_last)
BT_CAPS = 4       # (caps copy,)         undo every capture (atomic bodies)
BT_MARK = 5       # (resume_pc, pos)     atomic/lookaround frame; resume_pc -1
                  #                      means: failing through it fails on
BT_REP1 = 6       # (pc, start, n, min, hint)   greedy repeat: give one back
BT_REP1_LAZY = 7  # (pc, start, n, ins)    lazy repeat: take one more
BT_LAZY = 8       # (r, pos, count, until_instruction)


_OPCODES = (CHAR, STR, INSET, REP1, SPLIT, JMP, IN, ANY, SAVE, SAVE_END, UNTIL,
            REPEAT, MATCH, ANYALL, NOTINSET, ISTR, AT, REP1_LAZY, REP1_POSS,
            UNTIL_LAZY, GROUPREF, GROUPREF_I, GREXISTS, LOOK, LOOK_END, ATOMIC,
            ATOMIC_END, POSS, POSS_CHECK, POSS_ITER)
_RECORDS = (BT_ALT, BT_CAP, BT_CAP_END, BT_REG, BT_CAPS, BT_MARK, BT_REP1,
            BT_REP1_LAZY, BT_LAZY)


def _at(kind, isword, s, pos, end):
    """Zero-width assertions."""
    if kind == AT_BEGINNING:
        return pos == 0
    if kind == AT_BEGINNING_LINE:
        return pos == 0 or s[pos - 1] == '\n'
    if kind == AT_END:
        return pos == end
    if kind == AT_END_DOLLAR:
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == AT_END_LINE:
        return pos == end or (pos < end and s[pos] == '\n')
    # \b and \B never match when the string (up to endpos) is empty.
    if end == 0:
        return False
    before = pos > 0 and isword(s[pos - 1])
    after = pos < end and isword(s[pos])
    if kind == AT_BOUNDARY:
        return before != after
    return before == after


def run(code, nslots, nrep, s, pos, end, match_all, must_advance):
    """Try to match code at s[pos:], never looking at s[end:].

    Returns (end_pos, caps) on success and None on failure.  match_all asks
    for a match that ends at end (fullmatch); must_advance rejects an empty
    match at pos.
    """
    # Local copies of the opcodes and record kinds: locals are faster.
    (CHAR, STR, INSET, REP1, SPLIT, JMP, IN, ANY, SAVE, SAVE_END, UNTIL,
     REPEAT, MATCH, ANYALL, NOTINSET, ISTR, AT, REP1_LAZY, REP1_POSS,
     UNTIL_LAZY, GROUPREF, GROUPREF_I, GREXISTS, LOOK, LOOK_END, ATOMIC,
     ATOMIC_END, POSS, POSS_CHECK, POSS_ITER) = _OPCODES
    (BT_ALT, BT_CAP, BT_CAP_END, BT_REG, BT_CAPS, BT_MARK, BT_REP1,
     BT_REP1_LAZY, BT_LAZY) = _RECORDS
    start = pos
    caps = [-1] * nslots
    cnt = [0] * nrep
    last = [-1] * nrep
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    while True:
        ins = code[pc]
        op = ins[0]
        # ---- the forward step: every successful instruction continues ----
        if op == CHAR:
            if pos < end and s[pos] == ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == STR:
            if s.startswith(ins[1], pos, end):
                pos += ins[2]
                pc += 1
                continue
        elif op == INSET:
            if pos < end and s[pos] in ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == REP1:
            mn = ins[3]
            limit = pos + ins[4] if ins[4] < end - pos else end
            n = ins[1](s, pos, limit) if mn <= end - pos else -1
            if n >= mn:
                hint = ins[5]
                if hint is not None:
                    # The next instruction needs hint at s[pos + n]: give
                    # back characters until it is there.
                    p = pos + n
                    if p >= end or s[p] != hint:
                        p = s.rfind(hint, pos + mn, p if p < end else end)
                        if p < 0:
                            n = -1
                        else:
                            n = p - pos
                if n >= 0:
                    if n > mn:
                        push((BT_REP1, pc + 1, pos, n, mn, hint))
                    pos += n
                    pc += 1
                    continue
        elif op == SPLIT:
            push((BT_ALT, ins[2], pos))
            pc = ins[1]
            continue
        elif op == JMP:
            pc = ins[1]
            continue
        elif op == IN:
            if pos < end and ins[1](s[pos]):
                pos += 1
                pc += 1
                continue
        elif op == ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif op == SAVE:
            slot = ins[1]
            push((BT_CAP, slot, caps[slot]))
            caps[slot] = pos
            pc += 1
            continue
        elif op == SAVE_END:
            slot = ins[1]
            push((BT_CAP_END, slot, caps[slot], caps[-1]))
            caps[slot] = pos
            caps[-1] = ins[2]
            pc += 1
            continue
        elif op == UNTIL:
            r = ins[1]
            c = cnt[r] + 1
            if c < ins[2]:
                # Not enough iterations yet: the body must match again.
                push((BT_REG, r, cnt[r], last[r]))
                cnt[r] = c
                pc = ins[4]
                continue
            if c < ins[3] and pos != last[r]:
                # Try one more iteration; if it fails, go on with the tail.
                push((BT_ALT, pc + 1, pos))
                push((BT_REG, r, cnt[r], last[r]))
                cnt[r] = c
                last[r] = pos
                pc = ins[4]
                continue
            pc += 1
            continue
        elif op == REPEAT:
            r = ins[1]
            push((BT_REG, r, cnt[r], last[r]))
            cnt[r] = -1
            last[r] = -1
            pc = ins[2]
            continue
        elif op == MATCH:
            if not ((match_all and pos != end) or
                    (must_advance and pos == start)):
                return pos, caps
        elif op == ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif op == NOTINSET:
            if pos < end and s[pos] not in ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == ISTR:
            n = ins[2]
            if pos + n <= end:
                fold = ins[3]
                folded = ins[1]
                k = 0
                while k < n and fold(s[pos + k]) == folded[k]:
                    k += 1
                if k == n:
                    pos += n
                    pc += 1
                    continue
        elif op == AT:
            if _at(ins[1], ins[2], s, pos, end):
                pc += 1
                continue
        elif op == REP1_LAZY:
            mn = ins[3]
            if pos + mn <= end and (mn == 0 or ins[1](s, pos, pos + mn) == mn):
                if mn < ins[4]:
                    push((BT_REP1_LAZY, pc + 1, pos, mn, ins))
                pos += mn
                pc += 1
                continue
        elif op == REP1_POSS:
            limit = pos + ins[4] if ins[4] < end - pos else end
            n = ins[1](s, pos, limit) if ins[3] <= end - pos else -1
            if n >= ins[3]:
                pos += n
                pc += 1
                continue
        elif op == UNTIL_LAZY:
            r = ins[1]
            c = cnt[r] + 1
            if c < ins[2]:
                push((BT_REG, r, cnt[r], last[r]))
                cnt[r] = c
                pc = ins[4]
                continue
            # Try the tail first; BT_LAZY tries one more iteration later.
            push((BT_LAZY, r, pos, c, ins))
            pc += 1
            continue
        elif op == GROUPREF or op == GROUPREF_I:
            slot = 2 * ins[1] - 2
            gs = caps[slot]
            ge = caps[slot + 1]
            if gs >= 0 and ge >= gs:
                n = ge - gs
                if pos + n <= end:
                    if op == GROUPREF:
                        ok = s.startswith(s[gs:ge], pos)
                    else:
                        fold = ins[2]
                        k = 0
                        while k < n and fold(s[pos + k]) == fold(s[gs + k]):
                            k += 1
                        ok = k == n
                    if ok:
                        pos += n
                        pc += 1
                        continue
        elif op == GREXISTS:
            slot = 2 * ins[1] - 2
            if caps[slot] >= 0 and caps[slot + 1] >= 0:
                pc += 1
            else:
                pc = ins[2]
            continue
        elif op == LOOK:
            width = ins[1]
            if width >= 0 and pos < width:
                # Not enough characters behind: a positive look-behind fails,
                # a negative one succeeds.
                if ins[2]:
                    pc = ins[3]
                    continue
            else:
                if ins[2]:
                    push((BT_MARK, ins[3], pos))
                else:
                    if ins[4]:
                        push((BT_CAPS, caps[:]))
                    push((BT_MARK, -1, pos))
                if width > 0:
                    pos -= width
                pc += 1
                continue
        elif op == LOOK_END:
            # Find this lookaround's frame (the innermost one still open).
            i = len(stack) - 1
            while stack[i][0] != BT_MARK:
                i -= 1
            if not ins[1]:
                # Positive: keep the captures, drop the body's choices.
                pos = stack[i][2]
                del stack[i:]
                pc += 1
                continue
            # Negative: the body matched, so the assertion fails.  Undo what
            # the body did, remove the frame, and backtrack.
            while len(stack) > i + 1:
                e = pop()
                t = e[0]
                if t == BT_CAP:
                    caps[e[1]] = e[2]
                elif t == BT_CAP_END:
                    caps[e[1]] = e[2]
                    caps[-1] = e[3]
                elif t == BT_REG:
                    cnt[e[1]] = e[2]
                    last[e[1]] = e[3]
                elif t == BT_CAPS:
                    caps[:] = e[1]
            pop()
        elif op == ATOMIC:
            if ins[1]:
                push((BT_CAPS, caps[:]))
            push((BT_MARK, -1, pos))
            pc += 1
            continue
        elif op == ATOMIC_END:
            i = len(stack) - 1
            while stack[i][0] != BT_MARK:
                i -= 1
            del stack[i:]
            pc += 1
            continue
        elif op == POSS:
            r = ins[1]
            push((BT_REG, r, cnt[r], last[r]))
            cnt[r] = 0
            last[r] = -1
            pc += 1
            continue
        elif op == POSS_CHECK:
            r = ins[1]
            c = cnt[r]
            if c < ins[2]:
                # A required iteration: if it fails, the repeat fails.
                if ins[5]:
                    push((BT_CAPS, caps[:]))
                push((BT_MARK, -1, pos))
                pc += 1
                continue
            if c < ins[3] and pos != last[r]:
                # An optional iteration: if it fails, leave the loop here.
                push((BT_REG, r, cnt[r], last[r]))
                last[r] = pos
                if ins[5]:
                    push((BT_CAPS, caps[:]))
                push((BT_MARK, ins[4], pos))
                pc += 1
                continue
            pc = ins[4]
            continue
        elif op == POSS_ITER:
            # An iteration matched: commit to it and count it.
            i = len(stack) - 1
            while stack[i][0] != BT_MARK:
                i -= 1
            del stack[i:]
            r = ins[1]
            push((BT_REG, r, cnt[r], last[r]))
            cnt[r] += 1
            pc = ins[2]
            continue
        else:
            raise SystemError('re: bad opcode %r' % (op,))

        # ---- failure: backtrack to the latest choice point ----
        while True:
            if not stack:
                return None
            e = pop()
            t = e[0]
            if t == BT_ALT:
                pc = e[1]
                pos = e[2]
                break
            if t == BT_CAP:
                caps[e[1]] = e[2]
            elif t == BT_REP1:
                # Greedy single-character repeat: give back one character
                # (or, with a hint, back to the previous place the next
                # instruction can start).
                p0 = e[2]
                n = e[3] - 1
                mn = e[4]
                hint = e[5]
                if hint is not None:
                    p = s.rfind(hint, p0 + mn, p0 + n + 1)
                    if p < 0:
                        continue
                    n = p - p0
                if n > mn:
                    push((BT_REP1, e[1], p0, n, mn, hint))
                pos = p0 + n
                pc = e[1]
                break
            elif t == BT_CAP_END:
                caps[e[1]] = e[2]
                caps[-1] = e[3]
            elif t == BT_REG:
                cnt[e[1]] = e[2]
                last[e[1]] = e[3]
            elif t == BT_REP1_LAZY:
                # Lazy single-character repeat: take one more character (or,
                # with a hint, as many as it takes to reach the next place
                # where the following instruction can start).
                p0 = e[2]
                p = p0 + e[3]
                rins = e[4]
                hint = rins[5]
                if hint is None:
                    if p < end and rins[2](s[p]):
                        q = p + 1
                    else:
                        continue
                else:
                    q = s.find(hint, p + 1, end)
                    if q < 0 or rins[1](s, p, q) != q - p:
                        continue
                n = q - p0
                if n > rins[4]:
                    continue
                if n < rins[4]:
                    push((BT_REP1_LAZY, e[1], p0, n, rins))
                pos = q
                pc = e[1]
                break
            elif t == BT_LAZY:
                # The tail after a lazy iteration failed: iterate once more,
                # unless the maximum is reached or the last optional
                # iteration matched the empty string.
                r = e[1]
                p = e[2]
                c = e[3]
                uins = e[4]
                if c < uins[3] and p != last[r]:
                    push((BT_REG, r, cnt[r], last[r]))
                    cnt[r] = c
                    last[r] = p
                    pos = p
                    pc = uins[4]
                    break
            elif t == BT_MARK:
                if e[1] >= 0:
                    # A negative lookahead whose body failed, or a failed
                    # optional possessive iteration: go on from there.
                    pc = e[1]
                    pos = e[2]
                    break
            elif t == BT_CAPS:
                caps[:] = e[1]


def _next_in_set(s, p, end, chars, cache):
    """The first index >= p of a character of chars (a few characters), or
    end; cache remembers the next occurrence of each character."""
    best = end
    for c in chars:
        q = cache.get(c, -1)
        if q < p:
            q = s.find(c, p, end)
            if q < 0:
                q = end
            cache[c] = q
        if q < best:
            best = q
    return best


def search(prog, s, pos, end, must_advance):
    """Find the leftmost match of prog in s[pos:end].

    Returns (start, (end_pos, caps)) or None.  must_advance rejects an empty
    match at pos itself (used after an empty match by finditer, sub, split).
    """
    code = prog.code
    nslots = prog.nslots
    nrep = prog.nrep
    if prog.anchored:
        r = run(code, nslots, nrep, s, pos, end, False, must_advance)
        return None if r is None else (pos, r)
    p = pos
    prefix = prog.prefix
    if prefix:
        # Every match starts with prefix: only try where it occurs.
        while True:
            p = s.find(prefix, p, end)
            if p < 0:
                return None
            r = run(code, nslots, nrep, s, p, end, False,
                    must_advance and p == pos)
            if r is not None:
                return p, r
            p += 1
    first = prog.first
    if first is not None:
        # Every match starts with a character passing this test (and so is
        # not empty): skip the characters that do not.
        kind, data = first
        few = kind == 'set' and len(data) <= 6
        cache = {}
        while True:
            if few:
                p = _next_in_set(s, p, end, data, cache)
            elif kind == 'set':
                while p < end and s[p] not in data:
                    p += 1
            else:
                while p < end and not data(s[p]):
                    p += 1
            if p >= end:
                return None
            r = run(code, nslots, nrep, s, p, end, False, False)
            if r is not None:
                return p, r
            p += 1
    if prog.line_anchored:
        # Every match starts at the beginning of a line.
        while True:
            r = run(code, nslots, nrep, s, p, end, False,
                    must_advance and p == pos)
            if r is not None:
                return p, r
            p = s.find('\n', p, end)
            if p < 0:
                return None
            p += 1
    while p <= end:
        r = run(code, nslots, nrep, s, p, end, False, must_advance and p == pos)
        if r is not None:
            return p, r
        p += 1
    return None
