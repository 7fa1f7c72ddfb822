/* cg-outline-filing.c: where an idea of the outline goes: its theme, place, voice and kind
 *
 * Alt+Left/Right and Ctrl+0…9 (or the menu) move the idea on the focused row to another theme,
 * Alt+Up/Down move it (or a theme) one place, Alt+1…9 and Ctrl+K set its voice and kind; a
 * number past the last theme or voice asks for the name of a new one. As on the board, through
 * the same model functions, one undo step each; the focus stays on the idea and what happened
 * is said.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-outline-private.h"

static void
move_to (CgOutline *self,
         CgIdea    *idea,
         CgTheme   *theme)
{
  g_autofree char *told = NULL;

  if (cg_idea_get_theme (idea) == theme)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_workshop_place_idea (self->workshop, idea, theme, NULL);
  CG_OUTLINE_END_CHANGE (self);
  /* Translators: said in the outline; %s is a theme ("Moved to Peer roles") */
  told = g_strdup_printf (_("Moved to %s"), cg_outline_theme_name (theme));
  cg_outline_tell (self, told);
}

/* Alt+Left, Alt+Right: to the theme before or after (Unsorted comes first). */
static void
step_theme_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  int delta = g_variant_get_int32 (parameter);
  guint n = self->groups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->groups)) : 0;
  g_autoptr(CgOutlineGroup) group = NULL;
  guint index;
  gint64 target;

  if (!cg_outline_can_change (self) || idea == NULL ||
      cg_outline_find_group (self, cg_idea_get_theme (idea), &index) == NULL)
    return;
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    delta = -delta;
  target = CLAMP ((gint64) index + delta, 0, (gint64) n - 1);
  if (target == index)
    {
      cg_outline_refuse (self, delta < 0 ? _("Already in the first theme")
                                         : _("Already in the last theme"));
      return;
    }
  group = g_list_model_get_item (G_LIST_MODEL (self->groups), (guint) target);
  move_to (self, idea, cg_outline_group_get_theme (group));
}

static void
set_theme_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  const char *id = g_variant_get_string (parameter, NULL);
  CgObject *theme = *id != '\0' ? cg_outline_lookup (self, id, CG_TYPE_THEME) : NULL;

  if (!cg_outline_can_change (self) || idea == NULL || (*id != '\0' && theme == NULL))
    return;
  move_to (self, idea, CG_THEME (theme));
}

static void
set_voice (CgOutline *self,
           CgIdea    *idea,
           CgVoice   *voice)
{
  g_autofree char *told = NULL;

  if (cg_idea_get_voice (idea) == voice)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_idea_set_voice (idea, voice);
  CG_OUTLINE_END_CHANGE (self);
  /* Translators: said in the outline; %s is a voice ("Voice: Lived experience") */
  told = g_strdup_printf (_("Voice: %s"), voice != NULL ? cg_voice_get_name (voice)
                                                        : _("No voice"));
  cg_outline_tell (self, told);
}

static void
set_voice_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  const char *id = g_variant_get_string (parameter, NULL);
  CgObject *voice = *id != '\0' ? cg_outline_lookup (self, id, CG_TYPE_VOICE) : NULL;

  if (!cg_outline_can_change (self) || idea == NULL || (*id != '\0' && voice == NULL))
    return;
  set_voice (self, idea, CG_VOICE (voice));
}

static void
set_kind (CgOutline  *self,
          CgIdea     *idea,
          CgIdeaKind  kind)
{
  g_autofree char *told = NULL;

  if (cg_idea_get_kind (idea) == kind)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_idea_set_kind (idea, kind);
  CG_OUTLINE_END_CHANGE (self);
  /* Translators: said in the outline; %s is a kind of note ("Kind: Strength") */
  told = g_strdup_printf (_("Kind: %s"), cg_idea_kind_get_label (kind));
  cg_outline_tell (self, told);
}

static void
set_kind_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  int kind;

  if (!cg_outline_can_change (self) || idea == NULL ||
      !cg_enum_from_nick (CG_TYPE_IDEA_KIND, g_variant_get_string (parameter, NULL), &kind))
    return;
  set_kind (self, idea, kind);
}

static void
next_kind_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  CgIdeaKind kind;

  if (!cg_outline_can_change (self) || idea == NULL)
    {
      cg_outline_refuse (self, NULL);
      return;
    }
  kind = cg_idea_get_kind (idea);
  set_kind (self, idea, kind >= CG_IDEA_KIND_LAST ? CG_IDEA_KIND_IDEA : kind + 1);
}

static void
voice_added (CgOutline  *self,
             gpointer    target,
             const char *text)
{
  g_autoptr(CgVoice) voice = cg_voice_new (text, cg_outline_new_colour (self, CG_TYPE_VOICE));
  CgHistory *history = cg_workshop_get_history (self->workshop);
  CgIdea *idea = target;
  g_autofree char *told = NULL;

  if (cg_workshop_index_of (self->workshop, idea) < 0)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_history_begin_group (history, _("Add voice to idea"));
  cg_workshop_add (self->workshop, voice);
  cg_idea_set_voice (idea, voice);
  cg_history_end_group (history);
  CG_OUTLINE_END_CHANGE (self);
  told = g_strdup_printf (_("Voice: %s"), text);
  cg_outline_tell (self, told);
}

