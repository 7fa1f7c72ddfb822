/* test-render-series.c: the summary of a whole series counts an idea carried from one event to
 * the next once: listed once, one private note left out, one idea for its voice
 *
 * The PDF checks run poppler's pdftotext and are skipped when it is not installed; the checks
 * of the summary's figures need nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-test-util.h"

#include <string.h>

#include "model/cg-carry.h"
#include "render/cg-summary-export.h"
#include "render/cg-summary-private.h"

#define EVENING "Evening sessions at the clinic"
#define PARKING "Free parking for visitors"
#define SECRET "Asked that what happened on the ward stays in the room"
#define GROUPS "Peer-led groups in the library"

typedef struct
{
  CgTestSummary     base;    /* the workshop, the options, the folder */
  CgEvent          *march;
  CgEvent          *june;
  CgVoice          *lived;
  CgVoice          *staff;
  CgTheme          *contacts;
  CgTheme          *peers;
  CgIdea           *evening;
  CgIdea           *secret;
} Fixture;

/* March: evening (lived, First contacts, 1 vote), parking (staff, First contacts, 2 votes,
 * closed), secret (lived, private); an action in progress on evening. Evening and secret are
 * brought forward to June (no votes there), where groups (lived, Peer roles, 3 votes) is new. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CgWorkshop *workshop = cg_workshop_new ("Crisis care series");
  const char *linked[2] = { NULL, NULL };
  CgAction *action;
  CgIdea *parking;

  fixture->march = cg_test_add (workshop, cg_event_new ("March"));
  fixture->june = cg_test_add (workshop, cg_event_new ("June"));
  fixture->lived = cg_test_add (workshop, cg_voice_new ("Lived experience", "#e69f00"));
  fixture->staff = cg_test_add (workshop, cg_voice_new ("Staff", "#009e73"));
  fixture->contacts = cg_test_add (workshop, cg_theme_new ("First contacts", "#332288"));
  fixture->peers = cg_test_add (workshop, cg_theme_new ("Peer roles", "#cc6677"));
  cg_voice_set_attendance (fixture->lived, fixture->march, 6);
  cg_voice_set_attendance (fixture->lived, fixture->june, 5);
  cg_voice_set_attendance (fixture->staff, fixture->march, 3);

  fixture->evening = cg_test_add_idea (workshop, EVENING, fixture->march, fixture->lived,
                                       fixture->contacts, 1);
  parking = cg_test_add_idea (workshop, PARKING, fixture->march, fixture->staff,
                              fixture->contacts, 2);
  cg_idea_set_status (parking, CG_IDEA_STATUS_CLOSED);
  fixture->secret = cg_test_add_idea (workshop, SECRET, fixture->march, fixture->lived, NULL, 0);
  cg_idea_set_private (fixture->secret, TRUE);

  linked[0] = cg_object_get_id (CG_OBJECT (fixture->evening));
  action = cg_test_add (workshop, cg_action_new ("First contacts", "Open two evenings"));
  cg_action_set_idea_ids (action, linked);
  cg_action_set_status (action, CG_ACTION_STATUS_IN_PROGRESS);

  g_assert_cmpuint (cg_workshop_carry_forward (workshop, fixture->march, fixture->june), ==, 2);
  cg_test_add_idea (workshop, GROUPS, fixture->june, fixture->lived, fixture->peers, 3);
  cg_test_summary_set_up (&fixture->base, workshop);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cg_test_summary_tear_down (&fixture->base);
}

/* How many times @text is listed in @data, and with how many votes the last time. */
static guint
count_listed (CgSummaryData *data,
              const char    *text,
              guint         *votes)
{
  guint n = 0;

  for (guint g = 0; g < data->groups->len; g++)
    {
      CgThemeGroup *group = g_ptr_array_index (data->groups, g);

      for (guint i = 0; i < group->ideas->len; i++)
        {
          CgIdeaEntry *entry = &g_array_index (group->ideas, CgIdeaEntry, i);

          if (g_str_equal (cg_idea_get_text (entry->idea), text))
            {
              n++;
              *votes = entry->votes;
            }
        }
    }
  return n;
}

static guint
position_of (GPtrArray *array,
             gpointer   item)
{
  guint position;

  g_assert_true (g_ptr_array_find (array, item, &position));
  return position;
}

/* ---- The figures ---- */

