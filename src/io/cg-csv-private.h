/* cg-csv-private.h: what CSV import and its tokenizer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "io/cg-io.h"

G_BEGIN_DECLS

typedef enum
{
  COLUMN_EVENT,
  COLUMN_THEME,
  COLUMN_VOICE,
  COLUMN_KIND,
  COLUMN_TEXT,
  COLUMN_VOTES,
  COLUMN_PRIVATE,
  COLUMN_BEYOND_SERVICE,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

/* The header's names of the columns, in the order export writes them. */
extern const char * const cg_csv_column_names[N_COLUMNS];

/* Reads CSV held in memory, a record at a time. */
typedef struct
{
  const char *display_name;
  const char *pos;
  const char *end;
  guint       line;         /* the line the reader is on, from 1 */
  guint       record_line;  /* the line where the last record started */
  GPtrArray  *fields;       /* a GString per field, reused; one spare collects extra fields */
  guint       n_fields;
  int         column_of_field[N_COLUMNS];
} Reader;

/* What cg_csv_read_record () found. */
typedef enum
{
  READ_RECORD,
  READ_END,
  READ_ERROR,
} ReadResult;

void        cg_csv_reader_init    (Reader       *reader,
                                   const char   *data,
                                   gsize         length,
                                   const char   *display_name);
void        cg_csv_reader_clear   (Reader       *reader);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, cg_csv_reader_clear)

/* Sets @error to "NAME:LINE: message", LINE being where the current record starts. */
void        cg_csv_set_line_error (GError      **error,
                                   int           code,
                                   const Reader *reader,
                                   const char   *format,
                                   ...) G_GNUC_PRINTF (4, 5);
/* A value as an error message repeats it: cut short when long. */
char       *cg_csv_shorten        (const char   *value);
/* Reads a keyword field ("Yes", " open ") leniently: surrounding blanks and case ignored. */
char       *cg_csv_dup_keyword    (const char   *value);
/* Reads the next record into reader->fields, skipping blank lines. */
ReadResult  cg_csv_read_record    (Reader       *reader,
                                   GError      **error);
/* Reads the header row and works out which field holds which column. */
gboolean    cg_csv_read_header    (Reader       *reader,
                                   GError      **error);
/* The value of @column in the record just read. */
const char *cg_csv_get_field      (Reader       *reader,
                                   Column        column);

G_END_DECLS
