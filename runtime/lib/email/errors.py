# email.errors: exception and defect classes used by the email package.
#
# Exceptions (MessageError and below) are raised.  Defects (MessageDefect
# and below) are normally not raised: the parser records them in the
# .defects list of the message or header where the problem was seen, and
# the policy decides whether to raise them instead.


# ------------------------------------------------------------- exceptions

class MessageError(Exception):
    """Root of the exceptions that the email package raises."""


class MessageParseError(MessageError):
    """Raised when input cannot be turned into a message."""


class HeaderParseError(MessageParseError):
    """Raised when a header value does not follow the expected syntax."""


class BoundaryError(MessageParseError):
    """Raised when a multipart body has no usable boundary."""


class MultipartConversionError(MessageError, TypeError):
    """Raised when attaching to a message whose payload is not a list."""


class CharsetError(MessageError):
    """Raised for a character set name that cannot be used."""


class HeaderWriteError(MessageError):
    """Raised by the generator when a folded header would be unsafe to
    write (see policy.verify_generated_headers)."""


# ---------------------------------------------------------------- defects

class MessageDefect(ValueError):
    """Root of the defect classes; line is the offending input, if known."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


# defects in the structure of a message

class NoBoundaryInMultipartDefect(MessageDefect):
    """Content-Type is multipart/* but has no boundary parameter."""

class StartBoundaryNotFoundDefect(MessageDefect):
    """No line of a multipart body matched the opening boundary."""

class CloseBoundaryNotFoundDefect(MessageDefect):
    """The body ended before the closing boundary line."""

class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The header block began with an indented (continuation) line."""

class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' envelope line was found after the first header."""

class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line in the header block had neither a colon nor indentation;
    it is taken as the start of the body."""

MalformedHeaderDefect = MissingHeaderBodySeparatorDefect

class MultipartInvariantViolationDefect(MessageDefect):
    """A message declared as multipart ended up with a string payload."""

class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart container declared an encoding other than 7bit, 8bit
    or binary."""

class UndecodableBytesDefect(MessageDefect):
    """Bytes in the input could not be decoded as text."""

class InvalidBase64PaddingDefect(MessageDefect):
    """Base64 data lacked '=' padding; it was decoded anyway."""

class InvalidBase64CharactersDefect(MessageDefect):
    """Base64 data contained characters outside the base64 alphabet;
    they were skipped."""

class InvalidBase64LengthDefect(MessageDefect):
    """Base64 data had a number of characters that no encoder produces
    (one more than a multiple of four)."""


# defects in header values

class HeaderDefect(MessageDefect):
    """Root of the defects found inside a single header value."""

class InvalidHeaderDefect(HeaderDefect):
    """The value breaks the header's syntax; the text says how."""

class HeaderMissingRequiredValue(HeaderDefect):
    """The header is present but its mandatory value is empty."""

class NonPrintableDefect(HeaderDefect):
    """The value contains ASCII control characters."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return ("the following ASCII non-printables found in header: "
                f"{self.non_printables}")

class ObsoleteHeaderDefect(HeaderDefect):
    """The value uses syntax that RFC 5322 keeps only for reading."""

class NonASCIILocalPartDefect(HeaderDefect):
    """The part of an address before the '@' is not plain ASCII."""

class InvalidDateDefect(HeaderDefect):
    """A date header whose value is not a valid RFC 5322 date."""
