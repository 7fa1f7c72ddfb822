/* test-series.c: the ideas of a whole series: an idea and its carried copies are one lineage,
 * counted once, with its votes at each event; merges and combines keep lineages whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"

#include "io/cg-io.h"
#include "model/cg-carry.h"
#include "model/cg-combine.h"
#include "model/cg-merge.h"
#include "model/cg-series.h"

typedef struct
{
  CgWorkshop *workshop;
  CgEvent    *march;
  CgEvent    *june;
  CgEvent    *september;
  CgVoice    *lived;
  CgVoice    *staff;
  CgTheme    *contacts;
  CgTheme    *peers;
  CgIdea     *evening;    /* March, open: carried to June and September */
  CgIdea     *parking;    /* March, closed: never carried */
  CgIdea     *letters;    /* March, open and private: carried to June, made public there */
  CgIdea     *night;      /* June, open: carried to September, made private there */
} Fixture;

/* The idea at @event carried from @original (the first, in the workshop's order). */
static CgIdea *
copy_at (CgWorkshop *workshop,
         CgIdea     *original,
         CgEvent    *event)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (cg_idea_get_event (idea) == event &&
          g_strcmp0 (cg_idea_get_carried_from (idea),
                     cg_object_get_id (CG_OBJECT (original))) == 0)
        return idea; /* the workshop holds it */
    }
  g_assert_not_reached ();
}

/* Three events:
 *   March:     evening (lived, contacts, 3 votes), parking (staff, closed, 1 vote),
 *              letters (lived, private, 2 votes)
 *   June:      evening carried (4 votes, moved to Peer roles, said by staff),
 *              letters carried (made public, 1 vote), night (raised, staff, 2 votes)
 *   September: evening carried again (1 vote, words changed), night carried (made private) */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CgWorkshop *workshop = cg_workshop_new ("Series");
  CgIdea *copy;

  fixture->workshop = workshop;
  fixture->march = cg_test_add (workshop, cg_event_new ("March"));
  fixture->june = cg_test_add (workshop, cg_event_new ("June"));
  fixture->september = cg_test_add (workshop, cg_event_new ("September"));
  fixture->lived = cg_test_add (workshop, cg_voice_new ("Lived experience", "#e69f00"));
  fixture->staff = cg_test_add (workshop, cg_voice_new ("Staff", "#009e73"));
  fixture->contacts = cg_test_add (workshop, cg_theme_new ("First contacts", "#332288"));
  fixture->peers = cg_test_add (workshop, cg_theme_new ("Peer roles", "#cc6677"));

  fixture->evening = cg_test_add_idea (workshop, "Evening sessions", fixture->march,
                                       fixture->lived, fixture->contacts, 3);
  fixture->parking = cg_test_add_idea (workshop, "Free parking", fixture->march, fixture->staff,
                                       fixture->contacts, 1);
  cg_idea_set_status (fixture->parking, CG_IDEA_STATUS_CLOSED);
  fixture->letters = cg_test_add_idea (workshop, "Easy-read letters", fixture->march,
                                       fixture->lived, NULL, 2);
  cg_idea_set_private (fixture->letters, TRUE);

  g_assert_cmpuint (cg_workshop_carry_forward (workshop, fixture->march, fixture->june), ==, 2);
  copy = copy_at (workshop, fixture->evening, fixture->june);
  cg_idea_set_votes (copy, fixture->june, 4);
  cg_idea_set_theme (copy, fixture->peers);
  cg_idea_set_voice (copy, fixture->staff);
  copy = copy_at (workshop, fixture->letters, fixture->june);
  cg_idea_set_private (copy, FALSE);
  cg_idea_set_votes (copy, fixture->june, 1);
  cg_idea_set_status (copy, CG_IDEA_STATUS_ACTIONED);
  fixture->night = cg_test_add_idea (workshop, "Who answers at night?", fixture->june,
                                     fixture->staff, NULL, 2);

  g_assert_cmpuint (cg_workshop_carry_forward (workshop, fixture->june, fixture->september), ==,
                    2);
  copy = copy_at (workshop, copy_at (workshop, fixture->evening, fixture->june),
                  fixture->september);
  cg_idea_set_votes (copy, fixture->september, 1);
  cg_idea_set_text (copy, "Evening and weekend sessions");
  cg_idea_set_private (copy_at (workshop, fixture->night, fixture->september), TRUE);
  cg_history_clear (cg_workshop_get_history (workshop));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workshop);
}

