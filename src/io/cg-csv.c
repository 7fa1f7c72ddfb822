/* cg-csv.c: ideas to and from CSV (RFC 4180), for spreadsheets and other tools
 *
 * Formulas. A spreadsheet that opens a CSV file runs a cell that starts with = + - or @ as a
 * formula (some first drop a leading tab or carriage return), so a note such as
 * =HYPERLINK("http://...") would act as soon as the file is opened. Export therefore puts an
 * apostrophe, the usual mark for "this is text", in front of every cell, in any column, that
 * starts with = + - @ a tab or a carriage return: =HYPERLINK(...) is written '=HYPERLINK(...).
 * A cell that starts with apostrophes and then one of those characters gets one apostrophe more,
 * and import takes exactly one away from such a cell, so export then import gives back the very
 * words of every note, event, theme and voice. A spreadsheet may show the apostrophe; a CSV made
 * by hand that means a leading apostrophe before = + - or @ must write two.
 *
 * Line ends. Import takes LF, CR LF and a lone CR (old Macs, some Excel exports) as the end of a
 * line outside quotes, even mixed in one file; inside a quoted field each is part of the text and
 * becomes a line break. Export writes CR LF, as RFC 4180 asks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-csv-private.h"
#include "model/cg-audience.h"
#include "model/cg-text.h"

#define BOM "\xEF\xBB\xBF"

/* The most data rows one import may hold. */
#define MAX_ROWS 200000
#define MAX_VOTES 1000000

/* One data row, checked and ready to become an idea. Strings live in the import's chunk. */
typedef struct
{
  guint         line;
  const char   *event;  /* NULL: none */
  const char   *theme;  /* NULL: unsorted */
  const char   *voice;  /* NULL: none */
  const char   *text;
  guint         votes;
  CgIdeaKind    kind;
  CgIdeaStatus  status;
  gboolean      private_;
  gboolean      beyond_service;
} Row;

/* The workshop's names and those the import will add. A value is the object with that name,
 * or NULL while the object is still to be created. */
typedef struct
{
  GHashTable *events;
  GHashTable *themes;
  GHashTable *voices;
  guint       n_new;
} Names;

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->events, g_hash_table_unref);
  g_clear_pointer (&names->themes, g_hash_table_unref);
  g_clear_pointer (&names->voices, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Names, names_clear)

/* "one of a, b, c" for the nicks of an enumeration. */
static char *
list_nicks (GType enum_type)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, klass->values[i].value_nick);
    }
  g_type_class_unref (klass);
  return g_string_free (list, FALSE);
}

/* Whether @value starts with at least @min_quotes apostrophes and then a character that makes a
 * spreadsheet read the cell as a formula: = + - @ tab or CR. Export adds an apostrophe to a cell
 * that matches with none; import takes one away from a cell that matches with one. */
static gboolean
has_formula_start (const char *value,
                   gsize       min_quotes)
{
  gsize n_quotes = strspn (value, "'");

  return n_quotes >= min_quotes && value[n_quotes] != '\0' &&
         strchr ("=+-@\t\r", value[n_quotes]) != NULL;
}

static void
restore_formula_start (GString *field)
{
  if (has_formula_start (field->str, 1))
    g_string_erase (field, 0, 1);
}

/* "kind 'x' is not one of idea, strength..." for the value of @column on the current row. */
static gboolean
fail_value (Reader      *reader,
            Column       column,
            const char  *expected,
            GError     **error)
{
  g_autofree char *shown = cg_csv_shorten (cg_csv_get_field (reader, column));

  /* Translators: "kind 'x' is not one of idea, strength, ..."; the last %s says what would do */
  cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader, _("%s '%s' is not %s"),
                         cg_csv_column_names[column], shown, expected);
  return FALSE;
}

static gboolean
parse_enum (Reader      *reader,
            Column       column,
            GType        enum_type,
            int          fallback,
            int         *value,
            GError     **error)
{
  g_autofree char *keyword = cg_csv_dup_keyword (cg_csv_get_field (reader, column));
  g_autofree char *nicks = NULL;
  g_autofree char *expected = NULL;

  *value = fallback;
  if (*keyword == '\0' || cg_enum_from_nick (enum_type, keyword, value))
    return TRUE;

  nicks = list_nicks (enum_type);
  expected = g_strdup_printf (_("one of %s"), nicks);
  return fail_value (reader, column, expected, error);
}

