/* test-render-cover.c: the summary's front page: the workshop's title, who ran it, the thanks
 * and a box of support contacts, in standard and easy read; the attendance table's columns
 * told apart
 *
 * The checks read the PDF with poppler's pdftotext and are skipped when it is not installed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <string.h>

#include "cg-test-util.h"
#include "render/cg-summary-export.h"

#define TITLE "Crisis care: first contacts"
#define FACILITATOR "Ann Smith and the peer team"
#define THANKS "Thank you for your honesty and your patience with us"
#define SAMARITANS "Samaritans — 116 123 — samaritans.org"
#define BREATHING "Breathing Space — 0800 83 85 87 — breathingspace.scot"
#define DUTY "Duty social worker: 01382 000 000"
#define BOX_LEAD "If today brought up difficult feelings"
#define BOX_LEAD_EASY "If today made you feel upset"

typedef struct
{
  CgTestSummary     base;    /* the workshop, the options, the folder */
  CgEvent          *march;
  CgEvent          *june;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CgWorkshop *workshop = cg_workshop_new (TITLE);
  CgVoice *lived;
  CgTheme *theme;

  fixture->march = cg_test_add (workshop, cg_event_new ("March"));
  fixture->june = cg_test_add (workshop, cg_event_new ("June"));
  cg_event_set_date (fixture->march, "2026-03-12");
  cg_event_set_date (fixture->june, "2026-06-18");
  lived = cg_test_add (workshop, cg_voice_new ("Lived experience", "#e69f00"));
  cg_voice_set_attendance (lived, fixture->march, 6);
  cg_voice_set_attendance (lived, fixture->june, 4);
  theme = cg_test_add (workshop, cg_theme_new ("First contacts", "#332288"));
  cg_test_add_idea (workshop, "A named worker from the first call", fixture->march, lived, theme,
                    0);
  cg_test_summary_set_up (&fixture->base, workshop);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cg_test_summary_tear_down (&fixture->base);
}

/* The text of page @page of the summary as PDF, squeezed (or as pdftotext -layout lays it out,
 * line by line, with @layout); NULL, and the test skipped, without pdftotext. */
static char *
cover_text (Fixture  *fixture,
            int       page,
            gboolean  layout)
{
  g_autofree char *pdf = g_build_filename (fixture->base.dir, "summary.pdf", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_summary_export (fixture->base.workshop, fixture->base.options, "pdf", pdf,
                                    NULL, &error));
  g_assert_no_error (error);
  out = cg_test_pdf_read (pdf, page, layout ? "-layout" : "-raw");
  return layout ? g_steal_pointer (&out) : cg_test_squeeze (out);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  g_autofree char *squeezed = cg_test_squeeze (needle);

  if (strstr (text, squeezed) == NULL)
    g_error ("“%s” is missing from the front page:\n%s", squeezed, text);
}

static void
set_properties (CgWorkshop *workshop)
{
  cg_workshop_set_facilitator (workshop, FACILITATOR);
  cg_workshop_set_thanks (workshop, THANKS);
  /* a blank line and spaces around a contact are not contacts of their own */
  cg_workshop_set_support (workshop, SAMARITANS "\n\n  " BREATHING "  \n" DUTY "\n");
}

/* Title, who ran it, the thanks and every contact, all on the first page, in both summaries. */
static void
test_cover_front_page (Fixture       *fixture,
                       gconstpointer  data)
{
  gboolean easy_read = GPOINTER_TO_INT (data);
  g_autofree char *text = NULL;

  set_properties (fixture->base.workshop);
  fixture->base.options->easy_read = easy_read;
  text = cover_text (fixture, 1, FALSE);
  if (text == NULL)
    return;

  assert_contains (text, TITLE);
  assert_contains (text, "Run by " FACILITATOR);
  assert_contains (text, THANKS);
  assert_contains (text, easy_read ? BOX_LEAD_EASY : BOX_LEAD);
  assert_contains (text, SAMARITANS);
  assert_contains (text, BREATHING);
  assert_contains (text, DUTY);
  /* in the order given, each once */
  g_assert_true (strstr (text, SAMARITANS) < strstr (text, BREATHING));
  g_assert_true (strstr (text, BREATHING) < strstr (text, DUTY));
  g_assert_null (strstr (strstr (text, SAMARITANS) + 1, SAMARITANS));
}