static guint
n_ideas (CgWorkshop *workshop)
{
  return g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
}

/* ---- Lineages ---- */

static void
test_lineages (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CgSeries) series = cg_series_new (fixture->workshop);
  CgIdea *june = copy_at (fixture->workshop, fixture->evening, fixture->june);
  CgIdea *september = copy_at (fixture->workshop, june, fixture->september);
  CgLineage *evening = cg_series_find_lineage (series, fixture->evening);

  /* eight ideas, four said: evening, parking, letters, night */
  g_assert_cmpuint (n_ideas (fixture->workshop), ==, 8);
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 4);
  g_assert_true (cg_series_has_copies (series));

  /* evening: one lineage of three, in series order, standing as its September copy */
  g_assert_nonnull (evening);
  g_assert_true (cg_series_find_lineage (series, june) == evening);
  g_assert_true (cg_series_find_lineage (series, september) == evening);
  g_assert_cmpuint (cg_lineage_get_n_ideas (evening), ==, 3);
  g_assert_true (cg_lineage_get_idea (evening, 0) == fixture->evening);
  g_assert_true (cg_lineage_get_idea (evening, 1) == june);
  g_assert_true (cg_lineage_get_idea (evening, 2) == september);
  g_assert_true (cg_lineage_get_first (evening) == fixture->evening);
  g_assert_true (cg_lineage_get_latest (evening) == september);
  g_assert_true (cg_series_is_latest (series, september));
  g_assert_false (cg_series_is_latest (series, june));
  g_assert_false (cg_series_is_latest (series, fixture->evening));
  g_assert_false (cg_series_is_carried (series, fixture->evening));
  g_assert_true (cg_series_is_carried (series, june));
  g_assert_true (cg_series_is_carried (series, september));

  /* its latest words, theme and voice are the September copy's */
  g_assert_cmpstr (cg_idea_get_text (cg_lineage_get_latest (evening)), ==,
                   "Evening and weekend sessions");
  g_assert_true (cg_idea_get_theme (cg_lineage_get_latest (evening)) == fixture->peers);
  g_assert_true (cg_idea_get_voice (cg_lineage_get_latest (evening)) == fixture->staff);

  /* an idea never carried is a lineage of one */
  g_assert_cmpuint (cg_lineage_get_n_ideas (cg_series_find_lineage (series, fixture->parking)),
                    ==, 1);
  g_assert_true (cg_series_is_latest (series, fixture->parking));
  g_assert_false (cg_series_is_carried (series, fixture->parking));

  /* lineages come in the workshop's order of their latest copies */
  for (guint i = 1; i < cg_series_get_n_lineages (series); i++)
    g_assert_cmpint (cg_workshop_index_of (fixture->workshop,
                                           cg_lineage_get_latest (cg_series_get_lineage (series,
                                                                                        i - 1))),
                     <,
                     cg_workshop_index_of (fixture->workshop,
                                           cg_lineage_get_latest (cg_series_get_lineage (series,
                                                                                        i))));
}

static void
test_votes_per_event (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CgSeries) series = cg_series_new (fixture->workshop);
  CgLineage *evening = cg_series_find_lineage (series, fixture->evening);
  CgLineage *night = cg_series_find_lineage (series, fixture->night);

  g_assert_cmpuint (cg_lineage_get_votes (evening, fixture->march), ==, 3);
  g_assert_cmpuint (cg_lineage_get_votes (evening, fixture->june), ==, 4);
  g_assert_cmpuint (cg_lineage_get_votes (evening, fixture->september), ==, 1);
  g_assert_cmpuint (cg_lineage_get_total_votes (evening), ==, 8);
  g_assert_cmpuint (cg_lineage_get_votes (night, fixture->march), ==, 0);
  g_assert_cmpuint (cg_lineage_get_votes (night, fixture->june), ==, 2);
  g_assert_cmpuint (cg_lineage_get_total_votes (night), ==, 2);

  /* every vote once: 8 + 1 (parking) + 3 (letters) + 2 (night) */
  g_assert_cmpuint (cg_series_count_votes (series), ==, 14);

  /* votes follow the ideas without an update */
  cg_idea_set_votes (fixture->night, fixture->june, 5);
  g_assert_cmpuint (cg_lineage_get_total_votes (night), ==, 5);
}

