/* test-retention.c: the date a workshop is kept until, taking out words that need not be kept,
 * and taking out a person's words when they withdraw (issue 16)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cg-test-util.h"
#include "io/cg-io.h"
#include "model/cg-audience.h"
#include "model/cg-merge.h"
#include "model/cg-model.h"
#include "model/cg-retention.h"
#include "model/cg-withdraw.h"
#include "render/cg-summary-export.h"

typedef struct
{
  CgWorkshop *workshop;
  CgEvent    *march;   /* 2026-03-12 */
  CgEvent    *june;    /* 2026-06-18 */
  CgVoice    *lived;
  CgVoice    *carers;
  CgIdea     *story;   /* lived, March, a story, 4 votes */
  CgIdea     *secret;  /* carers, March, private, 2 votes */
  CgIdea     *plain;   /* lived, March, an idea */
  CgIdea     *carried; /* the story carried forward to June */
  CgIdea     *other;   /* carers, June */
} Fixture;

static CgIdea *
add_idea (Fixture    *f,
          const char *text,
          CgVoice    *voice,
          CgEvent    *event)
{
  g_autoptr(CgIdea) idea = cg_idea_new (text);

  cg_idea_set_voice (idea, voice);
  cg_idea_set_event (idea, event);
  cg_workshop_add (f->workshop, idea);
  return idea;
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(CgEvent) march = cg_event_new ("March workshop");
  g_autoptr(CgEvent) june = cg_event_new ("June workshop");
  g_autoptr(CgVoice) lived = cg_voice_new ("Lived experience", "#e69f00");
  g_autoptr(CgVoice) carers = cg_voice_new ("Family and carers", "#56b4e9");

  f->workshop = cg_workshop_new ("Crisis service");
  cg_event_set_date (march, "2026-03-12");
  cg_event_set_date (june, "2026-06-18");
  cg_workshop_add (f->workshop, march);
  cg_workshop_add (f->workshop, june);
  cg_workshop_add (f->workshop, lived);
  cg_workshop_add (f->workshop, carers);
  f->march = march;
  f->june = june;
  f->lived = lived;
  f->carers = carers;
  f->story = add_idea (f, "When I was detained nobody told my mother", lived, march);
  cg_idea_set_kind (f->story, CG_IDEA_KIND_STORY);
  cg_idea_set_votes (f->story, march, 4);
  f->secret = add_idea (f, "My son's name is Daniel", carers, march);
  cg_idea_set_private (f->secret, TRUE);
  cg_idea_set_votes (f->secret, march, 2);
  f->plain = add_idea (f, "A named worker from the first call", lived, march);
  f->carried = add_idea (f, "When I was detained nobody told my mother", lived, june);
  cg_idea_set_kind (f->carried, CG_IDEA_KIND_STORY);
  cg_idea_set_carried_from (f->carried, cg_object_get_id (CG_OBJECT (f->story)));
  f->other = add_idea (f, "Carers need their own support", carers, june);
  cg_history_clear (cg_workshop_get_history (f->workshop));
  /* every change its own undo step */
  g_object_set (cg_workshop_get_history (f->workshop), "coalesce-window", (gint64) 0, NULL);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->workshop);
}

static GDateTime *
day (const char *date)
{
  g_autofree char *iso = g_strconcat (date, "T12:00:00Z", NULL);

  return g_date_time_new_from_iso8601 (iso, NULL);
}

/* Keep until */

