/* cg-csv-parse.c: the RFC 4180 tokenizer of CSV import: records, fields and the header row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-csv-private.h"

/* How much of a bad value an error message repeats. */
#define MAX_QUOTED_CHARS 40

/* The byte order mark some spreadsheets write at the start of a UTF-8 file. */
#define BOM "\xEF\xBB\xBF"
#define BOM_LEN 3

const char * const cg_csv_column_names[N_COLUMNS] = {
  "event", "theme", "voice", "kind", "text", "votes", "private", "beyond_service", "status",
};

static void
free_field (gpointer field)
{
  g_string_free (field, TRUE);
}

void
cg_csv_reader_init (Reader     *reader,
                    const char *data,
                    gsize       length,
                    const char *display_name)
{
  memset (reader, 0, sizeof *reader);
  reader->display_name = display_name != NULL ? display_name : "CSV";
  reader->start = data;
  reader->pos = data;
  reader->end = data + length;
  reader->line = 1;
  reader->record_line = 1;
  reader->last_line = 1;
  reader->fields = g_ptr_array_new_with_free_func (free_field);
  for (guint i = 0; i <= N_COLUMNS; i++)
    g_ptr_array_add (reader->fields, g_string_new (NULL));

  /* A byte order mark, as some spreadsheets write, is not part of the first column's name. A
   * tool that adds one to a file that has one already doubles it: that is no harm either. */
  while (reader->end - reader->pos >= BOM_LEN && memcmp (reader->pos, BOM, BOM_LEN) == 0)
    reader->pos += BOM_LEN;
}

void
cg_csv_reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->fields, g_ptr_array_unref);
}

static void
set_error_va (GError       **error,
              int            code,
              const Reader  *reader,
              guint          line,
              const char    *format,
              va_list        args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (error, CG_IO_ERROR, code, "%s:%u: %s", reader->display_name, line, message);
}

void
cg_csv_set_line_error (GError       **error,
                       int            code,
                       const Reader  *reader,
                       const char    *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  set_error_va (error, code, reader, reader->record_line, format, args);
  va_end (args);
}

/* Like cg_csv_set_line_error () but naming @line rather than the record's first line. */
static void
set_error_at_line (GError       **error,
                   const Reader  *reader,
                   guint          line,
                   const char    *format,
                   ...) G_GNUC_PRINTF (4, 5);

static void
set_error_at_line (GError       **error,
                   const Reader  *reader,
                   guint          line,
                   const char    *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  set_error_va (error, CG_IO_ERROR_CSV, reader, line, format, args);
  va_end (args);
}

char *
cg_csv_shorten (const char *value)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (value, -1) <= MAX_QUOTED_CHARS)
    return g_strdup (value);
  start = g_utf8_substring (value, 0, MAX_QUOTED_CHARS - 1);
  return g_strconcat (start, "…", NULL);
}

char *
cg_csv_dup_keyword (const char *value)
{
  g_autofree char *lower = g_ascii_strdown (value, -1);

  return g_strdup (g_strstrip (lower));
}

/* How many line ends (LF, CR LF or a lone CR) start in [@from, @to); @end is the end of the
 * data, so that a CR just before @to still sees the LF after it. */
static guint
count_line_ends (const char *from,
                 const char *to,
                 const char *end)
{
  guint n = 0;

  for (const char *p = from; p < to; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
      n++;
  return n;
}

static void
count_lines (Reader     *reader,
             const char *from,
             const char *to)
{
  reader->line += count_line_ends (from, to, reader->end);
}

static gboolean
at_line_end (const Reader *reader)
{
  return *reader->pos == '\n' || *reader->pos == '\r';
}

/* Moves past the LF, CR LF or lone CR the reader is at. */
static void
skip_line_end (Reader *reader)
{
  if (*reader->pos == '\r' && reader->pos + 1 < reader->end && reader->pos[1] == '\n')
    reader->pos++;
  reader->pos++;
  reader->line++;
}

static gboolean
starts_with_bom (const char *p,
                 const char *end)
{
  return end - p >= BOM_LEN && memcmp (p, BOM, BOM_LEN) == 0;
}

gboolean
cg_csv_check_bytes (Reader  *reader,
                    GError **error)
{
  const char *data = reader->start;
  gsize length = reader->end - reader->start;
  const char *nul;

  /* .xlsx and .ods are zip files; .xls is an OLE compound file. */
  if ((length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0) ||
      (length >= 8 && memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0))
    {
      set_error_at_line (error, reader, 1,
                         _("this is a spreadsheet workbook (such as .xlsx or .ods), not a CSV "
                           "file; save it from the spreadsheet as CSV UTF-8"));
      return FALSE;
    }

  /* UTF-16 ("Unicode text" in Excel): a byte order mark, or ASCII with every other byte zero. */
  if ((length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0)) ||
      (length >= 4 && data[0] != '\0' && data[1] == '\0' && data[2] != '\0' && data[3] == '\0') ||
      (length >= 4 && data[0] == '\0' && data[1] != '\0' && data[2] == '\0' && data[3] != '\0'))
    {
      set_error_at_line (error, reader, 1,
                         _("the file is saved as UTF-16 (Unicode text), not UTF-8; save it "
                           "again as CSV UTF-8"));
      return FALSE;
    }

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      set_error_at_line (error, reader, 1 + count_line_ends (data, nul, reader->end),
                         _("this line holds a zero (NUL) byte, which text never has: the file "
                           "is not a text file, or it is damaged"));
      return FALSE;
    }

  return TRUE;
}

