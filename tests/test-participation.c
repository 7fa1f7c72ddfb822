/* test-participation.c: the participation record (issue 16): who came, consent to be quoted,
 * payment; kept only in a protected workshop; in no summary or CSV unless exported on purpose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "io/cg-envelope.h"
#include "io/cg-io.h"
#include "model/cg-merge.h"
#include "model/cg-model.h"
#include "render/cg-summary-export.h"

#define NAME "Bronwen Hughes-Zamora"

typedef struct
{
  char          *dir;
  CgWorkshop    *workshop;
  CgEvent       *march;
  CgEvent       *june;
  CgParticipant *bronwen;
  CgParticipant *initials;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(CgEvent) march = cg_event_new ("March workshop");
  g_autoptr(CgEvent) june = cg_event_new ("June workshop");
  g_autoptr(CgVoice) voice = cg_voice_new ("Lived experience", "#e69f00");
  g_autoptr(CgIdea) idea = cg_idea_new ("A named worker from the first call");
  g_autoptr(CgParticipant) bronwen = cg_participant_new (NAME);
  g_autoptr(CgParticipant) initials = cg_participant_new ("=J.K.");

  f->dir = g_dir_make_tmp ("cg-participation-XXXXXX", NULL);
  f->workshop = cg_workshop_new ("Crisis service");
  cg_workshop_add (f->workshop, march);
  cg_workshop_add (f->workshop, june);
  cg_workshop_add (f->workshop, voice);
  cg_idea_set_voice (idea, voice);
  cg_idea_set_event (idea, march);
  cg_workshop_add (f->workshop, idea);
  cg_participant_set_attended (bronwen, march, TRUE);
  cg_participant_set_attended (bronwen, june, TRUE);
  cg_participant_set_consent (bronwen, CG_CONSENT_NO);
  cg_participant_set_payment (bronwen, CG_PAYMENT_DECLINED);
  cg_participant_set_attended (initials, june, TRUE);
  cg_participant_set_consent (initials, CG_CONSENT_YES);
  cg_participant_set_payment (initials, CG_PAYMENT_ACCEPTED);
  cg_workshop_add (f->workshop, bronwen);
  cg_workshop_add (f->workshop, initials);
  f->march = march;
  f->june = june;
  f->bronwen = bronwen;
  f->initials = initials;
  cg_history_clear (cg_workshop_get_history (f->workshop));
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->workshop);
  cg_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
protect (CgWorkshop *workshop)
{
  g_autoptr(GError) error = NULL;
  CgEnvelopeKey *key = cg_envelope_key_new_with_cost ("correct horse", -1, 1, 1024 * 1024,
                                                      &error);

  g_assert_no_error (error);
  cg_workshop_set_key (workshop, key);
  cg_envelope_key_unref (key);
}

static gboolean
file_holds (const char *path,
            const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length;

  gsize n = strlen (needle);

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (contents + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Item @n of @model, borrowed (the workshop holds it). */
static gpointer
nth (GListModel *model,
     guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, n);

  return item;
}

/* Each change is one undo step; removing an event forgets who came to it. */
static void
test_model (Fixture       *f,
            gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (f->workshop);

  g_assert_true (cg_participant_get_attended (f->bronwen, f->march));
  cg_participant_set_attended (f->bronwen, f->march, FALSE);
  g_assert_false (cg_participant_get_attended (f->bronwen, f->march));
  g_assert_true (cg_history_undo (history));
  g_assert_true (cg_participant_get_attended (f->bronwen, f->march));

  cg_participant_set_name (f->initials, "J.\nK.");
  g_assert_cmpstr (cg_participant_get_name (f->initials), ==, "J. K.");

  cg_workshop_remove (f->workshop, f->june);
  g_assert_false (cg_participant_get_attended (f->initials, f->june));
  g_assert_true (cg_history_undo (history));
  g_assert_true (cg_participant_get_attended (f->initials, f->june));

  cg_workshop_remove (f->workshop, f->bronwen);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_participants (f->workshop)), ==, 1);
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_participants (f->workshop)), ==, 2);
}

/* Names are never written in the clear: an unprotected workshop with a record is refused, with
 * a message, and nothing is written; protected, it goes through and comes back whole. */