static gboolean
parse_yes_no (Reader    *reader,
              Column     column,
              gboolean  *value,
              GError   **error)
{
  g_autofree char *keyword = cg_csv_dup_keyword (cg_csv_get_field (reader, column));

  *value = strcmp (keyword, "yes") == 0;
  if (*value || *keyword == '\0' || strcmp (keyword, "no") == 0)
    return TRUE;

  return fail_value (reader, column, _("yes or no"), error);
}

static gboolean
parse_votes (Reader  *reader,
             guint   *votes,
             GError **error)
{
  g_autofree char *keyword = cg_csv_dup_keyword (cg_csv_get_field (reader, COLUMN_VOTES));
  g_autofree char *expected = NULL;
  guint64 value = 0;
  gsize i;

  for (i = 0; keyword[i] != '\0' && g_ascii_isdigit (keyword[i]) && value <= MAX_VOTES; i++)
    value = value * 10 + (guint64) (keyword[i] - '0');

  *votes = (guint) value;
  if (keyword[i] == '\0' && value <= MAX_VOTES)
    return TRUE;

  expected = g_strdup_printf (_("a whole number from 0 to %d"), MAX_VOTES);
  return fail_value (reader, COLUMN_VOTES, expected, error);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* "the text is longer than N characters"; a value over many lines is more likely a quote that
 * was never closed, swallowing the rows after it, so the message says where it runs. */
static gboolean
fail_too_long (Reader  *reader,
               Column   column,
               int      max_chars,
               GError **error)
{
  const char *name = cg_csv_column_names[column];
  guint first, last;

  cg_csv_get_field_lines (reader, column, &first, &last);
  if (first == last && column == COLUMN_TEXT)
    cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                           _("the text is longer than %d characters"), max_chars);
  else if (first == last)
    cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                           _("the %s name is longer than %d characters"), name, max_chars);
  else if (column == COLUMN_TEXT)
    cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                           _("the text runs from line %u to line %u and is longer than %d "
                             "characters: is a quote on line %u never closed?"),
                           first, last, max_chars, first);
  else
    /* Translators: %s is a column: event, theme or voice */
    cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                           _("the %s name runs from line %u to line %u and is longer than %d "
                             "characters: is a quote on line %u never closed?"),
                           name, first, last, max_chars, first);
  return FALSE;
}

/* Checks a name column, notes a name the workshop does not have yet and returns the name as the
 * model will hold it (NULL when empty), kept in @chunk. */
static gboolean
parse_name (Reader        *reader,
            Column         column,
            GHashTable    *known,
            guint         *n_new,
            GStringChunk  *chunk,
            const char   **name,
            GError       **error)
{
  g_autofree char *normal = cg_text_normalize (cg_csv_get_field (reader, column), 0);

  *name = NULL;
  if (is_blank (normal))
    return TRUE;

  if (g_utf8_strlen (normal, -1) > CG_TEXT_MAX_CHARS)
    return fail_too_long (reader, column, CG_TEXT_MAX_CHARS, error);

  *name = g_string_chunk_insert_const (chunk, normal);
  if (!g_hash_table_contains (known, *name))
    {
      g_hash_table_insert (known, (gpointer) *name, NULL);
      (*n_new)++;
    }
  return TRUE;
}

static gboolean
parse_text (Reader        *reader,
            GStringChunk  *chunk,
            const char   **text,
            GError       **error)
{
  g_autofree char *normal = cg_text_normalize (cg_csv_get_field (reader, COLUMN_TEXT), 0);

  if (is_blank (normal))
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader, _("the text is empty"));
      return FALSE;
    }
  if (g_utf8_strlen (normal, -1) > CG_IDEA_MAX_TEXT)
    return fail_too_long (reader, COLUMN_TEXT, CG_IDEA_MAX_TEXT, error);

  *text = g_string_chunk_insert (chunk, normal);
  return TRUE;
}