static GString *
next_field (Reader *reader)
{
  guint slot = MIN (reader->n_fields, N_COLUMNS);
  GString *field = g_ptr_array_index (reader->fields, slot);

  reader->field_line[slot] = reader->line;
  reader->n_fields++;
  g_string_truncate (field, 0);
  return field;
}

static gboolean
read_quoted_field (Reader   *reader,
                   GString  *field,
                   GError  **error)
{
  reader->pos++;

  for (;;)
    {
      const char *quote = memchr (reader->pos, '"', reader->end - reader->pos);

      if (quote == NULL)
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                                 _("a field opens a quote that is never closed"));
          return FALSE;
        }

      count_lines (reader, reader->pos, quote);
      g_string_append_len (field, reader->pos, quote - reader->pos);
      reader->pos = quote + 1;

      /* A doubled quote stands for one quote; a single one ends the field. */
      if (reader->pos < reader->end && *reader->pos == '"')
        {
          g_string_append_c (field, '"');
          reader->pos++;
        }
      else
        return TRUE;
    }
}

static gboolean
read_plain_field (Reader   *reader,
                  GString  *field,
                  GError  **error)
{
  const char *start = reader->pos;
  const char *p = start;

  while (p < reader->end && *p != ',' && *p != '\n' && *p != '\r' && *p != '"')
    p++;

  if (p < reader->end && *p == '"')
    {
      /* An invisible mark before the quote makes the field look as if it starts with one. */
      if (p - start == BOM_LEN && starts_with_bom (start, reader->end))
        cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                               _("a field starts with a byte order mark, an invisible mark that "
                                 "belongs only at the start of a file; were two files joined "
                                 "together here?"));
      else
        cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                               _("a quote inside a field that does not start with one "
                                 "(put the whole field in quotes and double the quote)"));
      return FALSE;
    }

  g_string_append_len (field, start, p - start);
  reader->pos = p;
  return TRUE;
}

ReadResult
cg_csv_read_record (Reader  *reader,
                    GError **error)
{
  while (reader->pos < reader->end && at_line_end (reader))
    skip_line_end (reader);

  if (reader->pos >= reader->end)
    return READ_END;

  reader->record_line = reader->line;
  reader->n_fields = 0;

  /* The mark that starts a file, here in the middle: the caller says what that means. */
  reader->record_bom = starts_with_bom (reader->pos, reader->end);
  if (reader->record_bom)
    reader->pos += BOM_LEN;

  for (;;)
    {
      GString *field = next_field (reader);
      guint first_line = reader->line;
      gboolean ok;

      if (reader->pos < reader->end && *reader->pos == '"')
        ok = read_quoted_field (reader, field, error);
      else
        ok = read_plain_field (reader, field, error);
      if (!ok)
        return READ_ERROR;

      reader->last_line = reader->line;
      if (reader->pos >= reader->end)
        return READ_RECORD;
      if (*reader->pos == ',')
        {
          reader->pos++;
          continue;
        }
      if (at_line_end (reader))
        {
          skip_line_end (reader);
          return READ_RECORD;
        }

      if (first_line == reader->line)
        cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                               _("there is text after the closing quote of a field (a quote "
                                 "inside a quoted field must be doubled)"));
      else
        cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                               _("a quoted field runs from line %u to line %u and has text "
                                 "after its closing quote: is a quote on line %u never closed, "
                                 "or one inside the field not doubled?"),
                               first_line, reader->line, first_line);
      return READ_ERROR;
    }
}