static void
test_private (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CgSeries) series = cg_series_new (fixture->workshop);
  CgLineage *letters = cg_series_find_lineage (series, fixture->letters);
  CgLineage *night = cg_series_find_lineage (series, fixture->night);

  /* letters was private in March, public since June: public; night the other way round */
  g_assert_true (cg_idea_get_private (fixture->letters));
  g_assert_false (cg_lineage_get_private (letters));
  g_assert_false (cg_idea_get_private (fixture->night));
  g_assert_true (cg_lineage_get_private (night));
  g_assert_cmpuint (cg_series_count_private (series), ==, 1);
}

/* The rule, unchanged for an event's own ideas: a series of one event is its ideas. */
static void
test_one_event (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("One event");
  CgEvent *event = cg_test_add (workshop, cg_event_new ("March"));
  g_autoptr(CgSeries) series = NULL;

  cg_test_add_idea (workshop, "One", event, NULL, NULL, 2);
  cg_test_add_idea (workshop, "Two", event, NULL, NULL, 0);
  cg_idea_set_private (cg_test_add_idea (workshop, "Three", NULL, NULL, NULL, 0), TRUE);
  series = cg_series_new (workshop);
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 3);
  g_assert_false (cg_series_has_copies (series));
  g_assert_cmpuint (cg_series_count_private (series), ==, 1);
  g_assert_cmpuint (cg_series_count_votes (series), ==, 2);
}

/* ---- Following the workshop ---- */

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CgSeries) series = cg_series_new (fixture->workshop);
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  CgIdea *added;
  CgEvent *october;

  /* words and votes do not change who stands for what */
  cg_idea_set_text (fixture->parking, "Free parking for everyone");
  g_assert_false (cg_series_update (series));
  g_assert_true (cg_series_get_workshop (series) == fixture->workshop);

  /* a new idea stands for itself, before and after an update: nothing to show again */
  added = cg_test_add_idea (fixture->workshop, "Peer-led groups", fixture->september, NULL, NULL,
                            0);
  g_assert_true (cg_series_is_latest (series, added));
  g_assert_null (cg_series_find_lineage (series, added));
  g_assert_false (cg_series_update (series));
  g_assert_nonnull (cg_series_find_lineage (series, added));
  g_assert_true (cg_series_is_latest (series, added));
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 5);

  /* carried on to a fourth event: the copies there stand for their lineages now */
  october = cg_test_add (fixture->workshop, cg_event_new ("October"));
  g_assert_false (cg_series_update (series));
  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->september, october),
                    ==, 3);
  g_assert_true (cg_series_update (series));
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 5);
  g_assert_false (cg_series_is_latest (series, added));
  g_assert_true (cg_series_is_latest (series, copy_at (fixture->workshop, added, october)));

  /* undone, the September copies stand again */
  g_assert_true (cg_history_undo (history));
  g_assert_true (cg_series_update (series));
  g_assert_true (cg_series_is_latest (series, added));

  /* events put in another order: the latest copy is the one at the event now last */
  cg_workshop_move (fixture->workshop, fixture->march, 3);
  g_assert_true (cg_series_update (series));
  g_assert_true (cg_lineage_get_latest (cg_series_find_lineage (series, fixture->evening)) ==
                 fixture->evening);
  g_assert_false (cg_series_update (series));
}

/* The idea a copy came from is removed: the copy is an idea of its own from then on. */
static void
test_original_removed (Fixture       *fixture,
                       gconstpointer  data)
{
  CgIdea *june = copy_at (fixture->workshop, fixture->letters, fixture->june);
  g_autoptr(CgSeries) series = NULL;

  cg_workshop_remove (fixture->workshop, fixture->letters);
  series = cg_series_new (fixture->workshop);
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 4);
  g_assert_true (cg_lineage_get_first (cg_series_find_lineage (series, june)) == june);
  g_assert_false (cg_series_is_carried (series, june));
}

