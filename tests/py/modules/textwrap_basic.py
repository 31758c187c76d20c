# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known "
        "sentence -- used to test type-faces and key-boards -- that "
        "contains every letter of the alphabet.  Isn't that neat?")

print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('one', 10))

# Hyphens, em-dashes and long words.
print(textwrap.wrap('a well-known e-mail x-y 1-2 foo--bar --opt', 6))
print(textwrap.wrap('a well-known e-mail', 6, break_on_hyphens=False))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10,
                    break_long_words=False))
print(textwrap.wrap('very-long-hyphenated-compound-word here', 12))
print(textwrap.wrap('abc-defghijklmnop', 8))

# Whitespace handling.
print(textwrap.wrap('tab\tseparated\ttext\nand lines', 12))
print(textwrap.wrap('tab\tseparated', 40, tabsize=4))
print(textwrap.wrap('tab\tseparated', 40, expand_tabs=False))
print(textwrap.wrap('a\nb\tc', 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap('keep\xa0nbsp together', 8))

# Sentence endings.
print(textwrap.fill('First one. Second one! Third? "Quoted." Mr. Smith', 80,
                    fix_sentence_endings=True))

# max_lines and placeholders.
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder='...'))
print(textwrap.fill(text, 20, max_lines=1, placeholder=' [more]'))
print(textwrap.wrap('short text', 30, max_lines=1))
print(textwrap.wrap('word ' * 5, 9, max_lines=2, placeholder='!'))

# shorten().
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(text, 50))
print(repr(textwrap.shorten('   ', 5)))

# TextWrapper objects and their attributes.
w = textwrap.TextWrapper(width=20, subsequent_indent='> ')
print(w.wrap(text)[:3])
w.width = 35
w.initial_indent = '# '
print(w.fill('Some words that will be wrapped onto a few lines, I hope.'))
print(w.width, w.max_lines, repr(w.placeholder), w.tabsize, w.break_on_hyphens)

# Errors.
for kwargs in [{'width': 0}, {'width': -5}, {'width': 5, 'max_lines': 1, 'placeholder': ' [truncated...]'}]:
    try:
        textwrap.wrap('some text here', **kwargs)
    except ValueError as e:
        print('ValueError', e)

# dedent().
print(repr(textwrap.dedent('''\
    def f():
        return 1
    ''')))
print(repr(textwrap.dedent('  a\n    b\n  c')))
print(repr(textwrap.dedent('  a\n\n   \n  b\n')))
print(repr(textwrap.dedent('\ta\n\tb')), repr(textwrap.dedent(' \ta\n\t b')))
print(repr(textwrap.dedent('no indent\n  here')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent('  x\r\n  y')))

# indent().
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+ ', lambda line: True)))
print(repr(textwrap.indent('one\ntwo\r\nthree', '| ', lambda line: 't' in line)))
print(repr(textwrap.indent('', 'x')))
print(sorted(textwrap.__all__))
