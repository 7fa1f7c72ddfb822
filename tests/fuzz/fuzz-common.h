/* fuzz-common.h: what the fuzz targets share: logging that aborts, loading and saving with checks
 *
 * Each target is one source file built two ways: with libFuzzer (tests/fuzz/meson.build, clang
 * only) and with fuzz-replay.c as a plain test program that runs the saved inputs of
 * tests/data/fuzz/ in the ordinary suite.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "io/cg-io.h"

G_BEGIN_DECLS

/* Inputs larger than this are skipped: fuzz with -max_len at most this. */
#define FUZZ_MAX_INPUT (1024 * 1024)

/* The entry points libFuzzer calls; fuzz-replay.c calls them the same way. */
int         LLVMFuzzerInitialize   (int            *argc,
                                    char         ***argv);
int         LLVMFuzzerTestOneInput (const uint8_t  *data,
                                    size_t          size);

/* Prints "ERROR: fuzz: " and the message on stderr, then aborts: a finding. */
G_NORETURN
void        fuzz_fail              (const char     *format,
                                    ...) G_GNUC_PRINTF (1, 2);

/* Checks a refusal: a CG_IO_ERROR whose message is valid UTF-8 and starts with "@name:". */
void        fuzz_check_error       (const GError   *error,
                                    const char     *name);
/* @data as a workshop, or NULL when the loader refuses it (checked with fuzz_check_error). */
CgWorkshop *fuzz_load              (const char     *data,
                                    gsize           length,
                                    const char     *name);
/* Saves @workshop, then checks that saving would be allowed (cg_workshop_check_savable), that
 * the bytes load again and that the loaded copy saves to the same bytes. @what names the
 * workshop in a failure. Returns the saved bytes. */
GBytes     *fuzz_save_and_check    (CgWorkshop     *workshop,
                                    const char     *what);
/* Fails unless @a and @b hold the same bytes, showing where they first differ. */
void        fuzz_assert_same_bytes (GBytes         *a,
                                    GBytes         *b,
                                    const char     *what);

G_END_DECLS
