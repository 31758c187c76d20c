# test.support.warnings_helper: recording and checking warnings.
import unittest
import warnings
from test.support import warnings_helper

with warnings_helper.check_warnings() as w:
    print("nothing yet", w.message, w.category, w.warnings)
    warnings.warn("first", UserWarning)
    print("last", w.message, w.category.__name__)
    warnings.warn("second", DeprecationWarning)
    print("count", len(w.warnings), [str(x.message) for x in w.warnings])
    w.reset()
    print("after reset", w.warnings, w.message)

with warnings_helper.check_warnings(("spam", UserWarning),
                                    ("eggs", DeprecationWarning)):
    warnings.warn("spam spam", UserWarning)
    warnings.warn("EGGS are good", DeprecationWarning)
print("filters matched")

try:
    with warnings_helper.check_warnings(("spam", UserWarning)):
        warnings.warn("ham", UserWarning)
except AssertionError as e:
    print("unexpected warning:", e)

try:
    with warnings_helper.check_warnings(("spam", UserWarning)):
        pass
except AssertionError as e:
    print("unmatched filter:", e)

with warnings_helper.check_warnings(("spam", UserWarning), quiet=True):
    pass
print("quiet filter ok")

# the same warning twice from one place is recorded both times
for i in range(2):
    with warnings_helper.check_warnings(("repeat", RuntimeWarning)) as w:
        warnings.warn("repeat", RuntimeWarning)
    print("recorded again", i, len(w.warnings))


class T(unittest.TestCase):
    def test_no_warnings(self):
        with warnings_helper.check_no_warnings(self):
            pass

    def test_no_warnings_fails(self):
        with warnings_helper.check_no_warnings(self, category=UserWarning):
            warnings.warn("oops", UserWarning)

    @warnings_helper.ignore_warnings(category=DeprecationWarning)
    def test_ignore(self):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default", UserWarning)
            warnings.warn("ignored", DeprecationWarning)
        self.assertEqual(caught, [])

    def test_no_resource_warning(self):
        with warnings_helper.check_no_resource_warning(self):
            pass


import io
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(io.StringIO(), verbosity=0).run(suite)
print("tests", result.testsRun, "failures",
      [t.id().split(".")[-1] for t, _ in result.failures], "errors",
      len(result.errors))

before = warnings.filters[:]
with warnings_helper.save_restore_warnings_filters():
    warnings.simplefilter("error")
    print("changed", warnings.filters[0][0])
print("restored", warnings.filters == before)

mod = warnings_helper.import_deprecated("json")
print("import_deprecated", mod.__name__)
