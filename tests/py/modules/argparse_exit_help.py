# --help prints the help to stdout and ends the program with status 0.
import argparse, os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='helper', epilog='Bye.')
p.add_argument('--level', type=int, default=1, help='level (default %(default)s)')
p.parse_args(['--help'])
print('not reached')
