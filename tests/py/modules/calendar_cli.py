import calendar
import io
import sys

def run(*args):
    print('== main', args)
    sys.stdout.flush()
    try:
        calendar.main(list(args))
    except SystemExit as e:
        print('SystemExit', e.code)
    sys.stdout.flush()

old_stderr = sys.stderr
sys.stderr = sys.stdout
run('2024', '2')
run('-w', '3', '-l', '2', '2023', '11')
run('--width=1', '--lines', '1', '2024', '2')
run('-f', '6', '2024', '2')
run('-f', '-1', '--', '2024', '3')
run('--first-weekday', '2', '--months', '4', '--spacing', '2', '2025')
run('-m', '2', '-s', '1', '-w', '2', '1999')
run('-t', 'html', '-c', 'x.css', '2024')
run('-t', 'html', '-e', 'ascii', '2024')
run('-e', 'ascii', '2024', '1')
run('--wid', '3', '2024', '5')
run('-t', 'pdf')
run('-w', 'x')
run('-w')
run('x')
run('2024', 'y')
run('2024', '1', '2')
run('2024', '-w', '3', '5')
run('-t', 'html', '2024', '1')
run('-L', 'C')
run('-q')
run('--unknown', '2024')
run('--l', '3')
run('-h')
run('--he')
sys.stderr = old_stderr
