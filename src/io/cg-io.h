/* cg-io.h: reading and writing workshop files (.cgw) and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "io/cg-envelope.h"
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
  CG_IO_ERROR_NEEDS_PASSPHRASE, /* protected: ask for the passphrase and try again */
  CG_IO_ERROR_WRONG_PASSPHRASE, /* the passphrase given does not open it (or is empty) */
  CG_IO_ERROR_DAMAGED,   /* a protected file that is damaged, cut short or changed */
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
/* vote and attendance counts (one per idea, voice or person and event) in all: generous for a
 * real series (200,000 ideas voted on at three events each), and it keeps a file built only of
 * counts within the time and memory a valid file of its size takes */
#define CG_FILE_MAX_COUNTS 600000

/* Parses a whole file held in memory. @display_name (usually the file's basename) starts every
 * error message: "sample.cgw:14: idea 'b1c...' refers to theme 'x' which does not exist".
 * Returns a new workshop with an empty, clean history, or NULL and @error. Never half-loads.
 * Returns: (transfer full) (nullable). */
CgWorkshop *cg_workshop_load_from_data (const char *data,
                                        gsize       length,
                                        const char *display_name,
                                        GError    **error);
/* Serialises deterministically: save, load, save gives identical bytes.
 * Returns: (transfer full). */
GBytes     *cg_workshop_save_to_bytes  (CgWorkshop *workshop);

/* Reads @file (at most CG_FILE_MAX_SIZE bytes, an ordinary file only: see cg-input.h). A
 * protected file is refused with CG_IO_ERROR_NEEDS_PASSPHRASE: see cg_workshop_load_protected.
 * Errors: "Could not open “NAME”: reason", or "NAME:LINE: what is wrong" from the reader.
 * Returns: (transfer full) (nullable). */
CgWorkshop *cg_workshop_load (GFile        *file,
                              GCancellable *cancellable,
                              GError      **error);
/* Writes through cg-output.h (temporary file, fsync, rename) keeping the previous version as
 * FILE~; on any failure the old file and its backup are left byte-identical. A workshop the
 * loader would refuse (cg_workshop_check_savable ()) is refused before anything is written.
 * A new file is for its owner only (0600). Marks the history clean on success. A protected
 * workshop (cg_workshop_get_key ()) is written as an envelope, and then no plain copy stays
 * beside it: the first protected save over a plain file keeps no FILE~ and removes a plain
 * FILE~ left by earlier saves. */
gboolean    cg_workshop_save (CgWorkshop   *workshop,
                              GFile        *file,
                              GCancellable *cancellable,
                              GError      **error);
/* Would a file of @length bytes holding @workshop load again? If not, says why and what to do
 * (CG_IO_ERROR_LIMIT): saving must never write a file that opening refuses. */
/* (A participation record, cg-participant.h, is refused too unless the workshop is protected:
 * no file, autosave or backup ever holds people's names in the clear.) */
gboolean    cg_workshop_check_savable (CgWorkshop *workshop,
                                       gsize       length,
                                       GError    **error);
void        cg_workshop_load_async  (GFile              *file,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);
/* Returns: (transfer full) (nullable). */
CgWorkshop *cg_workshop_load_finish (GAsyncResult *result,
                                     GError      **error);
/* Serialises on the calling thread in steps of a few milliseconds between which its main loop
 * runs (a change meanwhile starts the serialising again, so the file holds the workshop as it
 * is when the last step ends), then writes on a worker thread. A change made while the worker
 * writes is not in the file, and the document stays modified. */
void        cg_workshop_save_async  (CgWorkshop         *workshop,
                                     GFile              *file,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);
gboolean    cg_workshop_save_finish (CgWorkshop   *workshop,
                                     GAsyncResult *result,
                                     GError      **error);

/* Protected workshops (cgw-format.md, "Protected workshops"; cg-envelope.h)
 *
 * A workshop opened from a protected file, or protected by cg_workshop_set_key (), keeps the
 * key (never the passphrase): every save, save_async and autosave of it writes an envelope
 * sealed with that key, with no new Argon2id cost. */

/* Reads a workshop file given by the user, plain or protected: at most CG_ENVELOPE_MAX_SIZE
 * bytes, but a plain file over CG_FILE_MAX_SIZE is refused as cg-input.h refuses it. Errors
 * carry the reason alone. Returns: (transfer full) (nullable). */
GBytes     *cg_workshop_read_path (const char   *path,
                                   GCancellable *cancellable,
                                   GError      **error);

/* Parses a workshop file held in memory, plain or protected. A plain one is read as
 * cg_workshop_load_from_data () reads it (@passphrase and @key are not needed). A protected
 * one is opened with @key, without Argon2id, when it was sealed with it (the workshop's own
 * backup, autosaved copy or sync copy); otherwise with @passphrase (UTF-8, @passphrase_length
 * bytes or -1), which may be NULL: then CG_IO_ERROR_NEEDS_PASSPHRASE. The workshop returned
 * keeps the key it was opened with, so saving it protects it again. Errors: "NAME: the
 * passphrase is wrong", the reasons of cg_envelope_open (), or the reader's own
 * "NAME:LINE: ..." for what the envelope held. Returns: (transfer full) (nullable). */
CgWorkshop *cg_workshop_load_protected_from_data (const char    *data,
                                                  gsize          length,
                                                  const char    *display_name,
                                                  const char    *passphrase,
                                                  gssize         passphrase_length,
                                                  CgEnvelopeKey *key,
                                                  GError       **error);
/* The same for @file, read as cg_workshop_load () reads it, with its error messages.
 * Returns: (transfer full) (nullable). */
CgWorkshop *cg_workshop_load_protected (GFile         *file,
                                        const char    *passphrase,
                                        gssize         passphrase_length,
                                        CgEnvelopeKey *key,
                                        GCancellable  *cancellable,
                                        GError       **error);
/* In a worker thread (Argon2id takes about half a second); the passphrase is copied into
 * locked memory and wiped when the task ends. Finish with cg_workshop_load_finish (). */
void        cg_workshop_load_protected_async (GFile              *file,
                                              const char         *passphrase,
                                              gssize              passphrase_length,
                                              CgEnvelopeKey      *key,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);

/* The key @workshop is protected with, or NULL when it is saved as plain XML.
 * Returns: (transfer none) (nullable). */
CgEnvelopeKey *cg_workshop_get_key      (CgWorkshop    *workshop);
gboolean       cg_workshop_is_protected (CgWorkshop    *workshop);
/* Protects @workshop with @key (from cg_envelope_key_new ()), or with NULL removes its
 * protection. The history is marked unsaved, as the file on disk is now out of date: save it
 * (and rewrite the autosaved copy: cg_autosave_rewrite ()). A workshop made from a protected
 * one (a copy, a fallback) is plain until it is given the key. */
void           cg_workshop_set_key      (CgWorkshop    *workshop,
                                         CgEnvelopeKey *key);

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
/* Every idea, or with @include_private FALSE all but the private ones (their rows are left out).
 * Returns: (transfer full). */
GBytes     *cg_csv_export (CgWorkshop *workshop,
                           gboolean    include_private);
/* The participation record as CSV: name, quote_consent (not-asked, yes, no), payment (none,
 * offered, accepted, declined), then a column per event (its title) holding "yes" for each
 * person who came. Only ever written when asked for (--export-participation).
 * Returns: (transfer full). */
GBytes     *cg_csv_export_participation (CgWorkshop *workshop);

G_END_DECLS
