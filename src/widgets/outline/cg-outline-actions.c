/* cg-outline-actions.c: the outline.* actions for rows, words, themes, votes and marks
 *
 * Each action does what the board's action of the same name does (cg-board-actions.c), through
 * the same model functions, on the idea (or theme) whose row has the focus; each is one undo
 * step, says what it did (cg_outline_tell), and leaves the focus on the idea it changed, or, for
 * a removal, on the row after it. In review mode every action that would change the workshop
 * is disabled. The idea's theme, voice and kind are filed by cg-outline-filing.c; the keys and
 * the menu are in cg-outline-keys.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-outline-private.h"
#include "model/cg-audience.h"
#include "model/cg-colours.h"

CgIdea *
cg_outline_current_idea (CgOutline *self)
{
  return CG_IS_IDEA (self->current) ? CG_IDEA (self->current) : NULL;
}

CgOutlineGroup *
cg_outline_current_group (CgOutline *self)
{
  return CG_IS_OUTLINE_GROUP (self->current) ? CG_OUTLINE_GROUP (self->current) : NULL;
}

gboolean
cg_outline_can_change (CgOutline *self)
{
  return self->editable && self->workshop != NULL;
}

void
cg_outline_refuse (CgOutline  *self,
                   const char *why)
{
  gtk_widget_error_bell (GTK_WIDGET (self));
  if (why != NULL)
    cg_outline_tell (self, why);
}

/* The colour a new theme or voice gets: the one rule of cg-colours.c. */
const char *
cg_outline_new_colour (CgOutline *self,
                       GType      type)
{
  return type == CG_TYPE_THEME ? cg_colours_next_theme (self->workshop)
                               : cg_colours_next_voice (self->workshop);
}

const char *
cg_outline_theme_name (CgTheme *theme)
{
  return theme != NULL ? cg_theme_get_name (theme) : _("Unsorted");
}

CgObject *
cg_outline_lookup (CgOutline  *self,
                   const char *id,
                   GType       type)
{
  CgObject *object = self->workshop != NULL ? cg_workshop_lookup (self->workshop, id) : NULL;

  return object != NULL && G_TYPE_CHECK_INSTANCE_TYPE (object, type) ? object : NULL;
}

/* Moving between rows: Left and Right */

gboolean
cg_outline_group_is_open (CgOutline       *self,
                          CgOutlineGroup  *group,
                          GtkTreeListRow **row)
{
  guint index;

  *row = NULL;
  if (!g_list_store_find (self->groups, group, &index))
    return FALSE;
  *row = cg_outline_get_group_row (self, index);
  return *row != NULL && gtk_tree_list_row_get_expanded (*row);
}

/* Towards the theme: a theme closes; an idea gives the focus to its theme's row. */
static void
go_out (CgOutline *self)
{
  CgIdea *idea = cg_outline_current_idea (self);
  CgOutlineGroup *group = cg_outline_current_group (self);
  g_autoptr(GtkTreeListRow) row = NULL;

  if (idea != NULL)
    {
      group = cg_outline_find_group (self, cg_idea_get_theme (idea), NULL);
      if (group != NULL)
        cg_outline_focus_item (self, group);
    }
  else if (group != NULL && cg_outline_group_is_open (self, group, &row))
    gtk_tree_list_row_set_expanded (row, FALSE);
}

/* Into the theme: it opens; open already, its first idea has the focus. */
static void
go_in (CgOutline *self)
{
  CgOutlineGroup *group = cg_outline_current_group (self);
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(CgIdea) first = NULL;

  if (group == NULL)
    return;
  if (!cg_outline_group_is_open (self, group, &row))
    {
      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
      return;
    }
  first = g_list_model_get_item (cg_outline_group_get_ideas (group), 0);
  if (first != NULL)
    cg_outline_focus_item (self, first);
}

static void
left_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    go_in (self);
  else
    go_out (self);
}

static void
right_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    go_out (self);
  else
    go_in (self);
}

static void
set_all_expanded (CgOutline *self,
                  gboolean   expand)
{
  guint n = self->groups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->groups)) : 0;
  g_autoptr(GObject) keep = self->current != NULL ? g_object_ref (self->current) : NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = cg_outline_get_group_row (self, i);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, expand);
    }
  /* closed: the focus goes up to the idea's theme */
  if (!expand && CG_IS_IDEA (keep))
    g_set_object (&keep, (GObject *) cg_outline_find_group (self,
                                                            cg_idea_get_theme (CG_IDEA (keep)),
                                                            NULL));
  if (keep != NULL && self->keep_focus)
    cg_outline_focus_item (self, keep);
}

static void
expand_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  set_all_expanded (CG_OUTLINE (widget), TRUE);
}

