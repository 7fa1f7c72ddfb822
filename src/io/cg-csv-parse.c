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
  reader->pos = data;
  reader->end = data + length;
  reader->line = 1;
  reader->record_line = 1;
  reader->fields = g_ptr_array_new_with_free_func (free_field);
  for (guint i = 0; i <= N_COLUMNS; i++)
    g_ptr_array_add (reader->fields, g_string_new (NULL));

  /* A byte order mark, as some spreadsheets write, is not part of the first column's name. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader->pos += 3;
}

void
cg_csv_reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->fields, g_ptr_array_unref);
}

void
cg_csv_set_line_error (GError       **error,
                       int            code,
                       const Reader  *reader,
                       const char    *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CG_IO_ERROR, code, "%s:%u: %s",
               reader->display_name, reader->record_line, message);
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

static void
count_lines (Reader     *reader,
             const char *from,
             const char *to)
{
  while ((from = memchr (from, '\n', to - from)) != NULL)
    {
      reader->line++;
      from++;
    }
}

static gboolean
at_line_end (const Reader *reader)
{
  const char *p = reader->pos;

  return *p == '\n' || (*p == '\r' && p + 1 < reader->end && p[1] == '\n');
}

/* Moves past the LF or CR LF the reader is at. */
static void
skip_line_end (Reader *reader)
{
  reader->pos += *reader->pos == '\r' ? 2 : 1;
  reader->line++;
}

static GString *
next_field (Reader *reader)
{
  guint slot = MIN (reader->n_fields, N_COLUMNS);
  GString *field = g_ptr_array_index (reader->fields, slot);

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

  while (p < reader->end && *p != ',' && *p != '\n' && *p != '"')
    p++;

  if (p < reader->end && *p == '"')
    {
      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("a quote inside a field that does not start with one "
                               "(put the whole field in quotes and double the quote)"));
      return FALSE;
    }

  /* Leave the CR of a CR LF line end to the caller. */
  if (p < reader->end && *p == '\n' && p > start && p[-1] == '\r')
    p--;

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

  for (;;)
    {
      GString *field = next_field (reader);
      gboolean ok;

      if (reader->pos < reader->end && *reader->pos == '"')
        ok = read_quoted_field (reader, field, error);
      else
        ok = read_plain_field (reader, field, error);
      if (!ok)
        return READ_ERROR;

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

      cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                             _("there is text after the closing quote of a field"));
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

gboolean
cg_csv_read_header (Reader  *reader,
                    GError **error)
{
  g_autofree char *expected = g_strjoinv (", ", (char **) cg_csv_column_names);
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
      g_autofree char *name = NULL;
      g_autofree char *shown = NULL;
      guint c;

      if (!g_utf8_validate_len (field->str, field->len, NULL))
        {
          cg_csv_set_line_error (error, CG_IO_ERROR_CSV, reader,
                                 _("the header is not valid UTF-8 text"));
          return FALSE;
        }

      name = cg_csv_dup_keyword (field->str);
      for (c = 0; c < N_COLUMNS; c++)
        if (strcmp (name, cg_csv_column_names[c]) == 0)
          break;

      shown = cg_csv_shorten (field->str);
      if (c == N_COLUMNS)
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
