# test.support.hypothesis_helper: the hypothesis stand-in used by
# property-based tests when the hypothesis package is not installed.
import io
import unittest
from test.support.hypothesis_helper import hypothesis


def run(suite):
    result = unittest.TextTestRunner(io.StringIO(), verbosity=0).run(suite)
    return (result.testsRun, len(result.failures), len(result.errors),
            sorted(reason for _, reason in result.skipped))


# hypothesis: @example cases run as subtests, no example means skipped
class Props(unittest.TestCase):
    @hypothesis.example(2)
    @hypothesis.example(3)
    @hypothesis.given(hypothesis.strategies.integers())
    def test_examples(self, n):
        print("example", n)
        self.assertGreater(n, 1)

    @hypothesis.given(hypothesis.strategies.text())
    def test_no_examples(self, s):
        print("never")


print("hypothesis", run(unittest.defaultTestLoader.loadTestsFromTestCase(Props)))
