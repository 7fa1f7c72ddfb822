/* cg-idea-versions.h: which of two versions of an idea was edited from the other
 *
 * Two laptops that share a workshop file each edit it. When their versions of an idea differ, a
 * merge must tell an edit made on one laptop (take it) from edits made on both (keep both and
 * flag them). Each idea therefore remembers the versions of its content it was edited from: a
 * version is a digest of the content (cg_idea_version), so it needs no clock and no counter, and
 * two laptops that make the same edit make the same version. The list is kept in the file
 * ("edited-from", format 1.4), newest first, at most CG_IDEA_MAX_EDITED_FROM versions (the
 * oldest are dropped). A version may come twice: an idea that went back to what it said before
 * went on from the version in between, and the order tells so.
 *
 * Only versions the workshop's file held matter: no other laptop can have any other. So an idea
 * remembers the version it had when last read from or saved to the file, and when it is saved
 * again with other content, that version joins the list. Undo before a save leaves no trace;
 * undo after a save is an edit like any other, and reaches the other laptops as one. An idea
 * captured and edited before its first save remembers nothing, and neither does one being read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cg-idea.h"

G_BEGIN_DECLS

/* Hex digits of a version */
#define CG_IDEA_VERSION_LEN 16
/* Versions an idea remembers having been edited from */
#define CG_IDEA_MAX_EDITED_FROM 16

/* What an idea knows of its versions (a field of CgIdea; only cg-idea-versions.c reads it). */
typedef struct
{
  char    *edited_from;  /* versions it was edited from, newest first, or NULL */
  char     saved[CG_IDEA_VERSION_LEN + 1];  /* the version a file last held, "": not yet worked
                                             * out (it is, before the first change) */
  gboolean in_file;      /* read from or written to a file */
  gboolean changed;      /* the content changed in a workshop since */
} CgIdeaVersions;

/* Returns: (transfer none). */
CgIdeaVersions *cg_idea_get_versions (CgIdea *self);

/* The version of @self's content, written into @version: CG_IDEA_VERSION_LEN lower-case hex
 * digits of a SHA-256 of the content, with events, themes and voices by id. */
void         cg_idea_version             (CgIdea *self,
                                          char    version[CG_IDEA_VERSION_LEN + 1]);

/* Each setter of @self's content calls these around a change, while @self is in a workshop. */
void         cg_idea_versions_before_change (CgIdea *self);
void         cg_idea_versions_after_change  (CgIdea *self);

/* @self was read from a file, and holds the versions it was edited from as the file gave them
 * (NULL: none); @versions must pass cg_idea_edited_from_is_valid. */
void         cg_idea_versions_read       (CgIdea     *self,
                                          const char *versions);
/* What to write as @self's "edited-from": the list, and the version a file last held if @self
 * changed since. Returns: (transfer full) (nullable). */
char        *cg_idea_versions_dup_to_write (CgIdea *self);
/* Whether that is anything. */
gboolean     cg_idea_versions_will_write (CgIdea *self);
/* @self, as it is now, was saved to the workshop's file: from now on that is the version a file
 * last held, and the one before joins the list (what cg_idea_versions_dup_to_write gave). */
void         cg_idea_versions_saved      (CgIdea *self);
/* cg_idea_versions_saved for each idea of @ideas. */
void         cg_idea_versions_saved_all  (GListModel *ideas);

/* The versions @self was edited from, newest first, separated by single spaces; NULL when none
 * is known (never edited since it was first saved, or read from a file older than 1.4).
 * Returns: (transfer none) (nullable). */
const char  *cg_idea_get_edited_from     (CgIdea *self);
/* Whether @versions is a list as cg_idea_get_edited_from gives: 1 to CG_IDEA_MAX_EDITED_FROM
 * versions, each CG_IDEA_VERSION_LEN lower-case hex digits, separated by single spaces. */
gboolean     cg_idea_edited_from_is_valid (const char *versions);

typedef enum
{
  CG_VERSIONS_SAME,   /* the same version */
  CG_VERSIONS_OLDER,  /* the other was edited from this one: the other is the later */
  CG_VERSIONS_NEWER,  /* this one was edited from the other */
  CG_VERSIONS_APART,  /* neither, or each from the other: both were edited (or nothing known) */
} CgVersionOrder;

/* How @self stands to @other, a version of the same idea (from another workshop). */
CgVersionOrder cg_idea_compare_versions (CgIdea *self,
                                         CgIdea *other);
/* @self now holds @other's content (it took it in a merge, or is a copy of it): it takes what
 * @other was edited from too, and as far as it knows, @other's version is the one its file holds
 * (undone after, it reaches other laptops as an edit). */
void           cg_idea_versions_take    (CgIdea *self,
                                         CgIdea *other);

G_END_DECLS
