// C-level tests of the str and bytes API: construction and canonical kinds, UTF-8 round
// trips including invalid input and every error handler, interning, the two builders,
// wf_str_from_format, hashing consistency, searching and the Unicode database.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/unicode_db.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

// s (a str, stolen) has exactly the UTF-8 text `expected`.
static void check_text_steal(wf_object_t *s, const char *expected, int line) {
    if (s == NULL) {
        fprintf(stderr, "line %d: unexpected NULL\n", line);
        wf_err_clear();
        failures++;
        return;
    }
    wf_ssize_t n;
    const char *got = wf_str_as_utf8(s, &n);
    if (got == NULL || (size_t)n != strlen(expected) || memcmp(got, expected, (size_t)n) != 0) {
        fprintf(stderr, "line %d: text mismatch\n  expected: %s\n  got:      %s\n", line, expected,
                got != NULL ? got : "<NULL>");
        failures++;
    }
    WF_DECREF(s);
}
#define CHECK_TEXT(o, s) check_text_steal((o), (s), __LINE__)

// The call failed with an exception of type t whose str() is msg (msg NULL: any message).
static void check_error(wf_object_t *r, wf_type_t *t, const char *msg, int line) {
    wf_object_t *exc = wf_err_fetch();
    if (r != NULL || exc == NULL || WF_TYPE(exc) != t) {
        fprintf(stderr, "line %d: expected %s\n", line, t->name);
        failures++;
    } else if (msg != NULL) {
        wf_object_t *s = wf_str(exc);
        if (s == NULL || !wf_str_eq_cstr(s, msg)) {
            fprintf(stderr, "line %d: message mismatch\n  expected: %s\n  got:      %s\n", line,
                    msg, s != NULL ? wf_str_as_utf8(s, NULL) : "<NULL>");
            failures++;
        }
        WF_XDECREF(s);
        wf_err_clear();
    }
    WF_XDECREF(r);
    WF_XDECREF(exc);
}
#define CHECK_ERROR(r, t, msg) check_error((r), &(t), (msg), __LINE__)