static gboolean
parse_row (Reader        *reader,
           Names         *names,
           GStringChunk  *chunk,
           Row           *row,
           GError       **error)
{
  gboolean all_empty = TRUE;
  int kind, status;

  if (cg_csv_is_header (reader))
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("this row repeats the header; were two files joined together? "
                               "Delete the row"));
      return FALSE;
    }
  if (reader->record_bom)
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("the row starts with a byte order mark, an invisible mark that "
                               "belongs only at the start of a file; were two files joined "
                               "together here?"));
      return FALSE;
    }

  if (reader->n_fields != N_COLUMNS && reader->last_line == reader->record_line)
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the row has %u field but the header has %d",
                                          "the row has %u fields but the header has %d",
                                          reader->n_fields),
                             reader->n_fields, N_COLUMNS);
      return FALSE;
    }
  if (reader->n_fields != N_COLUMNS)
    {
      /* A row over several lines: quoted line breaks, or a quote never closed. */
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the row runs from line %u to line %u and has %u field "
                                          "but the header has %d: check the quotes on these lines",
                                          "the row runs from line %u to line %u and has %u fields "
                                          "but the header has %d: check the quotes on these lines",
                                          reader->n_fields),
                             reader->record_line, reader->last_line, reader->n_fields, N_COLUMNS);
      return FALSE;
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GString *field = g_ptr_array_index (reader->fields, reader->column_of_field[c]);

      if (!g_utf8_validate_len (field->str, field->len, NULL))
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                                 _("the %s column is not valid UTF-8 text: the file was probably "
                                   "saved in another encoding, such as Windows-1252 (ANSI); save "
                                   "it again as CSV UTF-8"),
                                 cg_csv_column_names[c]);
          return FALSE;
        }
      restore_formula_start (field);
      all_empty = all_empty && field->len == 0;
    }

  if (all_empty)
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("the row is empty, only commas; delete it"));
      return FALSE;
    }

  row->line = reader->record_line;
  if (!parse_name (reader, COLUMN_EVENT, names->events, &names->n_new, chunk, &row->event, error) ||
      !parse_name (reader, COLUMN_THEME, names->themes, &names->n_new, chunk, &row->theme, error) ||
      !parse_name (reader, COLUMN_VOICE, names->voices, &names->n_new, chunk, &row->voice, error) ||
      !parse_enum (reader, COLUMN_KIND, CG_TYPE_IDEA_KIND, CG_IDEA_KIND_IDEA, &kind, error) ||
      !parse_text (reader, chunk, &row->text, error) ||
      !parse_votes (reader, &row->votes, error) ||
      !parse_yes_no (reader, COLUMN_PRIVATE, &row->private_, error) ||
      !parse_yes_no (reader, COLUMN_BEYOND_SERVICE, &row->beyond_service, error) ||
      !parse_enum (reader, COLUMN_STATUS, CG_TYPE_IDEA_STATUS, CG_IDEA_STATUS_OPEN, &status,
                   error))
    return FALSE;

  row->kind = (CgIdeaKind) kind;
  row->status = (CgIdeaStatus) status;

  if (row->votes > 0 && row->event == NULL)
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("the row has %u votes but no event to count them at"), row->votes);
      return FALSE;
    }

  return TRUE;
}

typedef const char *(*GetNameFunc) (gpointer object);

/* name -> object for a collection; when two share a name the first wins. */
static GHashTable *
index_names (GListModel  *model,
             GetNameFunc  get_name)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      const char *name = get_name (object);

      /* The workshop keeps the objects, so borrowed names and objects stay valid. */
      if (name != NULL && *name != '\0' && !g_hash_table_contains (index, name))
        g_hash_table_insert (index, (gpointer) name, object);
    }
  return index;
}

static guint
count_objects (CgWorkshop *workshop)
{
  return g_list_model_get_n_items (cg_workshop_get_events (workshop)) +
         g_list_model_get_n_items (cg_workshop_get_voices (workshop)) +
         g_list_model_get_n_items (cg_workshop_get_themes (workshop)) +
         g_list_model_get_n_items (cg_workshop_get_ideas (workshop)) +
         g_list_model_get_n_items (cg_workshop_get_actions (workshop));
}

