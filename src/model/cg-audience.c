/* cg-audience.c: what each audience may see of an idea: the one rule for private notes
 *
 * Every view that shows an idea's words asks here (see cg-audience.h). The presenter window
 * (src/widgets/room/) does; the board's card, the review, the action plan and the summary still
 * carry their own copies of the rule (cg_idea_card_shown_text, the summary's include_private)
 * and are to move to these functions, which give the same answers for LAPTOP, LAPTOP_PRIVATE,
 * SUMMARY and SUMMARY_PRIVATE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-audience.h"

gboolean
cg_idea_is_shown_to (CgIdea     *idea,
                     CgAudience  audience)
{
  g_return_val_if_fail (CG_IS_IDEA (idea), FALSE);

  if (!cg_idea_get_private (idea))
    return TRUE;
  switch (audience)
    {
    case CG_AUDIENCE_LAPTOP:
    case CG_AUDIENCE_LAPTOP_PRIVATE:
    case CG_AUDIENCE_SUMMARY_PRIVATE:
      return TRUE;
    case CG_AUDIENCE_ROOM:
    case CG_AUDIENCE_SUMMARY:
    default:
      /* (an audience this file does not know sees no private note) */
      return FALSE;
    }
}

gboolean
cg_idea_shows_text_to (CgIdea     *idea,
                       CgAudience  audience)
{
  g_return_val_if_fail (CG_IS_IDEA (idea), FALSE);

  if (!cg_idea_get_private (idea))
    return TRUE;
  return audience == CG_AUDIENCE_LAPTOP_PRIVATE || audience == CG_AUDIENCE_SUMMARY_PRIVATE;
}

const char *
cg_idea_get_shown_text (CgIdea     *idea,
                        CgAudience  audience)
{
  const char *text;

  g_return_val_if_fail (CG_IS_IDEA (idea), NULL);

  if (!cg_idea_is_shown_to (idea, audience))
    return NULL;
  if (!cg_idea_shows_text_to (idea, audience))
    return _("Private note");
  text = cg_idea_get_text (idea);
  /* (words taken out for data protection, cg-retention.h, or a file's empty idea) */
  return *text != '\0' ? text : _("Words removed");
}

char *
cg_idea_dup_shown_text (CgIdea     *idea,
                        CgAudience  audience)
{
  return g_strdup (cg_idea_get_shown_text (idea, audience));
}

CgAudience
cg_audience_for_summary (gboolean include_private)
{
  return include_private ? CG_AUDIENCE_SUMMARY_PRIVATE : CG_AUDIENCE_SUMMARY;
}

CgAudience
cg_audience_for_laptop (gboolean show_private)
{
  return show_private ? CG_AUDIENCE_LAPTOP_PRIVATE : CG_AUDIENCE_LAPTOP;
}
