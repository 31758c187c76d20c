// Terminal line editing for the interactive loop (runtime/repl.c): a small single-row
// editor with cursor movement, kill/yank, history and UTF-8 aware cursor motion, written
// against termios and VT100 escape sequences only (no external library).
//
// Keys: Left/Right (Ctrl-B/F), by words with Alt-B/F or Ctrl-Left/Right; Home/End
// (Ctrl-A/E); Backspace; Delete; Ctrl-D (delete, or end of input on an empty line);
// Ctrl-U/K kill to the start/end of the line, Ctrl-W/Alt-D a word back/forward, Ctrl-Y
// puts the killed text back; Up/Down (Ctrl-P/N) browse the history; Ctrl-L clears the
// screen; Tab inserts four spaces; Enter accepts the line.
//
// The history is process-wide: the lines accepted by wf_lineedit_read this session, after
// those loaded from the history file.
#ifndef WF_RUNTIME_LINEEDIT_H
#define WF_RUNTIME_LINEEDIT_H

#include <stddef.h>

// 1 when stdin and stdout are terminals that understand the escape sequences used here
// (TERM is not "dumb"), so wf_lineedit_read may be used; 0 otherwise.
int wf_lineedit_usable(void);

// Shows `prompt` on stdout and reads one line from stdin with editing. Returns 1 with
// *line a wf_mem_alloc'd NUL-terminated string without the line end (*len its length,
// caller frees), 0 at end of input (Ctrl-D on an empty line, or a read error), or -1 with
// an exception set: what a signal handler raised (KeyboardInterrupt for Ctrl-C), or
// MemoryError. The thread state is detached while waiting for keys. A non-blank line
// differing from the previous entry is appended to the history.
int wf_lineedit_read(const char *prompt, char **line, size_t *len);

// Loads up to the last 1000 lines of the history file `path` (one entry per line); call it
// before the first read. Missing or unreadable files are ignored.
void wf_lineedit_history_load(const char *path);

// Appends this session's entries to `path` (rewriting it when it has grown well past the
// 1000 entries kept). Errors are ignored: history is a convenience.
void wf_lineedit_history_save(const char *path);

// Frees the history and the text kept for Ctrl-Y.
void wf_lineedit_clear(void);

#endif
