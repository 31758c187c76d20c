# \N{...} escapes accept every character name of the Unicode database: names ignore case
# except CJK unified ideographs and Hangul syllables.
def t(src):
    try: print(repr(eval(src)))
    except SyntaxError as e: print('SyntaxError', e.msg)
for n in ['cjk unified ideograph-4e00', 'hangul syllable ga', 'HANGUL SYLLABLE GA', 'latin small letter a', 'LATIN SMALL LETTER A', 'TANGUT COMPONENT-001', 'CJK UNIFIED IDEOGRAPH-04E00', 'CUNEIFORM SIGN A', 'BALINESE LETTER AKARA', 'nope', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'EGYPTIAN HIEROGLYPH A001']:
    t('"\\N{' + n + '}"')
t('b"\\N{LATIN SMALL LETTER A}".decode("unicode_escape")' if False else '"\\\\N{DIGIT ONE}".encode().decode("unicode_escape")')
