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

G_END_DECLS
