/* test-object.c: the objects of the model: ids, normalised values, one notify per real change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-model.h"
#include "model/cg-tally.h"
#include "model/cg-text.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static guint *
watch (gpointer    object,
       const char *property)
{
  guint *count = g_new0 (guint, 1);
  g_autofree char *detailed = g_strdup_printf ("notify::%s", property);

  g_signal_connect_data (object, detailed, G_CALLBACK (count_notify_cb), count,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  return count;
}

static void
test_ids (void)
{
  g_autoptr(CgIdea) a = cg_idea_new ("a");
  g_autoptr(CgIdea) b = cg_idea_new ("b");
  g_autoptr(CgTheme) t = g_object_new (CG_TYPE_THEME, "id", "fixed-id", NULL);

  g_assert_true (g_uuid_string_is_valid (cg_object_get_id (CG_OBJECT (a))));
  g_assert_true (cg_text_is_valid_id (cg_object_get_id (CG_OBJECT (a))));
  g_assert_cmpstr (cg_object_get_id (CG_OBJECT (a)), !=, cg_object_get_id (CG_OBJECT (b)));
  g_assert_cmpstr (cg_object_get_id (CG_OBJECT (t)), ==, "fixed-id");
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(CgIdea) idea = cg_idea_new ("First contact matters");
  g_autoptr(CgTheme) theme = cg_theme_new ("Peer roles", "#33d17a");
  g_autoptr(CgEvent) event = cg_event_new ("March");
  guint *text = watch (idea, "text");
  guint *kind = watch (idea, "kind");
  guint *th = watch (idea, "theme");
  guint *votes = watch (idea, "votes");
  guint *priv = watch (idea, "private");

  cg_idea_set_text (idea, "First contact matters");
  g_assert_cmpuint (*text, ==, 0);
  cg_idea_set_text (idea, "First contact matters most");
  g_assert_cmpuint (*text, ==, 1);

  cg_idea_set_kind (idea, CG_IDEA_KIND_IDEA);
  g_assert_cmpuint (*kind, ==, 0);
  cg_idea_set_kind (idea, CG_IDEA_KIND_STORY);
  g_assert_cmpuint (*kind, ==, 1);
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_STORY);

  cg_idea_set_theme (idea, theme);
  cg_idea_set_theme (idea, theme);
  g_assert_cmpuint (*th, ==, 1);
  g_assert_true (cg_idea_get_theme (idea) == theme);

  cg_idea_set_votes (idea, event, 0);
  g_assert_cmpuint (*votes, ==, 0);
  cg_idea_set_votes (idea, event, 3);
  cg_idea_set_votes (idea, event, 3);
  g_assert_cmpuint (*votes, ==, 1);
  g_assert_cmpuint (cg_idea_get_votes (idea, event), ==, 3);

  cg_idea_set_private (idea, 5); /* any true value is TRUE */
  cg_idea_set_private (idea, TRUE);
  g_assert_cmpuint (*priv, ==, 1);
  g_assert_true (cg_idea_get_private (idea) == TRUE);

  /* g_object_set goes the same way */
  g_object_set (idea, "text", "First contact matters most", NULL);
  g_assert_cmpuint (*text, ==, 1);
  g_object_set (idea, "kind", CG_IDEA_KIND_QUESTION, NULL);
  g_assert_cmpuint (*kind, ==, 2);
}

/* The review flag: off by default, one notify per real change, and in a workshop each change
 * (the merge setting it, the facilitator clearing it) is an undo step of its own. */
static void
test_needs_review (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  g_autoptr(CgIdea) idea = cg_idea_new ("Longer appointments");
  CgHistory *history = cg_workshop_get_history (workshop);
  guint *review = watch (idea, "needs-review");
  gboolean value = TRUE;

  g_assert_false (cg_idea_get_needs_review (idea));
  cg_workshop_add (workshop, idea);
  cg_history_clear (history);

  cg_idea_set_needs_review (idea, FALSE);
  g_assert_cmpuint (*review, ==, 0);
  g_assert_false (cg_history_get_can_undo (history));

  cg_idea_set_needs_review (idea, 7); /* any true value is TRUE */
  cg_idea_set_needs_review (idea, TRUE);
  g_assert_cmpuint (*review, ==, 1);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_object_get (idea, "needs-review", &value, NULL);
  g_assert_true (value == TRUE);

  /* the facilitator clears it; undo brings it back, redo clears it again */
  g_object_set (idea, "needs-review", FALSE, NULL);
  g_assert_false (cg_idea_get_needs_review (idea));
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 2);
  g_assert_true (cg_history_undo (history));
  g_assert_true (cg_idea_get_needs_review (idea));
  g_assert_true (cg_history_redo (history));
  g_assert_false (cg_idea_get_needs_review (idea));
  g_assert_true (cg_history_undo (history));
  g_assert_true (cg_history_undo (history));
  g_assert_false (cg_idea_get_needs_review (idea));
  g_assert_cmpuint (*review, ==, 6);
}