static void
test_due_date (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *default_due = cg_retention_dup_due_date (f->workshop, 2);
  g_autofree char *longer = cg_retention_dup_due_date (f->workshop, 5);
  g_autofree char *own = NULL;
  g_autofree char *leap = NULL;
  g_autoptr(CgWorkshop) empty = cg_workshop_new ("Nothing dated");
  g_autoptr(GDateTime) before = day ("2028-06-18");
  g_autoptr(GDateTime) after = day ("2028-06-19");

  /* two years after the last dated event, whatever order the events are in */
  g_assert_cmpstr (default_due, ==, "2028-06-18");
  g_assert_cmpstr (longer, ==, "2031-06-18");
  g_assert_false (cg_retention_is_past (f->workshop, 2, before));
  g_assert_true (cg_retention_is_past (f->workshop, 2, after));

  /* the workshop's own date wins, and is one undo step */
  cg_workshop_set_keep_until (f->workshop, "2027-01-31");
  own = cg_retention_dup_due_date (f->workshop, 2);
  g_assert_cmpstr (own, ==, "2027-01-31");
  g_assert_true (cg_retention_is_past (f->workshop, 2, before));
  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));
  g_assert_cmpstr (cg_workshop_get_keep_until (f->workshop), ==, "");

  /* nothing to count from: no date, never past */
  g_assert_null (cg_retention_dup_due_date (empty, 2));
  g_assert_false (cg_retention_is_past (empty, 2, after));

  /* 29 February goes to 28 February */
  cg_event_set_date (f->june, "2028-02-29");
  leap = cg_retention_dup_due_date (f->workshop, 1);
  g_assert_cmpstr (leap, ==, "2029-02-28");
}

/* The words of private notes and stories go; every idea, voice, vote and count stays; undo brings
 * every word back; the log says how many, never which words. */
static void
test_remove_words (Fixture       *f,
                   gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (f->workshop);
  g_autoptr(GDateTime) today = day ("2029-01-05");
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  g_autofree char *shown = NULL;

  g_assert_cmpuint (cg_retention_remove_words (f->workshop, today), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 5);
  g_assert_cmpstr (cg_idea_get_text (f->story), ==, "");
  g_assert_cmpstr (cg_idea_get_text (f->secret), ==, "");
  g_assert_cmpstr (cg_idea_get_text (f->carried), ==, "");
  g_assert_cmpstr (cg_idea_get_text (f->plain), ==, "A named worker from the first call");
  g_assert_cmpuint (cg_idea_get_votes (f->story, f->march), ==, 4);
  g_assert_cmpuint (cg_idea_get_votes (f->secret, f->march), ==, 2);
  g_assert_true (cg_idea_get_voice (f->story) == f->lived);
  g_assert_true (cg_idea_get_private (f->secret));
  shown = cg_idea_dup_shown_text (f->story, CG_AUDIENCE_SUMMARY);
  g_assert_cmpstr (shown, ==, "Words removed");

  g_assert_true (g_str_has_prefix (cg_workshop_get_log (f->workshop), "2029-01-05 "));
  g_assert_nonnull (strstr (cg_workshop_get_log (f->workshop), "3 private notes and stories"));
  g_assert_null (strstr (cg_workshop_get_log (f->workshop), "detained"));
  g_assert_null (strstr (cg_workshop_get_log (f->workshop), "Daniel"));

  /* one step back brings every word, and the log, back */
  g_assert_true (cg_history_undo (history));
  g_assert_cmpstr (cg_idea_get_text (f->story), ==, "When I was detained nobody told my mother");
  g_assert_cmpstr (cg_idea_get_text (f->secret), ==, "My son's name is Daniel");
  g_assert_cmpstr (cg_idea_get_text (f->carried), ==, "When I was detained nobody told my mother");
  g_assert_cmpstr (cg_workshop_get_log (f->workshop), ==, "");
  g_assert_false (cg_history_get_can_undo (history));

  /* done twice, the second time has nothing to do and records nothing */
  g_assert_true (cg_history_redo (history));
  g_assert_cmpuint (cg_retention_remove_words (f->workshop, today), ==, 0);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
}

/* The words removed are not in the saved file, nor in the summary; keep-until and the log are
 * (format 1.3), and come back from the file as they were. */
