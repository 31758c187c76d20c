# quopri: quoted-printable encoding and decoding (RFC 1521, and the
# RFC 1522 header variant in which "_" stands for a space).

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None


def needsquoting(c, quotetabs, header):
    """True when the single byte *c* must be written as =XX.  Spaces and
    tabs are quoted only with *quotetabs* (at line ends they always are,
    by encode())."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        # "_" means a space in header mode
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """Return the =XX form of the single byte *c*."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def _encode_lines(input, output, quotetabs, header):
    # Line-by-line encoder used when binascii offers no b2a_qp.
    def write(s, lineEnd=b'\n'):
        # a trailing space or tab must be quoted; so must a lone "."
        last = s[-1:]
        if last == b' ' or last == b'\t':
            s = s[:-1] + quote(last)
        elif s == b'.':
            s = quote(s)
        output.write(s + lineEnd)

    prevline = None
    stripped = b''
    while True:
        line = input.readline()
        if not line:
            break
        stripped = b''
        if line[-1:] == b'\n':
            line = line[:-1]
            stripped = b'\n'
        outline = []
        for c in line:
            c = bytes((c,))
            if needsquoting(c, quotetabs, header):
                c = quote(c)
            outline.append(b'_' if header and c == b' ' else c)
        if prevline is not None:
            write(prevline)
        thisline = EMPTYSTRING.join(outline)
        # soft line breaks keep lines within MAXLINESIZE (the "=" counts)
        while len(thisline) > MAXLINESIZE:
            write(thisline[:MAXLINESIZE - 1], lineEnd=b'=\n')
            thisline = thisline[MAXLINESIZE - 1:]
        prevline = thisline
    if prevline is not None:
        write(prevline, lineEnd=stripped)


def encode(input, output, quotetabs, header=False):
    """Encode the binary file *input* into the binary file *output*.

    *quotetabs* quotes embedded spaces and tabs too; *header* writes
    spaces as "_" (RFC 1522)."""
    if b2a_qp is not None:
        output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))
        return
    _encode_lines(input, output, quotetabs, header)


def encodestring(s, quotetabs=False, header=False):
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    encode(infp, outfp, quotetabs, header)
    return outfp.getvalue()


def _decode_lines(input, output, header):
    # Line-by-line decoder used when binascii offers no a2b_qp.
    new = b''
    while True:
        line = input.readline()
        if not line:
            break
        i, n = 0, len(line)
        if n > 0 and line[n - 1:n] == b'\n':
            partial = 0
            n -= 1
            # trailing whitespace is not part of the data
            while n > 0 and line[n - 1:n] in b" \t\r":
                n -= 1
        else:
            partial = 1
        while i < n:
            c = line[i:i + 1]
            if c == b'_' and header:
                new += b' '
                i += 1
            elif c != ESCAPE:
                new += c
                i += 1
            elif i + 1 == n and not partial:
                # "=" at the end of a line: soft line break
                partial = 1
                break
            elif i + 1 < n and line[i + 1:i + 2] == ESCAPE:
                new += ESCAPE
                i += 2
            elif (i + 2 < n and ishex(line[i + 1:i + 2])
                    and ishex(line[i + 2:i + 3])):
                new += bytes((unhex(line[i + 1:i + 3]),))
                i += 3
            else:
                # a malformed escape is kept as it is
                new += c
                i += 1
        if not partial:
            output.write(new + b'\n')
            new = b''
    if new:
        output.write(new)


def decode(input, output, header=False):
    """Decode the binary file *input* into the binary file *output*;
    with *header*, "_" decodes to a space."""
    if a2b_qp is not None:
        output.write(a2b_qp(input.read(), header=header))
        return
    _decode_lines(input, output, header)


def decodestring(s, header=False):
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    decode(infp, outfp, header=header)
    return outfp.getvalue()


def ishex(c):
    """True when the single byte *c* is an ASCII hex digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """Value of the hexadecimal digits in the bytes *s*."""
    bits = 0
    for c in s:
        digit = bytes((c,))
        assert ishex(digit), "non-hex digit " + repr(digit)
        bits = bits * 16 + int(digit, 16)
    return bits


def main():
    import sys
    import getopt
    try:
        switches, names = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as exc:
        sys.stdout = sys.stderr
        sys.stderr.write("%s\nusage: quopri [-t | -d] [file] ...\n"
                         "-t: quote tabs\n"
                         "-d: decode; default encode\n" % (exc,))
        sys.exit(2)
    given = {flag for flag, _value in switches}
    decoding, quote_tabs = '-d' in given, '-t' in given
    if decoding and quote_tabs:
        sys.stdout = sys.stderr
        sys.stderr.write("-t and -d are mutually exclusive\n")
        sys.exit(2)
    failed = False
    sink = sys.stdout.buffer
    for name in names or ['-']:
        if name == '-':
            _convert(sys.stdin.buffer, sink, decoding, quote_tabs)
            continue
        try:
            src = open(name, "rb")
        except OSError as exc:
            sys.stderr.write("%s: can't open (%s)\n" % (name, exc))
            failed = True
            continue
        with src:
            _convert(src, sink, decoding, quote_tabs)
    if failed:
        sys.exit(1)


def _convert(src, sink, decoding, quote_tabs):
    if decoding:
        decode(src, sink)
    else:
        encode(src, sink, quote_tabs)


if __name__ == '__main__':
    main()