static void test_construction(void) {
    wf_object_t *e = wf_str_empty();
    CHECK(WF_STR_LEN(e) == 0 && WF_STR_KIND(e) == 1);
    CHECK(wf_str_from_cstr("") == e);
    CHECK(wf_str_from_utf8("x", 0) == e);

    wf_object_t *a = wf_str_from_cstr("hello");
    CHECK(WF_STR_KIND(a) == 1 && WF_STR_LEN(a) == 5 && wf_str_char(a, 1) == 'e');
    CHECK(((const char *)WF_STR_DATA(a))[5] == 0);
    WF_DECREF(a);

    // Canonical kinds: non-ASCII anywhere makes kind 4; ASCII-only pieces are kind 1.
    wf_object_t *u = wf_str_from_cstr("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    CHECK(WF_STR_KIND(u) == 4 && WF_STR_LEN(u) == 4);
    CHECK(wf_str_char(u, 1) == 0xE9 && wf_str_char(u, 2) == 0x20AC && wf_str_char(u, 3) == 0x1F600);
    wf_object_t *sub = wf_str_substring(u, 0, 1);
    CHECK(WF_STR_KIND(sub) == 1 && wf_str_eq_cstr(sub, "a"));
    WF_DECREF(sub);
    WF_DECREF(u);

    uint32_t cps[] = {'x', 0x10FFFF, 'y'};
    wf_object_t *w = wf_str_from_ucs4(cps, 3);
    CHECK(WF_STR_KIND(w) == 4 && wf_str_char(w, 1) == 0x10FFFF);
    WF_DECREF(w);
    uint32_t ascii_cps[] = {'o', 'k'};
    w = wf_str_from_ucs4(ascii_cps, 2);
    CHECK(WF_STR_KIND(w) == 1 && wf_str_eq_cstr(w, "ok"));
    WF_DECREF(w);

    // One-character strings below 256 are shared and immortal.
    CHECK(wf_str_from_char('q') == wf_str_from_char('q'));
    CHECK(wf_str_from_char(0xE9) == wf_str_from_char(0xE9));
    CHECK(wf_is_immortal(wf_str_from_char(0xFF)));
    wf_object_t *big = wf_str_from_char(0x20AC);
    CHECK(big != NULL && WF_STR_KIND(big) == 4);
    WF_DECREF(big);
    CHECK_ERROR(wf_str_from_char(0x110000), wf_exc_ValueError, NULL);

    CHECK_TEXT(wf_str_from_latin1("caf\xe9", 4), "caf\xc3\xa9");
    CHECK_TEXT(wf_str_from_ascii("abc", 3), "abc");
    CHECK_TEXT(wf_str_repeat(wf_str_from_char('-'), 3), "---");
}

static void test_utf8(void) {
    // Round trip of every kind of sequence.
    const char *text = "A\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf";
    wf_object_t *s = wf_str_from_cstr(text);
    CHECK(s != NULL && WF_STR_LEN(s) == 7);
    CHECK(wf_str_char(s, 6) == 0x10FFFF);
    CHECK_TEXT(s, text);

    // Invalid input: CPython's messages and ranges.
    CHECK_ERROR(wf_str_from_utf8("\xff", 1), wf_exc_UnicodeDecodeError,
                "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    CHECK_ERROR(wf_str_from_utf8("ab\xe2\x82", 4), wf_exc_UnicodeDecodeError,
                "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
    CHECK_ERROR(wf_str_from_utf8("\xe2(\xa1", 3), wf_exc_UnicodeDecodeError,
                "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte");
    CHECK_ERROR(wf_str_from_utf8("\xed\xa0\x80", 3), wf_exc_UnicodeDecodeError, NULL);
    CHECK_ERROR(wf_str_from_utf8("\xc0\x80", 2), wf_exc_UnicodeDecodeError, NULL);
    CHECK_ERROR(wf_str_from_utf8("\xf4\x90\x80\x80", 4), wf_exc_UnicodeDecodeError, NULL);

    // Error handlers.
    CHECK_TEXT(wf_str_decode_utf8("a\xffz", 3, "replace"), "a\xef\xbf\xbdz");
    CHECK_TEXT(wf_str_decode_utf8("a\xffz", 3, "ignore"), "az");
    CHECK_TEXT(wf_str_decode_utf8("a\xffz", 3, "backslashreplace"), "a\\xffz");
    wf_object_t *esc = wf_str_decode_utf8("a\xffz", 3, "surrogateescape");
    CHECK(esc != NULL && WF_STR_LEN(esc) == 3 && wf_str_char(esc, 1) == 0xDCFF);
    // A lone surrogate has no UTF-8 form...
    wf_ssize_t n;
    CHECK(wf_str_as_utf8(esc, &n) == NULL);
    CHECK_ERROR(NULL, wf_exc_UnicodeEncodeError,
                "'utf-8' codec can't encode character '\\udcff' in position 1: surrogates not "
                "allowed");
    // ... but surrogateescape brings the original bytes back.
    wf_object_t *back = wf_str_encode(esc, "utf-8", "surrogateescape");
    CHECK(back != NULL && WF_BYTES_LEN(back) == 3 && memcmp(WF_BYTES_DATA(back), "a\xffz", 3) == 0);
    WF_XDECREF(back);
    WF_DECREF(esc);
    wf_object_t *pass = wf_str_decode_utf8("\xed\xa0\x80", 3, "surrogatepass");
    CHECK(pass != NULL && WF_STR_LEN(pass) == 1 && wf_str_char(pass, 0) == 0xD800);
    WF_XDECREF(pass);
    CHECK_ERROR(wf_str_decode_utf8("\xff", 1, "nosuch"), wf_exc_LookupError,
                "unknown error handler name 'nosuch'");
    CHECK_TEXT(wf_str_decode_utf8("fine", 4, "nosuch"), "fine"); // only looked up on error

    // Encoding names and codecs.
    CHECK(wf_codecs_lookup("UTF-8") == WF_CODEC_UTF8 && wf_codecs_lookup("utf8") == WF_CODEC_UTF8);
    CHECK(wf_codecs_lookup("latin1") == WF_CODEC_LATIN1);
    CHECK(wf_codecs_lookup("ISO-8859-1") == WF_CODEC_LATIN1);
    CHECK(wf_codecs_lookup("us-ascii") == WF_CODEC_ASCII &&
          wf_codecs_lookup("ascii") == WF_CODEC_ASCII);
    CHECK(wf_codecs_lookup("utf-9") < 0);
    CHECK_ERROR(wf_bytes_decode("a", 1, "xyz", NULL), wf_exc_LookupError, "unknown encoding: xyz");
    CHECK_ERROR(wf_bytes_decode("\x80", 1, "ascii", NULL), wf_exc_UnicodeDecodeError,
                "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)");
    CHECK_TEXT(wf_bytes_decode("\xe9", 1, "latin-1", NULL), "\xc3\xa9");
    wf_object_t *eacute = wf_str_from_cstr("\xc3\xa9\xc3\xa9");
    CHECK_ERROR(wf_str_encode(eacute, "ascii", NULL), wf_exc_UnicodeEncodeError,
                "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
    wf_object_t *xml = wf_str_encode(eacute, "ascii", "xmlcharrefreplace");
    CHECK(xml != NULL && WF_BYTES_LEN(xml) == 12 &&
          memcmp(WF_BYTES_DATA(xml), "&#233;&#233;", 12) == 0);
    WF_XDECREF(xml);
    WF_DECREF(eacute);
}

static void test_interning(void) {
    wf_object_t *a = wf_str_intern_cstr("some_identifier");
    wf_object_t *b = wf_str_intern_cstr("some_identifier");
    CHECK(a == b && wf_is_immortal(a));
    wf_object_t *c = wf_str_from_cstr("some_identifier");
    CHECK(c != a);
    wf_str_intern_inplace(&c);
    CHECK(c == a);
    wf_object_t *d = wf_str_from_cstr("fresh_name_\xc3\xa9");
    wf_object_t *keep = d;
    wf_str_intern_inplace(&d);
    CHECK(d == keep && wf_is_immortal(d)); // first of its value: interned in place
    CHECK(wf_str_intern(d) == d);
    // Many names: the table grows without losing any.
    char name[32];
    wf_object_t *first = NULL;
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "name%d", i);
        wf_object_t *s = wf_str_intern_cstr(name);
        if (i == 0) {
            first = s;
        }
    }
    CHECK(wf_str_intern_cstr("name0") == first);
    CHECK(wf_str_eq(wf_str_intern_cstr("name4999"), wf_str_intern_cstr("name4999")));
}

static void test_hash_eq(void) {
    wf_object_t *a = wf_str_from_cstr("caf\xc3\xa9 au lait");
    wf_object_t *parts[2] = {wf_str_from_cstr("caf\xc3\xa9"), wf_str_from_cstr(" au lait")};
    wf_object_t *b = wf_str_concat(parts[0], parts[1]);
    CHECK(wf_str_eq(a, b) && wf_str_hash(a) == wf_str_hash(b) && wf_str_compare(a, b) == 0);
    CHECK(wf_str_hash(a) != -1);
    wf_object_t *x = wf_str_from_cstr("abc"), *y = wf_str_from_cstr("abd");
    CHECK(!wf_str_eq(x, y) && wf_str_compare(x, y) < 0 && wf_str_compare(y, x) > 0);
    CHECK(wf_str_compare(x, wf_str_empty()) > 0);
    // Equal ASCII text hashes the same as bytes (as in CPython).
    wf_object_t *bx = wf_bytes_from("abc", 3);
    CHECK(wf_hash(bx) == wf_str_hash(x));
    CHECK(wf_str_eq_cstr(a, "caf\xc3\xa9 au lait") && !wf_str_eq_cstr(a, "cafe"));
    // CPython 3.13's values with PYTHONHASHSEED=0 (SipHash-1-3, zero key, PEP 393 widths).
    static const struct {
        const char *text;
        wf_hash_t hash;
    } known[] = {
        {"a", 4644417185603328019LL},
        {"hello", -2096571579003691106LL},
        {"hello world!!", -8602798515680944651LL},
        {"\xc3\xa9", 6047309291227476195LL},
        {"\xe2\x82\xacuro", 7542247858446192590LL},
        {"\xf0\x9f\x98\x80x", -8926728262118538918LL},
        {"abcdefgh", 4574395652268504554LL},
        {"abcdefghi", -532774252720507163LL},
        {"", 0},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        wf_object_t *k = wf_str_from_cstr(known[i].text);
        CHECK(wf_str_hash(k) == known[i].hash);
        WF_DECREF(k);
    }
    WF_DECREF(bx);
    WF_DECREF(x);
    WF_DECREF(y);
    WF_DECREF(a);
    WF_DECREF(b);
    WF_DECREF(parts[0]);
    WF_DECREF(parts[1]);
}

static void test_search(void) {
    wf_object_t *s = wf_str_from_cstr("abracadabra");
    wf_object_t *ab = wf_str_from_cstr("abra"), *z = wf_str_from_cstr("z");
    CHECK(wf_str_find(s, ab, 0, WF_SSIZE_MAX, 1) == 0);
    CHECK(wf_str_find(s, ab, 0, WF_SSIZE_MAX, -1) == 7);
    CHECK(wf_str_find(s, ab, 1, WF_SSIZE_MAX, 1) == 7);
    CHECK(wf_str_find(s, ab, -4, WF_SSIZE_MAX, 1) == 7);
    CHECK(wf_str_find(s, z, 0, WF_SSIZE_MAX, 1) == -1);
    CHECK(wf_str_contains(s, ab) == 1 && wf_str_contains(s, z) == 0);
    CHECK(wf_str_contains(s, wf_str_empty()) == 1);
    wf_object_t *wide = wf_str_from_cstr("\xe2\x82\xac"
                                         "abra");
    CHECK(wf_str_find(wide, ab, 0, WF_SSIZE_MAX, 1) == 1);
    CHECK(wf_str_contains(s, wide) == 0);
    WF_DECREF(wide);
    WF_DECREF(s);
    WF_DECREF(ab);
    WF_DECREF(z);
}

static void test_append(void) {
    // wf_str_append: in place for a sole reference, otherwise a new string; either way
    // the result is right and other holders of the old string see no change.
    wf_object_t *s = wf_str_from_cstr("ab");
    wf_object_t *x = wf_str_from_cstr("xy"), *e = wf_str_from_cstr("\xc3\xa9");
    for (int i = 0; i < 1000; i++) {
        CHECK(wf_str_append(&s, i == 500 ? e : x) == 0);
    }
    CHECK(WF_STR_LEN(s) == 2 + 999 * 2 + 1 && WF_STR_KIND(s) == 4 && wf_str_char(s, 1002) == 0xE9);
    wf_object_t *shared = wf_str_from_cstr("abc"), *keep = wf_newref(shared);
    CHECK(wf_str_append(&shared, x) == 0);
    CHECK(wf_str_eq_cstr(keep, "abc") && wf_str_eq_cstr(shared, "abcxy"));
    wf_object_t *h = wf_str_from_cstr("hash me");
    wf_hash_t before = wf_str_hash(h);
    CHECK(wf_str_append(&h, x) == 0);
    wf_object_t *same = wf_str_from_cstr("hash mexy");
    CHECK(wf_str_hash(h) == wf_str_hash(same) && wf_str_hash(h) != before);
    WF_DECREF(same);
    WF_DECREF(h);
    WF_DECREF(keep);
    WF_DECREF(shared);
    WF_DECREF(s);
    WF_DECREF(x);
    WF_DECREF(e);
}

static void test_builders(void) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_strbuf_append_cstr(&sb, "x=");
    wf_strbuf_append_char(&sb, 0xE9);
    wf_strbuf_append_char(&sb, 0xDC80); // lone surrogates survive the builder
    wf_object_t *n = wf_int_from_i64(42);
    wf_strbuf_append_repr(&sb, n);
    WF_DECREF(n);
    for (int i = 0; i < 100; i++) { // beyond the inline buffer
        wf_strbuf_append_cstr(&sb, "..");
    }
    wf_object_t *r = wf_strbuf_finish(&sb);
    CHECK(r != NULL && WF_STR_LEN(r) == 6 + 200 && wf_str_char(r, 3) == 0xDC80);
    WF_XDECREF(r);

    wf_str_writer_t w;
    wf_str_writer_init(&w);
    for (int i = 0; i < 300; i++) {
        wf_str_writer_putc(&w, 'a');
    }
    wf_str_writer_putc(&w, 0x1F600);
    wf_str_writer_write_ascii(&w, "zz", 2);
    r = wf_str_writer_finish(&w);
    CHECK(r != NULL && WF_STR_KIND(r) == 4 && WF_STR_LEN(r) == 303 &&
          wf_str_char(r, 300) == 0x1F600);
    WF_XDECREF(r);
    wf_str_writer_init(&w);
    wf_str_writer_write_ascii(&w, "plain", 5);
    CHECK_TEXT(wf_str_writer_finish(&w), "plain");
}