static void
test_text_normalised (void)
{
  g_autoptr(CgIdea) idea = cg_idea_new ("line one\r\nline two\rline three\x01\x7f end");
  g_autofree char *long_text = g_strnfill (CG_IDEA_MAX_TEXT + 50, 'x');
  g_autofree char *accents = NULL;
  GString *many = g_string_new (NULL);

  g_assert_cmpstr (cg_idea_get_text (idea), ==, "line one\nline two\nline three\x7f end");

  cg_idea_set_text (idea, "bad \xff\xfe utf8");
  g_assert_true (g_utf8_validate (cg_idea_get_text (idea), -1, NULL));
  g_assert_true (g_str_has_prefix (cg_idea_get_text (idea), "bad "));

  cg_idea_set_text (idea, long_text);
  g_assert_cmpuint (g_utf8_strlen (cg_idea_get_text (idea), -1), ==, CG_IDEA_MAX_TEXT);

  /* the limit counts characters, not bytes */
  for (guint i = 0; i < CG_IDEA_MAX_TEXT + 5; i++)
    g_string_append (many, "é");
  accents = g_string_free (many, FALSE);
  cg_idea_set_text (idea, accents);
  g_assert_cmpuint (g_utf8_strlen (cg_idea_get_text (idea), -1), ==, CG_IDEA_MAX_TEXT);

  cg_idea_set_text (idea, NULL);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "");

  /* noncharacters go, tabs and line feeds stay */
  cg_idea_set_text (idea, "a\tb\nc\xef\xbf\xbe d");
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "a\tb\nc d");
}

static void
test_colours_and_dates (void)
{
  g_autoptr(CgTheme) theme = cg_theme_new ("Hope", "#AABBCC");
  g_autoptr(CgEvent) event = cg_event_new ("June");

  g_assert_cmpstr (cg_theme_get_colour (theme), ==, "#aabbcc");

  g_test_expect_message ("cg-model", G_LOG_LEVEL_WARNING, "*not a colour*");
  cg_theme_set_colour (theme, "red");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (cg_theme_get_colour (theme), ==, "#aabbcc");

  cg_event_set_date (event, "2026-06-18");
  g_assert_cmpstr (cg_event_get_date (event), ==, "2026-06-18");
  g_test_expect_message ("cg-model", G_LOG_LEVEL_WARNING, "*not a date*");
  cg_event_set_date (event, "2026-02-30");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (cg_event_get_date (event), ==, "2026-06-18");
  cg_event_set_date (event, NULL);
  g_assert_null (cg_event_get_date (event));
}

static void
test_text_checks (void)
{
  g_autoptr(GDateTime) dt = cg_text_parse_timestamp ("2026-03-12T10:04:59Z");
  g_autofree char *back = NULL;

  g_assert_true (cg_text_is_valid_date ("2024-02-29"));
  g_assert_false (cg_text_is_valid_date ("2023-02-29"));
  g_assert_false (cg_text_is_valid_date ("2023-2-28"));
  g_assert_false (cg_text_is_valid_date ("0000-01-01"));
  g_assert_true (cg_text_is_valid_id ("b1c2-x_Y"));
  g_assert_false (cg_text_is_valid_id (""));
  g_assert_false (cg_text_is_valid_id ("a b"));
  g_assert_false (cg_text_is_valid_id ("a'b"));
  g_assert_nonnull (dt);
  back = cg_text_format_timestamp (dt);
  g_assert_cmpstr (back, ==, "2026-03-12T10:04:59Z");
  g_assert_null (cg_text_parse_timestamp ("2026-03-12T24:00:00Z"));
  {
    g_autoptr(GDateTime) early = g_date_time_new_utc (5, 1, 2, 3, 4, 5);
    g_autofree char *early_text = cg_text_format_timestamp (early);
    g_autoptr(GDateTime) again = cg_text_parse_timestamp (early_text);

    g_assert_cmpstr (early_text, ==, "0005-01-02T03:04:05Z");
    g_assert_nonnull (again);
    g_assert_true (g_date_time_equal (early, again));
  }
  g_assert_null (cg_text_parse_timestamp ("2026-03-12 10:00:00Z"));
  g_assert_null (cg_text_parse_timestamp ("2026-03-12T10:00:00+01:00"));
}

