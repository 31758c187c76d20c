# Internal names that third-party test tools use: unittest.result.failfast,
# util.sorted_list_difference / unorderable_list_difference, TestSuite's fixture
# hooks, the assertion context classes, loader.VALID_MODULE_NAME, _assertNotWarns.
import io
import unittest
import unittest.case
import unittest.loader
import unittest.result
import unittest.suite
import unittest.util as util
import warnings

# failfast decorator
class MyResult(unittest.TestResult):
    @unittest.result.failfast
    def addCustom(self, what):
        print('addCustom', what, 'shouldStop already', self.shouldStop)
        return 'returned'


r = MyResult()
print(r.addCustom('a'), r.shouldStop)
r.failfast = True
print(r.addCustom('b'), r.shouldStop)
print(MyResult.addCustom.__name__)

# list differences
cases = [
    ([1, 2, 3], [1, 2, 3]),
    ([1, 2, 2, 3, 5], [2, 3, 3, 4]),
    ([], [1, 1]),
    ([1, 1, 1], []),
    ([1, 3, 3, 3], [2, 2]),
    ([0, 5, 5], [5, 7, 7, 7]),
    ([1, 2], [1, 1, 1, 2, 2, 9, 9]),
    (['a', 'b', 'b'], ['b', 'c', 'c']),
]
for expected, actual in cases:
    print('sorted', expected, actual, util.sorted_list_difference(expected, actual))
for expected, actual in ([[{1}], {2}, [3]], [[3], {1}]), ([[1], [1], [2]], [[1], [2], [2]]):
    e, a = list(expected), list(actual)
    missing, unexpected = util.unorderable_list_difference(e, a)
    print('unorderable', missing, unexpected, e, unexpected is a)


# Suite hooks overridden by a subclass.
class RecordingSuite(unittest.TestSuite):
    log = []

    def _handleClassSetUp(self, test, result):
        self.log.append('classSetUp ' + type(test).__name__)
        super()._handleClassSetUp(test, result)

    def _tearDownPreviousClass(self, test, result):
        self.log.append('tearDownPrevious ' + type(test).__name__)
        super()._tearDownPreviousClass(test, result)

    def _handleModuleFixture(self, test, result):
        self.log.append('moduleFixture')
        super()._handleModuleFixture(test, result)

    def _handleModuleTearDown(self, result):
        self.log.append('moduleTearDown ' + str(self._get_previous_module(result)))
        super()._handleModuleTearDown(result)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        self.log.append('fixture error %s: %r' % (errorName, exception))
        super()._addClassOrModuleLevelException(result, exception, errorName, info)


class One(unittest.TestCase):
    def test_1(self):
        pass


class Two(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('two')

    def test_2(self):
        pass


suite = RecordingSuite([One('test_1'), Two('test_2')])
res = unittest.TestResult()
suite.run(res)
for line in RecordingSuite.log:
    print(' ', line)
print(res.testsRun, [str(t) for t, _ in res.errors])

# Aliases of the context classes
print(unittest.case._AssertRaisesContext.__name__ != '', issubclass(
    unittest.case._AssertRaisesContext, unittest.case._BaseTestCaseContext),
    issubclass(unittest.case._AssertWarnsContext, unittest.case._AssertRaisesBaseContext),
    issubclass(unittest.case._AssertNotWarnsContext, unittest.case._AssertWarnsContext))
cm = unittest.case._AssertRaisesContext(KeyError, unittest.TestCase())
with cm:
    raise KeyError('via context class')
print('caught', repr(cm.exception))
print(type(unittest.TestCase().assertRaises(KeyError)) is unittest.case._AssertRaisesContext)
chain = unittest.case._OrderedChainMap({'a': 1}).new_child({'b': 2, 'a': 3})
print(list(chain), dict(chain))
print(bool(unittest.loader.VALID_MODULE_NAME.match('test_x.py')),
      bool(unittest.loader.VALID_MODULE_NAME.match('test-x.py')),
      bool(unittest.loader.VALID_MODULE_NAME.match('Test_X.PY')))

# _assertNotWarns
t = unittest.TestCase()
with t._assertNotWarns(DeprecationWarning):
    warnings.warn('user only', UserWarning)
try:
    with t._assertNotWarns(UserWarning):
        warnings.warn('oops', UserWarning)
except AssertionError as e:
    print('AssertionError:', e)
try:
    t._assertNotWarns(UserWarning, warnings.warn, 'x')
except AssertionError as e:
    print('AssertionError:', e)
