# asyncio signal handling: add_signal_handler/remove_signal_handler and Ctrl-C in asyncio.run().
import asyncio, os, signal
async def main():
    loop = asyncio.get_running_loop()
    got = []
    loop.add_signal_handler(signal.SIGUSR1, got.append, 'usr1')
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.01)
    print(got, loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    for bad in ('x', 0, 10000):
        try: loop.add_signal_handler(bad, print)
        except (TypeError, ValueError, RuntimeError) as e: print(type(e).__name__, e)
    async def cf(): pass
    try: loop.add_signal_handler(signal.SIGUSR1, cf)
    except TypeError as e: print(type(e).__name__, e)
    os.kill(os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('main cancelled by SIGINT')
        raise
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.getsignal(signal.SIGINT))
