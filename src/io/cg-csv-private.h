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
  const char *start;        /* the first byte of the file */
  const char *pos;
  const char *end;
  guint       line;         /* the line the reader is on, from 1 */
  guint       record_line;  /* the line where the last record started */
  guint       last_line;    /* the line where the last record ended */
  gboolean    record_bom;   /* a byte order mark starts the last record (not the file) */
  GPtrArray  *fields;       /* a GString per field, reused; one spare collects extra fields */
  guint       n_fields;
  guint       field_line[N_COLUMNS + 1]; /* the line where each field starts */
  int         column_of_field[N_COLUMNS];
} Reader;

/* What cg_csv_read_record () found. */
typedef enum
{
  READ_RECORD,
  READ_END,
  READ_ERROR,
} ReadResult;

void        cg_csv_reader_init     (Reader       *reader,
                                    const char   *data,
                                    gsize         length,
                                    const char   *display_name);
void        cg_csv_reader_clear    (Reader       *reader);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, cg_csv_reader_clear)

/* Sets @error to "NAME:LINE: message", LINE being where the current record starts. */
void        cg_csv_set_line_error  (GError      **error,
                                    int           code,
                                    const Reader *reader,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (4, 5);
/* A value as an error message repeats it: cut short when long. Returns: (transfer full). */
char       *cg_csv_shorten         (const char   *value);
/* Reads a keyword field ("Yes", " open ") leniently: surrounding blanks and case ignored.
 * Returns: (transfer full). */
char       *cg_csv_dup_keyword     (const char   *value);
/* Refuses a file that is not text at all: a workbook, UTF-16, or a file holding a NUL byte. */
gboolean    cg_csv_check_bytes     (Reader       *reader,
                                    GError      **error);
/* Reads the next record into reader->fields, skipping blank lines. A line end is LF, CR LF or a
 * lone CR (old Macs, some Excel exports) outside quotes; inside quotes each is text. */
ReadResult  cg_csv_read_record     (Reader       *reader,
                                    GError      **error);
/* Reads the header row and works out which field holds which column. */
gboolean    cg_csv_read_header     (Reader       *reader,
                                    GError      **error);
/* Whether the record just read names every column: the header again. */
gboolean    cg_csv_is_header       (Reader       *reader);
/* The value of @column in the record just read. Returns: (transfer none). */
const char *cg_csv_get_field       (Reader       *reader,
                                    Column        column);
/* The lines where the value of @column in the record just read starts and ends. */
void        cg_csv_get_field_lines (Reader       *reader,
                                    Column        column,
                                    guint        *first,
                                    guint        *last);

G_END_DECLS