static void
test_created_whole_seconds_utc (void)
{
  g_autoptr(CgIdea) idea = cg_idea_new ("x");
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) local = g_date_time_new (tz, 2026, 3, 12, 11, 30, 15.75);
  g_autofree char *text = NULL;

  g_assert_cmpfloat (g_date_time_get_seconds (cg_idea_get_created (idea)), ==,
                     (double) g_date_time_get_second (cg_idea_get_created (idea)));
  cg_idea_set_created (idea, local);
  text = cg_text_format_timestamp (cg_idea_get_created (idea));
  g_assert_cmpstr (text, ==, "2026-03-12T10:30:15Z");
  g_assert_cmpint (g_date_time_get_utc_offset (cg_idea_get_created (idea)), ==, 0);
}

static void
test_tally (void)
{
  g_autoptr(GVariant) t = NULL;
  g_autofree char *printed = NULL;
  GVariant *next;

  g_assert_null (cg_tally_set (NULL, "a", 0));
  t = g_variant_ref_sink (cg_tally_set (NULL, "m", 2));
  next = g_variant_ref_sink (cg_tally_set (t, "c", 5));
  g_variant_unref (t);
  t = next;
  next = g_variant_ref_sink (cg_tally_set (t, "x", 1));
  g_variant_unref (t);
  t = next;
  printed = g_variant_print (t, FALSE);
  g_assert_cmpstr (printed, ==, "{'c': 5, 'm': 2, 'x': 1}");
  g_assert_cmpuint (cg_tally_total (t), ==, 8);
  g_assert_cmpuint (cg_tally_get (t, "m"), ==, 2);
  g_assert_cmpuint (cg_tally_get (t, "nope"), ==, 0);
  next = g_variant_ref_sink (cg_tally_set (t, "m", 0));
  g_variant_unref (t);
  t = next;
  g_assert_cmpuint (cg_tally_get (t, "m"), ==, 0);
  g_assert_cmpuint (cg_tally_total (t), ==, 6);
}

static void
test_action_links (void)
{
  g_autoptr(CgAction) action = cg_action_new ("First contacts", "Named worker");
  guint *ids = watch (action, "idea-ids");

  g_assert_cmpuint (g_strv_length ((char **) cg_action_get_idea_ids (action)), ==, 0);
  cg_action_link_idea (action, "a1");
  cg_action_link_idea (action, "b2");
  cg_action_link_idea (action, "a1");
  g_assert_cmpuint (*ids, ==, 2);
  g_assert_true (cg_action_links_idea (action, "b2"));
  cg_action_unlink_idea (action, "a1");
  cg_action_unlink_idea (action, "zz");
  g_assert_cmpuint (*ids, ==, 3);
  g_assert_cmpstr (cg_action_get_idea_ids (action)[0], ==, "b2");
  g_assert_null (cg_action_get_idea_ids (action)[1]);
}

static void
test_voice_attendance (void)
{
  g_autoptr(CgVoice) voice = cg_voice_new ("Family and carers", NULL);
  g_autoptr(CgEvent) march = cg_event_new ("March");
  g_autoptr(CgEvent) june = cg_event_new ("June");

  g_assert_true (cg_text_is_valid_colour (cg_voice_get_colour (voice)));
  cg_voice_set_attendance (voice, march, 6);
  cg_voice_set_attendance (voice, june, 4);
  g_assert_cmpuint (cg_voice_get_attendance (voice, march), ==, 6);
  g_assert_cmpuint (cg_voice_get_total_attendance (voice), ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/object/ids", test_ids);
  g_test_add_func ("/model/object/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/model/object/needs-review", test_needs_review);
  g_test_add_func ("/model/object/text-normalised", test_text_normalised);
  g_test_add_func ("/model/object/colours-and-dates", test_colours_and_dates);
  g_test_add_func ("/model/object/text-checks", test_text_checks);
  g_test_add_func ("/model/object/created-whole-seconds-utc", test_created_whole_seconds_utc);
  g_test_add_func ("/model/object/tally", test_tally);
  g_test_add_func ("/model/object/action-links", test_action_links);
  g_test_add_func ("/model/object/voice-attendance", test_voice_attendance);

  return g_test_run ();
}
