# unittest.mock async support: AsyncMock, await assertions, async magic
# methods, async specs and patching of coroutine functions.
import asyncio
import inspect
import re
from unittest.mock import (AsyncMock, MagicMock, Mock, NonCallableMock,
                           call, patch, create_autospec, ANY)


def r(obj):
    return re.sub(r"id='\d+'", "id='?'", repr(obj))


def show(label, func):
    try:
        print(label, r(func()))
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"id='\d+'", "id='?'", str(e)))


run = asyncio.run

am = AsyncMock()
print(r(am), inspect.iscoroutinefunction(am), asyncio.iscoroutinefunction(am))
coro = am(1, k=2)
print(inspect.isawaitable(coro), am.call_count, am.await_count, am.call_args)
print(r(run(coro)), am.await_count, am.await_args, am.await_args_list)
print(am.__code__.co_flags & inspect.CO_COROUTINE != 0, am.__name__)

am = AsyncMock(return_value=42)
print(run(am()))
am = AsyncMock(side_effect=ValueError('bad'))
show('raise', lambda: run(am()))
am = AsyncMock(side_effect=[1, 2])
print(run(am()), run(am()))
show('exhausted', lambda: run(am()))


async def effect(x):
    return x * 3

am = AsyncMock(side_effect=effect)
print(run(am(3)))
am = AsyncMock(side_effect=lambda x: x + 1)
print(run(am(3)))


async def real(a, b):
    return a - b

am = AsyncMock(wraps=real)
print(run(am(5, 2)))

# await assertions
am = AsyncMock(name='am')
show('awaited none', am.assert_awaited)
show('awaited once none', am.assert_awaited_once)
show('awaited with none', lambda: am.assert_awaited_with(1))
show('awaited once with none', lambda: am.assert_awaited_once_with(1))
show('any await none', lambda: am.assert_any_await(1))
show('has awaits none', lambda: am.assert_has_awaits([call(1)]))
show('not awaited ok', am.assert_not_awaited)
c = am(0)
show('called not awaited', am.assert_awaited)
am.assert_called_once_with(0)
run(c)


async def go():
    await am(1)
    await am(2, x=3)

run(go())
show('awaited', am.assert_awaited)
show('awaited once', am.assert_awaited_once)
show('awaited with', lambda: am.assert_awaited_with(2, x=3))
show('awaited with bad', lambda: am.assert_awaited_with(1))
show('awaited once with', lambda: am.assert_awaited_once_with(2, x=3))
show('any await', lambda: am.assert_any_await(1))
show('any await bad', lambda: am.assert_any_await(9))
show('has awaits', lambda: am.assert_has_awaits([call(1), call(2, x=3)]))
show('has awaits bad', lambda: am.assert_has_awaits([call(2, x=3), call(1)]))
show('has awaits any', lambda: am.assert_has_awaits([call(2, x=3), call(1)], any_order=True))
show('has awaits any bad', lambda: am.assert_has_awaits([call(5)], any_order=True))
show('not awaited', am.assert_not_awaited)
am.reset_mock()
print(am.await_count, am.await_args, am.await_args_list, am.call_count)

# children of AsyncMock
am = AsyncMock()
print(type(am.child).__name__, type(am.__str__).__name__, type(am.__aenter__).__name__)
print(type(am.__len__).__name__)

# async magic methods on MagicMock
mm = MagicMock()
print(type(mm.__aenter__).__name__, type(mm.__aexit__).__name__,
      type(mm.__anext__).__name__, type(mm.__aiter__).__name__)


async def use_ctx(m):
    async with m as v:
        return r(v)

print(run(use_ctx(mm)))
mm.__aenter__.return_value = 'entered'
print(run(use_ctx(mm)))
mm.__aenter__.assert_awaited()
print(mm.__aexit__.await_count, mm.__aexit__.call_args)


async def collect(m):
    out = []
    async for item in m:
        out.append(item)
    return out

mm = MagicMock()
print(run(collect(mm)))
mm.__aiter__.return_value = [1, 2, 3]
print(run(collect(mm)), run(collect(mm)))
mm.__aiter__.return_value = iter(['a'])
print(run(collect(mm)), run(collect(mm)))


# spec with async methods
class Service:
    async def fetch(self, key):
        return key

    def sync(self):
        return 1

sm = Mock(spec=Service)
print(type(sm.fetch).__name__, type(sm.sync).__name__)
mm = MagicMock(Service)
print(type(mm.fetch).__name__, run(mm.fetch('k')) is mm.fetch.return_value)
m = Mock(spec=real)
print(type(m).__name__ , r(m), inspect.iscoroutinefunction(m))
nm = NonCallableMock(spec=real)
print(r(nm))
auto = create_autospec(Service)
inst = auto()
print(type(inst.fetch).__name__, inspect.iscoroutinefunction(inst.fetch))
print(run(inst.fetch('a')) is inst.fetch.return_value)
show('async sig', lambda: run(inst.fetch()))
inst.fetch.assert_awaited_once_with('a')
af = create_autospec(real, return_value=7)
print(run(af(1, 2)))
af.assert_awaited_once_with(1, 2)
af.assert_awaited_once_with(a=1, b=2)
show('af with', lambda: af.assert_awaited_with(1, 3))
show('af not awaited', af.assert_not_awaited)
show('af has', lambda: af.assert_has_awaits([call(1, 3)]))
print(af.await_count, af.await_args)


async def target_coro(x):
    return 'real'


@patch('__main__.target_coro')
async def patched_test(mock_coro):
    value = await target_coro(1)
    mock_coro.assert_awaited_once_with(1)
    return type(mock_coro).__name__, r(value)

print(inspect.iscoroutinefunction(patched_test), run(patched_test()))


@patch.dict('__main__.__dict__', {'extra': 1})
async def with_dict():
    return extra

print(run(with_dict()), 'extra' in globals())

with patch('__main__.target_coro', new_callable=AsyncMock, return_value='p') as m:
    print(run(target_coro(1)), r(m))
print(run(target_coro(1)))

# AsyncMock as a side_effect iterator that ends
am = AsyncMock(side_effect=iter([1]))
print(run(am()))
show('stop async', lambda: run(am()))
# reset keeps working, await_args_list ANY
am = AsyncMock()
run(am(1))
run(am(2))
am.assert_has_awaits([call(ANY), call(2)])
print(am.await_args_list, am.mock_calls)
