# asyncio subprocesses: create_subprocess_exec/_shell, communicate, streams,
# signals, return codes, subprocess protocols, argument checks.
import asyncio
import signal
import sys

PY = sys.executable
PIPE = asyncio.subprocess.PIPE


def show(label, e):
    print(label, type(e).__name__, e)


async def communicate():
    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'import sys; data = sys.stdin.read(); print(data.upper()); '
                  'print("to stderr", file=sys.stderr); sys.exit(3)',
        stdin=PIPE, stdout=PIPE, stderr=PIPE)
    print(type(p).__name__, p.returncode, p.pid > 0)
    out, err = await p.communicate(b'some input')
    print(out, err, p.returncode)
    sys.stdout.flush()  # the child writes to the same stdout
    p = await asyncio.create_subprocess_exec(PY, '-c', 'print("no pipes")')
    print(await p.communicate(), p.returncode)
    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'import sys; print("out"); print("err", file=sys.stderr)',
        stdout=PIPE, stderr=asyncio.subprocess.STDOUT)
    out, err = await p.communicate()
    print(sorted(out.split()), err)
    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'print("hidden")', stdout=asyncio.subprocess.DEVNULL)
    print(await p.communicate(), await p.wait())
    big = b'y' * 300000
    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'import sys; d = sys.stdin.buffer.read(); '
                  'sys.stdout.buffer.write(d[::-1])',
        stdin=PIPE, stdout=PIPE)
    out, _ = await p.communicate(big)
    print('big', len(out), out == big[::-1], p.returncode)


async def shell():
    p = await asyncio.create_subprocess_shell('echo hello; echo oops >&2; exit 7',
                                              stdout=PIPE, stderr=PIPE)
    out, err = await p.communicate()
    print(out, err, p.returncode)
    p = await asyncio.create_subprocess_shell('read x; echo "got $x"', stdin=PIPE,
                                              stdout=PIPE)
    print(await p.communicate(b'line\n'))


async def streaming():
    p = await asyncio.create_subprocess_exec(
        PY, '-u', '-c',
        'import sys\nfor line in sys.stdin:\n    print(line.strip()[::-1], flush=True)',
        stdin=PIPE, stdout=PIPE)
    print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
    for word in (b'alpha', b'beta', b'gamma'):
        p.stdin.write(word + b'\n')
        await p.stdin.drain()
        print(await p.stdout.readline())
    p.stdin.close()
    await p.stdin.wait_closed()
    print('rest', await p.stdout.read())
    print('exit', await p.wait(), p.returncode)


async def signals():
    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'import time; print("ready", flush=True); time.sleep(30)',
        stdout=PIPE)
    print(await p.stdout.readline())
    p.terminate()
    print('terminated', await p.wait() == -signal.SIGTERM)
    p = await asyncio.create_subprocess_exec(PY, '-c', 'import time; time.sleep(30)')
    p.kill()
    print('killed', await p.wait() == -signal.SIGKILL)
    p = await asyncio.create_subprocess_exec(PY, '-c', 'import time; time.sleep(30)',
                                             stderr=asyncio.subprocess.DEVNULL)
    p.send_signal(signal.SIGINT)
    print('interrupted', await p.wait() != 0)
    try:
        p.kill()
    except ProcessLookupError as e:
        print('kill after exit', type(e).__name__, p.returncode != 0)


async def timeouts():
    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'import time; time.sleep(30)', stdout=PIPE)
    try:
        await asyncio.wait_for(p.stdout.read(), 0.1)
    except TimeoutError:
        print('read timed out')
    try:
        await asyncio.wait_for(p.wait(), 0.05)
    except TimeoutError:
        print('wait timed out', p.returncode)
    p.kill()
    await p.wait()
    print('rest', await p.stdout.read())


async def concurrent():
    async def run(i):
        p = await asyncio.create_subprocess_exec(
            PY, '-c', f'import sys; print({i} * {i}); sys.exit({i})', stdout=PIPE)
        out, _ = await p.communicate()
        return int(out), p.returncode

    print(await asyncio.gather(*[run(i) for i in range(8)]))


class Proto(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.output = {1: b'', 2: b''}

    def connection_made(self, transport):
        self.events.append('made')

    def pipe_data_received(self, fd, data):
        self.output[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(f'pipe {fd} lost')

    def process_exited(self):
        self.events.append('exited')

    def connection_lost(self, exc):
        self.events.append('lost')
        self.done.set_result(None)


async def protocols():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(
        lambda: Proto(done), PY, '-c',
        'import sys; print("o"); print("e", file=sys.stderr); sys.exit(5)',
        stdin=None)
    print(type(transport).__name__, isinstance(transport, asyncio.SubprocessTransport))
    print('stdin pipe', transport.get_pipe_transport(0),
          'stdout pipe', transport.get_pipe_transport(1) is not None)
    await done
    print(proto.events[0], sorted(proto.events[1:-1]), proto.events[-1])
    print(proto.output, transport.get_returncode())
    print('pid', transport.get_pid() > 0)
    transport.close()
    for kwargs in ({'bufsize': 1}, {'text': True}, {'universal_newlines': True},
                   {'encoding': 'utf-8'}, {'errors': 'strict'}, {'shell': True}):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, PY, **kwargs)
        except ValueError as e:
            show(list(kwargs)[0], e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ['echo'])
    except ValueError as e:
        show('shell list', e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, 'true', shell=False)
    except ValueError as e:
        show('shell False', e)
    try:
        await asyncio.create_subprocess_exec('/nonexistent/program')
    except FileNotFoundError as e:
        print('missing program', type(e).__name__)


async def main():
    for step in (communicate, shell, streaming, signals, timeouts, concurrent,
                 protocols):
        print('--', step.__name__)
        await step()


asyncio.run(main())