static void test_from_format(void) {
    wf_object_t *o = wf_str_from_cstr("o\xc3\xa9");
    wf_object_t *i = wf_int_from_i64(7);
    CHECK_TEXT(
        wf_str_from_format("%s|%d|%zd|%u|%x|%c|%%", "ab", -3, (wf_ssize_t)12, 5u, 255u, 0xE9),
        "ab|-3|12|5|ff|\xc3\xa9|%");
    CHECK_TEXT(wf_str_from_format("%R %S %A %U %T", o, o, o, o, i),
               "'o\xc3\xa9' o\xc3\xa9 'o\\xe9' o\xc3\xa9 int");
    CHECK_TEXT(wf_str_from_format("%.2s|%5s|%-5s|%.1U", "abcdef", "ab", "ab", o),
               "ab|   ab|ab   |o");
    CHECK_TEXT(wf_str_from_format("%ld %lu %lld %llu %i", -1L, 2UL, -3LL, 4ULL, 5), "-1 2 -3 4 5");
    CHECK_TEXT(wf_str_from_format("%N", (wf_object_t *)&wf_str_type), "str");
    CHECK_TEXT(wf_str_from_format("file %s!", "bad\xff.txt"), "file bad\xef\xbf\xbd.txt!");
    CHECK_TEXT(wf_str_from_format("%03d|%.3s", 7, "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"),
               "007|\xc3\xa9\xc3\xa9\xc3\xa9");
    WF_DECREF(o);
    WF_DECREF(i);
}

