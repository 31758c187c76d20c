import getpass
import os
saved = {k: os.environ.get(k) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
for k in saved:
    os.environ.pop(k, None)
os.environ['USERNAME'] = 'dave'
print(getpass.getuser())
os.environ['USER'] = 'carol'
print(getpass.getuser())
os.environ['LOGNAME'] = 'alice'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for k, v in saved.items():
    if v is None:
        os.environ.pop(k, None)
    else:
        os.environ[k] = v
print(issubclass(getpass.GetPassWarning, UserWarning), sorted(getpass.__all__))
