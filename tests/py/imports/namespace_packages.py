# Namespace packages (PEP 420): directories without __init__.py spread over several
# sys.path entries make one package whose __path__ lists them all; a regular module or
# package later on the path still wins over a bare directory.
import os
import sys

root = '/tmp/weft_nspkg_%d' % os.getpid()
made = []

def write(path, text):
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, 'w') as f:
        f.write(text)
    made.append(path)

write(root + '/a/nspkg/one.py', 'VALUE = 1\n')
write(root + '/a/nspkg/deep/leaf.py', 'VALUE = "leaf"\n')
write(root + '/b/nspkg/two.py', 'VALUE = 2\n')
os.makedirs(root + '/a/shadowed')
write(root + '/b/shadowed.py', 'VALUE = "module"\n')
sys.path[:0] = [root + '/a', root + '/b']
try:
    import nspkg
    import nspkg.one
    import nspkg.two
    from nspkg.deep import leaf
    import shadowed
    print(repr(nspkg).replace(root, 'ROOT'))
    print(nspkg.__file__, nspkg.__package__, [p.replace(root, 'ROOT') for p in nspkg.__path__])
    print(nspkg.one.VALUE, nspkg.two.VALUE, leaf.VALUE, leaf.__name__)
    print(repr(nspkg.deep).replace(root, 'ROOT'), nspkg.deep.__package__)
    print(shadowed.VALUE)
    try:
        import nspkg.missing
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    del sys.path[:2]
    for p in made:
        os.remove(p)
    for d in ['/a/nspkg/deep', '/a/nspkg', '/b/nspkg', '/a/shadowed', '/a', '/b', '']:
        os.rmdir(root + d)
print(os.path.exists(root))