/* A damaged file whose ideas say each was carried from the other: one lineage, no hang. */
static void
test_loop (Fixture       *fixture,
           gconstpointer  data)
{
  CgIdea *june = copy_at (fixture->workshop, fixture->letters, fixture->june);
  g_autoptr(CgSeries) series = NULL;
  CgLineage *lineage;

  cg_idea_set_carried_from (fixture->letters, cg_object_get_id (CG_OBJECT (june)));
  cg_idea_set_carried_from (fixture->parking, cg_object_get_id (CG_OBJECT (fixture->parking)));
  series = cg_series_new (fixture->workshop);
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 4);
  lineage = cg_series_find_lineage (series, june);
  g_assert_cmpuint (cg_lineage_get_n_ideas (lineage), ==, 2);
  g_assert_true (cg_lineage_get_first (lineage) == fixture->letters);
  g_assert_true (cg_lineage_get_latest (lineage) == june);
  g_assert_cmpuint (cg_lineage_get_n_ideas (cg_series_find_lineage (series, fixture->parking)),
                    ==, 1);
}

/* ---- Combines ---- */

/* Combining a copy with an idea raised at its event: the lineage goes on in the kept idea,
 * whichever of the two is kept. */
static void
test_combine_keeps_lineage (Fixture       *fixture,
                            gconstpointer  data)
{
  CgIdea *june = copy_at (fixture->workshop, fixture->evening, fixture->june);
  CgIdea *ideas[2] = { fixture->night, june };
  g_autoptr(CgSeries) series = NULL;
  CgLineage *lineage;
  CgIdea *kept;

  /* night kept: it takes the copy's place in evening's lineage, and its September copy too */
  g_object_ref (june);
  kept = cg_workshop_combine_ideas (fixture->workshop, ideas, 2);
  g_assert_true (kept == fixture->night);
  series = cg_series_new (fixture->workshop);
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 3);
  lineage = cg_series_find_lineage (series, fixture->evening);
  g_assert_true (cg_series_find_lineage (series, fixture->night) == lineage);
  g_assert_cmpuint (cg_lineage_get_n_ideas (lineage), ==, 4);  /* March, June, two in September */
  g_assert_true (cg_lineage_get_first (lineage) == fixture->evening);
  g_assert_cmpuint (cg_lineage_get_votes (lineage, fixture->june), ==, 6);
  g_assert_cmpuint (cg_lineage_get_total_votes (lineage), ==, 10);
  g_assert_cmpuint (cg_series_count_votes (series), ==, 14);
  g_assert_true (cg_series_is_carried (series, fixture->night));

  /* undone, then the copy kept: the lineage is as before, night's votes in it */
  g_assert_true (cg_history_undo (cg_workshop_get_history (fixture->workshop)));
  ideas[0] = june;
  ideas[1] = fixture->night;
  g_assert_true (cg_workshop_combine_ideas (fixture->workshop, ideas, 2) == june);
  g_assert_true (cg_series_update (series));
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 3);
  lineage = cg_series_find_lineage (series, june);
  g_assert_true (lineage == cg_series_find_lineage (series, fixture->evening));
  g_assert_cmpuint (cg_lineage_get_n_ideas (lineage), ==, 4);
  g_assert_cmpuint (cg_lineage_get_votes (lineage, fixture->june), ==, 6);
  g_assert_cmpuint (cg_series_count_votes (series), ==, 14);
  g_object_unref (june);
}

/* Combining an earlier idea into one raised later points its copies at the kept idea, at their
 * own event: still one lineage. */
static void
test_combine_across_events (Fixture       *fixture,
                            gconstpointer  data)
{
  CgIdea *ideas[2] = { fixture->night, fixture->letters };
  CgIdea *copy = copy_at (fixture->workshop, fixture->letters, fixture->june);
  g_autoptr(CgSeries) series = NULL;
  CgLineage *lineage;

  g_assert_true (cg_workshop_combine_ideas (fixture->workshop, ideas, 2) == fixture->night);
  g_assert_cmpstr (cg_idea_get_carried_from (copy), ==,
                   cg_object_get_id (CG_OBJECT (fixture->night)));
  series = cg_series_new (fixture->workshop);
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 3);
  lineage = cg_series_find_lineage (series, copy);
  g_assert_true (lineage == cg_series_find_lineage (series, fixture->night));
  g_assert_cmpuint (cg_lineage_get_total_votes (lineage), ==, 5);
}

