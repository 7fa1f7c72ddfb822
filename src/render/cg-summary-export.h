/* cg-summary-export.h: writing a workshop's summary to a PDF, SVG or PNG file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "render/cg-summary.h"

G_BEGIN_DECLS

/* Resolution of PNG pages. */
#define CG_SUMMARY_PNG_DPI 150

/* Writes the summary of @workshop as @format ("pdf", "svg" or "png") to @output_path.
 *
 * PDF: tagged, with a bookmark per theme and metadata. SVG: every page in one file, one below
 * the other. PNG: one file per page, OUT-1.png, OUT-2.png..., where OUT is @output_path without
 * a ".png" ending.
 *
 * Writes atomically: each file goes to a temporary file beside it, renamed into place only when
 * everything is written, so an error leaves no half-written file and any old file untouched.
 * On failure returns FALSE with @error set to one line that names the file.
 *
 * When some notes have characters that no installed font can draw, the files are still written
 * (with boxes in their place) and @warning (may be NULL) is set to one translated line naming
 * those notes and their scripts (cg_summary_get_font_warning()); otherwise, and on failure, it
 * is set to NULL. */
gboolean cg_summary_export (CgWorkshop             *workshop,
                            const CgSummaryOptions *options,
                            const char             *format,
                            const char             *output_path,
                            char                  **warning,
                            GError                **error);

/* After the layout (@done 0) and after each page is written: @done of @n_pages. */
typedef void (*CgSummaryProgressFunc) (guint    done,
                                       guint    n_pages,
                                       gpointer user_data);

/* cg_summary_export(), telling @progress (may be NULL) how far it has got, on the calling
 * thread. When @cancellable is cancelled it stops at the next page with G_IO_ERROR_CANCELLED
 * and leaves no file behind, neither a temporary file nor any PNG page (until the pages'
 * final renames, which go together, quickly, at the end). */
gboolean cg_summary_export_full (CgWorkshop             *workshop,
                                 const CgSummaryOptions *options,
                                 const char             *format,
                                 const char             *output_path,
                                 CgSummaryProgressFunc   progress,
                                 gpointer                progress_data,
                                 GCancellable           *cancellable,
                                 char                  **warning,
                                 GError                **error);

/* The same on a worker thread, which lays out and writes a copy of @workshop taken now: the
 * workshop may change (or go) meanwhile. @progress is called in the thread-default main
 * context of the caller, never after @callback; @progress_data must live until @callback
 * runs. The warning and the error are cg_summary_export()'s. */
void     cg_summary_export_async  (CgWorkshop             *workshop,
                                   const CgSummaryOptions *options,
                                   const char             *format,
                                   const char             *output_path,
                                   CgSummaryProgressFunc   progress,
                                   gpointer                progress_data,
                                   GCancellable           *cancellable,
                                   GAsyncReadyCallback     callback,
                                   gpointer                user_data);
gboolean cg_summary_export_finish (GAsyncResult           *result,
                                   char                  **warning,
                                   GError                **error);

G_END_DECLS