/* No contacts: no box, not even an empty one; the summary still thanks everyone. */
static void
test_cover_no_contacts (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *easy = NULL;

  cg_workshop_set_support (fixture->base.workshop, " \n\t\n");
  text = cover_text (fixture, 1, FALSE);
  if (text == NULL)
    return;
  assert_contains (text, TITLE);
  assert_contains (text, "Thank you to everyone who came");
  g_assert_null (strstr (text, BOX_LEAD));
  g_assert_null (strstr (text, "talk to"));
  g_assert_null (strstr (text, "Run by"));

  fixture->base.options->easy_read = TRUE;
  easy = cover_text (fixture, 1, FALSE);
  assert_contains (easy, "Thank you for coming");
  g_assert_null (strstr (easy, BOX_LEAD_EASY));
  g_assert_null (strstr (easy, "talk to"));
}

/* The line of the attendance table's header row ("Group ... All events"), laid out. */
static char *
dup_header_row (const char *layout)
{
  g_auto(GStrv) lines = g_strsplit (layout, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (g_strchug (lines[i]), "Group") && strstr (lines[i], "All events"))
      return cg_test_squeeze (lines[i]);
  g_error ("the attendance table has no header row:\n%s", layout);
}

/* Two events on one day are headed by their titles; two with the same title and no date are
 * numbered. */
static void
test_attendance_columns (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *layout = NULL;
  g_autofree char *row = NULL;

  cg_event_set_title (fixture->march, "Morning");
  cg_event_set_title (fixture->june, "Evening");
  cg_event_set_date (fixture->june, "2026-03-12");
  layout = cover_text (fixture, 1, TRUE);
  if (layout == NULL)
    return;
  row = dup_header_row (layout);
  g_assert_nonnull (strstr (row, "Morning"));
  g_assert_nonnull (strstr (row, "Evening"));
  g_assert_null (strstr (row, "2026"));

  g_clear_pointer (&layout, g_free);
  g_clear_pointer (&row, g_free);
  cg_event_set_title (fixture->march, "Open day");
  cg_event_set_title (fixture->june, "Open day");
  cg_event_set_date (fixture->march, NULL);
  cg_event_set_date (fixture->june, NULL);
  layout = cover_text (fixture, 1, TRUE);
  row = dup_header_row (layout);
  g_assert_nonnull (strstr (row, "1. Open day"));
  g_assert_nonnull (strstr (row, "2. Open day"));

  /* distinct dates stay the headings */
  g_clear_pointer (&layout, g_free);
  g_clear_pointer (&row, g_free);
  cg_event_set_date (fixture->march, "2026-03-12");
  cg_event_set_date (fixture->june, "2026-06-18");
  layout = cover_text (fixture, 1, TRUE);
  row = dup_header_row (layout);
  g_assert_nonnull (strstr (row, "12 March 2026"));
  g_assert_nonnull (strstr (row, "18 June 2026"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/cover/front-page", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_cover_front_page, fixture_tear_down);
  g_test_add ("/render/cover/front-page-easy-read", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_cover_front_page, fixture_tear_down);
  g_test_add ("/render/cover/no-contacts", Fixture, NULL, fixture_set_up,
              test_cover_no_contacts, fixture_tear_down);
  g_test_add ("/render/cover/attendance-columns", Fixture, NULL, fixture_set_up,
              test_attendance_columns, fixture_tear_down);

  return g_test_run ();
}
