# Process functions of os: ids, times, waitpid and the status macros, exec in a child.
import os
import subprocess
import sys

print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), type(os.getgroups()).__name__)
print(os.getpgrp() >= 0, os.getsid(0) >= 0)  # 0 when the leader is outside this pid namespace
t = os.times()
print(type(t).__name__, len(t), t._fields if hasattr(t, '_fields') else None,
      all(isinstance(v, float) for v in t), t.user >= 0, t[4] == t.elapsed)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
for status in (0, 3 << 8, 9, 0x137f, 0xffff, 0x80 | 6):
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status),
          os.WCOREDUMP(status), os.WIFCONTINUED(status))
print(os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(9))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print('ChildProcessError', e)
p = subprocess.Popen(['sh', '-c', 'exit 7'])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status))
p.returncode = 7  # reaped above
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print('OSError', e.errno)
# exec replaces a child process: run one that execs /bin/echo with an environment.
code = ("import os; os.execve('/bin/sh', ['sh', '-c', 'echo $GREETING'], {'GREETING': 'hi'})")
print(subprocess.run([sys.executable, '-c', code], capture_output=True).stdout)
code = "import os; os.execv('/bin/echo', ['echo', 'from', 'execv'])"
print(subprocess.run([sys.executable, '-c', code], capture_output=True).stdout)
for args in ((), ('/bin/echo', 'x'), ('/bin/echo', []), ('/bin/echo', ['']), ('/nonexistent', ['x'])):
    try:
        os.execv(*args)
    except Exception as e:
        print(type(e).__name__, e)
