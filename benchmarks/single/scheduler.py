# Scheduler simulation in the style of the Richards benchmark: a kernel runs the highest
# priority ready task; an idle task wakes two devices in turn, a worker fills packets for
# two handlers, handlers feed the devices, devices hand the packets back. Packets move
# through per-task queues; the run ends when the idle task's budget is spent.
import sys

KIND_WORK, KIND_DEVICE = 0, 1


class Packet:
    __slots__ = ('kind', 'owner', 'datum', 'data')

    def __init__(self, kind, owner):
        self.kind = kind
        self.owner = owner
        self.datum = 0
        self.data = [0, 0, 0, 0]


class Task:
    __slots__ = ('name', 'priority', 'queue', 'held', 'kernel')

    def __init__(self, kernel, name, priority):
        self.kernel = kernel
        self.name = name
        self.priority = priority
        self.queue = []
        self.held = False
        kernel.tasks[name] = self

    def ready(self):
        return not self.held and bool(self.queue)


class Idle(Task):
    __slots__ = ('budget', 'control')

    def __init__(self, kernel, budget):
        super().__init__(kernel, 'idle', 0)
        self.budget = budget
        self.control = 1

    def ready(self):
        return True

    def step(self):
        self.budget -= 1
        if self.budget == 0:
            self.kernel.running = False
            return
        if self.control & 1 == 0:
            self.control >>= 1
            self.kernel.release('devA')
        else:
            self.control = (self.control >> 1) ^ 0xD008
            self.kernel.release('devB')


class Worker(Task):
    __slots__ = ('dest', 'count')

    def __init__(self, kernel):
        super().__init__(kernel, 'worker', 1000)
        self.dest = 'handlerA'
        self.count = 0

    def step(self):
        pkt = self.queue.pop(0)
        self.dest = 'handlerB' if self.dest == 'handlerA' else 'handlerA'
        pkt.datum = 0
        for i in range(4):
            self.count = self.count % 26 + 1
            pkt.data[i] = self.count
        self.kernel.send(pkt, self.dest)


class Handler(Task):
    __slots__ = ('work', 'devices', 'device_name')

    def __init__(self, kernel, name, priority, device_name):
        super().__init__(kernel, name, priority)
        self.work = []
        self.devices = []
        self.device_name = device_name

    def step(self):
        pkt = self.queue.pop(0)
        (self.work if pkt.kind == KIND_WORK else self.devices).append(pkt)
        while self.work and self.devices:
            work = self.work[0]
            if work.datum < 4:
                dev = self.devices.pop(0)
                dev.datum = work.data[work.datum]
                work.datum += 1
                self.kernel.send(dev, self.device_name)
            else:
                self.work.pop(0)
                self.kernel.send(work, 'worker')


class Device(Task):
    __slots__ = ('handler', 'total')

    def __init__(self, kernel, name, priority, handler):
        super().__init__(kernel, name, priority)
        self.handler = handler
        self.total = 0

    def step(self):
        pkt = self.queue.pop(0)
        self.total += pkt.datum
        self.kernel.send(pkt, self.handler)
        self.kernel.hold(self)


class Kernel:
    def __init__(self):
        self.tasks = {}
        self.sent = 0
        self.holds = 0
        self.running = True

    def send(self, pkt, dest):
        self.sent += 1
        self.tasks[dest].queue.append(pkt)

    def hold(self, task):
        self.holds += 1
        task.held = True

    def release(self, name):
        self.tasks[name].held = False

    def run(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        steps = 0
        while self.running:
            for task in order:
                if task.ready():
                    task.step()
                    steps += 1
                    break
        return steps


def simulate(budget):
    k = Kernel()
    Idle(k, budget)
    worker = Worker(k)
    worker.queue.extend([Packet(KIND_WORK, 'worker'), Packet(KIND_WORK, 'worker')])
    for h, d, hp, dp in (('handlerA', 'devA', 2000, 4000), ('handlerB', 'devB', 3000, 5000)):
        handler = Handler(k, h, hp, d)
        handler.queue.extend(Packet(KIND_DEVICE, h) for _ in range(3))
        Device(k, d, dp, h)
    steps = k.run()
    return steps, k.sent, k.holds, k.tasks['devA'].total + k.tasks['devB'].total


def main():
    budget = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    for _ in range(3):
        result = simulate(budget)
    print(*result)


main()