static void
collapse_all_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  set_all_expanded (CG_OUTLINE (widget), FALSE);
}

/* Words: add, edit, rename */

static void
idea_added (CgOutline  *self,
            gpointer    target,
            const char *text)
{
  CgHistory *history = cg_workshop_get_history (self->workshop);
  CgTheme *theme = target;
  g_autoptr(CgIdea) idea = cg_idea_new (text);
  g_autofree char *told = NULL;

  self->new_kind = cg_outline_editor_get_kind (self);
  g_set_weak_pointer (&self->new_voice, cg_outline_editor_get_voice (self));
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_history_begin_group (history, ngettext ("Add idea", "Add ideas", 1));
  cg_idea_set_event (idea, cg_outline_ensure_event (self));
  cg_idea_set_voice (idea, self->new_voice);
  cg_idea_set_kind (idea, self->new_kind);
  cg_idea_set_theme (idea, theme);
  cg_workshop_add (self->workshop, idea);
  cg_history_end_group (history);
  CG_OUTLINE_END_CHANGE (self);
  /* Translators: said in the outline; %s is a theme ("Added to First contacts") */
  told = g_strdup_printf (_("Added to %s"), cg_outline_theme_name (theme));
  cg_outline_tell (self, told);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgTheme *theme = cg_outline_get_selected_theme (self);
  /* Translators: the heading of the outline's question; %s is a theme */
  g_autofree char *heading = g_strdup_printf (_("New idea in %s"), cg_outline_theme_name (theme));

  if (!cg_outline_can_change (self))
    return;
  cg_outline_editor_open (self, heading, _("Words of the new idea"), "", TRUE, theme,
                          idea_added);
}

static void
idea_edited (CgOutline  *self,
             gpointer    target,
             const char *text)
{
  CgHistory *history = cg_workshop_get_history (self->workshop);
  CgIdea *idea = target;

  if (cg_workshop_index_of (self->workshop, idea) < 0 ||
      g_strcmp0 (text, cg_idea_get_text (idea)) == 0)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  /* one edit, one step: neither joined to typing before it nor to typing after */
  cg_history_seal (history);
  cg_idea_set_text (idea, text);
  cg_history_seal (history);
  CG_OUTLINE_END_CHANGE (self);
  cg_outline_tell (self, _("Words changed"));
}

static void
theme_renamed (CgOutline  *self,
               gpointer    target,
               const char *text)
{
  CgHistory *history = cg_workshop_get_history (self->workshop);
  CgTheme *theme = target;
  CgOutlineGroup *group = cg_outline_find_group (self, theme, NULL);
  g_autofree char *told = NULL;

  if (group == NULL || g_strcmp0 (text, cg_theme_get_name (theme)) == 0)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, group);
  cg_history_seal (history);
  cg_theme_set_name (theme, text);
  cg_history_seal (history);
  CG_OUTLINE_END_CHANGE (self);
  /* Translators: said in the outline; %s is a theme's new name */
  told = g_strdup_printf (_("Renamed to %s"), text);
  cg_outline_tell (self, told);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  CgOutlineGroup *group = cg_outline_current_group (self);
  CgTheme *theme = group != NULL ? cg_outline_group_get_theme (group) : NULL;

  if (!cg_outline_can_change (self))
    return;
  if (idea != NULL)
    {
      if (!cg_idea_shows_text_to (idea, cg_audience_for_laptop (self->show_private)))
        {
          /* its words stay off a screen that may be projected */
          cg_outline_refuse (self, _("Show private notes first to edit this one"));
          return;
        }
      cg_outline_editor_open (self, _("Edit Idea"), _("Words of the idea"),
                              cg_idea_get_text (idea), FALSE, idea, idea_edited);
    }
  else if (theme != NULL)
    cg_outline_editor_open (self, _("Rename Theme"), _("Name of the theme"),
                            cg_theme_get_name (theme), FALSE, theme, theme_renamed);
  else
    cg_outline_refuse (self, _("Unsorted has no name to change"));
}

void
cg_outline_activate_item (CgOutline *self,
                          gpointer   item)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  if (CG_IS_OUTLINE_GROUP (item) && cg_outline_group_is_open (self, item, &row))
    gtk_tree_list_row_set_expanded (row, FALSE);
  else if (CG_IS_OUTLINE_GROUP (item) && row != NULL)
    gtk_tree_list_row_set_expanded (row, TRUE);
  else if (CG_IS_IDEA (item))
    {
      cg_outline_set_current (self, item);
      gtk_widget_activate_action (GTK_WIDGET (self), "outline.edit", NULL);
    }
}

static void
activate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);

  cg_outline_activate_item (self, self->current);
}

/* Themes */

