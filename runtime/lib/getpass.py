"""The user's login name, and (not available here) password prompts."""

import os

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    """Return the login name from the LOGNAME, USER, LNAME or USERNAME environment
    variable (the first one set); OSError when none is."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    # The password database is not available in this build.
    raise OSError('No username set in the environment')


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password without echo (not available: needs terminal control)."""
    raise NotImplementedError('getpass.getpass() is not available in Weft '
                              '(no terminal control)')
