# Warnings about objects (source=): the tracemalloc hint, recording, replaced showwarning.
import sys
import tracemalloc
import warnings


async def never():
    pass


def drop():
    never()


drop()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('with source', ResourceWarning, source=object())
    warnings.warn('plain')
    drop()
print([(type(w.message).__name__, str(w.message), w.source is not None, w.lineno) for w in log])
print(warnings.showwarning is warnings._showwarning_orig)


def mine(message, category, filename, lineno, file=None, line=None):
    print('mine:', category.__name__, message, lineno)


old = warnings.showwarning
warnings.showwarning = mine
warnings.warn('routed', UserWarning, source=[1])
warnings.showwarning = old
sys.stderr = sys.stdout
warnings.warn('to stdout', UserWarning, source=3)
warnings.warn('no source', UserWarning)
sys.stderr = sys.__stderr__
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit(),
      tracemalloc.get_object_traceback(object()))
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