void
cg_outline_theme_added (CgOutline  *self,
                        gpointer    target,
                        const char *text)
{
  g_autoptr(CgTheme) theme = cg_theme_new (text, cg_outline_new_colour (self, CG_TYPE_THEME));
  CgIdea *idea = target;
  CgHistory *history = cg_workshop_get_history (self->workshop);
  g_autofree char *told = NULL;

  self->acting = TRUE;
  cg_history_begin_group (history, idea != NULL ? _("Add theme and move idea") : _("Add theme"));
  cg_workshop_add (self->workshop, theme);
  if (idea != NULL && cg_workshop_index_of (self->workshop, idea) >= 0)
    cg_workshop_place_idea (self->workshop, idea, theme, NULL);
  cg_history_end_group (history);
  if (idea != NULL)
    cg_outline_set_current (self, idea);
  else
    cg_outline_set_current (self, cg_outline_find_group (self, theme, NULL));
  CG_OUTLINE_END_CHANGE (self);
  /* Translators: said in the outline; %s is a theme */
  told = idea != NULL ? g_strdup_printf (_("Moved to %s"), text)
                      : g_strdup_printf (_("Added the theme %s"), text);
  cg_outline_tell (self, told);
}

static void
add_theme_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);

  if (cg_outline_can_change (self))
    cg_outline_editor_open (self, _("Name of the New Theme"), _("Name of the new theme"), "",
                            FALSE, NULL, cg_outline_theme_added);
}

/* Removing */

/* The row the focus goes to when @idea leaves: the next idea of its theme, else the one
 * before, else the theme's own row. */
static gpointer
neighbour_of (CgOutline *self,
              CgIdea    *idea)
{
  CgOutlineGroup *group = cg_outline_find_group (self, cg_idea_get_theme (idea), NULL);
  GListModel *ideas = group != NULL ? cg_outline_group_get_ideas (group) : NULL;
  guint position = group != NULL ? cg_outline_group_find (group, idea) : GTK_INVALID_LIST_POSITION;
  g_autoptr(GObject) next = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return group;
  next = g_list_model_get_item (ideas, position + 1);
  if (next == NULL && position > 0)
    next = g_list_model_get_item (ideas, position - 1);
  if (next == NULL)
    return group;
  return next; /* borrowed: the group's list holds it */
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *current = cg_outline_current_idea (self);
  g_autoptr(CgIdea) idea = current != NULL ? g_object_ref (current) : NULL;
  CgOutlineGroup *group = cg_outline_current_group (self);
  CgTheme *theme = group != NULL ? cg_outline_group_get_theme (group) : NULL;
  g_autofree char *told = NULL;

  if (!cg_outline_can_change (self))
    return;
  if (idea != NULL)
    {
      CG_OUTLINE_BEGIN_CHANGE (self, neighbour_of (self, idea));
      cg_workshop_remove (self->workshop, idea);
      CG_OUTLINE_END_CHANGE (self);
      cg_outline_tell (self, _("Removed. Ctrl+Z brings it back."));
    }
  else if (theme != NULL)
    {
      g_autoptr(CgTheme) gone = g_object_ref (theme);
      g_autoptr(GObject) before = NULL;
      guint index = 0;

      g_list_store_find (self->groups, group, &index);
      before = g_list_model_get_item (G_LIST_MODEL (self->groups), index > 0 ? index - 1 : 0);
      /* its ideas go back to Unsorted (the model does that, in the same undo step) */
      CG_OUTLINE_BEGIN_CHANGE (self, before);
      cg_workshop_remove (self->workshop, gone);
      CG_OUTLINE_END_CHANGE (self);
      /* Translators: said in the outline; %s is the theme just removed */
      told = g_strdup_printf (_("Removed the theme %s: its ideas are in Unsorted. Ctrl+Z brings "
                                "it back."), cg_theme_get_name (gone));
      cg_outline_tell (self, told);
    }
  else
    cg_outline_refuse (self, _("Unsorted cannot be removed"));
}

/* Votes and marks */

static void
vote_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);
  int delta = g_variant_get_int32 (parameter);
  CgEvent *event;
  guint votes, total;
  g_autofree char *told = NULL;

  if (!cg_outline_can_change (self) || idea == NULL || delta == 0)
    return;
  /* at the idea's event, or the newest one (as on the board) */
  event = cg_idea_get_event (idea);
  if (event == NULL)
    event = cg_outline_ensure_event (self);
  votes = cg_idea_get_votes (idea, event);
  if (delta < 0 && votes == 0)
    {
      cg_outline_refuse (self, _("No votes to take away"));
      return;
    }
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_idea_set_votes (idea, event, delta > 0 ? votes + 1 : votes - 1);
  CG_OUTLINE_END_CHANGE (self);
  total = cg_idea_get_total_votes (idea);
  told = g_strdup_printf (ngettext ("%u vote", "%u votes", total), total);
  cg_outline_tell (self, told);
}

