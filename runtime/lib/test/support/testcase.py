"""TestCase mixins shared by several of the regression tests."""

from math import copysign, isnan


class ExtraAssertions:
    """Assertions about types, attributes and string prefixes."""

    def assertIsSubclass(self, cls, superclass, msg=None):
        if not issubclass(cls, superclass):
            self.fail(self._formatMessage(
                msg, f'{cls!r} is not a subclass of {superclass!r}'))

    def assertNotIsSubclass(self, cls, superclass, msg=None):
        if issubclass(cls, superclass):
            self.fail(self._formatMessage(
                msg, f'{cls!r} is a subclass of {superclass!r}'))

    def assertHasAttr(self, obj, name, msg=None):
        if not hasattr(obj, name):
            self.fail(self._formatMessage(
                msg, f'{obj!r} has no attribute {name!r}'))

    def assertNotHasAttr(self, obj, name, msg=None):
        if hasattr(obj, name):
            self.fail(self._formatMessage(
                msg, f'{obj!r} has unexpected attribute {name!r}'))

    def assertStartsWith(self, s, prefix, msg=None):
        if not s.startswith(prefix):
            self.fail(self._formatMessage(
                msg, f"{s!r} doesn't start with {prefix!r}"))

    def assertNotStartsWith(self, s, prefix, msg=None):
        if s.startswith(prefix):
            self.fail(self._formatMessage(
                msg, f"{s!r} starts with {prefix!r}"))

    def assertEndsWith(self, s, suffix, msg=None):
        if not s.endswith(suffix):
            self.fail(self._formatMessage(
                msg, f"{s!r} doesn't end with {suffix!r}"))

    def assertNotEndsWith(self, s, suffix, msg=None):
        if s.endswith(suffix):
            self.fail(self._formatMessage(
                msg, f"{s!r} ends with {suffix!r}"))


class ExceptionIsLikeMixin:
    """assertExceptionIsLike(): compare exceptions (and exception groups)
    by type and arguments."""

    def assertExceptionIsLike(self, exc, template):
        if exc is None and template is None:
            return
        if template is None:
            self.fail(f"unexpected exception: {exc}")
        if exc is None:
            self.fail(f"expected an exception like {template!r}, got None")
        if not isinstance(exc, ExceptionGroup):
            self.assertEqual(exc.__class__, template.__class__)
            self.assertEqual(exc.args[0], template.args[0])
        else:
            self.assertEqual(exc.message, template.message)
            self.assertEqual(len(exc.exceptions), len(template.exceptions))
            for inner, expected in zip(exc.exceptions, template.exceptions):
                self.assertExceptionIsLike(inner, expected)


class FloatsAreIdenticalMixin:
    """assertFloatsAreIdentical(): equal values, and the same sign for zeros
    (NaNs are identical to NaNs)."""

    def assertFloatsAreIdentical(self, x, y):
        message = "floats {!r} and {!r} are not identical"
        if isnan(x) or isnan(y):
            if isnan(x) and isnan(y):
                return
        elif x == y and (x != 0.0 or copysign(1.0, x) == copysign(1.0, y)):
            return
        self.fail(message.format(x, y))


class ComplexesAreIdenticalMixin(FloatsAreIdenticalMixin):
    """assertComplexesAreIdentical(): both parts identical as floats."""

    def assertComplexesAreIdentical(self, x, y):
        self.assertFloatsAreIdentical(x.real, y.real)
        self.assertFloatsAreIdentical(x.imag, y.imag)
