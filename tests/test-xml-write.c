/* test-xml-write.c: writing workshops: layout, escaping, round trips and the RELAX NG schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <libxml/relaxng.h>

#include "io/cg-io.h"
#include "model/cg-workshop-private.h"

/* Validates written bytes against src/io/common-ground.rng (path in $CG_SCHEMA). */
static void
assert_schema_valid (GBytes *bytes)
{
  static xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr context;
  xmlDocPtr doc;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (schema == NULL)
    {
      const char *path = g_getenv ("CG_SCHEMA");
      xmlRelaxNGParserCtxtPtr parser;

      g_assert_nonnull (path);
      parser = xmlRelaxNGNewParserCtxt (path);
      schema = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);
      g_assert_nonnull (schema);
    }

  doc = xmlReadMemory (data, (int) length, "written.cgw", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  context = xmlRelaxNGNewValidCtxt (schema);
  g_assert_cmpint (xmlRelaxNGValidateDoc (context, doc), ==, 0);
  xmlRelaxNGFreeValidCtxt (context);
  xmlFreeDoc (doc);
}

/* Written bytes are not NUL-terminated. */
static char *
dup_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

static CgWorkshop *
load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  workshop = cg_workshop_load_from_data (data, length, "written.cgw", &error);
  g_assert_no_error (error);

  return workshop;
}

/* Save, load, save gives the same bytes, valid against the schema; returns the reloaded copy. */
static CgWorkshop *
assert_round_trip (CgWorkshop *workshop)
{
  g_autoptr(GBytes) first = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GBytes) second = NULL;
  CgWorkshop *copy = load_bytes (first);

  second = cg_workshop_save_to_bytes (copy);
  if (!g_bytes_equal (first, second))
    {
      g_autofree char *a = dup_string (first);
      g_autofree char *b = dup_string (second);

      g_error ("save, load, save differs:\n%s\n----\n%s", a, b);
    }
  assert_schema_valid (first);

  return copy;
}

/* An optional text left out of the file comes back NULL instead of "". */
#define assert_same_text(a, b) g_assert_cmpstr ((a) != NULL ? (a) : "", ==, (b) != NULL ? (b) : "")

static gpointer
item (GListModel *model,
      guint       position)
{
  gpointer object = g_list_model_get_item (model, position);

  g_object_unref (object);  /* the model keeps it alive */
  return object;
}

static const char *
id_of (gpointer object)
{
  return object != NULL ? cg_object_get_id (object) : NULL;
}

static void
assert_same_ideas (CgWorkshop *a,
                   CgWorkshop *b)
{
  GListModel *events = cg_workshop_get_events (a);
  GListModel *ideas = cg_workshop_get_ideas (a);

  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (b)), ==,
                    g_list_model_get_n_items (ideas));
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      CgIdea *x = item (ideas, i);
      CgIdea *y = item (cg_workshop_get_ideas (b), i);

      g_assert_cmpstr (id_of (x), ==, id_of (y));
      g_assert_cmpstr (cg_idea_get_text (x), ==, cg_idea_get_text (y));
      g_assert_cmpstr (id_of (cg_idea_get_event (x)), ==, id_of (cg_idea_get_event (y)));
      g_assert_cmpstr (id_of (cg_idea_get_theme (x)), ==, id_of (cg_idea_get_theme (y)));
      g_assert_cmpstr (id_of (cg_idea_get_voice (x)), ==, id_of (cg_idea_get_voice (y)));
      g_assert_cmpint (cg_idea_get_kind (x), ==, cg_idea_get_kind (y));
      g_assert_cmpint (cg_idea_get_status (x), ==, cg_idea_get_status (y));
      g_assert_cmpint (cg_idea_get_private (x), ==, cg_idea_get_private (y));
      g_assert_cmpint (cg_idea_get_beyond_service (x), ==, cg_idea_get_beyond_service (y));
      g_assert_cmpint (cg_idea_get_needs_review (x), ==, cg_idea_get_needs_review (y));
      g_assert_true (g_date_time_equal (cg_idea_get_created (x), cg_idea_get_created (y)));
      g_assert_cmpstr (cg_idea_get_carried_from (x), ==, cg_idea_get_carried_from (y));
      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        g_assert_cmpuint (cg_idea_get_votes (x, item (events, e)), ==,
                          cg_idea_get_votes (y, item (cg_workshop_get_events (b), e)));
    }
}

