"""The IDNA codec: internationalised domain names (RFC 3490) with nameprep (RFC 3491).

Each label of a host name is encoded on its own: ASCII labels stay as they are, other
labels go through nameprep and Punycode and get the ACE prefix 'xn--'. Decoding does
the reverse and checks that the result encodes back to the label. Only 'strict'
error handling is supported.

Nameprep normalises with NFKC as Unicode 3.2 defines it. This module gets that from
the current unicodedata.normalize: the few characters whose normalisation has changed
since 3.2 are mapped to their 3.2 forms first, and characters that 3.2 did not assign
(which 3.2 leaves as they are, and which nothing composes with) are kept out of the
normalisation. The result is the same as normalising with the Unicode 3.2 database.
"""

import codecs
import re
import stringprep
import unicodedata

import _stringprep_tables

# Label separators (RFC 3490, section 3.1).
dots = re.compile('[.\u3002\uff0e\uff61]')

# The ACE prefix (RFC 3490, section 5).
ace_prefix = b'xn--'
sace_prefix = 'xn--'

_MAX_LABEL = 63

# What converting a label may raise.
_LABEL_ERRORS = (UnicodeEncodeError, UnicodeDecodeError)


def _unassigned_3_2(ch):
    return stringprep.in_table_a1(ch) or stringprep.in_table_c4(ch)


def _nfkc_3_2(text):
    # NFKC of text under Unicode 3.2 (see the module's documentation).
    changed = _stringprep_tables.NFKC_3_2
    if not any(ord(c) in changed or _unassigned_3_2(c) for c in text):
        return unicodedata.normalize('NFKC', text)
    pieces = []
    run = []
    for c in text:
        if _unassigned_3_2(c):
            pieces.append(unicodedata.normalize('NFKC', ''.join(run)))
            pieces.append(c)
            run = []
        else:
            run.append(changed.get(ord(c), c))
    pieces.append(unicodedata.normalize('NFKC', ''.join(run)))
    return ''.join(pieces)


def _prohibited(c):
    return (stringprep.in_table_c12(c) or stringprep.in_table_c22(c)
            or stringprep.in_table_c3(c) or stringprep.in_table_c4(c)
            or stringprep.in_table_c5(c) or stringprep.in_table_c6(c)
            or stringprep.in_table_c7(c) or stringprep.in_table_c8(c)
            or stringprep.in_table_c9(c))


def nameprep(label):
    """Prepare one label by RFC 3491 (unassigned code points are allowed)."""
    mapped = ''.join(stringprep.map_table_b2(c) for c in label
                     if not stringprep.in_table_b1(c))
    label = _nfkc_3_2(mapped)
    for i, c in enumerate(label):
        if _prohibited(c):
            raise UnicodeEncodeError('idna', label, i, i + 1, f'Invalid character {c!r}')
    # Bidirectional text (RFC 3454, section 6).
    rtl = [stringprep.in_table_d1(c) for c in label]
    if any(rtl):
        for i, c in enumerate(label):
            if stringprep.in_table_d2(c):
                raise UnicodeEncodeError('idna', label, i, i + 1,
                                         'Violation of BIDI requirement 2')
        if not rtl[0]:
            raise UnicodeEncodeError('idna', label, 0, 1, 'Violation of BIDI requirement 3')
        if not rtl[-1]:
            raise UnicodeEncodeError('idna', label, len(label) - 1, len(label),
                                     'Violation of BIDI requirement 3')
    return label


def _ascii_label(label):
    # The bytes of an ASCII label, which must be 1 to 63 characters long.
    if 0 < len(label) <= _MAX_LABEL:
        return label.encode('ascii')
    if not label:
        raise UnicodeEncodeError('idna', label, 0, 1, 'label empty')
    raise UnicodeEncodeError('idna', label, 0, len(label), 'label too long')


def ToASCII(label):
    """Convert one label (str) to its ASCII form (bytes), as RFC 3490 section 4.1."""
    if label.isascii():
        return _ascii_label(label)
    label = nameprep(label)
    if label.isascii():
        return _ascii_label(label)
    if label.lower().startswith(sace_prefix):
        raise UnicodeEncodeError('idna', label, 0, len(sace_prefix),
                                 'Label starts with ACE prefix')
    result = ace_prefix + label.encode('punycode')
    if len(result) <= _MAX_LABEL:
        return result
    raise UnicodeEncodeError('idna', label, 0, len(label), 'label too long')


