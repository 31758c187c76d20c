# python -m cProfile / -m profile on a small script (times and addresses
# masked), and saving the statistics with -o.
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile

PROG = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def main():
    return [fib(i) for i in range(6)]

print(main())
'''


def mask(text, tmp):
    text = text.replace(tmp, 'TMP')
    text = re.sub(r'\d+\.\d{3}', 'T.TTT', text)
    return re.sub(r' at 0x[0-9a-fA-F]+', ' at ADDR', text)


tmp = tempfile.mkdtemp()
try:
    prog = os.path.join(tmp, 'prog.py')
    with open(prog, 'w') as f:
        f.write(PROG)
    for args in (['cProfile', '-s', 'nfl', prog],
                 ['profile', '-s', 'calls', prog],
                 ['cProfile', '-o', 'out.prof', prog],
                 ['cProfile', '-s', 'bogus', prog]):
        p = subprocess.run([sys.executable, '-m'] + args, cwd=tmp,
                           capture_output=True, text=True)
        print([a.replace(tmp, 'TMP') for a in args], p.returncode)
        print(mask(p.stdout, tmp), end='')
        print(mask(p.stderr, tmp).splitlines()[-1:])
    st = pstats.Stats(os.path.join(tmp, 'out.prof'))
    st.strip_dirs().sort_stats('calls', 'nfl')
    print([(pstats.func_std_string(f), st.stats[f][:2])
           for f in st.fcn_list])
finally:
    shutil.rmtree(tmp)