static void test_unicode_db(void) {
    CHECK(wf_unicode_isalpha(0xE9) && !wf_unicode_isalpha('1'));
    CHECK(wf_unicode_isspace(0x3000) && wf_unicode_isspace(0x1C) && !wf_unicode_isspace(0x200B));
    CHECK(wf_unicode_isdecimal(0x663) && wf_unicode_decimal(0x663) == 3);
    CHECK(wf_unicode_isdigit(0xB2) && !wf_unicode_isdecimal(0xB2) && wf_unicode_digit(0xB2) == 2);
    CHECK(wf_unicode_isnumeric(0xBD) && !wf_unicode_isdigit(0xBD));
    CHECK(wf_unicode_istitle(0x1C5) && wf_unicode_isupper(0x1C4) && wf_unicode_islower(0x1C6));
    CHECK(wf_unicode_isprintable(0xE9) && !wf_unicode_isprintable(0xAD) &&
          !wf_unicode_isprintable(0x7F));
    CHECK(wf_unicode_isxidstart(0x4E00) && !wf_unicode_isxidstart('1') &&
          wf_unicode_isxidcontinue('1'));
    uint32_t out[WF_UNICODE_MAX_MAPPED];
    CHECK(wf_unicode_to_upper(0xDF, out) == 2 && out[0] == 'S' && out[1] == 'S');
    CHECK(wf_unicode_to_lower(0x130, out) == 2 && out[0] == 'i' && out[1] == 0x307);
    CHECK(wf_unicode_to_title(0x1C6, out) == 1 && out[0] == 0x1C5);
    CHECK(wf_unicode_to_fold(0xDF, out) == 2 && out[0] == 's');
    CHECK(wf_unicode_to_upper(0xFB03, out) == 3 && out[2] == 'I');
    CHECK(wf_unicode_to_lower(0x10400, out) == 1 && out[0] == 0x10428);
    CHECK(wf_unicode_iscased(0x3A3) && wf_unicode_iscaseignorable('\''));
    // The ASCII shortcuts agree with the tables.
    for (uint32_t c = 0; c < 128; c++) {
        const wf_udb_record_t *r = wf_unicode_db_get(c);
        CHECK(wf_unicode_isspace(c) == ((r->flags & WF_UDB_SPACE) != 0));
        CHECK(wf_unicode_isalpha(c) == ((r->flags & WF_UDB_ALPHA) != 0));
        CHECK(wf_unicode_isprintable(c) == ((r->flags & WF_UDB_PRINTABLE) != 0));
        CHECK(wf_unicode_isxidcontinue(c) == ((r->flags & WF_UDB_XID_CONTINUE) != 0));
        CHECK(wf_unicode_iscased(c) == ((r->flags & WF_UDB_CASED) != 0));
    }
}

