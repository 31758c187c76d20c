# unittest.mock.mock_open(): a mock standing in for the builtin open().

import io

from ._base import DEFAULT
from ._mocks import MagicMock

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def _ensure_specs():
    global file_spec, open_spec
    import _io
    if file_spec is None:
        names = set(dir(_io.TextIOWrapper)) | set(dir(_io.BytesIO))
        file_spec = list(names)
    if open_spec is None:
        open_spec = list(set(dir(_io.open)))


def mock_open(mock=None, read_data=''):
    """Create (or configure) a mock replacing open(), usable directly or as
    a context manager.  The file handle it returns serves read_data (str or
    bytes) through read(), readline(), readlines() and iteration; every
    call of the mock starts the data afresh."""
    # state[0]: the stream being read; state[1]: the readline generator
    state = [_to_stream(read_data), None]

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def iter_effect():
        fixed = handle.readline.return_value
        if fixed is not None:
            while True:
                yield fixed
        yield from state[0]

    def readline_effect(*args, **kwargs):
        yield from iter_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def next_effect():
        fixed = handle.readline.return_value
        if fixed is not None:
            return fixed
        return next(state[0])

    def exit_effect(exctype, excinst, exctb):
        handle.close()

    _ensure_specs()
    if mock is None:
        mock = MagicMock(spec=open_spec, name='open')

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    handle.read.side_effect = read_effect
    state[1] = readline_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = iter_effect
    handle.__next__.side_effect = next_effect
    handle.__exit__.side_effect = exit_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        # a readline side effect set by the user is left alone
        if handle.readline.side_effect == state[1]:
            state[1] = readline_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
