import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(), s.find_longest_match(0, 5, 0, 4), s.find_longest_match(2, 5))
m = s.find_longest_match(0, 2, 0, 2)
print(m.a, m.b, m.size, type(m).__name__, difflib.Match(1, 2, 3))
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.bjunk, s.bpopular)
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
a = 'private Thread currentThread;'
b = 'private volatile Thread currentThread;'
s = difflib.SequenceMatcher(lambda c: c in ' ', a, b)
print(round(s.ratio(), 3))
for op in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (op[0], op[1], op[2], a[op[1]:op[2]], op[3], op[4], b[op[3]:op[4]]))
s.set_seqs('abcd', 'bcde')
print(s.get_opcodes(), s.a, s.b)
s.set_seq1('xbcd')
print(s.get_opcodes())
s.set_seq2('xbc')
print(s.get_opcodes(), s.ratio())
print(difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, '', '').get_opcodes())
print(difflib.SequenceMatcher(None, '', '').get_matching_blocks())
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, 'abc', '').get_opcodes(), difflib.SequenceMatcher(None, '', 'ab').get_opcodes())
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
del b[20]
b[23] += 'x'
b[30:34] = []
s = difflib.SequenceMatcher(None, a, b)
for n in (0, 1, 3, 5):
    for group in s.get_grouped_opcodes(n):
        print(n, group)
print(s.get_opcodes())
# autojunk: popular elements in long sequences are ignored
long_b = 'a' * 150 + 'b' * 60
s = difflib.SequenceMatcher(None, 'ab' * 10, long_b)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, 'ab' * 10, long_b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 4))
s = difflib.SequenceMatcher(isjunk=None, a=[1, 2, 3, 4], b=(2, 3, 5))
print(s.get_opcodes(), s.b2j)
s = difflib.SequenceMatcher(a='abc')
print(s.a, repr(s.b), s.isjunk, s.autojunk)
print(difflib.SequenceMatcher[str])
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('apple', ['apple', 'appel', 'apply', 'ample', 'aple'], n=2))
print(difflib.get_close_matches('apple', ['apple', 'appel', 'apply', 'ample', 'aple'], n=10, cutoff=0.0))
print(difflib.get_close_matches('abc', [], n=1, cutoff=1.0))
for args in [dict(n=0), dict(n=-1), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches('a', ['a'], **args)
    except ValueError as e:
        print(type(e).__name__, e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_LINE_JUNK('## x'), difflib.IS_LINE_JUNK(''))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'),
      difflib.IS_CHARACTER_JUNK('x'))
print(sorted(difflib.__all__))
