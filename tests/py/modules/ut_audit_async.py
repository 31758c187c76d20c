# IsolatedAsyncioTestCase: fixture order, async cleanups, enterAsyncContext,
# loop_factory, contextvars, failures and errors in each phase.
import asyncio
import contextvars
import io
import re
import unittest

events = []
var = contextvars.ContextVar('var', default='unset')


def clean(text):
    # Deterministic output: no timings, and only this file's traceback frames
    # (asyncio's own frames differ between implementations).
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', text)
    text = re.sub(r'File "[^"]*[/\\]([^/\\"]+)"', r'File "\1"', text)
    out = []
    skipping = False
    for line in text.split('\n'):
        if line.startswith('  File "'):
            skipping = not line.startswith('  File "ut_audit_async.py"')
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            out.append(line)
    return '\n'.join(out)


def run(*classes, verbosity=2):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for cls in classes:
        suite.addTests(loader.loadTestsFromTestCase(cls))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(clean(stream.getvalue()))
    print('result:', result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), result.wasSuccessful())
    return result


class ACM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        events.append('aenter ' + self.name)
        return self.name.upper()

    async def __aexit__(self, *exc):
        events.append('aexit ' + self.name)
        return False


class Lifecycle(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')
        var.set('from setUp')
        self.loop_in_setup = asyncio.get_event_loop()

    async def asyncSetUp(self):
        events.append('asyncSetUp var=' + var.get())
        self.assertIs(asyncio.get_running_loop(), self.loop_in_setup)
        value = await self.enterAsyncContext(ACM('ctx'))
        events.append('entered ' + value)

    async def test_one(self):
        events.append('test_one var=' + var.get())
        var.set('from test')
        self.addAsyncCleanup(self.acleanup, 'a', key='b')
        self.addCleanup(events.append, 'sync cleanup')
        await asyncio.sleep(0)

    def test_sync(self):
        events.append('test_sync')

    async def acleanup(self, x, key):
        events.append(f'async cleanup {x} {key} var={var.get()}')

    async def asyncTearDown(self):
        events.append('asyncTearDown var=' + var.get())

    def tearDown(self):
        events.append('tearDown')


run(Lifecycle)
for e in events:
    print(' ', e)
events.clear()


class Failing(unittest.IsolatedAsyncioTestCase):
    async def test_fail(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    async def test_error(self):
        raise ValueError('boom')

    async def test_skip(self):
        self.skipTest('not today')

    @unittest.expectedFailure
    async def test_xfail(self):
        self.assertTrue(False)

    async def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                await asyncio.sleep(0)
                self.assertNotEqual(i, 1)

    async def test_cleanup_error(self):
        async def bad():
            raise RuntimeError('cleanup failed')
        self.addAsyncCleanup(bad)


run(Failing)


class SetupFails(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.addAsyncCleanup(self.note)
        raise KeyError('in asyncSetUp')

    async def note(self):
        events.append('cleanup after failed asyncSetUp')

    async def test_never(self):
        events.append('should not run')

    async def asyncTearDown(self):
        events.append('asyncTearDown should not run')


run(SetupFails, verbosity=1)
print(events)
events.clear()


class MyLoop(asyncio.SelectorEventLoop):
    made = 0

    def __init__(self):
        super().__init__()
        MyLoop.made += 1


class Factory(unittest.IsolatedAsyncioTestCase):
    loop_factory = MyLoop

    async def test_loop(self):
        self.assertIsInstance(asyncio.get_running_loop(), MyLoop)

    async def test_loop2(self):
        self.assertIsInstance(asyncio.get_running_loop(), MyLoop)


run(Factory, verbosity=1)
print('loops made:', MyLoop.made)


class NotAsyncCM(unittest.IsolatedAsyncioTestCase):
    async def test_bad_cm(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        print('enterAsyncContext error:', cm.exception)

    def test_sync_cm_in_async(self):
        class SyncOnly:
            def __enter__(self): return 1
            def __exit__(self, *a): pass
        with self.assertRaises(TypeError) as cm:
            asyncio.run(self.enterAsyncContext(SyncOnly()))
        print('sync-only error:', cm.exception)

    async def test_return_value(self):
        return 5


import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    run(NotAsyncCM, verbosity=1)
print([str(w.message).split(' (')[0] for w in caught])

# debug() runs the test without a result, exceptions propagate.
class Dbg(unittest.IsolatedAsyncioTestCase):
    async def test_it(self):
        events.append('debug ran')
        raise ValueError('from debug')

try:
    Dbg('test_it').debug()
except ValueError as e:
    print('debug raised', e, events)
print('IsolatedAsyncioTestCase' in dir(unittest), 'IsolatedAsyncioTestCase' in unittest.__all__)
print(unittest.IsolatedAsyncioTestCase.__module__)


# Pending tasks are cancelled when the runner closes; debug mode; timeouts;
# CancelledError raised by a test; cleanup order of mixed cleanups.
events.clear()
class More(unittest.IsolatedAsyncioTestCase):
    async def test_pending(self):
        async def forever():
            try:
                await asyncio.sleep(100)
            except asyncio.CancelledError:
                events.append('cancelled')
                raise
        self.task = asyncio.create_task(forever())
        await asyncio.sleep(0)
    async def test_timeout(self):
        with self.assertRaises(TimeoutError):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    async def test_loop_debug(self):
        events.append(asyncio.get_running_loop().get_debug())
    async def test_cancel_in_test(self):
        raise asyncio.CancelledError()
    def test_get_loop_sync(self):
        loop = asyncio.get_event_loop()
        events.append(loop.is_running())
    async def test_cleanup_order(self):
        self.addAsyncCleanup(self.c, 1)
        self.addCleanup(events.append, 'sync')
        self.addAsyncCleanup(self.c, 2)
    async def c(self, n):
        events.append(('async cleanup', n))
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(More))
out = stream.getvalue()
print(re.sub(r'[0-9.]+s\n', 'Ts\n', out).split('Traceback')[0])
print(events, len(r.errors))
print([e[1].strip().splitlines()[-1] for e in r.errors])
