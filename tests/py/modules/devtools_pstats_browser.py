# python -m pstats: the interactive browser driven through its stdin.
import cProfile
import os
import re
import shutil
import subprocess
import sys
import tempfile


def work(n):
    return sum(abs(i) for i in range(n))


tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'stats.out')
    p = cProfile.Profile()
    p.runcall(work, 5)
    p.dump_stats(path)
    commands = ('help\nsort\nstrip\nsort calls nfl\nstats 2\ncallers work\n'
                'callees 0.5\nreverse\nstats genexpr\nsort bogus\n'
                'stats 7.5\nread\nread /no/such/file\nhelp stats\nquit\n')
    for args in ([path], []):
        r = subprocess.run([sys.executable, '-m', 'pstats'] + args,
                           input=commands, capture_output=True, text=True,
                           cwd=tmp)
        out = r.stdout.replace(tmp, 'TMP')
        out = re.sub(r'\d+\.\d{3}', 'T.TTT', out)
        out = re.sub(r'\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}', 'DATE', out)
        print(r.returncode)
        print(out)
        print(r.stderr.replace(tmp, 'TMP').splitlines()[-1:])
finally:
    shutil.rmtree(tmp)
