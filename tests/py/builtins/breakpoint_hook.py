# breakpoint() and sys.breakpointhook: $PYTHONBREAKPOINT selects the hook; "0" disables it;
# an unimportable one warns. Also compile()'s flag checks and ParamSpecArgs reprs.
import os, subprocess, sys, warnings
import typing
print(sys.breakpointhook is sys.__breakpointhook__, callable(breakpoint))
code = "import sys\ndef hook(*a, **k):\n    print('hook', a, k)\nbreakpoint(1, x=2)\nprint('after')\n"
for value in ('0', 'builtins.print', 'nonexistent_xyz.foo', 'os.path.nope', 'print'):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True,
                       env={**os.environ, 'PYTHONBREAKPOINT': value})
    print(value, repr(r.stdout), r.stderr.strip().splitlines()[-1:] if r.stderr else [], r.returncode)
os.environ['PYTHONBREAKPOINT'] = 'nonexistent_xyz.foo'
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        sys.breakpointhook()
    except RuntimeWarning as e:
        print('RuntimeWarning', e)
for flags in (99999, 0x100, 0x20000, 0x10, 0x1000000):
    try:
        compile('x = 1', 's', 'exec', flags=flags)
        print(hex(flags), 'ok')
    except ValueError as e:
        print(hex(flags), 'ValueError', e)
spec = typing.ParamSpec('spec')
print(repr(spec.args), repr(spec.kwargs), repr(typing.ParamSpecArgs(5)), repr(typing.ParamSpecKwargs('x')))
