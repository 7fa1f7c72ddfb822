/* test-xml-read.c: reading valid workshop files into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include "io/cg-io.h"

static CgWorkshop *
load_good (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  workshop = cg_workshop_load_from_data (contents, length, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (workshop);

  return workshop;
}

static CgWorkshop *
load_string (const char *data,
             GError    **error)
{
  return cg_workshop_load_from_data (data, strlen (data), "test.cgw", error);
}

/* The object with @id, which must exist and be of @type. */
static gpointer
lookup (CgWorkshop *workshop,
        GType       type,
        const char *id)
{
  CgObject *object = cg_workshop_lookup (workshop, id);

  g_assert_nonnull (object);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (object, type));

  return object;
}

static void
assert_created (CgIdea     *idea,
                const char *expected)
{
  GDateTime *created = cg_idea_get_created (idea);
  g_autofree char *text = NULL;

  g_assert_nonnull (created);
  g_assert_cmpint (g_date_time_get_utc_offset (created), ==, 0);
  text = g_date_time_format_iso8601 (created);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_minimal (void)
{
  g_autoptr(CgWorkshop) workshop = load_good ("minimal.cgw");
  CgHistory *history = cg_workshop_get_history (workshop);

  g_assert_cmpstr (cg_object_get_id (CG_OBJECT (workshop)), ==, "minimal");
  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "Only a title");
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_actions (workshop)), ==, 0);
  g_assert_false (cg_history_get_can_undo (history));
  g_assert_false (cg_history_get_modified (history));
}

/* The workshop's properties (format 1.1) are read exactly, white space and blank lines kept,
 * and record no undo step; a file without them (1.0) gives empty ones. */
static void
test_properties (void)
{
  g_autoptr(CgWorkshop) workshop = load_good ("properties.cgw");
  g_autoptr(CgWorkshop) old = load_good ("minimal.cgw");
  g_auto(GStrv) contacts = cg_workshop_dup_support_contacts (workshop);
  g_auto(GStrv) none = cg_workshop_dup_support_contacts (old);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) misplaced = NULL;
  CgHistory *history = cg_workshop_get_history (workshop);

  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "CHIME workshop, 4 December 2026");
  g_assert_cmpstr (cg_workshop_get_facilitator (workshop), ==, "Ann Smith & the peer team");
  g_assert_cmpstr (cg_workshop_get_description (workshop), ==,
                   "Two meetings on first contacts with the service.\n"
                   "The second builds on the first.");
  g_assert_cmpstr (cg_workshop_get_thanks (workshop), ==,
                   "Thank you for your time, your honesty and your \"yes, but\".");
  g_assert_cmpstr (cg_workshop_get_support (workshop), ==,
                   "Samaritans — 116 123 — samaritans.org\n"
                   "Breathing Space — 0800 83 85 87 — breathingspace.scot\n"
                   "\n"
                   "  Duty team — 01382 000 000  ");
  g_assert_cmpuint (g_strv_length (contacts), ==, 3);
  g_assert_cmpstr (contacts[2], ==, "Duty team — 01382 000 000");
  g_assert_false (cg_history_get_can_undo (history));
  g_assert_false (cg_history_get_modified (history));

  g_assert_cmpstr (cg_workshop_get_facilitator (old), ==, "");
  g_assert_cmpstr (cg_workshop_get_description (old), ==, "");
  g_assert_cmpstr (cg_workshop_get_thanks (old), ==, "");
  g_assert_cmpstr (cg_workshop_get_support (old), ==, "");
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  /* they come straight after the title, in the documented order */
  misplaced = load_string ("<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.1\" "
                           "id=\"w\">\n  <title>T</title>\n  <thanks>Thanks</thanks>\n"
                           "  <facilitator>Ann</facilitator>\n</workshop>\n", &error);
  g_assert_null (misplaced);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "test.cgw:4: "));
  g_assert_nonnull (strstr (error->message, "<facilitator> must come before <thanks>"));
}

