import timeit
import sys
import io

class Counter:
    def __init__(self, step):
        self.now = 0.0
        self.step = step
    def __call__(self):
        return self.now
    def tick(self):
        self.now += self.step

clock = Counter(0.0)

def fixed(step):
    def wrap(timer):
        clock.now = 0.0
        clock.step = step
        return clock
    return wrap

sys.modules['fakeclock'] = sys.modules[__name__]
TICK = "import fakeclock; fakeclock.clock.tick()"

def run(args, step=1 / 64):
    print('== main', args)
    old_err = sys.stderr
    sys.stderr = err = io.StringIO()
    try:
        result = timeit.main(args, _wrap_timer=fixed(step))
    finally:
        sys.stderr = old_err
    text = err.getvalue()
    if 'Traceback' in text:
        # Frames inside timeit.py name the library's path: keep the rest.
        lines = text.splitlines()
        start = [i for i, l in enumerate(lines) if '<timeit-src>' in l][0]
        text = ''.join(l + '\n' for l in lines[start:] if set(l.strip()) - set('~^'))
    print(text, end='')
    print('->', result)

run(['-n', '10', '-r', '3', TICK])
run(['-n', '10', '-r', '3', '-u', 'usec', TICK])
run(['-n', '10', '-r', '3', '-u', 'nsec', TICK])
run(['-n', '10', '-r', '3', '-u', 'sec', TICK])
run(['-n', '4', '-r', '2', '-v', TICK])
run(['-n', '4', '-r', '2', '-vv', TICK])
run(['-n', '4', '-r', '2', '--verbose', '-v', '-v', TICK])
run([TICK])
run(['-v', TICK])
run(['-v', '-r', '1', TICK], step=0.001)
run(['-r', '0', '-n', '1', TICK], step=1e-7)
run(['-r', '-5', '-n', '1', TICK], step=1e-4)
run(['--number=3', '--repeat', '2', '--setup', 'import fakeclock', 'fakeclock.clock.tick()'], step=2)
run(['-s', 'import fakeclock', '-s', 'c = fakeclock.clock', '-n', '1', 'c.tick()', 'c.tick()'], step=0.5)
run(['--num', '2', '--rep=1', '--', TICK])
run(['-p', '-n', '2', '-r', '1', TICK])
run(['-n', '2', '-r', '1', 'pass'], step=0)
run(['-x'])
run(['--numb'])
run(['-n'])
run(['--verbose=2'])
run(['--nope', '1'])
run(['--u', 'msec', '-r', '2', TICK])
run(['-u', 'years', 'pass'])
run(['-n', '2', '-r', '1', '-s', 'import fakeclock', 'raise ValueError("boom")'])
run(['-r', '1', 'x = 1/0'])
run(['-h'])
print()
run(['--he'])
print()