static void
test_file_keeps_record (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) today = day ("2029-01-05");
  g_autoptr(GBytes) plain_bytes = cg_workshop_save_to_bytes (f->workshop);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CgWorkshop) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();
  g_autofree char *dir = g_dir_make_tmp ("cg-retention-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *words = NULL;
  const char *text;
  gsize length;

  /* without them, the file is as before */
  text = g_bytes_get_data (plain_bytes, &length);
  g_assert_nonnull (g_strstr_len (text, length, "version=\"1.0\""));

  cg_workshop_set_keep_until (f->workshop, "2030-12-31");
  cg_retention_remove_words (f->workshop, today);
  bytes = cg_workshop_save_to_bytes (f->workshop);
  text = g_bytes_get_data (bytes, &length);
  g_assert_nonnull (g_strstr_len (text, length, "version=\"1.3\""));
  g_assert_nonnull (g_strstr_len (text, length, "<keep-until>2030-12-31</keep-until>"));
  g_assert_null (g_strstr_len (text, length, "detained"));
  g_assert_null (g_strstr_len (text, length, "Daniel"));

  again = cg_workshop_load_from_data (text, length, "again.cgw", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cg_workshop_get_keep_until (again), ==, "2030-12-31");
  g_assert_cmpstr (cg_workshop_get_log (again), ==, cg_workshop_get_log (f->workshop));
  g_assert_false (cg_history_get_can_undo (cg_workshop_get_history (again)));

  /* the summary, private notes included, has the ideas but not their words */
  options->include_private = TRUE;
  g_assert_true (cg_summary_export (again, options, "pdf", pdf, NULL, &error));
  g_assert_no_error (error);
  words = cg_test_pdf_text (pdf);
  cg_test_remove_tree (dir);
  if (words == NULL)
    return;
  g_assert_nonnull (strstr (words, "A named worker from the first call"));
  g_assert_nonnull (strstr (words, "Words removed"));
  g_assert_null (strstr (words, "Daniel"));
  g_assert_null (strstr (words, "detained"));
}

/* A keep-until that is no real date is refused with its line. */
static void
test_bad_date_refused (void)
{
  static const char file[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.3\" id=\"w\">\n"
    "  <title>T</title>\n"
    "  <keep-until>2027-02-30</keep-until>\n"
    "</workshop>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load_from_data (file, sizeof file - 1, "bad.cgw",
                                                               &error);

  g_assert_null (workshop);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bad.cgw:4: "));
  g_assert_nonnull (strstr (error->message, "2027-02-30"));
}

/* Withdrawal */

static void
test_find_ideas (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) lived_march = cg_withdraw_find_ideas (f->workshop, f->lived, f->march);
  g_autoptr(GPtrArray) lived_any = cg_withdraw_find_ideas (f->workshop, f->lived, NULL);
  g_autoptr(GPtrArray) carers_june = cg_withdraw_find_ideas (f->workshop, f->carers, f->june);

  g_assert_cmpuint (lived_march->len, ==, 2);
  g_assert_true (g_ptr_array_index (lived_march, 0) == f->story);
  g_assert_true (g_ptr_array_index (lived_march, 1) == f->plain);
  /* the carried copy is not listed: it goes with its idea */
  g_assert_cmpuint (lived_any->len, ==, 2);
  g_assert_cmpuint (carers_june->len, ==, 1);
  g_assert_true (g_ptr_array_index (carers_june, 0) == f->other);
}

static void
test_withdraw_remove (Fixture       *f,
                      gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (f->workshop);
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  g_autoptr(GDateTime) today = day ("2026-07-01");
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  const char *log;

  g_ptr_array_add (chosen, f->story);
  g_assert_cmpuint (cg_withdraw_ideas (f->workshop, chosen, CG_WITHDRAW_REMOVE, today), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 3);
  g_assert_cmpint (cg_workshop_index_of (f->workshop, f->story), ==, -1);
  g_assert_cmpint (cg_workshop_index_of (f->workshop, f->carried), ==, -1);
  g_assert_cmpint (cg_workshop_index_of (f->workshop, f->plain), >=, 0);
  log = cg_workshop_get_log (f->workshop);
  g_assert_cmpstr (log, ==, "2026-07-01 2 ideas were removed at a person’s request "
                            "(Lived experience; March workshop, June workshop).");

  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 5);
  g_assert_cmpint (cg_workshop_index_of (f->workshop, f->story), ==, 0);
  g_assert_cmpstr (cg_idea_get_carried_from (f->carried), ==,
                   cg_object_get_id (CG_OBJECT (f->story)));
  g_assert_cmpuint (cg_idea_get_votes (f->story, f->march), ==, 4);
  g_assert_cmpstr (cg_workshop_get_log (f->workshop), ==, "");
  g_assert_false (cg_history_get_can_undo (history));
  {
    g_auto(GStrv) erased = cg_workshop_dup_erased (f->workshop);

    g_assert_cmpuint (g_strv_length (erased), ==, 0);
  }
}