/* ---- Merges ---- */

/* An independent copy of @workshop (same ids), as another laptop would have it. */
static CgWorkshop *
copy_workshop (CgWorkshop *workshop)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  CgWorkshop *copy = cg_workshop_load_from_data (data, length, "copy.cgw", &error);

  g_assert_no_error (error);
  return copy;
}

static gpointer
same_in (CgWorkshop *workshop,
         gpointer    object)
{
  return cg_workshop_lookup (workshop, cg_object_get_id (object));
}

/* Two laptops each carried the same ideas into a new event, then were merged; each had also
 * changed the words of a June copy, differently. */
static void
test_merge_keeps_lineages (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CgWorkshop) other = copy_workshop (fixture->workshop);
  g_autoptr(CgMergeReport) report = NULL;
  g_autoptr(CgSeries) series = NULL;
  CgEvent *october = cg_test_add (fixture->workshop, cg_event_new ("October"));
  CgEvent *their_october = NULL;
  CgIdea *june = copy_at (fixture->workshop, fixture->evening, fixture->june);
  CgIdea *september = copy_at (fixture->workshop, june, fixture->september);
  CgLineage *lineage;
  CgIdea *conflict = NULL;
  GListModel *ideas;

  /* the same event on both laptops (matched by title), each carrying into it */
  their_october = cg_test_add (other, cg_event_new ("October"));
  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->september, october),
                    ==, 2);
  g_assert_cmpuint (cg_workshop_carry_forward (other, same_in (other, fixture->september),
                                               their_october), ==, 2);
  cg_idea_set_votes (copy_at (fixture->workshop, september, october), october, 2);
  cg_idea_set_votes (copy_at (other, same_in (other, september), their_october), their_october,
                     3);
  cg_idea_set_text (same_in (other, copy_at (fixture->workshop, fixture->letters, fixture->june)),
                    "Letters in plain words");
  cg_idea_set_text (copy_at (fixture->workshop, fixture->letters, fixture->june),
                    "Letters in easy words");

  report = cg_workshop_merge (fixture->workshop, other);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 1);
  /* 8 ideas, 2 carried here, 2 carried there, 1 conflict copy */
  g_assert_cmpuint (n_ideas (fixture->workshop), ==, 13);

  series = cg_series_new (fixture->workshop);
  /* evening, parking, letters, night, and the letters' other version to review */
  g_assert_cmpuint (cg_series_get_n_lineages (series), ==, 5);
  lineage = cg_series_find_lineage (series, fixture->evening);
  g_assert_cmpuint (cg_lineage_get_n_ideas (lineage), ==, 5);
  g_assert_cmpuint (cg_lineage_get_votes (lineage, october), ==, 5);
  g_assert_true (cg_idea_get_event (cg_lineage_get_latest (lineage)) == october);
  g_assert_true (cg_lineage_get_latest (lineage) == copy_at (fixture->workshop, september,
                                                             october));

  /* the conflict copy stands apart from the version it names, both to be reviewed */
  ideas = cg_workshop_get_ideas (fixture->workshop);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      CgIdea *idea = g_list_model_get_item (ideas, i);

      if (cg_idea_get_needs_review (idea) && !cg_series_is_carried (series, idea) &&
          cg_idea_get_event (idea) == fixture->june)
        conflict = idea;
      g_object_unref (idea);
    }
  g_assert_nonnull (conflict);
  g_assert_cmpuint (cg_lineage_get_n_ideas (cg_series_find_lineage (series, conflict)), ==, 1);
  g_assert_true (cg_series_is_latest (series, conflict));
  g_assert_true (cg_series_find_lineage (series, fixture->letters) !=
                 cg_series_find_lineage (series, conflict));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/series/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("lineages", test_lineages);
  ADD ("votes-per-event", test_votes_per_event);
  ADD ("private", test_private);
  ADD ("update", test_update);
  ADD ("original-removed", test_original_removed);
  ADD ("loop", test_loop);
  ADD ("combine-keeps-lineage", test_combine_keeps_lineage);
  ADD ("combine-across-events", test_combine_across_events);
  ADD ("merge-keeps-lineages", test_merge_keeps_lineages);
#undef ADD
  g_test_add_func ("/model/series/one-event", test_one_event);

  return g_test_run ();
}