static void test_bytes(void) {
    wf_object_t *e = wf_bytes_from("", 0);
    CHECK(WF_BYTES_LEN(e) == 0 && wf_is_immortal(e));
    CHECK(wf_bytes_from("a", 1) == wf_bytes_from("a", 1));
    wf_object_t *a = wf_bytes_from("ab\0c", 4), *b = wf_bytes_from("\xff'", 2);
    wf_object_t *c = wf_bytes_concat(a, b);
    CHECK(c != NULL && WF_BYTES_LEN(c) == 6 && WF_BYTES_DATA(c)[6] == 0);
    CHECK_TEXT(wf_bytes_repr(c), "b\"ab\\x00c\\xff'\"");
    wf_object_t *ba = wf_bytearray_from("xy", 2);
    wf_object_t *d = wf_bytes_concat(a, ba);
    CHECK(d != NULL && WF_BYTES_LEN(d) == 6);
    CHECK_TEXT(wf_repr(ba), "bytearray(b'xy')");
    WF_XDECREF(d);
    WF_DECREF(ba);
    WF_DECREF(a);
    WF_DECREF(b);
    WF_DECREF(c);
}

int main(void) {
    if (wf_interp_init() < 0) {
        fprintf(stderr, "interpreter start-up failed\n");
        return 1;
    }
    test_construction();
    test_utf8();
    test_interning();
    test_hash_eq();
    test_search();
    test_append();
    test_builders();
    test_from_format();
    test_unicode_db();
    test_bytes();
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("test_str: ok\n");
    return 0;
}
