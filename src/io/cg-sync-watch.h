/* cg-sync-watch.h: noticing, in a synced folder, the saves of other laptops and the conflict
 * copies of the sync engine, and reading them with the bounded loader
 *
 * Several laptops share one workshop by keeping its folder in step with Syncthing or the
 * Nextcloud client; Common Ground writes no server and no protocol. The engine replaces the open
 * file when another laptop's save arrives, and when two laptops saved at once it keeps one
 * version as the file and the other beside it as a conflict copy:
 *   Syncthing  NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.cgw
 *   Nextcloud  NAME (conflicted copy [USER ]YYYY-MM-DD HHMMSS).cgw
 *              (and the older NAME_conflict-YYYYMMDD-HHMMSS.cgw of its ownCloud days)
 * The watcher sees both through a GFileMonitor on the file's folder, reads what arrived on a
 * worker thread with the ordinary bounded reader (cg_workshop_read_path (), then
 * cg_workshop_load_protected_from_data () with the open workshop's key), and hands the window
 * only what changed since the version it last accounted for: a small workshop to merge
 * (cg_workshop_merge) as one undo step. Its own saves are recognised, not merged back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "io/cg-envelope.h"
#include "model/cg-arrival.h"

G_BEGIN_DECLS

/* The folder conflict copies are moved into once merged, beside the file. */
#define CG_SYNC_MERGED_FOLDER ".merged"

typedef enum
{
  CG_SYNC_ENGINE_NONE,
  CG_SYNC_ENGINE_SYNCTHING,
  CG_SYNC_ENGINE_NEXTCLOUD,   /* the Nextcloud (or ownCloud) desktop client */
  CG_SYNC_ENGINE_RESILIO,
} CgSyncEngine;

/* What the "arrived" signal brings. */
typedef enum
{
  CG_SYNC_ARRIVAL_NONE          = 0,
  CG_SYNC_ARRIVAL_CONFLICT_COPY = 1 << 0, /* a conflict copy beside the file, not the file */
  CG_SYNC_ARRIVAL_HOLDS_ALL     = 1 << 1, /* the file now holds, unchanged, everything the
                                           * version before it held */
} CgSyncArrivalFlags;

#define CG_TYPE_SYNC_WATCH (cg_sync_watch_get_type ())
G_DECLARE_FINAL_TYPE (CgSyncWatch, cg_sync_watch, CG, SYNC_WATCH, GObject)

/* Starts watching @file (a workshop file, which may not exist yet) and its folder. The file as
 * it is now is what the open workshop holds; conflict copies already beside it are looked at
 * at once.
 *
 * Signals:
 *   "arrived" (CgWorkshop *changes, GFile *source, CgSyncArrivalFlags flags) -> gboolean
 *       Another laptop's save replaced the file, or a conflict copy appeared: @changes holds
 *       what @source has that differs from the version of the file last accounted for (new or
 *       changed ideas with the events, voices and themes they refer to), ready for
 *       cg_workshop_merge (); it may be empty. Return TRUE once merged: a conflict copy is then
 *       moved into CG_SYNC_MERGED_FOLDER ("set-aside"); otherwise it is left where it is.
 *   "refused" (GFile *source, GError *error)
 *       @source could not be read (damaged, hostile, too large, protected with another
 *       passphrase, written by a newer version) or, merged, could not be moved aside. It is
 *       left alone and not reported again until it changes.
 *   "set-aside" (GFile *source, GFile *destination)
 *       A merged conflict copy now lies in CG_SYNC_MERGED_FOLDER. Returns: (transfer full). */
CgSyncWatch  *cg_sync_watch_new          (GFile         *file);
GFile        *cg_sync_watch_get_file     (CgSyncWatch   *self);  /* (transfer none) */
/* Arrivals protected with @key (the open workshop's) are opened with it; NULL: none. */
void          cg_sync_watch_set_key      (CgSyncWatch   *self,
                                          CgEnvelopeKey *key);
/* Our own save of the file is about to replace it: changes seen meanwhile wait. End with
 * written TRUE once the save is done, FALSE when it failed. The file is then taken as ours
 * once our writer's rename over it has been seen and the folder is quiet (or at once if that
 * happened before the end), unless something else replaced it after; a write not ended in 30
 * seconds, or whose rename is not seen within 5 seconds of its end, leaves the file to be
 * looked at as anyone's (an arrival: merging our own save again changes nothing). */
void          cg_sync_watch_begin_write  (CgSyncWatch   *self);
void          cg_sync_watch_end_write    (CgSyncWatch   *self,
                                          gboolean       written);