/* Reads and checks every row without touching the workshop. */
static gboolean
read_rows (Reader        *reader,
           CgWorkshop    *workshop,
           Names         *names,
           GStringChunk  *chunk,
           GArray        *rows,
           GError       **error)
{
  guint n_ideas = g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
  guint n_objects = count_objects (workshop);

  if (!cg_csv_check_bytes (reader, error) || !cg_csv_read_header (reader, error))
    return FALSE;

  for (;;)
    {
      Row row = { 0, };

      switch (cg_csv_read_record (reader, error))
        {
        case READ_ERROR:
          return FALSE;
        case READ_END:
          return TRUE;
        case READ_RECORD:
        default:
          break;
        }

      if (rows->len == MAX_ROWS)
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_LIMIT, reader,
                                 _("the file has more than %d rows, the most one import can take"),
                                 MAX_ROWS);
          return FALSE;
        }

      if (!parse_row (reader, names, chunk, &row, error))
        return FALSE;
      g_array_append_val (rows, row);

      /* The workshop must stay within what a workshop file may hold, or it could not be
       * opened again once saved. */
      if (n_ideas + rows->len > CG_FILE_MAX_IDEAS ||
          n_objects + rows->len + names->n_new > CG_FILE_MAX_OBJECTS)
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_LIMIT, reader,
                                 _("importing this row would make the workshop larger than a "
                                   "workshop file can hold"));
          return FALSE;
        }
    }
}

/* The object called @name, created (and added to the workshop) the first time it is needed. */
static gpointer
resolve_name (CgWorkshop *workshop,
              GHashTable *index,
              GType       type,
              const char *name)
{
  g_autoptr(CgObject) created = NULL;
  gpointer object;

  if (name == NULL)
    return NULL;

  object = g_hash_table_lookup (index, name);
  if (object != NULL)
    return object;

  if (type == CG_TYPE_EVENT)
    created = CG_OBJECT (cg_event_new (name));
  else
    {
      if (type == CG_TYPE_THEME)
        created = CG_OBJECT (cg_theme_new (name, cg_colours_next_theme (workshop)));
      else
        created = CG_OBJECT (cg_voice_new (name, cg_colours_next_voice (workshop)));
    }

  cg_workshop_add (workshop, created);
  g_hash_table_insert (index, (gpointer) name, created);
  return created;
}

static void
apply_rows (CgWorkshop *workshop,
            Names      *names,
            GArray     *rows)
{
  CgHistory *history = cg_workshop_get_history (workshop);

  cg_history_begin_group (history, _("Import CSV"));

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      g_autoptr(CgIdea) idea = cg_idea_new (row->text);
      CgEvent *event = resolve_name (workshop, names->events, CG_TYPE_EVENT, row->event);
      CgTheme *theme = resolve_name (workshop, names->themes, CG_TYPE_THEME, row->theme);
      CgVoice *voice = resolve_name (workshop, names->voices, CG_TYPE_VOICE, row->voice);

      cg_idea_set_event (idea, event);
      cg_idea_set_theme (idea, theme);
      cg_idea_set_voice (idea, voice);
      cg_idea_set_kind (idea, row->kind);
      cg_idea_set_status (idea, row->status);
      cg_idea_set_private (idea, row->private_);
      cg_idea_set_beyond_service (idea, row->beyond_service);
      if (row->votes > 0)
        cg_idea_set_votes (idea, event, row->votes);

      cg_workshop_add (workshop, idea);
    }

  cg_history_end_group (history);
}

gboolean
cg_csv_import (CgWorkshop  *workshop,
               const char  *data,
               gsize        length,
               const char  *display_name,
               GError     **error)
{
  g_autoptr(GStringChunk) chunk = g_string_chunk_new (64 * 1024);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_auto(Names) names = { 0, };
  g_auto(Reader) reader = { 0, };

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cg_csv_reader_init (&reader, data, length, display_name);

  if (length > CG_FILE_MAX_SIZE)
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_LIMIT, &reader,
                             _("the file is larger than %d MiB, the most one import can take"),
                             CG_FILE_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  names.events = index_names (cg_workshop_get_events (workshop),
                              (GetNameFunc) cg_event_get_title);
  names.themes = index_names (cg_workshop_get_themes (workshop),
                              (GetNameFunc) cg_theme_get_name);
  names.voices = index_names (cg_workshop_get_voices (workshop),
                              (GetNameFunc) cg_voice_get_name);

  if (!read_rows (&reader, workshop, &names, chunk, rows, error))
    return FALSE;

  if (rows->len > 0)
    apply_rows (workshop, &names, rows);
  return TRUE;
}

