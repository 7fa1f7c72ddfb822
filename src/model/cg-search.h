/* cg-search.h: what the facilitator is looking for on the board (text, voice, kind, theme...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-idea.h"

G_BEGIN_DECLS

typedef enum
{
  CG_SEARCH_PRIVATE_ANY,
  CG_SEARCH_PRIVATE_ONLY,
  CG_SEARCH_PRIVATE_NONE,
} CgSearchPrivate;

typedef struct _CgSearch CgSearch;

CgSearch *cg_search_new   (void);  /* (transfer full) */
void      cg_search_free  (CgSearch *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgSearch, cg_search_free)

/* Words to find, in any order, ignoring case and accents ("cafe" finds "Café"). NULL or blank:
 * any text. */
void      cg_search_set_text    (CgSearch        *self,
                                 const char      *text);
/* NULL: any voice. */
void      cg_search_set_voice   (CgSearch        *self,
                                 CgVoice         *voice);
/* -1: any kind. */
void      cg_search_set_kind    (CgSearch        *self,
                                 int              kind);
/* any_theme TRUE: every theme; otherwise only @theme (NULL: unsorted). */
void      cg_search_set_theme   (CgSearch        *self,
                                 gboolean         any_theme,
                                 CgTheme         *theme);
void      cg_search_set_private (CgSearch        *self,
                                 CgSearchPrivate  private_);
/* any_event TRUE: every event; otherwise only ideas raised at @event (NULL: at no event). */
void      cg_search_set_event   (CgSearch        *self,
                                 gboolean         any_event,
                                 CgEvent         *event);
/* -1: any status; otherwise a CgIdeaStatus. */
void      cg_search_set_status  (CgSearch        *self,
                                 int              status);
/* TRUE when nothing narrows the search. */
gboolean  cg_search_is_empty    (const CgSearch  *self);
gboolean  cg_search_matches     (const CgSearch  *self,
                                 CgIdea          *idea);

G_END_DECLS