def ToUnicode(label):
    """Convert one label (str or bytes) to Unicode, as RFC 3490 section 4.2."""
    if len(label) > 1024:
        # Longer input cannot give a valid label; refuse it before any work.
        if isinstance(label, str):
            label = label.encode('utf-8', errors='backslashreplace')
        raise UnicodeDecodeError('idna', label, 0, len(label), 'label way too long')
    if not isinstance(label, bytes):
        if label.isascii():
            label = label.encode('ascii')
        else:
            label = nameprep(label)
            try:
                label = label.encode('ascii')
            except UnicodeEncodeError as exc:
                raise UnicodeEncodeError('idna', label, exc.start, exc.end,
                                         'Invalid character in IDN label')
    if not label.lower().startswith(ace_prefix):
        return str(label, 'ascii')
    try:
        result = label[len(ace_prefix):].decode('punycode')
    except UnicodeDecodeError as exc:
        skip = len(ace_prefix)
        raise UnicodeDecodeError('idna', label, skip + exc.start, skip + exc.end, exc.reason)
    # The label must come back from the result unchanged (but for case).
    again = ToASCII(result)
    if str(label, 'ascii').lower() != str(again, 'ascii'):
        raise UnicodeDecodeError('idna', label, 0, len(label),
                                 f"IDNA does not round-trip, '{label!r}' != '{again!r}'")
    return result


def _check_errors(errors, message=None):
    if errors != 'strict':
        raise UnicodeError(message or f'Unsupported error handling: {errors}')


def _split_last(labels, final, dot):
    # Drop an empty last label (a trailing dot) or, before the end of the input, a
    # last label that may still grow; returns the text to add after the labels.
    if not labels:
        return dot[:0]
    if not labels[-1]:
        del labels[-1]
        return dot
    if not final:
        del labels[-1]
        if labels:
            return dot
    return dot[:0]


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        _check_errors(errors)
        if not input:
            return b'', 0
        if input.isascii():
            # A plain host name: only check the lengths of its labels.
            result = input.encode('ascii')
            labels = result.split(b'.')
            offsets = []
            offset = 0
            for label in labels:
                offsets.append(offset)
                offset += len(label) + 1
            for i, label in enumerate(labels[:-1]):
                if not label:
                    raise UnicodeEncodeError('idna', input, offsets[i], offsets[i] + 1,
                                             'label empty')
            for i, label in enumerate(labels):
                if len(label) > _MAX_LABEL:
                    raise UnicodeEncodeError('idna', input, offsets[i],
                                             offsets[i] + len(label), 'label too long')
            return result, len(input)
        labels = dots.split(input)
        tail = _split_last(labels, True, b'.')
        out = bytearray()
        offset = 0
        for label in labels:
            if out:
                out += b'.'
            try:
                out += ToASCII(label)
            except _LABEL_ERRORS as exc:
                raise UnicodeEncodeError('idna', input, offset + exc.start,
                                         offset + exc.end, exc.reason)
            offset += len(label) + 1
        return bytes(out + tail), len(input)

    def decode(self, input, errors='strict'):
        _check_errors(errors)
        if not input:
            return '', 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input.lower() and input.isascii():
            return input.decode('ascii'), len(input)
        labels = input.split(b'.')
        tail = '.' if labels and not labels[-1] else ''
        if tail:
            del labels[-1]
        out = []
        offset = 0
        for label in labels:
            try:
                out.append(ToUnicode(label))
            except _LABEL_ERRORS as exc:
                raise UnicodeDecodeError('idna', input, offset + exc.start,
                                         offset + exc.end, exc.reason)
            offset += len(label) + 1
        return '.'.join(out) + tail, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        _check_errors(errors)
        if not input:
            return b'', 0
        labels = dots.split(input)
        tail = _split_last(labels, final, b'.')
        out = bytearray()
        size = 0
        for label in labels:
            if size:
                out += b'.'
                size += 1
            try:
                out += ToASCII(label)
            except _LABEL_ERRORS as exc:
                raise UnicodeEncodeError('idna', input, size + exc.start, size + exc.end,
                                         exc.reason)
            size += len(label)
        return bytes(out + tail), size + len(tail)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        # This message names the handling literally as '{errors}'.
        _check_errors(errors, 'Unsupported error handling: {errors}')
        if not input:
            return '', 0
        if isinstance(input, str):
            labels = dots.split(input)
        else:
            try:
                input = str(input, 'ascii')
            except _LABEL_ERRORS as exc:
                raise UnicodeDecodeError('idna', input, exc.start, exc.end, exc.reason)
            labels = input.split('.')
        tail = _split_last(labels, final, '.')
        out = []
        size = 0
        for label in labels:
            try:
                out.append(ToUnicode(label))
            except _LABEL_ERRORS as exc:
                raise UnicodeDecodeError('idna', input.encode('ascii', errors='backslashreplace'),
                                         size + exc.start, size + exc.end, exc.reason)
            if size:
                size += 1
            size += len(label)
        return '.'.join(out) + tail, size + len(tail)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='idna', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