static void
test_data_whole_series (Fixture       *fixture,
                        gconstpointer  data)
{
  CgSummaryData *summary = cg_summary_data_new (fixture->base.workshop, fixture->base.options);
  guint lived = position_of (summary->voices, fixture->lived);
  guint staff = position_of (summary->voices, fixture->staff);
  guint votes = 0;

  /* four ideas said across the series (the workshop holds six), one of them private */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (fixture->base.workshop)), ==,
                    6);
  g_assert_cmpuint (summary->n_ideas, ==, 3);
  g_assert_cmpuint (summary->n_private, ==, 1);

  /* the carried idea once, with its March vote (none yet at June) */
  g_assert_cmpuint (count_listed (summary, EVENING, &votes), ==, 1);
  g_assert_cmpuint (votes, ==, 1);
  g_assert_cmpuint (count_listed (summary, GROUPS, &votes), ==, 1);
  g_assert_cmpuint (votes, ==, 3);
  g_assert_cmpuint (count_listed (summary, SECRET, &votes), ==, 0);

  /* voices: lived experience gave evening and groups, staff parking */
  g_assert_cmpuint (summary->voice_ideas[lived], ==, 2);
  g_assert_cmpuint (summary->voice_ideas[staff], ==, 1);
  /* the theme-by-voice grid: First contacts is the first group */
  g_assert_true (((CgThemeGroup *) g_ptr_array_index (summary->groups, 0))->theme ==
                 fixture->contacts);
  g_assert_cmpuint (cg_summary_data_grid (summary, 0, lived), ==, 1);
  g_assert_cmpuint (cg_summary_data_grid (summary, 0, staff), ==, 1);
  g_assert_cmpuint (cg_summary_data_grid (summary, 1, lived), ==, 1);
  cg_summary_data_free (summary);

  /* with private notes asked for, the private one shows once too */
  fixture->base.options->include_private = TRUE;
  summary = cg_summary_data_new (fixture->base.workshop, fixture->base.options);
  g_assert_cmpuint (summary->n_ideas, ==, 4);
  g_assert_cmpuint (summary->n_private, ==, 1);
  g_assert_cmpuint (count_listed (summary, SECRET, &votes), ==, 1);
  g_assert_cmpuint (summary->voice_ideas[lived], ==, 3);
  cg_summary_data_free (summary);
}

/* One event's summary is its own ideas, carried copies included, as before. */
static void
test_data_one_event (Fixture       *fixture,
                     gconstpointer  data)
{
  CgSummaryData *summary = NULL;
  guint votes = 99;

  cg_summary_options_set_event (fixture->base.options, fixture->june);
  summary = cg_summary_data_new (fixture->base.workshop, fixture->base.options);
  g_assert_cmpuint (summary->n_ideas, ==, 2);
  g_assert_cmpuint (summary->n_private, ==, 1);
  g_assert_cmpuint (count_listed (summary, EVENING, &votes), ==, 1);
  g_assert_cmpuint (votes, ==, 0);
  cg_summary_data_free (summary);

  cg_summary_options_set_event (fixture->base.options, fixture->march);
  summary = cg_summary_data_new (fixture->base.workshop, fixture->base.options);
  g_assert_cmpuint (summary->n_ideas, ==, 2);
  g_assert_cmpuint (summary->n_private, ==, 1);
  g_assert_cmpuint (count_listed (summary, EVENING, &votes), ==, 1);
  g_assert_cmpuint (votes, ==, 1);
  cg_summary_data_free (summary);
}

/* ---- The PDF a reader gets ---- */

/* The text of @pdf, squeezed, or NULL (and the test skipped) without pdftotext. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *out = cg_test_pdf_text (pdf);

  return cg_test_squeeze (out);
}

static void
test_pdf_whole_series (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "series.pdf", NULL);
  g_autofree char *warning = NULL;
  g_autofree char *text = NULL;
  g_autofree char *said = NULL;
  g_autofree char *voices = NULL;
  g_autofree char *plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_summary_export (fixture->base.workshop, fixture->base.options, "pdf", path,
                                    &warning, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  if (text == NULL)
    return;

  /* the cover says how it counts, and leaves out one private note, not one per event */
  g_assert_nonnull (strstr (text, "Counts are for the whole series: an idea carried from one "
                                  "event to the next counts once."));
  g_assert_nonnull (strstr (text, "1 private note was left out."));
  g_assert_null (strstr (text, SECRET));

  /* the carried idea is listed once, with its one vote */
  said = cg_test_dup_section (text, "What people said", "Whose voices were heard");
  g_assert_cmpuint (cg_test_count_in (said, EVENING), ==, 1);
  g_assert_nonnull (strstr (said, EVENING " Idea · Lived experience · 1 vote"));
  g_assert_null (strstr (said, "0 votes"));
  g_assert_cmpuint (cg_test_count_in (said, PARKING), ==, 1);
  g_assert_cmpuint (cg_test_count_in (said, GROUPS), ==, 1);

  /* voices: two ideas of three from lived experience, one from staff */
  voices = cg_test_dup_section (text, "Whose voices were heard", "You said, we did");
  g_assert_nonnull (strstr (voices, "67% of ideas (2 ideas)"));
  g_assert_nonnull (strstr (voices, "33% of ideas (1 idea)"));
  g_assert_null (strstr (voices, "(3 ideas)"));

  /* the action linked to the idea and to its copy quotes it once */
  plan = cg_test_dup_section (text, "You said, we did", NULL);
  g_assert_cmpuint (cg_test_count_in (plan, EVENING), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/series/data-whole-series", test_data_whole_series);
  ADD ("/render/series/data-one-event", test_data_one_event);
  ADD ("/render/series/pdf-whole-series", test_pdf_whole_series);
#undef ADD

  return g_test_run ();
}