/* Every attribute and element lands in the right property; a newer minor version is read. */
static void
test_all_fields (void)
{
  g_autoptr(CgWorkshop) workshop = load_good ("forward-references.cgw");
  CgEvent *june = lookup (workshop, CG_TYPE_EVENT, "june");
  CgEvent *march = lookup (workshop, CG_TYPE_EVENT, "march");
  CgVoice *carers = lookup (workshop, CG_TYPE_VOICE, "carers");
  CgTheme *contacts = lookup (workshop, CG_TYPE_THEME, "contacts");
  CgIdea *later = lookup (workshop, CG_TYPE_IDEA, "later");
  CgIdea *earlier = lookup (workshop, CG_TYPE_IDEA, "earlier");
  CgAction *action = lookup (workshop, CG_TYPE_ACTION, "named-worker");
  const char * const expected_ids[] = { "later", "earlier", NULL };

  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "Forward references");
  g_assert_cmpint (cg_workshop_index_of (workshop, june), ==, 0);
  g_assert_cmpint (cg_workshop_index_of (workshop, march), ==, 1);
  g_assert_cmpstr (cg_event_get_title (june), ==, "June");
  g_assert_cmpstr (cg_event_get_date (march), ==, "2026-03-12");
  g_assert_null (cg_event_get_place (june));

  g_assert_cmpstr (cg_voice_get_name (carers), ==, "Family and carers");
  g_assert_cmpstr (cg_voice_get_colour (carers), ==, "#56b4e9");  /* made lower case */
  g_assert_cmpuint (cg_voice_get_attendance (carers, march), ==, 6);
  g_assert_cmpuint (cg_voice_get_attendance (carers, june), ==, 0);

  g_assert_cmpstr (cg_theme_get_name (contacts), ==, "First contacts");
  g_assert_cmpstr (cg_theme_get_colour (contacts), ==, "#332288");
  g_assert_null (cg_theme_get_framework (contacts));

  g_assert_true (cg_idea_get_event (later) == june);
  g_assert_true (cg_idea_get_theme (later) == contacts);
  g_assert_true (cg_idea_get_voice (later) == carers);
  g_assert_cmpint (cg_idea_get_status (later), ==, CG_IDEA_STATUS_ACTIONED);
  g_assert_cmpint (cg_idea_get_kind (later), ==, CG_IDEA_KIND_IDEA);
  g_assert_cmpstr (cg_idea_get_carried_from (later), ==, "earlier");
  g_assert_cmpuint (cg_idea_get_votes (later, june), ==, 7);
  g_assert_cmpuint (cg_idea_get_votes (later, march), ==, 2);
  g_assert_cmpuint (cg_idea_get_total_votes (later), ==, 9);
  assert_created (later, "2026-06-18T09:30:00Z");
  g_assert_cmpstr (cg_idea_get_text (earlier), ==, "The first phone call sets the tone.");

  g_assert_true (cg_action_get_theme (action) == contacts);
  g_assert_cmpint (cg_action_get_status (action), ==, CG_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpstr (cg_action_get_area (action), ==, "First contacts");
  g_assert_cmpstr (cg_action_get_action (action), ==, "Offer a named worker at first contact");
  g_assert_true (g_strv_equal (cg_action_get_idea_ids (action), expected_ids));
  g_assert_false (cg_history_get_can_undo (cg_workshop_get_history (workshop)));
}

/* Ideas refer to an idea, events and themes that appear later in the file. */
static void
test_forward_references (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  CgIdea *first;

  workshop = load_string ("<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'>"
                          "<title>t</title>"
                          "<events><event id='e'><title>E</title></event></events>"
                          "<themes><theme id='t'><name>T</name></theme></themes>"
                          "<ideas>"
                          "<idea id='first' theme='t' created='2026-01-01T00:00:00Z'"
                          " carried-from='second'><text>1</text></idea>"
                          "<idea id='second' created='2026-01-01T00:00:00Z'>"
                          "<text>2</text><votes event='e' count='1'/></idea>"
                          "</ideas>"
                          "<actions><action id='a'><area/><what/><idea ref='second'/>"
                          "</action></actions>"
                          "</workshop>", &error);
  g_assert_no_error (error);

  first = lookup (workshop, CG_TYPE_IDEA, "first");
  g_assert_cmpstr (cg_idea_get_carried_from (first), ==, "second");
  g_assert_true (cg_idea_get_theme (first) == lookup (workshop, CG_TYPE_THEME, "t"));
  g_assert_cmpstr (cg_action_get_area (lookup (workshop, CG_TYPE_ACTION, "a")), ==, "");
}

