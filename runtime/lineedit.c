// Terminal line editing for the interactive loop (see runtime/lineedit.h).
//
// The terminal is switched to raw mode only while a line is read, so that code run from
// the REPL (input(), child processes) finds it as it expects. ISIG stays on: Ctrl-C sends
// SIGINT, whose handler (runtime/modules/mod_signal.c) only sets a flag and makes read()
// fail with EINTR; the edit loop then returns and the Python-level handler runs with the
// thread state attached. The edit loop itself runs detached and touches no objects.
//
// The line occupies one terminal row: the prompt's last row followed by the part of the
// text that fits, scrolled horizontally so that the cursor stays visible. This avoids
// tracking wrapped rows, which needs the terminal's exact wrapping behaviour. Invariant:
// the cursor (editor_t.pos) is always a byte offset on a UTF-8 character boundary.
#include "runtime/lineedit.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_signal.h"
#include "runtime/modules/mod_sys.h"
#include "sync/blocking.h"
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#define HISTORY_MAX 1000

// ---------------------------------------------------------------------------------------
// History

static struct {
    char **lines;
    int n, cap;
    int first_new;   // entries [first_new, n) were added this session
    int file_lines;  // entries the history file holds (as far as this process knows)
} hist;

// Appends a copy of s[0..n), dropping the oldest entry when full. Out of memory: dropped.
static void history_append(const char *s, size_t n) {
    if (hist.n == HISTORY_MAX) {
        wf_mem_free(hist.lines[0]);
        memmove(hist.lines, hist.lines + 1, (size_t)(hist.n - 1) * sizeof(char *));
        hist.n--;
        if (hist.first_new > 0) {
            hist.first_new--;
        }
    }
    if (hist.n == hist.cap) {
        int cap = hist.cap ? hist.cap * 2 : 64;
        char **lines = wf_mem_realloc(hist.lines, (size_t)cap * sizeof(char *));
        if (lines == NULL) {
            return;
        }
        hist.lines = lines;
        hist.cap = cap;
    }
    char *copy = wf_mem_alloc(n + 1);
    if (copy != NULL) {
        memcpy(copy, s, n);
        copy[n] = '\0';
        hist.lines[hist.n++] = copy;
    }
}

// As readline under CPython: blank lines and repeats of the previous entry are not kept.
static void history_add(const char *s, size_t n) {
    if (strspn(s, " \t") == n) {
        return;
    }
    const char *prev = hist.n > 0 ? hist.lines[hist.n - 1] : NULL;
    if (prev != NULL && strlen(prev) == n && memcmp(prev, s, n) == 0) {
        return;
    }
    history_append(s, n);
}

void wf_lineedit_history_load(const char *path) {
    WF_BLOCKING_BEGIN();
    FILE *f = fopen(path, "r");
    if (f != NULL) {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while ((n = getline(&line, &cap, f)) >= 0) {
            if (n > 0 && line[n - 1] == '\n') {
                n--;
            }
            if (n > 0) {
                history_append(line, (size_t)n);
            }
            hist.file_lines++;
        }
        free(line);  // getline's buffer comes from malloc
        fclose(f);
    }
    WF_BLOCKING_END();
    hist.first_new = hist.n;
}

void wf_lineedit_history_save(const char *path) {
    int added = hist.n - hist.first_new;
    if (added <= 0) {
        return;
    }
    // Appending keeps entries written meanwhile by another session; the file is rewritten
    // only to keep it from growing without bound.
    int rewrite = hist.file_lines + added > 2 * HISTORY_MAX;
    WF_BLOCKING_BEGIN();
    int fd = open(path, O_WRONLY | O_CREAT | (rewrite ? O_TRUNC : O_APPEND), 0600);
    FILE *f = fd >= 0 ? fdopen(fd, rewrite ? "w" : "a") : NULL;
    if (f == NULL && fd >= 0) {
        close(fd);
    }
    if (f != NULL) {
        for (int i = rewrite ? 0 : hist.first_new; i < hist.n; i++) {
            fprintf(f, "%s\n", hist.lines[i]);
        }
        fclose(f);
    }
    WF_BLOCKING_END();
    hist.file_lines = rewrite ? hist.n : hist.file_lines + added;
    hist.first_new = hist.n;
}


// ---------------------------------------------------------------------------------------
// Text measurement

