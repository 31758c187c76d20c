# re: pattern syntax -- literals, escapes, character classes, dot, anchors,
# alternation.
import re


def fa(pattern, text, flags=0):
    print(repr(pattern), re.findall(pattern, text, flags))


# Literals and escapes.
fa(r'a\.b', 'a.b axb')
fa(r'\n|\t', 'a\tb\nc')
fa(r'\x41\u0042\U00000043', 'ABC abc')
fa(r'\101\102', 'AB')           # octal
fa(r'\0', 'a\x00b')
fa(r'\07', '\x07')
fa(r'\a\f\v\r', '\a\f\v\r')
fa(r'\\', 'a\\b')
fa(r'\U0001F600+', 'x\U0001F600\U0001F600y')
fa('\u00e9t\u00e9', 'été ete')
fa(r'\-\#\ \&\~', '-# &~')

# Character classes.
fa('[abc]', 'abcdef')
fa('[^abc]', 'abcdef')
fa('[a-c]+', 'xabcabcx')
fa('[a-cx-z]+', 'abcdxyzw')
fa('[]a]', ']a[')
fa('[^]a]', ']a[b')
fa('[-a]', 'a-b')
fa('[a-]', 'a-b')
fa(r'[a\-z]', 'a-bz')
fa(r'[\d.]+', 'v1.25 and 3.7')
fa(r'[^\W\d]+', 'abc123 def_4')
fa(r'[\s]+', 'a \t\nb')
fa(r'[\b]', 'a\bb')
fa(r'[\x41-\x43]', 'ABCD')
fa(r'[\u0391-\u03a9]+', 'αβγ ΑΒΓ abc')
fa(r'[\101]', 'A')
fa('[.*+?]', 'a.b*c+d?')
fa('[(){}]', '(a){b}')
fa('[$^]', 'a$b^c')

# Categories.
fa(r'\d+', 'a12b345')
fa(r'\D+', 'a12b345')
fa(r'\w+', 'hi there_1, ok!')
fa(r'\W+', 'hi there_1, ok!')
fa(r'\s+', 'a b\tc\nd')
fa(r'\S+', 'a b\tc\nd')

# Dot.
fa('a.c', 'abc a\nc a.c')
fa('a.c', 'abc a\nc', re.S)
fa('(?s)a.c', 'a\nc')
fa('.', '\n')

# Anchors.
fa('^a', 'aaa\na')
fa('^a', 'aaa\na', re.M)
fa('a$', 'aa\na')
fa('a$', 'aa\na', re.M)
fa('$', 'a\n')
fa('(?m)$', 'a\nb\n')
fa(r'a\Z', 'a\na')
fa(r'\Aa', 'aa')
fa(r'\bfoo\b', 'foo foobar barfoo foo.')
fa(r'\Bo\B', 'foo boo o')
fa(r'\b', 'ab cd')
fa(r'\B', 'ab cd')
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search('^$', ''))
print(re.search('x$', 'x\n'), re.search(r'x\Z', 'x\n'), re.search('x$', 'x\n\n'))

# Alternation.
fa('cat|dog', 'cat dog cow')
fa('a|ab|abc', 'abc')
fa('abc|ab|a', 'abc')
fa('x(a|b|)y', 'xay xby xy xcy')
fa('|a', 'ab')
fa('(?:red|green) (?:apple|pear)', 'red apple, green pear, blue apple')

# Comments and verbose mode.
fa('a(?#this is a comment)b', 'ab')
fa(r'''(?x)
    (\d{3})    # area code
    [-\ ]?     # optional separator (escaped space)
    (\d{4})    # number
''', '555-1234 5551234 555 1234')
fa('(?x) a b [ ] c', 'ab c abc')
fa('(?x)a\\ b', 'a b ab')
fa('(?x)a#x\nb', 'ab')
fa('a b', 'a b ab', re.X)

# Empty pattern and special cases.
fa('', 'abc')
fa('a{', 'a{')
fa('a{1', 'a{1')
fa('a{,', 'a{,')
fa('a{}', 'a{}')
fa('{', 'x{y')
fa('a{1,2', 'a{1,2')
fa('}', '}')
fa(']', ']')