static void
test_withdraw_anonymise (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) chosen = cg_withdraw_find_ideas (f->workshop, f->carers, f->march);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_cmpuint (cg_withdraw_ideas (f->workshop, chosen, CG_WITHDRAW_ANONYMISE, NULL), ==, 1);
  g_assert_null (cg_idea_get_voice (f->secret));
  g_assert_cmpstr (cg_idea_get_text (f->secret), ==, "My son's name is Daniel");
  g_assert_true (cg_idea_get_voice (f->other) == f->carers);
  g_assert_nonnull (strstr (cg_workshop_get_log (f->workshop),
                            "1 idea was kept without its voice at a person’s request "
                            "(Family and carers; March workshop)."));
  bytes = cg_workshop_save_to_bytes (f->workshop);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "<log>"));

  /* nothing chosen: nothing done, nothing recorded */
  g_ptr_array_set_size (chosen, 0);
  g_assert_cmpuint (cg_withdraw_ideas (f->workshop, chosen, CG_WITHDRAW_REMOVE, NULL), ==, 0);
  g_assert_cmpuint (cg_history_get_n_undo (cg_workshop_get_history (f->workshop)), ==, 1);
}

/* The log keeps to the 10,000 characters of a text: the oldest entries give way. */
static void
test_log_bounded (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) today = day ("2026-07-01");
  const char *log;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *entry = g_strdup_printf ("entry %u of a long series of removals", i);

      cg_workshop_add_log_entry (f->workshop, today, entry);
    }
  log = cg_workshop_get_log (f->workshop);
  g_assert_cmpuint (g_utf8_strlen (log, -1), <=, 10000);
  g_assert_true (g_str_has_suffix (log, "entry 399 of a long series of removals"));
  g_assert_true (g_str_has_prefix (log, "2026-07-01 entry "));
  g_assert_null (strstr (log, "entry 0 of"));
}

/* A copy of @workshop as another laptop, or an older file, holds it. */
static CgWorkshop *
copy_of (CgWorkshop *workshop)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GError) error = NULL;
  CgWorkshop *copy = cg_workshop_load_from_data (g_bytes_get_data (bytes, NULL),
                                                 g_bytes_get_size (bytes), "copy.cgw", &error);

  g_assert_no_error (error);
  return copy;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
idea_ids (CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_null_terminated (0, NULL, TRUE);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgObject) idea = g_list_model_get_item (ideas, i);

      g_ptr_array_add (ids, (gpointer) cg_object_get_id (idea));
    }
  g_ptr_array_sort (ids, compare_strings);
  return g_strjoinv (" ", (char **) ids->pdata);
}

/* Ideas removed at a person's request stay removed when a laptop that still holds them merges,
 * either way round, and the erased ids travel in the file. */