// Decodes one UTF-8 character of s[0..n) (n > 0); invalid bytes count as one U+FFFD.
static uint32_t decode_char(const char *s, size_t n, size_t *adv) {
    const unsigned char *u = (const unsigned char *)s;
    int len = u[0] < 0x80 ? 1 : u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 0;
    if (len == 0 || (size_t)len > n) {
        *adv = 1;
        return 0xFFFD;
    }
    uint32_t cp = len == 1 ? u[0] : (uint32_t)(u[0] & (0x7F >> len));
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *adv = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (u[i] & 0x3F);
    }
    *adv = (size_t)len;
    return cp;
}

// Terminal columns of a code point: 0 for combining marks and zero-width characters, 2 for
// East Asian wide and full-width ones and emoji, else 1. A compact approximation of the
// Unicode width tables that covers the characters people type.
static int char_width(uint32_t cp) {
    static const uint32_t zero[][2] = {
        {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A},
        {0x064B, 0x065F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x1AB0, 0x1AFF},
        {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F},
        {0xFE20, 0xFE2F},
    };
    static const uint32_t wide[][2] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
        {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
        {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    for (size_t i = 0; i < sizeof zero / sizeof zero[0]; i++) {
        if (cp >= zero[i][0] && cp <= zero[i][1]) {
            return 0;
        }
    }
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++) {
        if (cp >= wide[i][0] && cp <= wide[i][1]) {
            return 2;
        }
    }
    return 1;
}

// Columns that s[0..n) occupies. Escape sequences (ESC [ ... final) and the \001 \002
// markers readline users put around them in prompts take no room.
static int text_width(const char *s, size_t n) {
    int w = 0;
    size_t i = 0;
    while (i < n) {
        if (s[i] == '\x1b' && i + 1 < n && s[i + 1] == '[') {
            i += 2;
            while (i < n && !(s[i] >= 0x40 && s[i] <= 0x7E)) {
                i++;
            }
            i++;
            continue;
        }
        size_t adv;
        uint32_t cp = decode_char(s + i, n - i, &adv);
        w += cp < 0x20 ? 0 : char_width(cp);
        i += adv;
    }
    return w;
}

static int width_at(const char *s, size_t len, size_t pos) {
    size_t adv;
    return char_width(decode_char(s + pos, len - pos, &adv));
}

static int term_cols(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0 || ws.ws_col == 0) {
        return 80;
    }
    return ws.ws_col;
}

// ---------------------------------------------------------------------------------------
// Output

typedef struct {
    char data[1024];
    size_t n;
} obuf_t;

static void write_all(const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(STDOUT_FILENO, p, n);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            return;  // nothing useful to do about a broken terminal here
        }
        p += w;
        n -= (size_t)w;
    }
}

static void ob_flush(obuf_t *o) {
    write_all(o->data, o->n);
    o->n = 0;
}

static void ob_put(obuf_t *o, const char *s, size_t n) {
    if (o->n + n > sizeof o->data) {
        ob_flush(o);
        if (n > sizeof o->data) {
            write_all(s, n);
            return;
        }
    }
    memcpy(o->data + o->n, s, n);
    o->n += n;
}

static void ob_puts(obuf_t *o, const char *s) {
    ob_put(o, s, strlen(s));
}

// ---------------------------------------------------------------------------------------
// The editor

typedef struct {
    char *buf;               // the line, UTF-8, NUL-terminated
    size_t len, cap;
    size_t pos;              // cursor, a byte offset on a character boundary
    const char *prompt_row;  // the prompt's last row, redrawn by refresh()
    int prompt_width;        // its columns
    int hist_index;          // entry shown: an index into hist, or hist.n for the new line
    char **edits;            // edited text of browsed entries (NULL: as in hist)
    int nedits;              // hist.n + 1 when the read started
    int nomem;               // an allocation failed: the line is given up
} editor_t;

// The text removed by the last kill command, for Ctrl-Y (a kill ring of one).
static char *kill_text;
static size_t kill_len;

void wf_lineedit_clear(void) {
    for (int i = 0; i < hist.n; i++) {
        wf_mem_free(hist.lines[i]);
    }
    wf_mem_free(hist.lines);
    memset(&hist, 0, sizeof hist);
    wf_mem_free(kill_text);
    kill_text = NULL;
    kill_len = 0;
}

