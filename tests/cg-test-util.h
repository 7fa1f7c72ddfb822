/* cg-test-util.h: small helpers the test suites share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "model/cg-model.h"
#include "render/cg-summary.h"

G_BEGIN_DECLS

/* Removes @path and, when it is a folder, everything in it (a test's temporary folder). */
void cg_test_remove_tree (const char *path);

/* Adds @object (a new object the caller owns) to @workshop, drops the caller's reference and
 * returns it, now borrowed from the workshop. */
gpointer cg_test_add (CgWorkshop *workshop,
                      gpointer    object);

/* The whole of the file at @path (which must be readable), NUL-terminated. */
char    *cg_test_read_text (const char *path);

/* The workshop as its file's text: two workshops are the same when these are equal. */
char    *cg_test_save_to_string (CgWorkshop *workshop);

/* The text of the PDF at @path as poppler's pdftotext reads it, or NULL (and the test skipped)
 * when pdftotext is not installed. */
char    *cg_test_pdf_text (const char *path);
/* The same for page @page alone (1 for the first; 0: every page). */
char    *cg_test_pdf_page_text (const char *path,
                                guint       page);

/* tests/data/sample.cgw, loaded (the test fails when it does not load). */
CgWorkshop *cg_test_load_sample (void);

/* What a summary test works on: a workshop, A4 options, and a new temporary folder. */
typedef struct
{
  CgWorkshop       *workshop;
  CgSummaryOptions *options;
  char             *dir;
} CgTestSummary;

/* Takes @workshop (NULL: the sample). */
void     cg_test_summary_set_up    (CgTestSummary *f,
                                    CgWorkshop    *workshop);
/* Removes the folder, and checks the workshop is not held anywhere. */
void     cg_test_summary_tear_down (CgTestSummary *f);

G_END_DECLS