static void
append_field (GString    *out,
              const char *value)
{
  gboolean quoted;

  if (value == NULL)
    value = "";

  /* Quoted too: a value starting with U+FEFF, which import would take for two files joined
   * together when it starts a line. */
  quoted = strpbrk (value, ",\"\r\n") != NULL || g_str_has_prefix (value, BOM);
  if (quoted)
    g_string_append_c (out, '"');

  /* Keeps a spreadsheet from running the cell as a formula; import takes the apostrophe away. */
  if (has_formula_start (value, 0))
    g_string_append_c (out, '\'');

  if (!quoted)
    {
      g_string_append (out, value);
      return;
    }

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_fields (GString            *out,
               const char * const *values,
               guint               n_values)
{
  for (guint c = 0; c < n_values; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, values[c]);
    }
  g_string_append (out, "\r\n");
}

static void
append_row (GString            *out,
            const char * const *values)
{
  append_fields (out, values, N_COLUMNS);
}

/* Event @e of @events, borrowed (the workshop holds it). */
static CgEvent *
nth_event (GListModel *events,
                   guint       e)
{
  g_autoptr(CgEvent) event = g_list_model_get_item (events, e);

  return event;
}

GBytes *
cg_csv_export_participation (CgWorkshop *workshop)
{
  GListModel *people;
  GListModel *events;
  guint n_events;
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  people = cg_workshop_get_participants (workshop);
  events = cg_workshop_get_events (workshop);
  n_events = g_list_model_get_n_items (events);
  g_ptr_array_add (row, (gpointer) "name");
  g_ptr_array_add (row, (gpointer) "quote_consent");
  g_ptr_array_add (row, (gpointer) "payment");
  for (guint e = 0; e < n_events; e++)
    g_ptr_array_add (row, (gpointer) cg_event_get_display_title (nth_event (events, e)));
  append_fields (out, (const char * const *) row->pdata, row->len);

  for (guint i = 0, n = g_list_model_get_n_items (people); i < n; i++)
    {
      g_autoptr(CgParticipant) person = g_list_model_get_item (people, i);

      g_ptr_array_set_size (row, 0);
      g_ptr_array_add (row, (gpointer) cg_participant_get_name (person));
      g_ptr_array_add (row, (gpointer) cg_enum_to_nick (CG_TYPE_CONSENT,
                                                        cg_participant_get_consent (person)));
      g_ptr_array_add (row, (gpointer) cg_enum_to_nick (CG_TYPE_PAYMENT,
                                                        cg_participant_get_payment (person)));
      for (guint e = 0; e < n_events; e++)
        g_ptr_array_add (row, cg_participant_get_attended (person, nth_event (events, e))
                                ? (gpointer) "yes" : (gpointer) "");
      append_fields (out, (const char * const *) row->pdata, row->len);
    }
  return g_string_free_to_bytes (out);
}

GBytes *
cg_csv_export (CgWorkshop *workshop,
               gboolean    include_private)
{
  GListModel *ideas;
  GString *out;
  guint n;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  ideas = cg_workshop_get_ideas (workshop);
  n = g_list_model_get_n_items (ideas);
  out = g_string_sized_new (256 + 128 * (gsize) n);
  append_row (out, cg_csv_column_names);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      CgEvent *event = cg_idea_get_event (idea);
      CgTheme *theme = cg_idea_get_theme (idea);
      CgVoice *voice = cg_idea_get_voice (idea);
      g_autofree char *votes = NULL;
      const char *values[N_COLUMNS];

      if (!cg_idea_is_shown_to (idea, cg_audience_for_summary (include_private)))
        continue;

      votes = g_strdup_printf ("%u", cg_idea_get_total_votes (idea));

      values[COLUMN_EVENT] = event != NULL ? cg_event_get_title (event) : NULL;
      values[COLUMN_THEME] = theme != NULL ? cg_theme_get_name (theme) : NULL;
      values[COLUMN_VOICE] = voice != NULL ? cg_voice_get_name (voice) : NULL;
      values[COLUMN_KIND] = cg_enum_to_nick (CG_TYPE_IDEA_KIND, cg_idea_get_kind (idea));
      values[COLUMN_TEXT] = cg_idea_get_text (idea);
      values[COLUMN_VOTES] = votes;
      values[COLUMN_PRIVATE] = cg_idea_get_private (idea) ? "yes" : "no";
      values[COLUMN_BEYOND_SERVICE] = cg_idea_get_beyond_service (idea) ? "yes" : "no";
      values[COLUMN_STATUS] = cg_enum_to_nick (CG_TYPE_IDEA_STATUS, cg_idea_get_status (idea));
      append_row (out, values);
    }

  return g_string_free_to_bytes (out);
}

