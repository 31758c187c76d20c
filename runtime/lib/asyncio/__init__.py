"""asyncio: an event loop, futures, tasks and synchronisation for coroutines.

The event loop (see base_events and selector_events) runs callbacks, timers and
I/O callbacks in a single thread; on top of it come transports and protocols for
sockets, pipes and subprocesses, and streams. There is no SSL.
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
from .subprocess import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *
from .unix_events import *

from . import base_events, coroutines, events, exceptions, futures, locks, protocols
from . import runners, queues, streams, subprocess, tasks, taskgroups, timeouts, threads
from . import transports

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
           subprocess.__all__ +
           tasks.__all__ +
           taskgroups.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           unix_events.__all__)
