# re: flags -- IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, UNICODE; inline
# (?i) and scoped (?i:...) forms; flag errors.
import re


def fa(pattern, text, flags=0):
    print(repr(pattern), re.findall(pattern, text, flags))


def err(pattern, flags=0):
    try:
        p = re.compile(pattern, flags)
        print(repr(pattern), 'ok', p.flags)
    except (re.error, ValueError) as e:
        print(repr(pattern), type(e).__name__, e)


# IGNORECASE.
fa('hello', 'Hello HELLO hello hElLo', re.I)
fa('[a-c]+', 'ABCabcD', re.I)
fa('[^a-c]+', 'ABCdEf', re.I)
fa(r'(\w)\1', 'aA bB cc', re.I)
fa('(?i)straße', 'STRASSE Straße STRAẞE')
fa('(?i)[a-z]+', 'İıſK')      # dotted/dotless i, long s, Kelvin sign
fa('(?i)ǅ', 'ǄǅǆDž')
fa('(?i)σ', 'Σσς')
fa('(?i)[^σ]', 'Σσςx')
fa('(?i)\xe1', 'aA\xc1\xe1')
fa('(?i)µ', 'µμΜ')
fa('(?i)k', 'kK\u212a')
fa('(?i)[k-m]', 'KLM\u212a')
fa('(?i)ss', 'ss SS ß')
fa('(?i)1a', '1A 1a')

# ASCII with IGNORECASE: only ASCII letters fold.
fa('(?ai)[a-z]+', 'İıſK')
fa('(?ai)k', 'kK\u212a')
fa('(?ai)é', 'éÉ')

# MULTILINE.
fa('^\\w+', 'one\ntwo\nthree')
fa('^\\w+', 'one\ntwo\nthree', re.M)
fa('\\w+$', 'one\ntwo\nthree', re.M)
fa('(?m)^$', 'a\n\nb\n')
fa('^', 'a\nb', re.M)

# DOTALL.
fa('a.b', 'a\nb')
fa('a.b', 'a\nb', re.S)
fa('(?s:.)(.)', 'x\ny\n')

# VERBOSE.
number = re.compile(r'''
    [-+]?        # optional sign
    \d+          # integer part
    (?:\.\d*)?   # optional fraction
''', re.VERBOSE)
print(number.findall('1 -2.5 +3. x'))
fa('(?x) [ ] a', ' a')
fa('(?x) a \\# b # comment', 'a#b')

# ASCII and UNICODE character classes.
fa(r'\w+', 'naïve café 123')
fa(r'\w+', 'naïve café 123', re.A)
fa(r'(?a)\d', '1٣')
fa(r'\d', '1٣²')
fa(r'\s', ' \x1c\x85\u2003', re.A)
fa(r'\s', ' \x1c\x85\u2003')
fa(r'(?a:\w)\w', 'éé aé')
fa(r'\b\w', 'été ete')
fa(r'(?a)\b\w', 'été ete')

# Inline and scoped flags.
fa('(?i)a(?-i:b)c', 'ABC AbC abc')
fa('a(?i:b)c', 'aBc ABC')
fa('(?i:a|b)c', 'Ac bC')
fa('(?im)^x', 'X\nx')
fa('(?s-i:.)a', '\nA \na', re.I)
fa('(?x: a b )c', 'abc')
fa('(?i)a|b', 'A B')
print(re.compile('(?i)(?m)a').flags, re.compile('(?s)(?x)(?a)a').flags)
print(re.compile('(?x) (?i)a').flags, re.compile('(?x)# c\n(?i)a').flags)

# Flag errors.
for p in ['a(?i)', '(?i)a(?m)', ' (?i)a', '(?i', '(?iz)', '(?i-i:a)', '(?-i)',
          '(?L)', '(?au)', '(?i-:a)', '(?-:a)', '(?i-a:x)', '(?-u:a)', '(?i!',
          '(?ai-)', '(?--i:a)', '(?m-m)', '(?a)(?u)']:
    err(p)
err('a', re.A | re.U)
err('a', re.L)
err(b'a', re.U)
err(b'a', re.L | re.A)
err(b'(?u)a')
err(b'(?L)a')
print(re.compile('a', re.U).flags, re.compile(b'a', re.L).flags)