/* Alt+1…9: the idea's voice, in the voices panel's order; past the last, a new one. */
static void
voice_number_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  int n = g_variant_get_int32 (parameter);
  GListModel *voices;
  g_autoptr(CgVoice) voice = NULL;
  g_autofree char *heading = NULL;

  if (!cg_outline_can_change (self) || idea == NULL || n < 1)
    {
      cg_outline_refuse (self, NULL);
      return;
    }
  voices = cg_workshop_get_voices (self->workshop);
  if ((guint) n <= g_list_model_get_n_items (voices))
    {
      voice = g_list_model_get_item (voices, (guint) n - 1);
      set_voice (self, idea, voice);
      return;
    }
  /* Translators: the outline asks for a voice past the last one (Alt+5 with four voices) */
  heading = g_strdup_printf (_("There is no voice %d yet. Name a new voice for this idea."), n);
  cg_outline_editor_open (self, heading, _("Name of the new voice"), "", FALSE, idea,
                          voice_added);
}

/* Ctrl+1…9: theme 1 to 9; Ctrl+0: Unsorted; past the last, a new one. */
static void
theme_number_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  int n = g_variant_get_int32 (parameter);
  GListModel *themes;
  g_autoptr(CgTheme) theme = NULL;
  g_autofree char *heading = NULL;

  if (!cg_outline_can_change (self) || idea == NULL || n < 0)
    {
      cg_outline_refuse (self, NULL);
      return;
    }
  themes = cg_workshop_get_themes (self->workshop);
  if (n == 0 || (guint) n <= g_list_model_get_n_items (themes))
    {
      theme = n > 0 ? g_list_model_get_item (themes, (guint) n - 1) : NULL;
      move_to (self, idea, theme);
      return;
    }
  /* Translators: the outline asks for a theme past the last one (Ctrl+5 with four themes) */
  heading = g_strdup_printf (_("There is no theme %d yet. Name it, and the idea goes there."), n);
  cg_outline_editor_open (self, heading, _("Name of the new theme"), "", FALSE, idea,
                          cg_outline_theme_added);
}

/* Alt+Up, Alt+Down: an idea one place up or down in its theme; a theme among the themes. */
static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  CgOutlineGroup *group = cg_outline_current_group (self);
  int delta = g_variant_get_int32 (parameter);

  if (!cg_outline_can_change (self))
    return;
  if (idea != NULL)
    {
      CgOutlineGroup *in = cg_outline_find_group (self, cg_idea_get_theme (idea), NULL);
      GListModel *ideas = in != NULL ? cg_outline_group_get_ideas (in) : NULL;
      guint position = in != NULL ? cg_outline_group_find (in, idea) : GTK_INVALID_LIST_POSITION;
      g_autoptr(CgIdea) before = NULL;

      if (position == GTK_INVALID_LIST_POSITION ||
          (delta < 0 && position == 0) ||
          (delta > 0 && position + 1 >= g_list_model_get_n_items (ideas)))
        {
          cg_outline_refuse (self, delta < 0 ? _("Already the first") : _("Already the last"));
          return;
        }
      /* up: before the one above; down: before the one after the next (or at the end) */
      before = g_list_model_get_item (ideas, delta < 0 ? position - 1 : position + 2);
      CG_OUTLINE_BEGIN_CHANGE (self, idea);
      cg_workshop_place_idea (self->workshop, idea, cg_idea_get_theme (idea), before);
      CG_OUTLINE_END_CHANGE (self);
      cg_outline_tell (self, delta < 0 ? _("Moved up") : _("Moved down"));
    }
  else if (group != NULL && cg_outline_group_get_theme (group) != NULL)
    {
      CgTheme *theme = cg_outline_group_get_theme (group);
      GListModel *themes = cg_workshop_get_themes (self->workshop);
      gint64 from = cg_workshop_index_of (self->workshop, theme);
      gint64 to = CLAMP (from + delta, 0, (gint64) g_list_model_get_n_items (themes) - 1);

      if (to == from)
        {
          cg_outline_refuse (self, delta < 0 ? _("Already the first") : _("Already the last"));
          return;
        }
      self->acting = TRUE;
      cg_workshop_move (self->workshop, theme, (guint) to);
      /* (the theme's group is made anew where it went) */
      cg_outline_set_current (self, cg_outline_find_group (self, theme, NULL));
      CG_OUTLINE_END_CHANGE (self);
      cg_outline_tell (self, delta < 0 ? _("Moved up") : _("Moved down"));
    }
  else
    cg_outline_refuse (self, _("Unsorted stays first"));
}

void
cg_outline_filing_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.step-theme", "i", step_theme_activated);
  gtk_widget_class_install_action (widget_class, "outline.move", "i", move_activated);
  gtk_widget_class_install_action (widget_class, "outline.set-theme", "s", set_theme_activated);
  gtk_widget_class_install_action (widget_class, "outline.set-voice", "s", set_voice_activated);
  gtk_widget_class_install_action (widget_class, "outline.set-kind", "s", set_kind_activated);
  gtk_widget_class_install_action (widget_class, "outline.theme-number", "i",
                                   theme_number_activated);
  gtk_widget_class_install_action (widget_class, "outline.voice-number", "i",
                                   voice_number_activated);
  gtk_widget_class_install_action (widget_class, "outline.next-kind", NULL, next_kind_activated);
}