static int reserve(editor_t *e, size_t need) {
    if (need <= e->cap) {
        return 0;
    }
    size_t cap = e->cap * 2 > need ? e->cap * 2 : need + 64;
    char *b = wf_mem_realloc(e->buf, cap);
    if (b == NULL) {
        e->nomem = 1;
        return -1;
    }
    e->buf = b;
    e->cap = cap;
    return 0;
}

static int set_text(editor_t *e, const char *s) {
    size_t n = strlen(s);
    if (reserve(e, n + 1) < 0) {
        return -1;
    }
    memcpy(e->buf, s, n + 1);
    e->len = e->pos = n;
    return 0;
}

// Redraws the prompt row: prompt, the visible slice of the text, erase to the end of the
// row, cursor placed with an absolute column move from the row start.
static void refresh(editor_t *e) {
    int avail = term_cols() - e->prompt_width - 1;  // the last column stays free
    if (avail < 1) {
        avail = 1;
    }
    // Scroll just enough that the text left of the cursor fits.
    size_t start = e->pos;
    int left = 0;
    while (start > 0) {
        size_t p = start - 1;
        while (p > 0 && ((unsigned char)e->buf[p] & 0xC0) == 0x80) {
            p--;
        }
        int w = width_at(e->buf, e->len, p);
        if (left + w > avail) {
            break;
        }
        left += w;
        start = p;
    }
    size_t end = e->pos;
    int used = left;
    while (end < e->len) {
        size_t adv;
        int w = char_width(decode_char(e->buf + end, e->len - end, &adv));
        if (used + w > avail) {
            break;
        }
        used += w;
        end += adv;
    }
    obuf_t o = {.n = 0};
    ob_puts(&o, "\r");
    ob_puts(&o, e->prompt_row);
    ob_put(&o, e->buf + start, end - start);
    ob_puts(&o, "\x1b[0K\r");
    int col = e->prompt_width + left;
    if (col > 0) {
        char mv[24];
        snprintf(mv, sizeof mv, "\x1b[%dC", col);
        ob_puts(&o, mv);
    }
    ob_flush(&o);
}

// 1 if a cursor may stop at byte `pos`: the start of a character that is not a combining
// mark (those move together with the character they follow).
static int cursor_stop(const editor_t *e, size_t pos) {
    if (pos == 0 || pos >= e->len) {
        return 1;
    }
    return ((unsigned char)e->buf[pos] & 0xC0) != 0x80 && width_at(e->buf, e->len, pos) > 0;
}

static size_t prev_char(const editor_t *e, size_t pos) {
    do {
        pos -= pos > 0;
    } while (!cursor_stop(e, pos));
    return pos;
}

static size_t next_char(const editor_t *e, size_t pos) {
    do {
        pos += pos < e->len;
    } while (!cursor_stop(e, pos));
    return pos;
}

static int is_word_byte(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (unsigned char)c >= 0x80;
}

static size_t word_left(const editor_t *e) {
    size_t p = e->pos;
    while (p > 0 && !is_word_byte(e->buf[p - 1])) {
        p--;
    }
    while (p > 0 && is_word_byte(e->buf[p - 1])) {
        p--;
    }
    return p;  // never inside a character: the scan stops only next to ASCII bytes or at 0
}

static size_t word_right(const editor_t *e) {
    size_t p = e->pos;
    while (p < e->len && !is_word_byte(e->buf[p])) {
        p++;
    }
    while (p < e->len && is_word_byte(e->buf[p])) {
        p++;
    }
    return p;
}

static void move_to(editor_t *e, size_t pos) {
    if (pos != e->pos) {
        e->pos = pos;
        refresh(e);
    }
}

static void insert(editor_t *e, const char *s, size_t n) {
    if (n == 0 || reserve(e, e->len + n + 1) < 0) {
        return;
    }
    memmove(e->buf + e->pos + n, e->buf + e->pos, e->len - e->pos + 1);
    memcpy(e->buf + e->pos, s, n);
    e->pos += n;
    e->len += n;
    // Typing at the end of a line that fits needs only the new characters: this keeps a
    // recorded session readable and avoids a redraw per key.
    if (e->pos == e->len && e->len < 512 &&
        e->prompt_width + text_width(e->buf, e->len) < term_cols()) {
        write_all(s, n);
    } else {
        refresh(e);
    }
}

