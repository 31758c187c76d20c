// Disassembler (runtime/dis.h): one line per instruction with its index, source line,
// name, argument and what the argument means, then the exception table; nested code
// objects follow. The layout is close to CPython's dis so listings can be compared by eye.
#include "runtime/dis.h"

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

#include <string.h>

static const char *const binop_symbols[] = {
#define WF_BINOP(id, sym, d, rd, id_, isym) sym,
#include "objects/binops.def"
#undef WF_BINOP
};
static const char *const binop_isymbols[] = {
#define WF_BINOP(id, sym, d, rd, id_, isym) isym,
#include "objects/binops.def"
#undef WF_BINOP
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

// Print a str object's UTF-8 (or "?" for anything unprintable). Never raises.
static void put_str(FILE *out, wf_object_t *s) {
    wf_ssize_t n;
    const char *p = s && WF_STR_CHECK(s) ? wf_str_as_utf8(s, &n) : NULL;
    if (p == NULL) {
        wf_err_clear();
        fputs("?", out);
        return;
    }
    fwrite(p, 1, (size_t)n, out);
}

static void put_repr(FILE *out, wf_object_t *o) {
    wf_object_t *r = wf_repr(o);
    if (r == NULL) {
        wf_err_clear();
        fputs("?", out);
        return;
    }
    put_str(out, r);
    WF_DECREF(r);
}

static wf_object_t *tuple_item(wf_object_t *t, int i) {
    return (i >= 0 && i < WF_TUPLE_SIZE(t)) ? WF_TUPLE_GET(t, i) : NULL;
}

static void put_name(FILE *out, wf_object_t *t, int i) {
    wf_object_t *s = tuple_item(t, i);
    if (s == NULL) {
        fputs("?", out);
    } else {
        put_str(out, s);
    }
}

static void put_argrepr(FILE *out, wf_code_t *co, int op, int arg, wf_ssize_t next) {
    switch (wf_opcode_argkinds[op]) {
    case WF_ARG_CONST: {
        wf_object_t *k = tuple_item(co->consts, arg);
        if (k != NULL) {
            put_repr(out, k);
        }
        break;
    }
    case WF_ARG_NAME:
        put_name(out, co->names, arg);
        break;
    case WF_ARG_NAME1:
        put_name(out, co->names, arg >> 1);
        if (arg & 1) {
            fputs(op == WF_OP_LOAD_ATTR ? " + NULL|self" : " + NULL", out);
        }
        break;
    case WF_ARG_NAME2:
        put_name(out, co->names, arg >> 2);
        fputs((arg & 2) ? " (2 args)" : "", out);
        fputs((arg & 1) ? " + NULL|self" : "", out);
        break;
    case WF_ARG_LOCAL:
        put_name(out, co->localsplusnames, arg);
        break;
    case WF_ARG_JREL:
        fprintf(out, "to %zd", (size_t)(next + arg));
        break;
    case WF_ARG_JBACK:
        fprintf(out, "to %zd", (size_t)(next - arg));
        break;
    case WF_ARG_BINOP: {
        int b = arg & 0x7f;
        if (b < WF_BINOP_COUNT) {
            fputs((arg & WF_BINOP_ARG_INPLACE) ? binop_isymbols[b] : binop_symbols[b], out);
        }
        break;
    }
    case WF_ARG_CMP:
        if (arg >= 0 && arg < 6) {
            fputs(cmp_symbols[arg], out);
        }
        break;
    case WF_ARG_INTR1:
        if (arg < WF_INTRINSIC1_COUNT) {
            fputs(wf_intrinsic1_names[arg], out);
        }
        break;
    case WF_ARG_INTR2:
        if (arg < WF_INTRINSIC2_COUNT) {
            fputs(wf_intrinsic2_names[arg], out);
        }
        break;
    case WF_ARG_CONV:
        fputs(arg == WF_CONV_STR ? "str" : arg == WF_CONV_REPR ? "repr" : "ascii", out);
        break;
    case WF_ARG_FNATTR:
        fputs(arg == WF_FNATTR_DEFAULTS      ? "defaults"
              : arg == WF_FNATTR_KWDEFAULTS  ? "kwdefaults"
              : arg == WF_FNATTR_ANNOTATIONS ? "annotations"
              : arg == WF_FNATTR_CLOSURE     ? "closure"
                                             : "type_params",
              out);
        break;
    case WF_ARG_INT:
        if (op == WF_OP_IS_OP) {
            fputs(arg ? "is not" : "is", out);
        } else if (op == WF_OP_CONTAINS_OP) {
            fputs(arg ? "not in" : "in", out);
        }
        break;
    default:
        break;
    }
}

static void dis_one(wf_code_t *co, FILE *out) {
    int last_line = -2;
    for (wf_ssize_t i = 0; i < co->ninstr; i = wf_instr_next(co->instr, i)) {
        wf_codeunit_t u = co->instr[i];
        int op = WF_INSTR_OP(u), arg = WF_INSTR_ARG(u);
        if (op >= WF_OP_COUNT) {
            fprintf(out, "            %5zd <%d>\n", (size_t)i, op);
            continue;
        }
        int line = wf_code_addr2line(co, i);
        if (line != last_line) {
            if (last_line != -2) {
                fputc('\n', out);
            }
            if (line >= 0) {
                fprintf(out, "%4d ", line);
            } else {
                fputs("  -- ", out);
            }
            last_line = line;
        } else {
            fputs("     ", out);
        }
        fprintf(out, "%7zd %-28s", (size_t)i, wf_opcode_names[op]);
        int kind = wf_opcode_argkinds[op];
        if (kind != WF_ARG_NONE) {
            fprintf(out, " %5d", arg);
            if (kind != WF_ARG_INT || op == WF_OP_IS_OP || op == WF_OP_CONTAINS_OP) {
                fputs(" (", out);
                put_argrepr(out, co, op, arg, wf_instr_next(co->instr, i));
                fputc(')', out);
            }
        }
        fputc('\n', out);
    }
    if (co->nexctable > 0) {
        fputs("ExceptionTable:\n", out);
        for (int k = 0; k < co->nexctable; k++) {
            const wf_exc_entry_t *e = &co->exctable[k];
            fprintf(out, "  %d to %d -> %d [%d]%s\n", e->start, e->end, e->handler, e->depth,
                    e->lasti ? " lasti" : "");
        }
    }
}

static void header(wf_code_t *co, FILE *out) {
    fputs("Disassembly of <code object ", out);
    put_str(out, co->name);
    fputs(", file \"", out);
    put_str(out, co->filename);
    fprintf(out, "\", line %d>:\n", co->firstlineno);
}

static void dis_rec(wf_code_t *co, FILE *out, int nested) {
    if (nested) {
        fputc('\n', out);
        header(co, out);
    }
    dis_one(co, out);
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(co->consts); i++) {
        wf_object_t *k = WF_TUPLE_GET(co->consts, i);
        if (WF_CODE_CHECK(k)) {
            dis_rec((wf_code_t *)k, out, 1);
        }
    }
}

void wf_dis_code(wf_object_t *code, FILE *out) {
    if (code == NULL || !WF_CODE_CHECK(code)) {
        fputs("<not a code object>\n", out);
        return;
    }
    dis_rec((wf_code_t *)code, out, 0);
    fflush(out);
}
