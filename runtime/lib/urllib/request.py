"""Opening URLs.

Network access needs sockets, which this runtime does not provide, so
urlopen() and the opener machinery raise NotImplementedError.  The
helpers that need no network (pathname2url, url2pathname) work.
"""

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import quote, unquote

__all__ = ['urlopen', 'pathname2url', 'url2pathname', 'URLError', 'HTTPError',
           'ContentTooShortError']


def urlopen(url, data=None, timeout=None, *, context=None):
    """Open the URL url; not available without socket support."""
    raise NotImplementedError('urllib.request.urlopen: network access is not supported')


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Retrieve a URL into a file; not available without socket support."""
    raise NotImplementedError('urllib.request.urlretrieve: network access is not supported')


def build_opener(*handlers):
    raise NotImplementedError('urllib.request.build_opener: network access is not supported')


def install_opener(opener):
    raise NotImplementedError('urllib.request.install_opener: network access is not supported')


class Request:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('urllib.request.Request is not supported')


def pathname2url(pathname):
    """Turn a local path into the path part of a 'file:' URL (by quoting it)."""
    return quote(pathname)


def url2pathname(pathname):
    """Turn the path part of a 'file:' URL back into a local path (unquoting)."""
    return unquote(pathname)
