# sys.audit/addaudithook, sys._getframemodulename, sys.getfilesystemencodeerrors.
import sys

events = []


def hook(event, args):
    if event.startswith('test.'):
        events.append((event, args))


print(sys.audit('test.nothing-yet', 1))
sys.addaudithook(hook)
sys.audit('test.one')
sys.audit('test.two', 1, 'x', None)
print(events)


def veto(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')


sys.addaudithook(veto)
print(sys.addaudithook(lambda e, a: events.append('never')))
sys.audit('test.three')
print(events[-1])


def strict(event, args):
    if event == 'test.forbidden':
        raise PermissionError(f'{event} refused')


for h in ():
    pass
try:
    sys.addaudithook(strict)
except RuntimeError:
    print('vetoed')
for bad in ((), (5,)):
    try:
        sys.audit(*bad)
    except TypeError as e:
        print('TypeError', e)
print(sys._getframemodulename(), sys._getframemodulename(0), sys._getframemodulename(depth=0))


def inner():
    return sys._getframemodulename(1), sys._getframemodulename(50)


print(inner())
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