/* Every field of @b equals that of @a, object by object and in order. */
static void
assert_same_workshop (CgWorkshop *a,
                      CgWorkshop *b)
{
  GListModel *events = cg_workshop_get_events (a);
  GListModel *voices = cg_workshop_get_voices (a);
  GListModel *themes = cg_workshop_get_themes (a);
  GListModel *actions = cg_workshop_get_actions (a);

  g_assert_cmpstr (id_of (a), ==, id_of (b));
  g_assert_cmpstr (cg_workshop_get_title (a), ==, cg_workshop_get_title (b));
  g_assert_cmpstr (cg_workshop_get_facilitator (a), ==, cg_workshop_get_facilitator (b));
  g_assert_cmpstr (cg_workshop_get_description (a), ==, cg_workshop_get_description (b));
  g_assert_cmpstr (cg_workshop_get_thanks (a), ==, cg_workshop_get_thanks (b));
  g_assert_cmpstr (cg_workshop_get_support (a), ==, cg_workshop_get_support (b));

  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (b)), ==,
                    g_list_model_get_n_items (events));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      CgEvent *x = item (events, i), *y = item (cg_workshop_get_events (b), i);

      g_assert_cmpstr (id_of (x), ==, id_of (y));
      g_assert_cmpstr (cg_event_get_title (x), ==, cg_event_get_title (y));
      g_assert_cmpstr (cg_event_get_date (x), ==, cg_event_get_date (y));
      assert_same_text (cg_event_get_place (x), cg_event_get_place (y));
      assert_same_text (cg_event_get_notes (x), cg_event_get_notes (y));
    }

  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (b)), ==,
                    g_list_model_get_n_items (voices));
  for (guint i = 0; i < g_list_model_get_n_items (voices); i++)
    {
      CgVoice *x = item (voices, i), *y = item (cg_workshop_get_voices (b), i);

      g_assert_cmpstr (id_of (x), ==, id_of (y));
      assert_same_text (cg_voice_get_name (x), cg_voice_get_name (y));
      g_assert_cmpstr (cg_voice_get_colour (x), ==, cg_voice_get_colour (y));
      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        g_assert_cmpuint (cg_voice_get_attendance (x, item (events, e)), ==,
                          cg_voice_get_attendance (y, item (cg_workshop_get_events (b), e)));
    }

  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (b)), ==,
                    g_list_model_get_n_items (themes));
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      CgTheme *x = item (themes, i), *y = item (cg_workshop_get_themes (b), i);

      g_assert_cmpstr (id_of (x), ==, id_of (y));
      assert_same_text (cg_theme_get_name (x), cg_theme_get_name (y));
      g_assert_cmpstr (cg_theme_get_colour (x), ==, cg_theme_get_colour (y));
      assert_same_text (cg_theme_get_framework (x), cg_theme_get_framework (y));
      assert_same_text (cg_theme_get_description (x), cg_theme_get_description (y));
    }

  assert_same_ideas (a, b);

  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_actions (b)), ==,
                    g_list_model_get_n_items (actions));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      CgAction *x = item (actions, i), *y = item (cg_workshop_get_actions (b), i);

      g_assert_cmpstr (id_of (x), ==, id_of (y));
      assert_same_text (cg_action_get_area (x), cg_action_get_area (y));
      assert_same_text (cg_action_get_action (x), cg_action_get_action (y));
      assert_same_text (cg_action_get_position (x), cg_action_get_position (y));
      assert_same_text (cg_action_get_next_steps (x), cg_action_get_next_steps (y));
      assert_same_text (cg_action_get_reason (x), cg_action_get_reason (y));
      g_assert_cmpint (cg_action_get_status (x), ==, cg_action_get_status (y));
      g_assert_cmpstr (id_of (cg_action_get_theme (x)), ==, id_of (cg_action_get_theme (y)));
      g_assert_true (g_strv_equal (cg_action_get_idea_ids (x), cg_action_get_idea_ids (y)));
    }
}

