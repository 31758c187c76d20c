# unittest.main(): command-line options, test names, exit status (sys.exit or
# exit=False), the help text and usage errors.
import io
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertEqual('b', 'B')

    def test_c(self):
        pass


class Beta(unittest.TestCase):
    def test_one(self):
        """Beta's first test."""

    @unittest.skip('skipped in Beta')
    def test_two(self):
        pass


def show(text):
    for line in text.split('\n'):
        if line.startswith('Ran ') and ' in ' in line and line.endswith('s'):
            line = line[:line.rindex(' in ')] + ' in X.XXXs'
        print(line)


def main(*args, **kwargs):
    # Run unittest.main with argv ['prog.py', *args]; print what it wrote (the
    # runner writes to sys.stderr) and how it ended.
    print('>>> main', ' '.join(args), kwargs or '')
    kwargs = dict(kwargs)
    out = io.StringIO()
    err = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    # A fresh loader each time: -k patterns stay set on the loader used.
    kwargs.setdefault('testLoader', unittest.TestLoader())
    try:
        program = unittest.main(argv=['prog.py', *args], **kwargs)
        ending = f'returned, result {program.result}'
    except SystemExit as exc:
        ending = f'SystemExit {exc.code}'
    finally:
        sys.stdout, sys.stderr = saved
    if out.getvalue():
        print('[stdout]')
        show(out.getvalue())
    if err.getvalue():
        print('[stderr]')
        show(err.getvalue())
    print(ending)


main()
main(exit=False)
main('-v')
main('-q')
main('Alpha.test_a', 'Beta')
main('Beta.test_two')
main('Alpha.test_a', exit=False, verbosity=2)
main('-k', 'test_c')
main('-k', 'one', '-k', 'test_a', '-v')
main('-k', '*Beta*')
main('-k', 'nothing_matches')
main('-f')
main('--failfast', '--verbose')
main('-vf')
main('nosuch')
main('Alpha.nosuch')
main(defaultTest='Beta')
main(defaultTest=['Alpha.test_a', 'Beta.test_one'])
main('-h')
main('--help', failfast=False, buffer=True)
main('--nosuch')
main('-k')
main('--durations')
main('--durations', 'x')
main('-f', failfast=False)
main('-b', 'Alpha.test_a')
main('-b', 'Alpha.test_b', '-v')
main('Alpha', '-c', '--quiet')