// Removes [from, to); a kill command keeps the text for Ctrl-Y.
static void delete_range(editor_t *e, size_t from, size_t to, int kill) {
    if (from >= to) {
        return;
    }
    if (kill) {
        char *k = wf_mem_realloc(kill_text, to - from);
        if (k != NULL) {
            memcpy(k, e->buf + from, to - from);
            kill_text = k;
            kill_len = to - from;
        }
    }
    memmove(e->buf + from, e->buf + to, e->len - to + 1);
    e->len -= to - from;
    e->pos = from;
    refresh(e);
}

// Up/down through the history. Edits made to an entry are kept until the line is accepted,
// as readline does, so going back and forth does not lose them.
static void history_move(editor_t *e, int delta) {
    int to = e->hist_index + delta;
    if (to < 0 || to >= e->nedits) {
        return;
    }
    char *saved = wf_mem_strdup(e->buf);
    if (saved == NULL) {
        return;
    }
    wf_mem_free(e->edits[e->hist_index]);
    e->edits[e->hist_index] = saved;
    e->hist_index = to;
    const char *text = e->edits[to] != NULL ? e->edits[to] : to < hist.n ? hist.lines[to] : "";
    if (set_text(e, text) == 0) {
        refresh(e);
    }
}

// Leaves the whole line on screen, wrapped by the terminal if it is too long for the
// row (editing is over, so the wrapping need not be tracked), and starts a new row.
static void finish_row(editor_t *e) {
    // A line that fits is already all on screen, wherever the cursor is.
    if (e->prompt_width + text_width(e->buf, e->len) >= term_cols()) {
        obuf_t o = {.n = 0};
        ob_puts(&o, "\r");
        ob_puts(&o, e->prompt_row);
        ob_put(&o, e->buf, e->len);
        ob_puts(&o, "\x1b[0K");
        ob_flush(&o);
    }
    write_all("\r\n", 2);
}

static void clear_screen(editor_t *e) {
    write_all("\x1b[H\x1b[2J", 7);
    refresh(e);
}

// ---------------------------------------------------------------------------------------
// Keys

enum {
    KEY_NONE,       // ignored (unknown sequence, stray byte)
    KEY_TEXT,       // one character to insert
    KEY_INPUT_END,  // stdin reached end of file or failed
    KEY_SIGNAL,     // a signal arrived: leave the loop to run its handler
    KEY_ENTER, KEY_EOF, KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_END, KEY_WORD_LEFT, KEY_WORD_RIGHT,
    KEY_UP, KEY_DOWN, KEY_BACKSPACE, KEY_DELETE, KEY_KILL_START, KEY_KILL_END,
    KEY_KILL_WORD_LEFT, KEY_KILL_WORD_RIGHT, KEY_YANK, KEY_TAB, KEY_CLEAR,
};

// 1: a byte; 0: end of input or a read error; -1: a signal is waiting for its handler.
static int read_byte(unsigned char *c) {
    for (;;) {
        if (wf_signals_pending()) {
            return -1;
        }
        ssize_t r = read(STDIN_FILENO, c, 1);
        if (r == 1) {
            return 1;
        }
        if (r < 0 && errno == EINTR) {
            continue;  // the flag check above decides whether this was for us
        }
        return 0;
    }
}

#define READ_OR_RETURN(c)                                 \
    do {                                                  \
        int r_ = read_byte(c);                            \
        if (r_ <= 0) {                                    \
            return r_ == 0 ? KEY_INPUT_END : KEY_SIGNAL;  \
        }                                                 \
    } while (0)

// The key a CSI (ESC [) or SS3 (ESC O) sequence stands for. xterm sends modified arrows
// as "1;5D" (Ctrl) or "1;3D" (Alt): both move by words.
static int csi_key(const char *params, int final) {
    int modified = strchr(params, ';') != NULL;
    switch (final) {
        case 'A': return KEY_UP;
        case 'B': return KEY_DOWN;
        case 'C': return modified ? KEY_WORD_RIGHT : KEY_RIGHT;
        case 'D': return modified ? KEY_WORD_LEFT : KEY_LEFT;
        case 'H': return KEY_HOME;
        case 'F': return KEY_END;
        case '~':
            switch (atoi(params)) {
                case 1: case 7: return KEY_HOME;
                case 4: case 8: return KEY_END;
                case 3: return KEY_DELETE;
                default: return KEY_NONE;
            }
        default: return KEY_NONE;
    }
}

