# string.Template customisation (delimiter, idpattern, braceidpattern, flags, pattern) and
# string.Formatter automatic numbering through nested format specs.
import string
print(repr(string.Formatter().format('{:^{}} {}', 'bar', 6, 'X')), string.Formatter().format('{0:{1}}|{2}', 'a', 3, 'z'))
try:
    string.Formatter().format('{:{1}}', 1, 2)
except ValueError as e:
    print('ValueError', e)
t = string.Template('$who likes ${what}, $$5, $who')
print(t.substitute(who='tim', what='ham'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
print(string.Template('$a $').safe_substitute(a=1), string.Template('bad $1').is_valid())
for tpl in ('$', 'x\n$1', '${a'):
    try:
        string.Template(tpl).substitute(a=1)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
class T(string.Template):
    delimiter = '%'
print(T('%who likes %what %%').substitute(who='tim', what='ham'))
class U(string.Template):
    idpattern = r'[a-z]+'
print(U('$abc1 ${abc}').safe_substitute(abc='x'))
class V(string.Template):
    braceidpattern = r'[A-Z ]+'
    flags = 0
print(V('$lower ${UP PER}').safe_substitute({'lower': 1, 'UP PER': 2}))
class W(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>[a-z]+)|\[(?P<braced>[a-z]+)\]|(?P<invalid>))'
print(W('@x @[y] @@').substitute(x=1, y=2), type(W.pattern).__name__, type(string.Template.pattern).__name__)
print(string.Template('$x').substitute({'x': 1}, x=2))