/* Random content */

static char *
random_text (GRand *rand)
{
  static const char * const pieces[] = {
    "idea", "The first phone call", " ", "  ", "\t", "\n", "\r\n", "\r", "<", ">", "&", "\"",
    "'", "]]>", "&amp;", "é", "Zoë", "中文", "التجربة", "\u200F", "🌱", "👩‍👩‍👧", "\x01",
    "\x7f", "\x0b", "\xEF\xBF\xBE", "e\xCC\x81", "--", "<!--", "?>",
  };
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 12);

  for (guint i = 0; i < n; i++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

  return g_string_free (text, FALSE);
}

static char *
maybe_text (GRand *rand)
{
  return g_rand_boolean (rand) ? random_text (rand) : NULL;
}

static char *
random_colour (GRand *rand)
{
  return g_strdup_printf ("#%06x", g_rand_int_range (rand, 0, 0x1000000));
}

static gpointer
pick (GRand      *rand,
      GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0 || g_rand_int_range (rand, 0, 4) == 0)
    return NULL;
  return item (model, g_rand_int_range (rand, 0, n));
}

static void
add_random_events_and_voices (CgWorkshop *workshop,
                              GRand      *rand)
{
  GListModel *events = cg_workshop_get_events (workshop);
  guint n_events = g_rand_int_range (rand, 0, 4);
  guint n_voices = g_rand_int_range (rand, 0, 5);

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *title = random_text (rand);
      g_autofree char *place = maybe_text (rand);
      g_autofree char *notes = maybe_text (rand);
      g_autoptr(CgEvent) event = cg_event_new (title);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1, 10000),
                                               g_rand_int_range (rand, 1, 13),
                                               g_rand_int_range (rand, 1, 29));

      if (g_rand_boolean (rand))
        cg_event_set_date (event, date);
      cg_event_set_place (event, place);
      cg_event_set_notes (event, notes);
      cg_workshop_add (workshop, event);
    }

  for (guint i = 0; i < n_voices; i++)
    {
      g_autofree char *name = random_text (rand);
      g_autofree char *colour = random_colour (rand);
      g_autoptr(CgVoice) voice = cg_voice_new (name, colour);

      for (guint e = 0; e < n_events; e++)
        if (g_rand_boolean (rand))
          cg_voice_set_attendance (voice, item (events, e), g_rand_int_range (rand, 1, 1000001));
      cg_workshop_add (workshop, voice);
    }
}

static void
add_random_themes (CgWorkshop *workshop,
                   GRand      *rand)
{
  guint n_themes = g_rand_int_range (rand, 0, 6);

  for (guint i = 0; i < n_themes; i++)
    {
      g_autofree char *name = random_text (rand);
      g_autofree char *colour = random_colour (rand);
      g_autofree char *framework = maybe_text (rand);
      g_autofree char *description = maybe_text (rand);
      g_autoptr(CgTheme) theme = cg_theme_new (name, colour);

      cg_theme_set_framework (theme, framework);
      cg_theme_set_description (theme, description);
      cg_workshop_add (workshop, theme);
    }
}