static void
toggle_private_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);

  if (!cg_outline_can_change (self) || idea == NULL)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_idea_set_private (idea, !cg_idea_get_private (idea));
  CG_OUTLINE_END_CHANGE (self);
  cg_outline_tell (self, cg_idea_get_private (idea)
                         ? _("Private: kept out of the room and of summaries")
                         : _("No longer private"));
}

static void
toggle_beyond_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);

  if (!cg_outline_can_change (self) || idea == NULL)
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_idea_set_beyond_service (idea, !cg_idea_get_beyond_service (idea));
  CG_OUTLINE_END_CHANGE (self);
  cg_outline_tell (self, cg_idea_get_beyond_service (idea) ? _("Beyond the service")
                                                           : _("No longer beyond the service"));
}

static void
mark_reviewed_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgIdea *idea = cg_outline_current_idea (self);

  if (!cg_outline_can_change (self) || idea == NULL || !cg_idea_get_needs_review (idea))
    return;
  CG_OUTLINE_BEGIN_CHANGE (self, idea);
  cg_idea_set_needs_review (idea, FALSE);
  CG_OUTLINE_END_CHANGE (self);
  cg_outline_tell (self, _("Checked"));
}

/* Which actions there are for the row with the focus */

void
cg_outline_update_actions (CgOutline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = self->workshop != NULL;
  gboolean changing = cg_outline_can_change (self);
  CgIdea *idea = cg_outline_current_idea (self);
  CgOutlineGroup *group = cg_outline_current_group (self);
  gboolean theme_row = group != NULL && cg_outline_group_get_theme (group) != NULL;
  const char *idea_actions[] = {
    "outline.vote", "outline.toggle-private", "outline.toggle-beyond", "outline.step-theme",
    "outline.set-theme", "outline.set-voice", "outline.set-kind",
  };

  gtk_widget_action_set_enabled (widget, "outline.add", changing);
  gtk_widget_action_set_enabled (widget, "outline.add-theme", changing);
  gtk_widget_action_set_enabled (widget, "outline.expand-all", open);
  gtk_widget_action_set_enabled (widget, "outline.collapse-all", open);
  gtk_widget_action_set_enabled (widget, "outline.activate", open && self->current != NULL);
  gtk_widget_action_set_enabled (widget, "outline.left", open && self->current != NULL);
  gtk_widget_action_set_enabled (widget, "outline.right", open && self->current != NULL);
  gtk_widget_action_set_enabled (widget, "outline.menu", open && self->current != NULL);
  gtk_widget_action_set_enabled (widget, "outline.edit", changing && (idea != NULL || theme_row));
  gtk_widget_action_set_enabled (widget, "outline.delete",
                                 changing && (idea != NULL || theme_row));
  gtk_widget_action_set_enabled (widget, "outline.move", changing && (idea != NULL || theme_row));
  for (guint i = 0; i < G_N_ELEMENTS (idea_actions); i++)
    gtk_widget_action_set_enabled (widget, idea_actions[i], changing && idea != NULL);
  gtk_widget_action_set_enabled (widget, "outline.mark-reviewed",
                                 changing && idea != NULL && cg_idea_get_needs_review (idea));
  /* (the window's keys: always there for a row, to ring the bell rather than act elsewhere) */
  gtk_widget_action_set_enabled (widget, "outline.theme-number", open);
  gtk_widget_action_set_enabled (widget, "outline.voice-number", open);
  gtk_widget_action_set_enabled (widget, "outline.next-kind", open);
}


void
cg_outline_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.activate", NULL, activate_activated);
  gtk_widget_class_install_action (widget_class, "outline.left", NULL, left_activated);
  gtk_widget_class_install_action (widget_class, "outline.right", NULL, right_activated);
  gtk_widget_class_install_action (widget_class, "outline.expand-all", NULL, expand_all_activated);
  gtk_widget_class_install_action (widget_class, "outline.collapse-all", NULL,
                                   collapse_all_activated);
  gtk_widget_class_install_action (widget_class, "outline.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "outline.add-theme", NULL, add_theme_activated);
  gtk_widget_class_install_action (widget_class, "outline.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "outline.vote", "i", vote_activated);
  gtk_widget_class_install_action (widget_class, "outline.toggle-private", NULL,
                                   toggle_private_activated);
  gtk_widget_class_install_action (widget_class, "outline.toggle-beyond", NULL,
                                   toggle_beyond_activated);
  gtk_widget_class_install_action (widget_class, "outline.mark-reviewed", NULL,
                                   mark_reviewed_activated);
  cg_outline_filing_class_init (widget_class);
  cg_outline_keys_class_init (widget_class);
}
