# A parse error really ends the program: usage and the message go to
# stderr and the exit status is 2.
import argparse, os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='exiting', description='Exits on error.')
p.add_argument('--count', type=int, required=True)
p.add_argument('files', nargs='+')
print(p.parse_args(['--count', '3', 'a']))
print('about to fail', flush=True)
p.parse_args(['--count', 'three'])
print('not reached')