// After ESC: a CSI/SS3 sequence, or Meta (Alt) + key.
static int read_escape(void) {
    unsigned char c;
    READ_OR_RETURN(&c);
    if (c == '[' || c == 'O') {
        char params[16];
        size_t np = 0;
        unsigned char f;
        for (;;) {
            READ_OR_RETURN(&f);
            if (f >= 0x40 && f <= 0x7E) {
                break;
            }
            if (np + 1 < sizeof params) {
                params[np++] = (char)f;
            }
        }
        params[np] = '\0';
        return csi_key(params, f);
    }
    switch (c) {
        case 'b': return KEY_WORD_LEFT;
        case 'f': return KEY_WORD_RIGHT;
        case 'd': return KEY_KILL_WORD_RIGHT;
        case 127: case 8: return KEY_KILL_WORD_LEFT;
        default: return KEY_NONE;
    }
}

// The rest of a UTF-8 character whose lead byte is text[0]; *n counts the bytes.
static int read_utf8_tail(char *text, size_t *n) {
    unsigned char lead = (unsigned char)text[0];
    size_t want = lead >= 0xF8 ? 0 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (want == 0) {
        return KEY_NONE;  // a stray continuation byte or an invalid lead byte
    }
    for (*n = 1; *n < want; (*n)++) {
        unsigned char c;
        READ_OR_RETURN(&c);
        text[*n] = (char)c;
    }
    return KEY_TEXT;
}

static int control_key(unsigned char c) {
    switch (c) {
        case 1: return KEY_HOME;              // Ctrl-A
        case 2: return KEY_LEFT;              // Ctrl-B
        case 4: return KEY_EOF;               // Ctrl-D
        case 5: return KEY_END;               // Ctrl-E
        case 6: return KEY_RIGHT;             // Ctrl-F
        case 8: case 127: return KEY_BACKSPACE;
        case 9: return KEY_TAB;
        case 10: case 13: return KEY_ENTER;
        case 11: return KEY_KILL_END;         // Ctrl-K
        case 12: return KEY_CLEAR;            // Ctrl-L
        case 14: return KEY_DOWN;             // Ctrl-N
        case 16: return KEY_UP;               // Ctrl-P
        case 21: return KEY_KILL_START;       // Ctrl-U
        case 23: return KEY_KILL_WORD_LEFT;   // Ctrl-W
        case 25: return KEY_YANK;             // Ctrl-Y
        default: return KEY_NONE;
    }
}

// Reads one key; for KEY_TEXT the character's bytes are in text[0..*n).
static int read_key(char text[4], size_t *n) {
    unsigned char c;
    READ_OR_RETURN(&c);
    *n = 1;
    text[0] = (char)c;
    if (c == 27) {
        return read_escape();
    }
    if (c < 0x20 || c == 127) {
        return control_key(c);
    }
    return c < 0x80 ? KEY_TEXT : read_utf8_tail(text, n);
}

// ---------------------------------------------------------------------------------------
// The edit loop

enum { ED_CONTINUE, ED_ACCEPT, ED_EOF, ED_SIGNAL, ED_NOMEM };

static int apply_key(editor_t *e, int key, const char *text, size_t n) {
    switch (key) {
        case KEY_TEXT: insert(e, text, n); break;
        // A tab would make column arithmetic depend on tab stops; indenting is what it is
        // typed for at the prompt, so it inserts spaces.
        case KEY_TAB: insert(e, "    ", 4); break;
        case KEY_LEFT: move_to(e, prev_char(e, e->pos)); break;
        case KEY_RIGHT: move_to(e, next_char(e, e->pos)); break;
        case KEY_HOME: move_to(e, 0); break;
        case KEY_END: move_to(e, e->len); break;
        case KEY_WORD_LEFT: move_to(e, word_left(e)); break;
        case KEY_WORD_RIGHT: move_to(e, word_right(e)); break;
        case KEY_UP: history_move(e, -1); break;
        case KEY_DOWN: history_move(e, 1); break;
        case KEY_BACKSPACE: delete_range(e, prev_char(e, e->pos), e->pos, 0); break;
        case KEY_DELETE: delete_range(e, e->pos, next_char(e, e->pos), 0); break;
        case KEY_KILL_START: delete_range(e, 0, e->pos, 1); break;
        case KEY_KILL_END: delete_range(e, e->pos, e->len, 1); break;
        case KEY_KILL_WORD_LEFT: delete_range(e, word_left(e), e->pos, 1); break;
        case KEY_KILL_WORD_RIGHT: delete_range(e, e->pos, word_right(e), 1); break;
        case KEY_YANK: insert(e, kill_text, kill_len); break;
        case KEY_CLEAR: clear_screen(e); break;
        case KEY_EOF:
            // Ctrl-D ends input on an empty line and deletes forward otherwise (readline's
            // behaviour).
            if (e->len == 0) {
                return ED_EOF;
            }
            delete_range(e, e->pos, next_char(e, e->pos), 0);
            break;
        case KEY_ENTER: return ED_ACCEPT;
        case KEY_INPUT_END: return ED_EOF;
        case KEY_SIGNAL: return ED_SIGNAL;
        default: break;
    }
    return e->nomem ? ED_NOMEM : ED_CONTINUE;
}

