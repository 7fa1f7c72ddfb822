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

/* Adds to @workshop a new idea saying @text, at @event (may be NULL), from @voice (may be
 * NULL), in @theme (NULL: unsorted), with @votes at @event; returns it, borrowed. */
CgIdea  *cg_test_add_idea (CgWorkshop *workshop,
                           const char *text,
                           CgEvent    *event,
                           CgVoice    *voice,
                           CgTheme    *theme,
                           guint       votes);

/* The text of the PDF at @path as poppler's pdftotext reads it, or NULL (and the test skipped)
 * when pdftotext is not installed. */
char    *cg_test_pdf_text (const char *path);
/* The same for page @page alone (1 for the first; 0: every page). */
char    *cg_test_pdf_page_text (const char *path,
                                guint       page);
/* The same read with pdftotext's @option ("-raw", "-layout"; NULL: none). */
char    *cg_test_pdf_read (const char *path,
                           guint       page,
                           const char *option);
/* How many times @needle is in @haystack (overlapping ones too). */
guint    cg_test_count_in (const char *haystack,
                           const char *needle);
/* A copy of the part of @text from @start up to @end (NULL: to the end); the test fails,
 * showing @text, when @start is not in it. */
char    *cg_test_dup_section (const char *text,
                              const char *start,
                              const char *end);
/* @text with every run of white space made one space, none at either end (for finding
 * wrapped text); NULL for NULL. */
char    *cg_test_squeeze (const char *text);

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
