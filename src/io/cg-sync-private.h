/* cg-sync-private.h: what the parts of the sync watcher share
 *
 * cg-sync-watch.c watches the folder and hands out what arrived, on the main thread;
 * cg-sync-read.c does one look at the file and its conflict copies on a worker thread (read,
 * parse, compare with what was known); cg-sync-folder.c knows conflict copies' names, the
 * marks sync engines leave, and moves merged copies aside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "io/cg-sync-watch.h"

G_BEGIN_DECLS

/* Conflict copies read in one look; the rest wait for the next. */
#define CG_SYNC_MAX_COPIES_PER_LOOK 8

/* What one conflict copy gave. */
typedef struct
{
  GFile      *file;
  char       *stamp;    /* name, size, time and inode: it is not read again unless changed */
  CgWorkshop *changes;  /* what differs from the known version, or NULL with @error */
  GError     *error;
  char       *hash;     /* SHA-256 of its contents, when read */
  gboolean    seen;     /* a copy with these contents was merged before: only set aside */
} CgSyncCopy;

void cg_sync_copy_free (CgSyncCopy *copy);

/* One look, on a worker thread. The main thread fills the first part and reads the second
 * once the look is done; nothing in it is shared with the main thread meanwhile (the tables
 * it is given are not changed by anyone while it runs, only replaced afterwards). */
typedef struct
{
  /* asked */
  GFile         *file;
  CgEnvelopeKey *key;          /* or NULL */
  char          *known_hash;   /* SHA-256 of the file's contents last accounted for, or NULL */
  GHashTable    *known;        /* id -> fingerprint of the objects of that version, or NULL */
  GHashTable    *done;         /* stamps of conflict copies dealt with (set) */
  GHashTable    *merged;       /* contents (SHA-256) of conflict copies merged before (set) */
  GPtrArray     *to_move;      /* GFile: merged conflict copies to set aside */
  gboolean       look_main;
  gboolean       main_is_own;  /* the file as it is now is our own save (or what we opened) */
  char          *own_key;      /* ... when cg_sync_file_key () still says this, or NULL */
  gboolean       look_copies;

  /* found */
  gboolean       main_changed; /* the file's contents differ from @known_hash */
  gboolean       not_own;      /* asked to take it as ours, but it is not what we wrote */
  gboolean       unsettled;    /* the file was being written while read: look again */
  char          *hash;
  GHashTable    *fingerprints; /* of the file as it is now (its objects), when read */
  CgWorkshop    *changes;      /* what differs from @known, unless main_is_own */
  gboolean       holds_all;    /* every object of @known is in it, unchanged */
  GError        *main_error;
  GPtrArray     *copies;       /* CgSyncCopy */
  gboolean       copies_unsettled; /* a copy was being written while read */
  gboolean       more_copies;  /* some were left for the next look */
  GPtrArray     *moved;        /* GFile pairs: from, to */
  GPtrArray     *move_errors;  /* CgSyncCopy with @error */
} CgSyncLook;

CgSyncLook *cg_sync_look_new  (void);  /* (transfer full) */
void        cg_sync_look_free (CgSyncLook   *look);
/* Does the look (blocking): reads, parses, compares, moves. */
void        cg_sync_look_run  (CgSyncLook   *look,
                               GCancellable *cancellable);

/* The fingerprint of every object of @workshop: id -> 16 hex digits of SHA-256 over all its
 * properties (references by id). Returns: (transfer full). */
GHashTable *cg_sync_fingerprint (CgWorkshop *workshop);
/* The fingerprint of one object, as cg_sync_fingerprint () gives it. Returns: (transfer full). */
char       *cg_sync_fingerprint_object (GObject *object);
/* The part of @arrived that differs from @known (ids and fingerprints of the version last
 * accounted for; NULL: none, so all of it): new or changed ideas and actions, an idea's
 * carried-from original and conflict copies with it, and the events, voices and themes that
 * changed or that those refer to. @fingerprints: cg_sync_fingerprint (@arrived).
 * @holds_all: whether every object of @known is in @arrived unchanged. Returns: (transfer full). */
CgWorkshop *cg_sync_changes     (CgWorkshop *arrived,
                                 GHashTable *fingerprints,
                                 GHashTable *known,
                                 gboolean   *holds_all);

/* "size|mtime|inode|mode" of what @path names now (a link followed), or NULL when nothing.
 * Returns: (transfer full) (nullable). */
char       *cg_sync_file_key    (const char *path);
/* "name|size|mtime|inode" of the file at @path, or NULL when it is not an ordinary file
 * (@error says why). Returns: (transfer full) (nullable). */
char       *cg_sync_stamp       (const char *path,
                                 GError    **error);

G_END_DECLS