static void
add_random_ideas (CgWorkshop *workshop,
                  GRand      *rand)
{
  GListModel *events = cg_workshop_get_events (workshop);
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  guint n_ideas = g_rand_int_range (rand, 0, 40);

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *text = random_text (rand);
      g_autoptr(CgIdea) idea = cg_idea_new (text);
      g_autoptr(GDateTime) created = NULL;
      CgIdea *earlier = pick (rand, ideas);

      created = g_date_time_new_from_unix_utc ((gint64) g_rand_int_range (rand, 0, G_MAXINT32) *
                                               (g_rand_boolean (rand) ? 1 : 100));
      cg_idea_set_event (idea, pick (rand, events));
      cg_idea_set_theme (idea, pick (rand, cg_workshop_get_themes (workshop)));
      cg_idea_set_voice (idea, pick (rand, cg_workshop_get_voices (workshop)));
      cg_idea_set_kind (idea, g_rand_int_range (rand, 0, CG_IDEA_KIND_LAST + 1));
      cg_idea_set_status (idea, g_rand_int_range (rand, 0, CG_IDEA_STATUS_CLOSED + 1));
      cg_idea_set_private (idea, g_rand_boolean (rand));
      cg_idea_set_beyond_service (idea, g_rand_boolean (rand));
      cg_idea_set_needs_review (idea, g_rand_int_range (rand, 0, 4) == 0);
      cg_idea_set_created (idea, created);
      cg_idea_set_carried_from (idea, earlier != NULL ? id_of (earlier) : NULL);
      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        if (g_rand_boolean (rand))
          cg_idea_set_votes (idea, item (events, e), g_rand_int_range (rand, 1, 100));
      cg_workshop_add (workshop, idea);
    }
}

static void
add_random_actions (CgWorkshop *workshop,
                    GRand      *rand)
{
  guint n_actions = g_rand_int_range (rand, 0, 5);

  for (guint i = 0; i < n_actions; i++)
    {
      g_autofree char *area = random_text (rand);
      g_autofree char *what = random_text (rand);
      g_autofree char *position = maybe_text (rand);
      g_autofree char *next_steps = maybe_text (rand);
      g_autofree char *reason = maybe_text (rand);
      g_autoptr(CgAction) action = cg_action_new (area, what);
      guint n_links = g_rand_int_range (rand, 0, 4);

      cg_action_set_position (action, position);
      cg_action_set_next_steps (action, next_steps);
      cg_action_set_reason (action, reason);
      cg_action_set_status (action, g_rand_int_range (rand, 0, CG_ACTION_STATUS_NOT_DOING + 1));
      cg_action_set_theme (action, pick (rand, cg_workshop_get_themes (workshop)));
      for (guint l = 0; l < n_links; l++)
        {
          CgIdea *idea = pick (rand, cg_workshop_get_ideas (workshop));

          if (idea != NULL)
            cg_action_link_idea (action, id_of (idea));
        }
      cg_workshop_add (workshop, action);
    }
}

static CgWorkshop *
random_workshop (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *title = random_text (rand);
  CgWorkshop *workshop = cg_workshop_new (title);

  add_random_events_and_voices (workshop, rand);
  add_random_themes (workshop, rand);
  add_random_ideas (workshop, rand);
  add_random_actions (workshop, rand);
  /* last, so the rest is what it always was for this seed */
  if (g_rand_boolean (rand))
    {
      g_autofree char *facilitator = maybe_text (rand);
      g_autofree char *description = maybe_text (rand);
      g_autofree char *thanks = maybe_text (rand);
      g_autofree char *support = maybe_text (rand);

      cg_workshop_set_facilitator (workshop, facilitator);
      cg_workshop_set_description (workshop, description);
      cg_workshop_set_thanks (workshop, thanks);
      cg_workshop_set_support (workshop, support);
    }

  return workshop;
}

/* Tests */

static void
test_generated (void)
{
  for (guint32 seed = 1; seed <= 200; seed++)
    {
      g_autoptr(CgWorkshop) workshop = random_workshop (seed);
      g_autoptr(CgWorkshop) copy = assert_round_trip (workshop);

      assert_same_workshop (workshop, copy);
    }
}

