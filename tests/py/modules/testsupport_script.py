# test.support.script_helper: running the interpreter (sys.executable) in a
# child process.
import os
import sys
from test.support import script_helper, os_helper

rc, out, err = script_helper.assert_python_ok("-c", "print(6 * 7)")
print("ok", rc, out, err)
rc, out, err = script_helper.assert_python_ok(
    "-c", "import sys; print(sys.argv[1:])", "a", "b c")
print("argv", out.strip())
rc, out, err = script_helper.assert_python_failure(
    "-c", "import sys; sys.stderr.write('bad'); sys.exit(3)")
print("failure", rc, out, err)
rc, out, err = script_helper.assert_python_failure("-c", "1/0")
print("exception", rc, err.splitlines()[-1])

try:
    script_helper.assert_python_ok("-c", "raise SystemExit(5)")
except AssertionError as e:
    print("assert_python_ok failed:", str(e).splitlines()[0])
try:
    script_helper.assert_python_failure("-c", "pass")
except AssertionError as e:
    print("assert_python_failure failed:", str(e).splitlines()[0])

# environment variables for the child (not isolated then)
rc, out, err = script_helper.assert_python_ok(
    "-c", "import os; print(os.environ['WEFT_SUPPORT_VAR'])",
    WEFT_SUPPORT_VAR="hello")
print("env", out.strip())
rc, out, err = script_helper.assert_python_ok(
    "-c", "import os; print(sorted(k for k in os.environ if k.startswith('WEFT_S')))",
    __cleanenv=True, WEFT_SUPPORT_ONLY="1")
print("cleanenv", out.strip())

with os_helper.temp_dir() as d:
    script = script_helper.make_script(d, "hello_script",
                                       "import sys\nprint('script', sys.argv[1])\n")
    print("make_script", os.path.basename(script), os.path.isfile(script))
    rc, out, err = script_helper.assert_python_ok(script, "arg")
    print("ran script", out.strip())
    rc, out, err = script_helper.assert_python_ok(
        "-c", "import os; print(os.path.basename(os.getcwd()) == %r)"
        % os.path.basename(d), __cwd=d)
    print("cwd", out.strip())
    res, cmd = script_helper.run_python_until_end("-c", "print('end')")
    print("run_python_until_end", res.rc, res.out, cmd[0] == sys.executable)
    pkg = os.path.join(d, "weft_pkg")
    script_helper.make_pkg(pkg, "X = 1\n")
    print("make_pkg", sorted(os.listdir(pkg)))

p = script_helper.spawn_python("-c", "import sys; print(sys.stdin.read().upper())")
p.stdin.write(b"shout\n")
print("spawn/kill", script_helper.kill_python(p).strip(), p.returncode)
print("requires environment", script_helper.interpreter_requires_environment())