// Raw mode, except that ISIG stays on (Ctrl-C remains a signal) and output processing is
// kept (output from other threads still gets its carriage returns).
static int enter_raw_mode(struct termios *saved) {
    if (tcgetattr(STDIN_FILENO, saved) < 0) {
        return -1;
    }
    struct termios raw = *saved;
    raw.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    raw.c_cflag |= CS8;
    raw.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    // TCSADRAIN, not TCSAFLUSH: keys typed ahead while code ran must not be lost.
    return tcsetattr(STDIN_FILENO, TCSADRAIN, &raw);
}

// Runs keys until the line is accepted or abandoned. Detached: touches no objects.
static int edit_loop(editor_t *e) {
    struct termios saved;
    int raw = enter_raw_mode(&saved) == 0;
    int r;
    do {
        char text[4];
        size_t n = 0;
        int key = read_key(text, &n);
        r = apply_key(e, key, text, n);
    } while (r == ED_CONTINUE);
    if (raw) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved);
    }
    return r;
}

static int editor_init(editor_t *e, const char *prompt) {
    memset(e, 0, sizeof *e);
    const char *nl = strrchr(prompt, '\n');
    e->prompt_row = nl != NULL ? nl + 1 : prompt;
    e->prompt_width = text_width(e->prompt_row, strlen(e->prompt_row));
    e->hist_index = hist.n;
    e->nedits = hist.n + 1;
    e->edits = wf_mem_calloc((size_t)e->nedits, sizeof(char *));
    if (reserve(e, 80) < 0 || e->edits == NULL) {
        wf_mem_free(e->buf);
        wf_mem_free(e->edits);
        return -1;
    }
    e->buf[0] = '\0';
    return 0;
}

static void editor_fini(editor_t *e) {
    for (int i = 0; i < e->nedits; i++) {
        wf_mem_free(e->edits[i]);
    }
    wf_mem_free(e->edits);
}

int wf_lineedit_usable(void) {
    const char *term = getenv("TERM");
    return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) &&
           !(term != NULL && strcmp(term, "dumb") == 0);
}

int wf_lineedit_read(const char *prompt, char **line, size_t *len) {
    editor_t e;
    if (editor_init(&e, prompt) < 0) {
        wf_err_nomemory();
        return -1;
    }
    WF_BLOCKING_BEGIN();
    write_all(prompt, strlen(prompt));
    WF_BLOCKING_END();
    int r;
    for (;;) {
        WF_BLOCKING_BEGIN();
        r = edit_loop(&e);
        WF_BLOCKING_END();
        if (r != ED_SIGNAL) {
            break;
        }
        // The Python handler runs attached. If it returns, editing goes on, on a redrawn
        // row: the handler may have printed.
        if (wf_signals_run_handlers() < 0) {
            break;
        }
        wf_sys_flush_std_streams();
        WF_BLOCKING_BEGIN();
        refresh(&e);
        WF_BLOCKING_END();
    }
    if (r != ED_EOF) {
        WF_BLOCKING_BEGIN();
        finish_row(&e);
        WF_BLOCKING_END();
    }
    editor_fini(&e);
    if (r != ED_ACCEPT) {
        wf_mem_free(e.buf);
        if (r == ED_NOMEM) {
            wf_err_nomemory();
        }
        return r == ED_EOF ? 0 : -1;
    }
    history_add(e.buf, e.len);
    *line = e.buf;
    *len = e.len;
    return 1;
}
