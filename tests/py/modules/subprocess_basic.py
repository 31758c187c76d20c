import subprocess, sys, os
print(subprocess.run(['echo', 'hello'], capture_output=True))
print(subprocess.run('echo a; echo b >&2; exit 3', shell=True, capture_output=True, text=True))
print(subprocess.check_output([sys.executable, '-c', 'print(6*7)']))
print(subprocess.run([sys.executable, '-c', 'import sys; print(sys.stdin.read().upper())'], input='abc\ndef', capture_output=True, text=True).stdout)
try:
    subprocess.check_call(['sh', '-c', 'exit 5'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['/nonexistent/prog'])
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['no-such-program-xyz'])
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['ls'], cwd='/nonexistent-dir')
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output)
print(subprocess.getstatusoutput('echo out; false'))
print(subprocess.getoutput('printf "x\\n\\n"'))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'x' * 200000)
print(len(out), err, p.returncode)
with subprocess.Popen(['sh', '-c', 'echo $FOO'], stdout=subprocess.PIPE, env={'FOO': 'bar', 'PATH': os.environ['PATH']}) as p:
    print(p.stdout.read())
print(p.returncode, repr(p)[:40])
print(subprocess.run(['sh', '-c', 'echo err >&2'], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print(subprocess.call(['true']), subprocess.call(['false']))
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', '']))
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print(p.wait())
try:
    subprocess.run(['true'], stdin=subprocess.PIPE, input=b'')
except ValueError as e:
    print(e)
print(subprocess.CompletedProcess(['a'], 0))

# Streams as files and fds, pass_fds, text decoding with newlines, iteration over stdout.
path = f'/tmp/weft_sp_{os.getpid()}.txt'
with open(path, 'w') as f:
    subprocess.run(['echo', 'to a file'], stdout=f)
with open(path) as f:
    print(f.read())
with open(path, 'rb') as f:
    print(subprocess.run(['tr', 'a-z', 'A-Z'], stdin=f, capture_output=True).stdout)
os.remove(path)
r, w = os.pipe()
subprocess.run([sys.executable, '-c', f'import os; os.write({w}, b"via pass_fds")'], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)
print(repr(subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], capture_output=True, text=True).stdout))
with subprocess.Popen(['printf', 'one\\ntwo\\n'], stdout=subprocess.PIPE, text=True) as p:
    print([line for line in p.stdout])
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, universal_newlines=True)
print(p.communicate('line\n'), p.universal_newlines, p.text_mode)
for bad in [dict(text=True, universal_newlines=False), dict(stdout=subprocess.STDOUT),
            dict(stdin=subprocess.STDOUT), dict(stdout=-7), dict(stdout='x'), dict(bufsize='x')]:
    try:
        subprocess.run(['true'], **bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
try:
    subprocess.check_output(['true'], stdout=None)
except ValueError as e:
    print('ValueError', e)
print(subprocess.check_output(['cat'], input=None))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
e = subprocess.CalledProcessError(2, 'cmd', b'o', b'e')
print(e.stdout, e.stderr, e.output, str(e))
print(subprocess.CompletedProcess('x', 1, 'out', 'err'))
try:
    subprocess.CompletedProcess('x', 1, 'out').check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout)
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      subprocess.Popen[bytes], subprocess.CompletedProcess[str])
p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout)
p.kill()
print(p.wait(), p.poll())
p = subprocess.Popen(['sh', '-c', 'sleep 5; echo late'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout, e.output)
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo a; sleep 5; echo late'], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout, e.output, e.stderr)
p.kill()
print(p.communicate(), p.returncode)