static void
test_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(CgWorkshop) copy = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("tests/data/sample.cgw is not there yet");
      return;
    }

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  original = g_bytes_new_take (g_steal_pointer (&contents), length);
  workshop = load_bytes (original);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), >, 0);
  copy = assert_round_trip (workshop);
  assert_same_workshop (workshop, copy);

  saved = cg_workshop_save_to_bytes (workshop);
  if (!g_bytes_equal (original, saved))
    g_test_message ("sample.cgw is not in the layout this writer gives; it still reads back");
}

static void
test_good_files (void)
{
  const char * const names[] = {
    "minimal.cgw", "forward-references.cgw", "unicode.cgw", "whitespace.cgw", "properties.cgw"
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", names[i],
                                                     NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = NULL;
      g_autoptr(CgWorkshop) copy = NULL;
      gsize length;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      workshop = cg_workshop_load_from_data (contents, length, names[i], &error);
      g_assert_no_error (error);
      copy = assert_round_trip (workshop);
      assert_same_workshop (workshop, copy);
    }
}

static gpointer
add_object (CgWorkshop *workshop,
            GType       type,
            const char *id)
{
  g_autoptr(GObject) object = g_object_new (type, "id", id, NULL);

  cg_workshop_add (workshop, object);
  return object;
}

/* The exact layout: indentation, attribute order, defaults and empty sections left out,
 * times in UTC, quotes left readable in text. */
static void
test_layout (void)
{
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" id=\"w\">\n"
    "  <title>Layout</title>\n"
    "  <events>\n"
    "    <event id=\"e1\" date=\"2026-03-12\">\n"
    "      <title>March</title>\n"
    "    </event>\n"
    "  </events>\n"
    "  <themes>\n"
    "    <theme id=\"t1\" colour=\"#c061cb\" framework=\"dundee\">\n"
    "      <name>First contacts</name>\n"
    "    </theme>\n"
    "  </themes>\n"
    "  <ideas>\n"
    "    <idea id=\"i1\" event=\"e1\" theme=\"t1\" kind=\"strength\" status=\"parked\" "
    "private=\"true\" beyond-service=\"true\" needs-review=\"true\" "
    "created=\"2026-03-12T10:04:00Z\" carried-from=\"i2\">\n"
    "      <text>Say \"hello\" &amp; &lt;smile&gt;\n  twice</text>\n"
    "      <votes event=\"e1\" count=\"3\"/>\n"
    "    </idea>\n"
    "    <idea id=\"i2\" created=\"0005-01-02T03:04:05Z\">\n"
    "      <text/>\n"
    "    </idea>\n"
    "  </ideas>\n"
    "  <actions>\n"
    "    <action id=\"a1\" theme=\"t1\" status=\"agreed\">\n"
    "      <area>First contacts</area>\n"
    "      <what/>\n"
    "      <next-steps>Pilot in June</next-steps>\n"
    "      <idea ref=\"i1\"/>\n"
    "    </action>\n"
    "  </actions>\n"
    "</workshop>\n";
  g_autoptr(CgWorkshop) workshop = cg_workshop_new_with_id ("w", "Layout");
  g_autoptr(GTimeZone) paris = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) created = g_date_time_new (paris, 2026, 3, 12, 11, 4, 0.75);
  g_autoptr(GDateTime) long_ago = g_date_time_new_utc (5, 1, 2, 3, 4, 5);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *written = NULL;
  g_autoptr(CgWorkshop) copy = NULL;
  g_autoptr(GString) unflagged = g_string_new (expected);
  CgEvent *event = add_object (workshop, CG_TYPE_EVENT, "e1");
  CgTheme *theme = add_object (workshop, CG_TYPE_THEME, "t1");
  CgIdea *idea = add_object (workshop, CG_TYPE_IDEA, "i1");
  CgIdea *other = add_object (workshop, CG_TYPE_IDEA, "i2");
  CgAction *action = add_object (workshop, CG_TYPE_ACTION, "a1");

  cg_event_set_title (event, "March");
  cg_event_set_date (event, "2026-03-12");
  cg_event_set_place (event, "");
  cg_theme_set_name (theme, "First contacts");
  cg_theme_set_colour (theme, "#C061CB");
  cg_theme_set_framework (theme, "dundee");
  cg_idea_set_text (idea, "Say \"hello\" & <smile>\r\n  twice");
  cg_idea_set_event (idea, event);
  cg_idea_set_theme (idea, theme);
  cg_idea_set_kind (idea, CG_IDEA_KIND_STRENGTH);
  cg_idea_set_status (idea, CG_IDEA_STATUS_PARKED);
  cg_idea_set_private (idea, TRUE);
  cg_idea_set_beyond_service (idea, TRUE);
  cg_idea_set_needs_review (idea, TRUE);
  cg_idea_set_created (idea, created);
  cg_idea_set_carried_from (idea, "i2");
  cg_idea_set_votes (idea, event, 3);
  cg_idea_set_created (other, long_ago);
  cg_action_set_area (action, "First contacts");
  cg_action_set_next_steps (action, "Pilot in June");
  cg_action_set_status (action, CG_ACTION_STATUS_AGREED);
  cg_action_set_theme (action, theme);
  cg_action_link_idea (action, "i1");

  bytes = cg_workshop_save_to_bytes (workshop);
  written = dup_string (bytes);
  g_assert_cmpstr (written, ==, expected);

  copy = assert_round_trip (workshop);
  assert_same_workshop (workshop, copy);

  /* a cleared review flag leaves no trace: the bytes are those of a file that never had it */
  cg_idea_set_needs_review (idea, FALSE);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&written, g_free);
  bytes = cg_workshop_save_to_bytes (workshop);
  written = dup_string (bytes);
  g_assert_cmpuint (g_string_replace (unflagged, " needs-review=\"true\"", "", 0), ==, 1);
  g_assert_cmpstr (written, ==, unflagged->str);
}

