# compile(..., 'single'): a compound statement may end at the end of input; errors at the
# end point at the last line break; a second statement is an error.
cases = ['if 1:\n  pass', 'if 1:\n  pass\n', 'for i in []:\n  pass\nelse:\n  pass', 'x = 1',
         'x=1\ny=2', 'def f():\n', 'try:\n  pass\n', 'if x:\n', 'class A:\n\n', 'x = (\n',
         'def f():', '\n', '# only a comment\n', 'while 0:\n  pass\n\n']
for src in cases:
    for mode in ('single', 'exec'):
        try:
            c = compile(src, 'f', mode)
            print(mode, repr(src), 'ok')
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno,
                  e.end_offset)
# PyCF_DONT_IMPLY_DEDENT (codeop): the end of input does not close the open block.
for src in ('if 1:\n  pass', 'if 1:\n  pass\n', 'x = 1'):
    try:
        compile(src, 'f', 'single', 0x200)
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