/* Looks at the file and its folder now, as if they had changed. */
void          cg_sync_watch_check        (CgSyncWatch   *self);
/* TRUE while changes wait to settle, are read, or wait for a save ("busy", notified). */
gboolean      cg_sync_watch_get_busy     (CgSyncWatch   *self);
/* A CgMergeUnchangedFunc (@watch: the CgSyncWatch) for the merge of an arrival: while the
 * watched file's arrival is handed out ("arrived" without CG_SYNC_ARRIVAL_CONFLICT_COPY),
 * whether @idea is as it was in the version of the file the arrival was compared with (this
 * laptop has not changed it since), so that an edit made on the other laptop only is taken
 * rather than kept both ways. FALSE at any other time, and for a conflict copy. */
gboolean      cg_sync_watch_idea_unchanged (CgIdea   *idea,
                                            gpointer  watch);
/* Changes to the file or its conflict copies seen so far ("n-events"), and looks finished
 * ("n-runs"): for tests, which wait for a change to be seen and dealt with. */
guint         cg_sync_watch_get_n_events (CgSyncWatch   *self);
guint         cg_sync_watch_get_n_runs   (CgSyncWatch   *self);

/* What to do with the open workshop once an arrival is merged (cg_sync_after_merge ()). */
typedef enum
{
  CG_SYNC_KEEP,        /* nothing: it has unsaved changes of its own, which stay unsaved */
  CG_SYNC_MARK_SAVED,  /* the file holds just what it now holds: mark it saved */
  CG_SYNC_SAVE,        /* the file lacks something this laptop had saved or merged: save */
} CgSyncAfterMerge;

/* The rule the window and any other user of the watcher share: a workshop with unsaved
 * changes keeps them unsaved (nothing is written behind the facilitator's back); a saved one
 * whose file now lacks something it holds (an arrival that did not hold everything, a merged
 * conflict copy, a new conflict) is saved again, so the other laptops get it; otherwise it
 * matches its file. @was_modified: before the merge. */
CgSyncAfterMerge cg_sync_after_merge     (gboolean            was_modified,
                                          const CgArrival    *arrival,
                                          CgSyncArrivalFlags  flags);

/* The folder */

/* Whether @name is a conflict copy of the workshop file called @base, and whose: NONE when
 * not. Only the names above, with @base's name and extension, count. */
CgSyncEngine  cg_sync_conflict_copy_engine (const char  *base,
                                            const char  *name);
/* Which engine keeps @folder in step, by the marks engines leave in the folder they sync or
 * a folder above it: Syncthing's ".stfolder", the Nextcloud client's journal
 * (".sync_*.db", "._sync_*.db", ".owncloudsync.log"), Resilio Sync's ".sync". @root (may be
 * NULL): the folder holding the mark. */
CgSyncEngine  cg_sync_detect_engine      (GFile         *folder,
                                          GFile        **root);
/* The conflict copies of @file in its folder (GFile, sorted by name; not those already set
 * aside). At most @max, 0 for no limit. Returns: (transfer full) (nullable). */
GPtrArray    *cg_sync_list_conflict_copies (GFile       *file,
                                            guint        max,
                                            GError     **error);
/* Moves @copy into CG_SYNC_MERGED_FOLDER beside it (made, private to you, when missing),
 * under its own name or, when that is taken, "NAME (2).cgw" and so on: no file is replaced or
 * removed. Refuses a CG_SYNC_MERGED_FOLDER that is not a folder (a link, a file). Returns
 * where it went. Returns: (transfer full) (nullable). */
GFile        *cg_sync_set_aside          (GFile         *copy,
                                          GError       **error);

/* What the "Share with other laptops" page shows: cg_sync_inspect_async (), in a thread. */
typedef struct
{
  CgSyncEngine  engine;
  GFile        *root;        /* the synced folder, or NULL */
  guint         n_copies;    /* conflict copies beside the file, not merged yet */
  guint         n_set_aside; /* in CG_SYNC_MERGED_FOLDER */
} CgSyncInspection;

void              cg_sync_inspection_free  (CgSyncInspection *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgSyncInspection, cg_sync_inspection_free)
CgSyncInspection *cg_sync_inspect          (GFile              *file);  /* (transfer full) */
void              cg_sync_inspect_async    (GFile              *file,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
/* Returns: (transfer full) (nullable). */
CgSyncInspection *cg_sync_inspect_finish   (GAsyncResult       *result,
                                            GError            **error);

G_END_DECLS