static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  CgIdea *idea;
  CgAction *action;
  CgTheme *theme;

  workshop = load_string ("<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'>"
                          "<title/>"
                          "<themes><theme id='t'><name>T</name></theme></themes>"
                          "<ideas><idea id='i' created='2026-01-01T00:00:00Z'><text/></idea>"
                          "</ideas>"
                          "<actions><action id='a'><area>A</area><what>W</what></action>"
                          "</actions></workshop>", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "");
  idea = lookup (workshop, CG_TYPE_IDEA, "i");
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "");
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_IDEA);
  g_assert_cmpint (cg_idea_get_status (idea), ==, CG_IDEA_STATUS_OPEN);
  g_assert_false (cg_idea_get_private (idea));
  g_assert_false (cg_idea_get_beyond_service (idea));
  g_assert_false (cg_idea_get_needs_review (idea));
  g_assert_null (cg_idea_get_event (idea));
  g_assert_null (cg_idea_get_theme (idea));
  g_assert_null (cg_idea_get_voice (idea));
  g_assert_null (cg_idea_get_carried_from (idea));
  g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, 0);

  action = lookup (workshop, CG_TYPE_ACTION, "a");
  g_assert_cmpint (cg_action_get_status (action), ==, CG_ACTION_STATUS_PROPOSED);
  g_assert_null (cg_action_get_theme (action));
  g_assert_null (cg_action_get_position (action));
  g_assert_cmpuint (g_strv_length ((char **) cg_action_get_idea_ids (action)), ==, 0);

  theme = lookup (workshop, CG_TYPE_THEME, "t");
  g_assert_true (g_regex_match_simple ("^#[0-9a-f]{6}$", cg_theme_get_colour (theme), 0, 0));
}

/* needs-review is read as true or false, and strictly: anything else names its line. */
static void
test_needs_review (void)
{
  const char * const bad_values[] = { "TRUE", "1", "yes", "", " true", "true " };
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;

  workshop = load_string ("<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'>"
                          "<title/><ideas>"
                          "<idea id='on' created='2026-01-01T00:00:00Z' needs-review='true'>"
                          "<text/></idea>"
                          "<idea id='off' created='2026-01-01T00:00:00Z' needs-review='false'>"
                          "<text/></idea>"
                          "</ideas></workshop>", &error);
  g_assert_no_error (error);
  g_assert_true (cg_idea_get_needs_review (lookup (workshop, CG_TYPE_IDEA, "on")));
  g_assert_false (cg_idea_get_needs_review (lookup (workshop, CG_TYPE_IDEA, "off")));
  /* reading is not an edit */
  g_assert_false (cg_history_get_can_undo (cg_workshop_get_history (workshop)));

  for (guint i = 0; i < G_N_ELEMENTS (bad_values); i++)
    {
      g_autoptr(GError) bad_error = NULL;
      g_autoptr(CgWorkshop) bad = NULL;
      g_autofree char *data = NULL;
      g_autofree char *expected = NULL;

      data = g_strdup_printf ("<workshop xmlns='urn:commonground:workshop:1' version='1.0' "
                              "id='w'>\n<title/>\n<ideas>\n"
                              "<idea id='ok' created='2026-01-01T00:00:00Z'><text/></idea>\n"
                              "<idea id='odd' created='2026-01-01T00:00:00Z'\n"
                              " needs-review='%s'><text/></idea>\n"
                              "</ideas></workshop>", bad_values[i]);
      /* the line where the start tag ends */
      bad = load_string (data, &bad_error);
      g_assert_null (bad);
      g_assert_error (bad_error, CG_IO_ERROR, CG_IO_ERROR_INVALID);
      expected = g_strdup_printf ("test.cgw:6: needs-review of idea 'odd' is '%s'; it must be "
                                  "true or false", bad_values[i]);
      g_assert_cmpstr (bad_error->message, ==, expected);
    }
}

