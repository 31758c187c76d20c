"""Read and write tabular data in CSV (comma separated values) format.

The parser, writer and dialect registry live in _csv; this module adds the
class-based dialects, the dictionary reader and writer, and the Sniffer,
which guesses the format of a sample.
"""

import re
import types
from io import StringIO

from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                  QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL)
from _csv import Dialect as _Dialect

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Base class for dialects defined as classes.

    A subclass (csv.excel is one) sets the formatting attributes below as
    class attributes; instantiating it checks that they form a valid dialect.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # Building a _csv dialect runs every check; type problems surface as
        # csv.Error for the class-based API.
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Comma-separated fields with CRLF line ends, as Excel writes them."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Like excel, but with a tab between fields."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Comma-separated, every field quoted, lines ending in a bare LF."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.dialect = dialect
        self.reader = reader(f, self.dialect, *args, **kwds)
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # The header row is read lazily on first use.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Blank lines carry no record.
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(names) < len(row):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction.lower()
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _row(self, rowdict):
        if self.extrasaction == "raise":
            extra = rowdict.keys() - self.fieldnames
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in extra]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row, rowdicts))

    __class_getitem__ = classmethod(types.GenericAlias)


# Quoted-field patterns tried in turn by the Sniffer, each finding a quote
# character and, where the context shows one, the delimiter after or before
# it and whether a space follows the delimiter.
_QUOTED_FIELD_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    # First key holding the highest count, in insertion order.
    best = None
    for key, n in counts.items():
        if best is None or n > counts[best]:
            best = key
    return best


def _spaced(line, delim):
    # True when every delimiter in the line is followed by a space.
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Guesses the dialect of CSV text from a sample of it."""
    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing SAMPLE; csv.Error if none fits.

        DELIMITERS, if given, limits the characters considered as delimiter.
        """
        guess = self._guess_quote_and_delimiter(sample, delimiters)
        quote, doubled, delim, skip_space = guess
        if not delim:
            delim, skip_space = self._guess_delimiter(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doubled
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = skip_space
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Guess the quote character and delimiter from quoted fields."""
        for pattern in _QUOTED_FIELD_PATTERNS:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = list(regexp.finditer(data))
            if found:
                break
        else:
            return ('', False, None, 0)

        quotes = {}
        delims = {}
        spaces = 0
        has_delim = 'delim' in regexp.groupindex
        for m in found:
            q = m.group('quote')
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if not has_delim:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if m.group('space'):
                spaces += 1

        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            # Spaces after every delimiter found mean they are skipped.
            skip_space = spaces == delims[delim]
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skip_space = 0

        # A field holding a doubled quote between two others shows that the
        # dialect doubles quotes.
        d = re.escape(delim)
        doubled = re.compile(
            r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
            % (d, quotechar, d, quotechar, d, quotechar, d), re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return (quotechar, doublequote, delim, skip_space)

    def _guess_delimiter(self, data, delimiters):
        """Guess the delimiter from how consistently each character occurs.

        Lines are examined in chunks of ten.  For each ASCII character the
        most frequent per-line count (its mode) is weighed against the lines
        that disagree; a character whose mode holds for nearly every line
        so far is a candidate.  A single candidate wins at once; several
        are settled by the preferred list, then by the strongest mode.
        """
        lines = [line for line in data.split('\n') if line]
        chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        histograms = {}
        modes = {}
        delims = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for ch in chars:
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            for ch, hist in histograms.items():
                entries = list(hist.items())
                if len(entries) == 1 and entries[0][0] == 0:
                    continue
                if len(entries) > 1:
                    top = entries[0]
                    for entry in entries[1:]:
                        if entry[1] > top[1]:
                            top = entry
                    others = sum(entry[1] for entry in entries) - top[1]
                    modes[ch] = (top[0], top[1] - others)
                else:
                    modes[ch] = entries[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (count, weight) in modes.items():
                    if (count > 0 and weight > 0 and weight / total >= consistency
                            and (delimiters is None or ch in delimiters)):
                        delims[ch] = (count, weight)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, _spaced(lines[0], delim))
            start = end
            end += chunk

        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for ch in self.preferred:
                if ch in delims:
                    return (ch, _spaced(lines[0], ch))
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, _spaced(lines[0], delim))

    def has_header(self, sample):
        # Columns whose cells after the first row are all numbers, or all of
        # one length, vote: a first-row cell that breaks the pattern counts
        # for a header, one that fits counts against.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]

        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
