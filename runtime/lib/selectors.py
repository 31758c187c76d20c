"""High-level I/O multiplexing over the select module: SelectSelector, PollSelector,
EpollSelector and DefaultSelector (the best one Linux offers, epoll)."""

import math
import select
import sys
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'BaseSelector', 'SelectorKey', 'SelectSelector',
           'PollSelector', 'EpollSelector', 'DefaultSelector']

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = 'SelectorKey(fileobj, fd, events, data)\n\nA registered file object.'


def _fileobj_to_fd(fileobj):
    """The descriptor of an int or of an object with fileno()."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None
    if fd < 0:
        raise ValueError(f'Invalid file descriptor: {fd}')
    return fd


class _KeyView(Mapping):
    """The read-only file object -> key mapping get_map() returns."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._keys)

    def __getitem__(self, fileobj):
        fd = self._selector._lookup_fd(fileobj)
        try:
            return self._selector._keys[fd]
        except KeyError:
            raise KeyError(f'{fileobj!r} is not registered') from None

    def __iter__(self):
        return iter(self._selector._keys)


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: register file objects for events, then select()."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f'{fileobj!r} is not registered') from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _Selector(BaseSelector):
    """Bookkeeping shared by the concrete selectors: keys by descriptor."""

    def __init__(self):
        self._keys = {}
        self._view = _KeyView(self)

    def _lookup_fd(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # A closed file object: find it among the registered ones.
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f'Invalid events: {events!r}')
        key = SelectorKey(fileobj, self._lookup_fd(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError(f'{fileobj!r} (FD {key.fd}) is already registered')
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._lookup_fd(fileobj))
        except KeyError:
            raise KeyError(f'{fileobj!r} is not registered') from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._keys[self._lookup_fd(fileobj)]
        except KeyError:
            raise KeyError(f'{fileobj!r} is not registered') from None
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._keys[key.fd] = key
        return key

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view

    def _ready(self, fd, mask):
        key = self._keys.get(fd)
        return None if key is None else (key, mask & key.events)


class SelectSelector(_Selector):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        try:
            readable, writable, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return []
        readable, writable = set(readable), set(writable)
        out = []
        for fd in readable | writable:
            mask = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
            ready = self._ready(fd, mask)
            if ready is not None:
                out.append(ready)
        return out


class _PollLike(_Selector):
    """Selectors over poll-style objects (poll, epoll): register/modify/unregister/poll."""

    _READ = _WRITE = 0

    def _mask(self, events):
        return (self._READ if events & EVENT_READ else 0) | (
            self._WRITE if events & EVENT_WRITE else 0)

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._poller.register(key.fd, self._mask(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._poller.unregister(key.fd)
        except OSError:
            pass  # the descriptor may already be closed
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._keys[self._lookup_fd(fileobj)]
        except KeyError:
            raise KeyError(f'{fileobj!r} is not registered') from None
        if events != key.events:
            if not events or events & ~(EVENT_READ | EVENT_WRITE):
                raise ValueError(f'Invalid events: {events!r}')
            self._poller.modify(key.fd, self._mask(events))
            key = key._replace(events=events, data=data)
            self._keys[key.fd] = key
        elif data != key.data:
            key = key._replace(data=data)
            self._keys[key.fd] = key
        return key

    def _events_of(self, mask):
        return (EVENT_READ if mask & ~self._WRITE else 0) | (
            EVENT_WRITE if mask & ~self._READ else 0)

    def select(self, timeout=None):
        try:
            pairs = self._wait(timeout)
        except InterruptedError:
            return []
        out = []
        for fd, mask in pairs:
            ready = self._ready(fd, self._events_of(mask))
            if ready is not None:
                out.append(ready)
        return out


class PollSelector(_PollLike):
    """A selector over select.poll()."""

    _READ = select.POLLIN
    _WRITE = select.POLLOUT

    def __init__(self):
        super().__init__()
        self._poller = select.poll()

    def _wait(self, timeout):
        if timeout is None:
            ms = None
        elif timeout <= 0:
            ms = 0
        else:
            ms = math.ceil(timeout * 1e3)
        return self._poller.poll(ms)


class EpollSelector(_PollLike):
    """A selector over select.epoll()."""

    _READ = select.EPOLLIN
    _WRITE = select.EPOLLOUT

    def __init__(self):
        super().__init__()
        self._poller = select.epoll()

    def fileno(self):
        return self._poller.fileno()

    def _wait(self, timeout):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            timeout = math.ceil(timeout * 1e3) * 1e-3
        return self._poller.poll(timeout, max(len(self._keys), 1))

    def close(self):
        self._poller.close()
        super().close()


DefaultSelector = EpollSelector
