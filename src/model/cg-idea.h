/* cg-idea.h: one note captured in a workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-enums.h"
#include "cg-event.h"
#include "cg-object.h"
#include "cg-theme.h"
#include "cg-voice.h"

G_BEGIN_DECLS

#define CG_TYPE_IDEA (cg_idea_get_type ())
G_DECLARE_FINAL_TYPE (CgIdea, cg_idea, CG, IDEA, CgObject)

/* Longest text an idea may hold, in characters; longer text is refused by readers. */
#define CG_IDEA_MAX_TEXT 10000
/* Longest name of the laptop that captured an idea, in characters. */
#define CG_IDEA_MAX_LAPTOP 64

CgIdea      *cg_idea_new                (const char *text);  /* (transfer full) */
const char  *cg_idea_get_text           (CgIdea *self);  /* (transfer none) */
/* Text is normalised: invalid UTF-8 repaired, CR LF and CR made LF, control characters that
 * XML cannot hold dropped, and cut at CG_IDEA_MAX_TEXT characters. */
void         cg_idea_set_text           (CgIdea *self, const char *text);
CgEvent     *cg_idea_get_event          (CgIdea *self);  /* (transfer none) (nullable) */
void         cg_idea_set_event          (CgIdea *self, CgEvent *event);
/* Returns: (transfer none) (nullable). */
CgTheme     *cg_idea_get_theme          (CgIdea *self);   /* NULL: unsorted */
void         cg_idea_set_theme          (CgIdea *self, CgTheme *theme);
CgVoice     *cg_idea_get_voice          (CgIdea *self);  /* (transfer none) (nullable) */
void         cg_idea_set_voice          (CgIdea *self, CgVoice *voice);
CgIdeaKind   cg_idea_get_kind           (CgIdea *self);
void         cg_idea_set_kind           (CgIdea *self, CgIdeaKind kind);
CgIdeaStatus cg_idea_get_status         (CgIdea *self);
void         cg_idea_set_status         (CgIdea *self, CgIdeaStatus status);
gboolean     cg_idea_get_private        (CgIdea *self);
void         cg_idea_set_private        (CgIdea *self, gboolean private_);
gboolean     cg_idea_get_beyond_service (CgIdea *self);
void         cg_idea_set_beyond_service (CgIdea *self, gboolean beyond_service);
/* The facilitator should look at this idea: it conflicted in a merge (cg_workshop_merge sets it
 * on both versions). Clearing it is an undoable change like any other. */
gboolean     cg_idea_get_needs_review   (CgIdea *self);
void         cg_idea_set_needs_review   (CgIdea *self, gboolean needs_review);
/* Votes at one event; the whole table is the "votes" property, a{su} like voice attendance. */
guint        cg_idea_get_votes          (CgIdea *self, CgEvent *event);
void         cg_idea_set_votes          (CgIdea *self, CgEvent *event, guint votes);
guint        cg_idea_get_total_votes    (CgIdea *self);
/* When it was captured (UTC, whole seconds). Returns: (transfer none). */
GDateTime   *cg_idea_get_created        (CgIdea *self);
void         cg_idea_set_created        (CgIdea *self, GDateTime *created);
/* Id of the idea this one was carried forward from, or NULL.
 * Returns: (transfer none) (nullable). */
const char  *cg_idea_get_carried_from   (CgIdea *self);
void         cg_idea_set_carried_from   (CgIdea *self, const char *idea_id);
/* The name of the laptop that captured it ("Table 2"), or NULL: not recorded (captured before
 * laptops had names, or on a laptop not given one). It is not content: the merge does not
 * compare it, and no summary shows it. Set normalised (cg_idea_normalize_laptop).
 * Returns: (transfer none) (nullable). */
const char  *cg_idea_get_laptop         (CgIdea *self);
void         cg_idea_set_laptop         (CgIdea *self, const char *laptop);
/* @name as one line, trimmed, cut at CG_IDEA_MAX_LAPTOP characters; NULL when empty.
 * Returns: (transfer full) (nullable). */
char        *cg_idea_normalize_laptop   (const char *name);
/* The laptop that new ideas (cg_idea_new) record from now on, for this process: the name the
 * facilitator gave this laptop, or NULL to record none (the default). Ideas read from a file or
 * copied by a merge keep their own. */
void         cg_idea_set_capturing_laptop (const char *laptop);
char        *cg_idea_dup_capturing_laptop (void);  /* (transfer full) */

G_END_DECLS
