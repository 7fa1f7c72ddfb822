/* cg-io.h: reading and writing workshop files (.cgw) and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_IO_ERROR (cg_io_error_quark ())

typedef enum
{
  CG_IO_ERROR_PARSE,     /* not well-formed XML, truncated, bad encoding, NUL bytes */
  CG_IO_ERROR_INVALID,   /* well-formed but not a valid workshop (missing field, bad value...) */
  CG_IO_ERROR_REFERENCE, /* a reference to an id that does not exist, or a duplicate id */
  CG_IO_ERROR_VERSION,   /* written by a newer major version */
  CG_IO_ERROR_LIMIT,     /* too large, too many, too deep */
  CG_IO_ERROR_UNSAFE,    /* DTD, entities, external references */
  CG_IO_ERROR_CSV,       /* a bad CSV row */
} CgIoError;

GQuark cg_io_error_quark (void);

/* Format version written by this build ("1.0"); files of a newer major version are refused. */
#define CG_FILE_VERSION_MAJOR 1
#define CG_FILE_VERSION_MINOR 0
#define CG_FILE_NAMESPACE "urn:commonground:workshop:1"

/* Limits for untrusted files. */
#define CG_FILE_MAX_SIZE  (64 * 1024 * 1024)
#define CG_FILE_MAX_IDEAS 200000
#define CG_FILE_MAX_OBJECTS 400000 /* events + voices + themes + ideas + actions */
#define CG_FILE_MAX_DEPTH 16

/* Parses a whole file held in memory. @display_name (usually the file's basename) starts every
 * error message: "sample.cgw:14: idea 'b1c...' refers to theme 'x' which does not exist".
 * Returns a new workshop with an empty, clean history, or NULL and @error. Never half-loads. */
CgWorkshop *cg_workshop_load_from_data (const char *data,
                                        gsize       length,
                                        const char *display_name,
                                        GError    **error);
/* Serialises deterministically: save, load, save gives identical bytes. */
GBytes     *cg_workshop_save_to_bytes  (CgWorkshop *workshop);

/* Reads @file (at most CG_FILE_MAX_SIZE bytes, an ordinary file only: see cg-input.h). */
CgWorkshop *cg_workshop_load (GFile        *file,
                              GCancellable *cancellable,
                              GError      **error);
/* Writes through cg-output.h (temporary file, fsync, rename) keeping the previous version as
 * FILE~; on any failure the old file and its backup are left byte-identical. A workshop the
 * loader would refuse (cg_workshop_check_savable ()) is refused before anything is written.
 * A new file is for its owner only (0600). Marks the history clean on success. */
gboolean    cg_workshop_save (CgWorkshop   *workshop,
                              GFile        *file,
                              GCancellable *cancellable,
                              GError      **error);
/* Would a file of @length bytes holding @workshop load again? If not, says why and what to do
 * (CG_IO_ERROR_LIMIT): saving must never write a file that opening refuses. */
gboolean    cg_workshop_check_savable (CgWorkshop *workshop,
                                       gsize       length,
                                       GError    **error);
void        cg_workshop_load_async  (GFile              *file,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);
CgWorkshop *cg_workshop_load_finish (GAsyncResult *result,
                                     GError      **error);
/* Serialises now (on the calling thread) and writes on a worker thread. */
void        cg_workshop_save_async  (CgWorkshop         *workshop,
                                     GFile              *file,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);
gboolean    cg_workshop_save_finish (CgWorkshop   *workshop,
                                     GAsyncResult *result,
                                     GError      **error);

/* CSV (RFC 4180, UTF-8, BOM tolerated, CR LF, LF or a lone CR) with the header
 * event,theme,voice,kind,text,votes,private,beyond_service,status
 * Import is all or nothing and one undo step; unknown events, themes and voices are created by
 * name in the order they first appear. Errors name the line: "ideas.csv:7: kind 'x' is not ...".
 * A cell that would start with = + - @ tab or CR is written with an apostrophe in front, so a
 * spreadsheet does not run it as a formula; import takes it away again (see cg-csv.c). */
gboolean    cg_csv_import (CgWorkshop *workshop,
                           const char *data,
                           gsize       length,
                           const char *display_name,
                           GError    **error);
/* Every idea, or with @include_private FALSE all but the private ones (their rows are left out). */
GBytes     *cg_csv_export (CgWorkshop *workshop,
                           gboolean    include_private);

G_END_DECLS