static void
test_unicode (void)
{
  g_autoptr(CgWorkshop) workshop = load_good ("unicode.cgw");
  CgTheme *theme = lookup (workshop, CG_TYPE_THEME, "t");
  CgIdea *rtl = lookup (workshop, CG_TYPE_IDEA, "rtl");
  CgIdea *cjk = lookup (workshop, CG_TYPE_IDEA, "cjk");
  CgIdea *combining = lookup (workshop, CG_TYPE_IDEA, "combining");

  g_assert_cmpstr (cg_workshop_get_title (workshop), ==,
                   "Ko-design · التصميم المشترك · 共同设计");
  g_assert_cmpstr (cg_voice_get_name (lookup (workshop, CG_TYPE_VOICE, "v")), ==,
                   "صوت التجربة المعاشة");
  g_assert_cmpstr (cg_theme_get_name (theme), ==, "希望と楽観");
  g_assert_cmpstr (cg_theme_get_description (theme), ==, "Ελπίδα — “hope” & optimism 🌱");
  g_assert_cmpstr (cg_theme_get_framework (theme), ==, "chime");
  g_assert_cmpstr (cg_idea_get_text (rtl), ==,
                   "كانت المكالمة الأولى مهمة جداً. I felt heard \u200F(finally)\u200F.");
  g_assert_cmpint (cg_idea_get_kind (rtl), ==, CG_IDEA_KIND_STORY);
  g_assert_cmpstr (cg_idea_get_text (cjk), ==,
                   "最初の電話で名前を教えてもらえますか？ 첫 통화에서 이름을 알려줄 수 있나요?");
  g_assert_true (cg_idea_get_private (cjk));
  /* A character reference to a combining accent, and a joined emoji, kept as they are. */
  g_assert_cmpstr (cg_idea_get_text (combining), ==,
                   "Zoë, Åsa, naïve, e\xCC\x81 — and an emoji family 👩‍👩‍👧");
  g_assert_true (cg_idea_get_beyond_service (combining));
}

/* Text is kept exactly: leading, trailing and only-whitespace text, tabs, markup characters,
 * CDATA; CR LF and a CR reference become LF, as the model holds line breaks. */
static void
test_whitespace (void)
{
  g_autoptr(CgWorkshop) workshop = load_good ("whitespace.cgw");

  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "  Spaces kept  ");
  g_assert_cmpstr (cg_event_get_title (lookup (workshop, CG_TYPE_EVENT, "e")), ==, "");
  g_assert_cmpstr (cg_event_get_notes (lookup (workshop, CG_TYPE_EVENT, "e")), ==,
                   "\tLine one\n\n  Line three, indented\n");
  g_assert_cmpstr (cg_idea_get_text (lookup (workshop, CG_TYPE_IDEA, "i1")), ==, "   ");
  g_assert_cmpstr (cg_idea_get_text (lookup (workshop, CG_TYPE_IDEA, "i2")), ==, "");
  g_assert_cmpstr (cg_idea_get_text (lookup (workshop, CG_TYPE_IDEA, "i3")), ==,
                   "a <b> & \"c\" 'd' <e> \tend");
  g_assert_cmpstr (cg_idea_get_text (lookup (workshop, CG_TYPE_IDEA, "i4")), ==,
                   "windows\nline\nbreaks");
}

/* A byte-order mark, comments anywhere and an encoding declaration other than UTF-8 on a plain
 * ASCII file are all fine. */
static void
test_tolerated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;

  workshop = load_string ("\xEF\xBB\xBF<?xml version='1.0' encoding='ISO-8859-1'?>\n"
                          "<!-- before -->\n"
                          "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'>"
                          "<!-- inside --><title>a<!-- in text -->b</title>"
                          "<events><!-- x --><event id='e'><title>E</title></event></events>"
                          "</workshop>\n<!-- after -->\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "ab");
}

/* Each kind of defect has its own error code. */
static void
test_error_codes (void)
{
  const struct
  {
    const char *data;
    int         code;
  } cases[] = {
    { "<w", CG_IO_ERROR_PARSE },
    { "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'><title/>"
      "<ideas><idea id='i' created='x'><text/></idea></ideas></workshop>", CG_IO_ERROR_INVALID },
    { "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'><title/>"
      "<ideas><idea id='i' created='2026-01-01T00:00:00Z' voice='v'><text/></idea></ideas>"
      "</workshop>", CG_IO_ERROR_REFERENCE },
    { "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'><title/>"
      "<events><event id='w'><title/></event></events></workshop>", CG_IO_ERROR_REFERENCE },
    { "<workshop xmlns='urn:commonground:workshop:1' version='3.1' id='w'/>",
      CG_IO_ERROR_VERSION },
    { "<!DOCTYPE workshop [<!ENTITY e 'x'>]>"
      "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'/>",
      CG_IO_ERROR_UNSAFE },
    { "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'>"
      "<?pi x?><title/></workshop>", CG_IO_ERROR_UNSAFE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = load_string (cases[i].data, &error);

      g_assert_null (workshop);
      g_assert_error (error, CG_IO_ERROR, cases[i].code);
    }
}

/* Past line 65,535 libxml2 needs XML_PARSE_BIG_LINES to report lines; ours stay right. */
static void
test_big_line_numbers (void)
{
  g_autoptr(GString) data = g_string_new ("<workshop xmlns='urn:commonground:workshop:1' "
                                          "version='1.0' id='w'>\n<title/>\n<ideas>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;

  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (data, "<idea id='i%u' created='2026-01-01T00:00:00Z'>\n"
                            "<text>x</text>\n</idea>\n", i);
  /* Line 3 + 90,000 + 1 */
  g_string_append (data, "<idea id='bad' created='2026-01-01T00:00:00Z' kind='x'>\n"
                   "<text/></idea></ideas></workshop>\n");

  workshop = cg_workshop_load_from_data (data->str, data->len, "long.cgw", &error);
  g_assert_null (workshop);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "long.cgw:90004: kind of idea 'bad'"));
}