static void
test_merge_keeps_erased (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CgWorkshop) older = copy_of (f->workshop);
  g_autoptr(CgWorkshop) other_way = NULL;
  g_autoptr(CgWorkshop) again = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(CgMergeReport) report = NULL;
  g_autoptr(CgMergeReport) other_report = NULL;
  g_autofree char *story_id = g_strdup (cg_object_get_id (CG_OBJECT (f->story)));
  g_autofree char *copy_id = g_strdup (cg_object_get_id (CG_OBJECT (f->carried)));
  g_autofree char *ids = NULL;
  g_autofree char *other_ids = NULL;
  g_auto(GStrv) erased = NULL;
  g_auto(GStrv) loaded = NULL;

  g_ptr_array_add (chosen, f->story);
  g_assert_cmpuint (cg_withdraw_ideas (f->workshop, chosen, CG_WITHDRAW_REMOVE, NULL), ==, 2);
  erased = cg_workshop_dup_erased (f->workshop);
  g_assert_cmpuint (g_strv_length (erased), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) erased, story_id));
  g_assert_true (g_strv_contains ((const char * const *) erased, copy_id));

  /* the older copy merged in brings nothing back */
  report = cg_workshop_merge (f->workshop, older);
  g_assert_null (cg_workshop_lookup (f->workshop, story_id));
  g_assert_null (cg_workshop_lookup (f->workshop, copy_id));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (f->workshop)), ==, 3);

  /* the other way round, the older copy loses them too */
  other_way = copy_of (older);
  other_report = cg_workshop_merge (other_way, f->workshop);
  g_assert_null (cg_workshop_lookup (other_way, story_id));
  g_assert_null (cg_workshop_lookup (other_way, copy_id));
  ids = idea_ids (f->workshop);
  other_ids = idea_ids (other_way);
  g_assert_cmpstr (ids, ==, other_ids);

  /* the file keeps the erased ids; merging the same again changes nothing */
  again = copy_of (other_way);
  loaded = cg_workshop_dup_erased (again);
  g_assert_cmpstrv (loaded, erased);
  g_clear_pointer (&report, cg_merge_report_free);
  report = cg_workshop_merge (again, older);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (again)), ==, 3);

  /* undoing the withdrawal takes the ids off the list again */
}

/* Words removed on one laptop stay removed when a copy with the words merges, either way
 * round, with no conflict copy holding the words. */
static void
test_merge_keeps_words_removed (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(CgWorkshop) older = copy_of (f->workshop);
  g_autoptr(CgMergeReport) report = NULL;
  g_autoptr(CgMergeReport) other_report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) other_bytes = NULL;
  CgIdea *older_story = CG_IDEA (cg_workshop_lookup (older,
                                                     cg_object_get_id (CG_OBJECT (f->story))));

  cg_idea_set_votes (older_story, cg_idea_get_event (older_story), 9);
  g_assert_cmpuint (cg_retention_remove_words (f->workshop, NULL), ==, 3);
  report = cg_workshop_merge (f->workshop, older);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (f->workshop)), ==, 5);
  g_assert_cmpstr (cg_idea_get_text (f->story), ==, "");
  g_assert_cmpstr (cg_idea_get_text (f->secret), ==, "");
  /* (the votes still merge: the larger count) */
  g_assert_cmpuint (cg_idea_get_votes (f->story, f->march), ==, 9);
  bytes = cg_workshop_save_to_bytes (f->workshop);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               "detained"));

  other_report = cg_workshop_merge (older, f->workshop);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (other_report), ==, 0);
  other_bytes = cg_workshop_save_to_bytes (older);
  g_assert_null (g_strstr_len (g_bytes_get_data (other_bytes, NULL),
                               g_bytes_get_size (other_bytes), "detained"));
  g_assert_null (g_strstr_len (g_bytes_get_data (other_bytes, NULL),
                               g_bytes_get_size (other_bytes), "Daniel"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/retention/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("due-date", test_due_date);
  ADD ("remove-words", test_remove_words);
  ADD ("file-keeps-record", test_file_keeps_record);
  ADD ("find-ideas", test_find_ideas);
  ADD ("withdraw-remove", test_withdraw_remove);
  ADD ("withdraw-anonymise", test_withdraw_anonymise);
  ADD ("log-bounded", test_log_bounded);
  ADD ("merge-keeps-erased", test_merge_keeps_erased);
  ADD ("merge-keeps-words-removed", test_merge_keeps_words_removed);
#undef ADD
  g_test_add_func ("/retention/bad-date-refused", test_bad_date_refused);

  return g_test_run ();
}