const char *
cg_csv_get_field (Reader *reader,
                  Column  column)
{
  GString *field = g_ptr_array_index (reader->fields, reader->column_of_field[column]);

  return field->str;
}

void
cg_csv_get_field_lines (Reader *reader,
                        Column  column,
                        guint  *first,
                        guint  *last)
{
  guint i = (guint) reader->column_of_field[column];

  /* A field ends where the next one starts: they are only a comma apart. */
  *first = reader->field_line[i];
  *last = i + 1 < MIN (reader->n_fields, N_COLUMNS) ? reader->field_line[i + 1]
                                                     : reader->last_line;
}

/* Whether @name, read leniently, is one of the columns; its column in @column. */
static gboolean
find_column (const char *name,
             Column     *column)
{
  g_autofree char *keyword = cg_csv_dup_keyword (name);

  for (guint c = 0; c < N_COLUMNS; c++)
    if (strcmp (keyword, cg_csv_column_names[c]) == 0)
      {
        *column = (Column) c;
        return TRUE;
      }
  return FALSE;
}

gboolean
cg_csv_is_header (Reader *reader)
{
  Column column;

  if (reader->n_fields != N_COLUMNS)
    return FALSE;
  for (guint i = 0; i < N_COLUMNS; i++)
    if (!find_column (((GString *) g_ptr_array_index (reader->fields, i))->str, &column))
      return FALSE;
  return TRUE;
}

gboolean
cg_csv_read_header (Reader  *reader,
                    GError **error)
{
  g_autofree char *expected = g_strjoinv (", ", (char **) cg_csv_column_names);
  g_autofree char *header = g_strjoinv (",", (char **) cg_csv_column_names);
  gboolean any_named = FALSE;
  guint n_named;

  switch (cg_csv_read_record (reader, error))
    {
    case READ_ERROR:
      return FALSE;
    case READ_END:
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("the file is empty; the first line should name the columns %s"),
                             expected);
      return FALSE;
    case READ_RECORD:
    default:
      break;
    }

  /* Spreadsheets in many languages save "CSV" with semicolons or tabs between columns. */
  if (reader->n_fields == 1 &&
      strpbrk (((GString *) g_ptr_array_index (reader->fields, 0))->str, ";\t") != NULL)
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("the columns are not separated by commas; save the file again as "
                               "comma-separated values (CSV) in UTF-8"));
      return FALSE;
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    reader->column_of_field[c] = -1;

  n_named = MIN (reader->n_fields, N_COLUMNS + 1);
  for (guint i = 0; i < n_named; i++)
    {
      GString *field = g_ptr_array_index (reader->fields, i);
      Column column;

      if (!g_utf8_validate_len (field->str, field->len, NULL))
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                                 _("the header is not valid UTF-8 text: the file was probably "
                                   "saved in another encoding, such as Windows-1252 (ANSI); save "
                                   "it again as CSV UTF-8"));
          return FALSE;
        }
      any_named = any_named || find_column (field->str, &column);
    }

  /* A blank first line, or a first row of ideas: the header is missing, not odd. */
  if (!any_named)
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("the first line does not name the columns; it should be the "
                               "header %s"),
                             header);
      return FALSE;
    }

  for (guint i = 0; i < n_named; i++)
    {
      GString *field = g_ptr_array_index (reader->fields, i);
      g_autofree char *name = cg_csv_dup_keyword (field->str);
      g_autofree char *shown = NULL;
      Column c;

      if (*name == '\0')
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                                 _("column %u of the header has no name; remove any empty "
                                   "columns (the columns are %s)"),
                                 i + 1, expected);
          return FALSE;
        }

      shown = cg_csv_shorten (field->str);
      if (!find_column (field->str, &c))
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                                 _("the header has an unknown column '%s' (the columns are %s)"),
                                 shown, expected);
          return FALSE;
        }
      if (reader->column_of_field[c] != -1)
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                                 _("the header names the column '%s' twice"), shown);
          return FALSE;
        }
      reader->column_of_field[c] = (int) i;
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    if (reader->column_of_field[c] == -1)
      {
        cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                               _("the header has no '%s' column (the columns are %s)"),
                               cg_csv_column_names[c], expected);
        return FALSE;
      }

  return TRUE;
}
