/* cg-action.h: one row of the action plan ("you said, we did")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-enums.h"
#include "cg-object.h"
#include "cg-theme.h"

G_BEGIN_DECLS

#define CG_TYPE_ACTION (cg_action_get_type ())
G_DECLARE_FINAL_TYPE (CgAction, cg_action, CG, ACTION, CgObject)

/* Returns: (transfer full). */
CgAction       *cg_action_new            (const char *area, const char *action);
const char     *cg_action_get_area       (CgAction *self);  /* (transfer none) */
void            cg_action_set_area       (CgAction *self, const char *area);
const char     *cg_action_get_action     (CgAction *self);  /* (transfer none) */
void            cg_action_set_action     (CgAction *self, const char *action);
const char     *cg_action_get_position   (CgAction *self);  /* (transfer none); current position */
void            cg_action_set_position   (CgAction *self, const char *position);
const char     *cg_action_get_next_steps (CgAction *self);  /* (transfer none) */
void            cg_action_set_next_steps (CgAction *self, const char *next_steps);
CgActionStatus  cg_action_get_status     (CgAction *self);
void            cg_action_set_status     (CgAction *self, CgActionStatus status);
/* Why an action is "not doing" (or any note on its status). Returns: (transfer none). */
const char     *cg_action_get_reason     (CgAction *self);
void            cg_action_set_reason     (CgAction *self, const char *reason);
CgTheme        *cg_action_get_theme      (CgAction *self);  /* (transfer none) (nullable) */
void            cg_action_set_theme      (CgAction *self, CgTheme *theme);
/* Ids of the ideas that prompted the action (the "idea-ids" property, a NULL-terminated strv). */
const char * const *cg_action_get_idea_ids (CgAction *self);
void            cg_action_set_idea_ids   (CgAction *self, const char * const *idea_ids);
gboolean        cg_action_links_idea     (CgAction *self, const char *idea_id);
void            cg_action_link_idea      (CgAction *self, const char *idea_id);
void            cg_action_unlink_idea    (CgAction *self, const char *idea_id);

G_END_DECLS
