/* cg-export-language.h: a summary in a language other than the application's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/cg-workshop.h"
#include "render/cg-summary.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;    /* "cy": what LANGUAGE takes */
  const char *name;    /* "Cymraeg": the language's own name for itself */
  const char *locale;  /* "cy_GB.UTF-8": for its dates and numbers */
} CgSummaryLanguage;

/* The languages a summary can be written in on this computer: English, and each language with
 * a translation installed whose locale the computer has. A new array of borrowed entries.
 * Returns: (transfer full). */
GPtrArray *cg_summary_languages (void);

/* Writes the summary of @workshop as cg_summary_export () does, in @language: the application
 * runs again (--export, the workshop given on its standard input, so nothing of it is written
 * anywhere else), with @language's LANGUAGE and locale. Gettext cannot change language for one
 * thread of a running program when LANGUAGE is set, as desktops set it, so this is the way
 * that always works. $CG_COMMAND names the program to run (tests run from the build folder);
 * otherwise it is this program. Cancelling stops it, and the safe writer leaves no file. */
void     cg_export_in_language_async  (CgWorkshop              *workshop,
                                       const CgSummaryOptions  *options,
                                       const char              *format,
                                       const char              *output_path,
                                       const CgSummaryLanguage *language,
                                       GCancellable            *cancellable,
                                       GAsyncReadyCallback      callback,
                                       gpointer                 user_data);
/* TRUE when written; @warning (may be NULL) gets what the program said about characters no
 * font can draw, or NULL. */
gboolean cg_export_in_language_finish (GAsyncResult            *result,
                                       char                   **warning,
                                       GError                 **error);

G_END_DECLS