/* Tabs, line breaks and quotes in an attribute survive; so does text that looks like markup. */
static void
test_escaping (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("<title> & \"quotes\" ]]> &amp;");
  g_autoptr(CgTheme) theme = cg_theme_new ("\t tab, then spaces  ", "#000000");
  g_autoptr(CgWorkshop) copy = NULL;
  CgTheme *copied;

  cg_theme_set_framework (theme, "a\tb\nc \"q\" 'a' <&>");
  cg_theme_set_description (theme, "\n\nleading and trailing line breaks\n\n");
  cg_workshop_add (workshop, theme);

  copy = assert_round_trip (workshop);
  copied = CG_THEME (cg_workshop_lookup (copy, id_of (theme)));
  g_assert_cmpstr (cg_workshop_get_title (copy), ==, "<title> & \"quotes\" ]]> &amp;");
  g_assert_cmpstr (cg_theme_get_name (copied), ==, "\t tab, then spaces  ");
  g_assert_cmpstr (cg_theme_get_framework (copied), ==, "a\tb\nc \"q\" 'a' <&>");
  g_assert_cmpstr (cg_theme_get_description (copied), ==,
                   "\n\nleading and trailing line breaks\n\n");
}

/* References to objects that are not in the workshop are left out, so the file always loads. */
static void
test_dangling_left_out (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Dangling");
  g_autoptr(CgTheme) stray_theme = cg_theme_new ("Not in the workshop", "#123456");
  g_autoptr(CgEvent) stray_event = cg_event_new ("Not in the workshop");
  g_autoptr(CgIdea) idea = cg_idea_new ("text");
  g_autoptr(CgAction) action = cg_action_new ("area", "what");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CgWorkshop) copy = NULL;
  g_autofree char *data = NULL;

  cg_workshop_add (workshop, idea);
  cg_workshop_add (workshop, action);
  cg_idea_set_theme (idea, stray_theme);
  cg_idea_set_event (idea, stray_event);
  cg_idea_set_carried_from (idea, "gone");
  cg_action_set_theme (action, stray_theme);
  cg_action_link_idea (action, "gone");
  cg_action_link_idea (action, id_of (idea));

  bytes = cg_workshop_save_to_bytes (workshop);
  data = dup_string (bytes);
  g_assert_null (strstr (data, "theme="));
  g_assert_null (strstr (data, "event="));
  g_assert_null (strstr (data, "gone"));
  g_assert_nonnull (strstr (data, id_of (idea)));

  copy = load_bytes (bytes);
  g_assert_cmpuint (g_strv_length ((char **) cg_action_get_idea_ids (
                      item (cg_workshop_get_actions (copy), 0))), ==, 1);
}