static void
test_only_protected (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "w.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) again = NULL;
  CgParticipant *first;

  g_assert_false (cg_workshop_save (f->workshop, file, NULL, &error));
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_UNSAFE);
  g_assert_nonnull (strstr (error->message, "participation record"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  protect (f->workshop);
  g_assert_true (cg_workshop_save (f->workshop, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (file_holds (path, "Hughes"));

  again = cg_workshop_load_protected (file, "correct horse", -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_participants (again)), ==, 2);
  first = nth (cg_workshop_get_participants (again), 0);
  g_assert_cmpstr (cg_participant_get_name (first), ==, NAME);
  g_assert_cmpint (cg_participant_get_consent (first), ==, CG_CONSENT_NO);
  g_assert_cmpint (cg_participant_get_payment (first), ==, CG_PAYMENT_DECLINED);
  g_assert_true (cg_participant_get_attended (first, nth (cg_workshop_get_events (again),
                                                                  1)));

  /* taking the protection away with the record still there is refused */
  cg_workshop_set_key (again, NULL);
  g_assert_false (cg_workshop_save (again, file, NULL, &error));
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_UNSAFE);
  g_assert_false (file_holds (path, "Hughes"));
}

/* No summary (any format, private notes included) and no CSV of ideas holds a name; the
 * participation CSV does, on purpose, with a formula-like name made harmless. */
static void
test_not_in_outputs (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();
  g_autofree char *pdf = g_build_filename (f->dir, "s.pdf", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "s.svg", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) csv = cg_csv_export (f->workshop, TRUE);
  g_autoptr(GBytes) record = cg_csv_export_participation (f->workshop);
  g_autofree char *record_text = g_strndup (g_bytes_get_data (record, NULL),
                                            g_bytes_get_size (record));
  g_autoptr(GError) error = NULL;

  options->include_private = TRUE;
  g_assert_true (cg_summary_export (f->workshop, options, "pdf", pdf, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cg_summary_export (f->workshop, options, "svg", svg, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (file_holds (svg, "Hughes"));
  g_assert_null (g_strstr_len (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), "Hughes"));
  g_assert_null (g_strstr_len (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), "J.K."));
  text = cg_test_pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "A named worker"));
      g_assert_null (strstr (text, "Hughes"));
      g_assert_null (strstr (text, "J.K."));
    }

  g_assert_cmpstr (record_text, ==,
                   "name,quote_consent,payment,March workshop,June workshop\r\n"
                   NAME ",no,declined,yes,yes\r\n"
                   "'=J.K.,yes,accepted,,yes\r\n");
}

/* A merge joins the two records by person: every event either recorded, the more careful
 * answer on quoting, the furthest on payment, the same whichever way round. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (f->workshop);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) other = cg_workshop_load_from_data (g_bytes_get_data (bytes, NULL),
                                                            g_bytes_get_size (bytes), "o.cgw",
                                                            &error);
  g_autoptr(CgWorkshop) third = cg_workshop_load_from_data (g_bytes_get_data (bytes, NULL),
                                                            g_bytes_get_size (bytes), "t.cgw",
                                                            &error);
  g_autoptr(CgMergeReport) report = NULL;
  g_autoptr(CgMergeReport) other_report = NULL;
  g_autoptr(CgParticipant) newcomer = cg_participant_new ("R. P.");
  CgParticipant *their_initials = CG_PARTICIPANT (cg_workshop_lookup (other,
                                    cg_object_get_id (CG_OBJECT (f->initials))));
  CgEvent *their_march = nth (cg_workshop_get_events (other), 0);
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GBytes) two = NULL;

  g_assert_no_error (error);
  cg_participant_set_attended (their_initials, their_march, TRUE);
  cg_participant_set_consent (their_initials, CG_CONSENT_NO);
  cg_workshop_add (other, newcomer);
  cg_participant_set_consent (f->initials, CG_CONSENT_YES);

  report = cg_workshop_merge (f->workshop, other);
  other_report = cg_workshop_merge (other, f->workshop);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_participants (f->workshop)), ==, 3);
  g_assert_true (cg_participant_get_attended (f->initials, f->march));
  g_assert_cmpint (cg_participant_get_consent (f->initials), ==, CG_CONSENT_NO);
  /* both ways round, the same record */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_participants (other)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      CgParticipant *mine = nth (cg_workshop_get_participants (f->workshop), i);
      CgParticipant *theirs = CG_PARTICIPANT (cg_workshop_lookup (other,
                                                cg_object_get_id (CG_OBJECT (mine))));
      g_autoptr(GVariant) my_days = NULL;
      g_autoptr(GVariant) their_days = NULL;

      g_assert_nonnull (theirs);
      g_assert_cmpstr (cg_participant_get_name (mine), ==, cg_participant_get_name (theirs));
      g_assert_cmpint (cg_participant_get_consent (mine), ==, cg_participant_get_consent (theirs));
      g_assert_cmpint (cg_participant_get_payment (mine), ==, cg_participant_get_payment (theirs));
      g_object_get (mine, "attendance", &my_days, NULL);
      g_object_get (theirs, "attendance", &their_days, NULL);
      g_assert_true ((my_days == NULL && their_days == NULL) ||
                     (my_days != NULL && their_days != NULL &&
                      g_variant_equal (my_days, their_days)));
    }

  /* merging again changes nothing */
  g_clear_pointer (&report, cg_merge_report_free);
  one = cg_workshop_save_to_bytes (f->workshop);
  report = cg_workshop_merge (f->workshop, third);
  two = cg_workshop_save_to_bytes (f->workshop);
  g_assert_true (g_bytes_equal (one, two));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/participation/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("model", test_model);
  ADD ("only-protected", test_only_protected);
  ADD ("not-in-outputs", test_not_in_outputs);
  ADD ("merge", test_merge);
#undef ADD

  return g_test_run ();
}
