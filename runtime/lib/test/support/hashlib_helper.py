"""hashlib helpers for Weft's regression tests."""

import functools
import hashlib
import unittest


def _digest_available(digestname, usedforsecurity):
    try:
        try:
            hashlib.new(digestname, usedforsecurity=usedforsecurity)
        except TypeError:
            hashlib.new(digestname)
    except ValueError:
        return False
    return True


def requires_hashdigest(digestname, openssl=None, usedforsecurity=True):
    """Decorator for a test function or class: skip it when hashlib cannot
    compute *digestname*.  (Weft has no OpenSSL; *openssl* is ignored.)"""
    def decorator(func_or_class):
        if isinstance(func_or_class, type):
            cls = func_or_class
            original = cls.__dict__.get('setUpClass')
            if original is None:
                def setUpClass(klass):
                    super(cls, klass).setUpClass()
                setUpClass.__qualname__ = cls.__qualname__ + '.setUpClass'
                setUpClass.__module__ = cls.__module__
            else:
                setUpClass = original.__func__
            cls.setUpClass = classmethod(decorator(setUpClass))
            return cls

        @functools.wraps(func_or_class)
        def wrapper(*args, **kwargs):
            if not _digest_available(digestname, usedforsecurity):
                raise unittest.SkipTest(
                    f"hash digest '{digestname}' is not available.")
            return func_or_class(*args, **kwargs)
        return wrapper
    return decorator