/* The workshop's properties: straight after the title, in order, left out when empty; a file
 * that has any is 1.1, one that has none stays 1.0 byte for byte. */
static void
test_properties (void)
{
  const char *plain =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" id=\"w\">\n"
    "  <title>Properties</title>\n"
    "</workshop>\n";
  const char *with_properties =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.1\" id=\"w\">\n"
    "  <title>Properties</title>\n"
    "  <facilitator>Ann &amp; Raj</facilitator>\n"
    "  <thanks>Thank you</thanks>\n"
    "  <support>Samaritans — 116 123\n"
    "Breathing Space</support>\n"
    "</workshop>\n";
  g_autoptr(CgWorkshop) workshop = cg_workshop_new_with_id ("w", "Properties");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "properties.cgw",
                                                 NULL);
  g_autofree char *contents = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) copy = NULL;
  g_autoptr(CgWorkshop) loaded = NULL;
  gsize length;

  bytes = cg_workshop_save_to_bytes (workshop);
  written = dup_string (bytes);
  g_assert_cmpstr (written, ==, plain);

  cg_workshop_set_facilitator (workshop, "Ann & Raj");
  cg_workshop_set_thanks (workshop, "Thank you");
  cg_workshop_set_support (workshop, "Samaritans — 116 123\r\nBreathing Space");
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&written, g_free);
  bytes = cg_workshop_save_to_bytes (workshop);
  written = dup_string (bytes);
  g_assert_cmpstr (written, ==, with_properties);
  copy = assert_round_trip (workshop);
  assert_same_workshop (workshop, copy);

  /* cleared, they leave no trace */
  cg_workshop_set_facilitator (workshop, "");
  cg_workshop_set_thanks (workshop, NULL);
  cg_workshop_set_support (workshop, "");
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&written, g_free);
  bytes = cg_workshop_save_to_bytes (workshop);
  written = dup_string (bytes);
  g_assert_cmpstr (written, ==, plain);

  /* the hand-written file is in the writer's own layout */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  file_bytes = g_bytes_new (contents, length);
  loaded = load_bytes (file_bytes);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = cg_workshop_save_to_bytes (loaded);
  g_assert_true (g_bytes_equal (bytes, file_bytes));
}

static void
test_deterministic (void)
{
  g_autoptr(CgWorkshop) workshop = random_workshop (42);
  g_autoptr(GBytes) first = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GBytes) second = cg_workshop_save_to_bytes (workshop);

  g_assert_true (g_bytes_equal (first, second));
  /* Saving changes nothing: no undo step, not marked clean (that is cg_workshop_save's job). */
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (workshop)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/xml/write/layout", test_layout);
  g_test_add_func ("/io/xml/write/escaping", test_escaping);
  g_test_add_func ("/io/xml/write/properties", test_properties);
  g_test_add_func ("/io/xml/write/dangling-left-out", test_dangling_left_out);
  g_test_add_func ("/io/xml/write/deterministic", test_deterministic);
  g_test_add_func ("/io/xml/write/good-files", test_good_files);
  g_test_add_func ("/io/xml/write/generated", test_generated);
  g_test_add_func ("/io/xml/write/sample", test_sample);

  return g_test_run ();
}
