# eval, exec, compile, globals, locals, __import__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = 5
print(eval('x + 1'), eval('  2 * 3'), eval('y', {'y': 7}), eval('a + b', {'a': 1}, {'b': 2}))
print(eval(b'1 + 1'), eval(compile('x * 2', '<s>', 'eval')))
g = {}
exec('z = 3\ndef f(): return z * 2', g)
print(g['z'], g['f'](), '__builtins__' in g)
ns = {}
exec('q = 1', {}, ns)
print(ns)
print(eval('a', globals={'a': 3}), exec('pass'))
code = compile('w = 41 + 1', 'fname', 'exec')
d = {}
exec(code, d)
print(d['w'], code.co_filename, type(code).__name__)
print(compile('1 + 1', 'f', 'eval').co_filename, eval(compile('3', 'f', 'single')))
t(lambda: eval('1+'))
t(lambda: eval(5))
t(lambda: exec(5))
t(lambda: eval('x', 5))
t(lambda: eval('x', {}, 5))
t(lambda: eval('1', None, 5))
t(lambda: eval('1', 1, 2, 3))
t(lambda: exec('x', 5))
t(lambda: exec('x', {}, 5))
t(lambda: exec('1', {}, {}, 5))
t(lambda: eval('1\x002'))
t(lambda: compile('1\x002', 'f', 'eval'))
t(lambda: compile(5, 'f', 'eval'))
t(lambda: compile('1', 5, 'eval'))
t(lambda: compile('1', 'f', 'bad'))
t(lambda: compile('1', 'f'))
t(lambda: compile('1', 'f', 'eval', foo=1))
t(lambda: eval('undefined_name'))

def scope():
    a = 1
    b = 'two'
    loc = locals()
    return sorted(loc.items())
print(scope())
print(globals() is globals(), 'scope' in globals(), globals()['x'])
class K:
    k = 1
    names = sorted(locals())
print(K.names)

m = __import__('sys')
print(m.__name__, __import__('os.path').__name__, __import__('os.path', fromlist=['x']).__name__)
t(lambda: __import__())
t(lambda: __import__(5))
t(lambda: __import__('sys', level=-1))
t(lambda: __import__('no_such_module_xyz'))