/* Limits on the number of ideas and on the size of a text field. */
static void
test_limits (void)
{
  g_autoptr(GString) data = g_string_new ("<workshop xmlns='urn:commonground:workshop:1' "
                                          "version='1.0' id='w'><title/><ideas>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autofree char *limit = NULL;

  for (guint i = 0; i <= CG_FILE_MAX_IDEAS; i++)
    g_string_append_printf (data, "<idea id='%u' created='2026-01-01T00:00:00Z'><text/></idea>\n",
                            i);
  g_string_append (data, "</ideas></workshop>\n");

  workshop = cg_workshop_load_from_data (data->str, data->len, "many.cgw", &error);
  g_assert_null (workshop);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT);
  limit = g_strdup_printf ("many.cgw:%d: the file holds more than %d ideas",
                           CG_FILE_MAX_IDEAS + 2, CG_FILE_MAX_IDEAS);
  g_assert_cmpstr (error->message, ==, limit);
}

/* Exactly 10,000 characters (not bytes) is still allowed. */
static void
test_longest_text (void)
{
  g_autoptr(GString) data = g_string_new ("<workshop xmlns='urn:commonground:workshop:1' "
                                          "version='1.0' id='w'><title>");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;

  for (guint i = 0; i < CG_IDEA_MAX_TEXT; i++)
    g_string_append (data, "é");
  g_string_append (data, "</title></workshop>");

  workshop = cg_workshop_load_from_data (data->str, data->len, "long.cgw", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_utf8_strlen (cg_workshop_get_title (workshop), -1), ==, CG_IDEA_MAX_TEXT);
}

static void
load_bad_inputs (void)
{
  const char *inputs[] = {
    "\xff\xfe\x00<",
    "<?xml version='1.0'?>\n<w>\xff</w>",
    "<w a='1' a='2'/>",
    "<w xmlns:x='urn:x'><y:z/></w>",
    "<!DOCTYPE w SYSTEM 'http://example.com/w.dtd'><w/>",
    "<w>&undefined;</w>",
    "<w></x>",
    "plain text",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = NULL;

      workshop = cg_workshop_load_from_data (inputs[i], strlen (inputs[i]), "bad.cgw", &error);
      g_assert_null (workshop);
      g_assert_nonnull (error);
    }
}

/* libxml2 prints nothing: every problem reaches the caller as a GError only. */
static void
test_silent (void)
{
  if (g_test_subprocess ())
    {
      load_bad_inputs ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("");
}

/* Loading on several threads at once: the error handler and the parser are per thread. */
static gpointer
load_in_thread (gpointer data)
{
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(CgWorkshop) workshop = load_good ("forward-references.cgw");

      load_bad_inputs ();
      g_assert_nonnull (workshop);
    }

  return NULL;
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("load", load_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/xml/read/minimal", test_minimal);
  g_test_add_func ("/io/xml/read/all-fields", test_all_fields);
  g_test_add_func ("/io/xml/read/properties", test_properties);
  g_test_add_func ("/io/xml/read/forward-references", test_forward_references);
  g_test_add_func ("/io/xml/read/defaults", test_defaults);
  g_test_add_func ("/io/xml/read/needs-review", test_needs_review);
  g_test_add_func ("/io/xml/read/unicode", test_unicode);
  g_test_add_func ("/io/xml/read/whitespace", test_whitespace);
  g_test_add_func ("/io/xml/read/tolerated", test_tolerated);
  g_test_add_func ("/io/xml/read/error-codes", test_error_codes);
  g_test_add_func ("/io/xml/read/big-line-numbers", test_big_line_numbers);
  g_test_add_func ("/io/xml/read/limits", test_limits);
  g_test_add_func ("/io/xml/read/longest-text", test_longest_text);
  g_test_add_func ("/io/xml/read/silent", test_silent);
  g_test_add_func ("/io/xml/read/threads", test_threads);

  return g_test_run ();
}
