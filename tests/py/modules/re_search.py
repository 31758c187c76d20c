# re: searching -- leftmost matches, literal prefixes, first-character sets,
# line anchors, backtracking with pos/endpos, successive empty matches.
import re


def s(pattern, text, *args):
    r = re.compile(pattern).search(text, *args)
    print(repr(pattern), repr(text), args, r and (r.span(), r.groups()))


# Leftmost, then first alternative.
s('b|ab', 'xab')
s('ab|b', 'xab')
s('a*', 'bba')
s('a+', 'bba')
s('', 'abc', 2)

# Literal prefixes (also inside groups) and near misses.
s('abc', 'ababc')
s('(ab)(c)', 'abxabc')
s('ab(?=c)', 'abdabc')
s('aab', 'aaab')
s('abc', 'abcabc', 1)
s('abc', 'abcab', 1, 4)
s('x', 'abc')
s('(?:ab)+c', 'ababxababc')

# First-character sets: classes, alternatives, optional items first.
s('[xyz]+q', 'ayyx zzq')
s('(?:cat|dog)s', 'cat dogs')
s(r'\d+\.\d+', 'v 1. 22.5')
s('a?b?c', 'xxbc')
s(r'\s*;', 'x  ;')
s('(?i)hello', 'say HeLLo')
s('(?i)[qz]x', 'QX')
s(r'(?:\W|_)+end', 'x__end')
s('(?<=a)b|c', 'xbcab')
s(r'\bw\w*', 'aw wx')

# Anchors limit where matches can start.
s('^a', 'ba')
s('^a', 'ab', 1)
s('(?m)^b', 'ab\nb')
s('(?m)^(?:x|b)', 'ab\nab\nb')
s(r'\Ab', 'ab', 1)
s('(?m)^$', 'a\n\nb')
s('(?m)^', 'ab\n', 1)
s('$', 'ab\n')
s('a$', 'a\nb', 0, 1)
s(r'a\Z', 'ab', 0, 1)

# Backtracking repeats followed by literals.
s('.*foo', 'xfooyfooz')
s('.*?foo', 'xfooyfooz')
s('a.*b', 'aXbYb', 0, 4)
s('<.*>', '<a> <b', 0)
s(r'[^,]*,x', 'ab,cd,x')
s('x*?y', 'xxxy')
s('.+?-', 'ab-cd-')
s(r'(\w+)\s+\1', 'the the end')
s('a.{2,4}?c', 'abbbbbc abbc')
s('(?s).*\n', 'a\nb\nc')

# Successive matches (findall/finditer) with empty matches in between.
print(re.findall(r'\d*', 'a12b3'))
print([m.span() for m in re.finditer(r'a|(?=b)', 'abab')])
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print(re.findall(r'(?m)^\w*$', 'ab\n\ncd'))
print(re.sub(r'(?=a)', '^', 'banana'))
print(re.split(r'\b', 'one two'))

# Large subjects.
big = 'ab' * 50000 + 'needle' + 'ba' * 50000
print(re.search('needle', big).span(), re.search('n[eE]+dle', big).span())
print(re.search(r'(?i)NEEDLE', big).span(), re.search('e+d', big).span())
print(len(re.findall('ab', big)), len(re.split('ne+dle', big)[0]))
print(re.search('x', big), re.search('(?m)^needle', big))
lines = '\n'.join('line %d: %s' % (i, 'ok' if i % 97 else 'FAIL') for i in range(3000))
print(re.findall(r'(?m)^line (\d+): FAIL$', lines)[:5], len(re.findall(r'(?m)^line', lines)))
