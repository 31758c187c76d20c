"""asyncio: an event loop, futures, tasks and synchronisation for coroutines.

The event loop runs callbacks and timers in a single thread (see base_events). There
are no sockets, pipes or subprocesses: the functions for streams, servers and
subprocesses raise NotImplementedError.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .runners import *
from .queues import *
from .streams import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *
from .unix_events import *

from . import base_events, coroutines, events, exceptions, futures, locks, protocols
from . import runners, queues, streams, tasks, taskgroups, timeouts, threads, transports

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           runners.__all__ +
           queues.__all__ +
           streams.__all__ +
           tasks.__all__ +
           taskgroups.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           unix_events.__all__)
