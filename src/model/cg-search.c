/* cg-search.c: what the facilitator is looking for on the board (text, voice, kind, theme...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <string.h>

#include "cg-search.h"

struct _CgSearch
{
  char          **words;     /* folded, NULL when no text */
  CgVoice        *voice;
  int             kind;
  gboolean        any_theme;
  CgTheme        *theme;
  CgSearchPrivate private_;
  gboolean        any_event;
  CgEvent        *event;
  int             status;
};

/* Lower case, accents removed: what text is compared as. */
static char *
fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autofree char *folded = NULL;
  GString *out;

  if (decomposed == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

CgSearch *
cg_search_new (void)
{
  CgSearch *self = g_new0 (CgSearch, 1);

  self->kind = -1;
  self->any_theme = TRUE;
  self->any_event = TRUE;
  self->status = -1;
  return self;
}

void
cg_search_free (CgSearch *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->words);
  g_clear_object (&self->voice);
  g_clear_object (&self->theme);
  g_clear_object (&self->event);
  g_free (self);
}

void
cg_search_set_text (CgSearch   *self,
                    const char *text)
{
  g_autofree char *folded = NULL;

  g_clear_pointer (&self->words, g_strfreev);
  if (text == NULL)
    return;
  folded = fold (text);
  self->words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  if (self->words[0] == NULL || self->words[0][0] == '\0')
    g_clear_pointer (&self->words, g_strfreev);
}

void
cg_search_set_voice (CgSearch *self,
                     CgVoice  *voice)
{
  g_set_object (&self->voice, voice);
}

void
cg_search_set_kind (CgSearch *self,
                    int       kind)
{
  self->kind = kind;
}

void
cg_search_set_theme (CgSearch *self,
                     gboolean  any_theme,
                     CgTheme  *theme)
{
  self->any_theme = any_theme;
  if (any_theme)
    theme = NULL;
  g_set_object (&self->theme, theme);
}

void
cg_search_set_private (CgSearch        *self,
                       CgSearchPrivate  private_)
{
  self->private_ = private_;
}

void
cg_search_set_event (CgSearch *self,
                     gboolean  any_event,
                     CgEvent  *event)
{
  self->any_event = any_event;
  if (any_event)
    event = NULL;
  g_set_object (&self->event, event);
}

void
cg_search_set_status (CgSearch *self,
                      int       status)
{
  self->status = status;
}

gboolean
cg_search_is_empty (const CgSearch *self)
{
  return self->words == NULL && self->voice == NULL && self->kind < 0 && self->any_theme &&
         self->private_ == CG_SEARCH_PRIVATE_ANY && self->any_event && self->status < 0;
}

static gboolean
text_matches (const CgSearch *self,
              CgIdea         *idea)
{
  g_autofree char *text = NULL;

  if (self->words == NULL)
    return TRUE;
  text = fold (cg_idea_get_text (idea));
  for (guint i = 0; self->words[i] != NULL; i++)
    if (self->words[i][0] != '\0' && strstr (text, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

gboolean
cg_search_matches (const CgSearch *self,
                   CgIdea         *idea)
{
  if (self->voice != NULL && cg_idea_get_voice (idea) != self->voice)
    return FALSE;
  if (self->kind >= 0 && (int) cg_idea_get_kind (idea) != self->kind)
    return FALSE;
  if (!self->any_theme && cg_idea_get_theme (idea) != self->theme)
    return FALSE;
  if (!self->any_event && cg_idea_get_event (idea) != self->event)
    return FALSE;
  if (self->status >= 0 && (int) cg_idea_get_status (idea) != self->status)
    return FALSE;
  if (self->private_ == CG_SEARCH_PRIVATE_ONLY && !cg_idea_get_private (idea))
    return FALSE;
  if (self->private_ == CG_SEARCH_PRIVATE_NONE && cg_idea_get_private (idea))
    return FALSE;
  return text_matches (self, idea);
}
