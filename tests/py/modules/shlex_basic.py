import shlex, io, os

cases = [
    'a b c',
    '  leading and trailing  ',
    "one 'two three' \"four five\"",
    'a\\ b c',
    '"esc \\" q" \'no \\ esc\'',
    '"a\\b" "a\\\\b" "a\\$"',
    'x="y z" w',
    "it's",
    'foo#bar # comment here\nnext line',
    'a""b \'\' ""',
    'tab\tsep\nnew\rline',
    'ßàá éè',
    '',
    'a;b|c&&d>e',
    "'mixed'\"quotes\"plain",
    '\\\\back \\"',
]
for s in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                r = shlex.split(s, comments=comments, posix=posix)
            except ValueError as e:
                r = (type(e).__name__, str(e))
            print(repr(s), posix, comments, r)

for bad in ['"open', "'open", 'trail\\', '"a\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, type(e).__name__, e)
try:
    shlex.split(None)
except ValueError as e:
    print(type(e).__name__, e)

for s in ['', 'abc', 'a b', "it's", 'a@b%c+d=e:f,g./-h', 'x$y', 'é', 'tab\t', '"q"', "''"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", '$x'])))

def toks(lex):
    out = []
    while True:
        t = lex.get_token()
        if t == lex.eof:
            break
        out.append(t)
    return out

for text in ['a+b = c*(d-e); "q s" \'r\' # c\nlast', 'x.y/z ~a ??', 'word1word2 12.5e3']:
    for posix in (False, True):
        print(posix, toks(shlex.shlex(text, posix=posix)))
        l = shlex.shlex(text, posix=posix)
        l.whitespace_split = True
        print(posix, 'ws', list(l))

for text in ['a && b || c; d > out 2>&1 (x) |& y', 'echo hi>file;ls<in', 'rm -rf ./build/*.o ~/x']:
    for pc in (True, '|;', '()'):
        l = shlex.shlex(text, posix=True, punctuation_chars=pc)
        print(repr(pc), list(l), repr(l.punctuation_chars))
        l = shlex.shlex(text, punctuation_chars=pc)
        l.whitespace_split = True
        print(repr(pc), 'ws', list(l))

l = shlex.shlex('one two three')
print(l.get_token(), l.lineno)
l.push_token('pushed')
l.push_token('again')
print(l.get_token(), l.get_token(), l.get_token(), repr(l.read_token()), repr(l.get_token()))
print(repr(l.eof), repr(shlex.shlex('', posix=True).eof))

l = shlex.shlex(io.StringIO('a\nb\n\nc d\n'), infile='f.txt')
for t in l:
    print(t, l.lineno, l.error_leader())
print(l.error_leader('other', 7))

l = shlex.shlex('a%b%c', posix=True)
l.wordchars += '%'
print(list(l))
l = shlex.shlex('a:b:c', posix=True)
l.whitespace = ':'
l.whitespace_split = True
print(list(l))
l = shlex.shlex('x !comment\ny', posix=True)
l.commenters = '!'
print(list(l))
l = shlex.shlex('say |hi there| x', posix=True)
l.quotes = '|'
print(list(l))
l = shlex.shlex('a^ b', posix=True)
l.escape = '^'
l.whitespace_split = True
print(list(l))
l = shlex.shlex("'a\\'b' c", posix=True)
l.escapedquotes = '\'"'
print(list(l))

l = shlex.shlex('first second')
l.push_source('inner stream')
print(list(l))
l = shlex.shlex('x y', posix=True)
print(l.state, l.token, repr(l.wordchars[:5]), l.whitespace_split, l.quotes, l.escape, l.escapedquotes, l.commenters)

# source keyword with a real file
fn = '/tmp/shlex_src_%d.txt' % os.getpid()
with open(fn, 'w') as f:
    f.write('inc1 inc2\n')
l = shlex.shlex('a source "%s" b' % fn, posix=False)
l.source = 'source'
print(list(l))
os.remove(fn)

print(sorted(shlex.__all__))
