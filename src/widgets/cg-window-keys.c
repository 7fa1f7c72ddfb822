/* cg-window-keys.c: what the voice, kind and theme keys act on, and the notice that says so
 *
 * One rule, also in the README and the shortcuts window:
 *   - On the board (the keyboard focus on a card), Alt+1…9, Ctrl+K and Ctrl+1…9 / Ctrl+0 change
 *     the selected card.
 *   - Anywhere else (the capture bar first of all), Alt+N and Ctrl+K set the voice and kind of
 *     the idea being typed and of those after it, and never change a card already on the board.
 *     Ctrl+N chooses the theme of the idea being typed when the bar has words; when it is empty,
 *     it moves the idea just added from the bar (with none added, it chooses the theme of the
 *     next idea).
 *   - A number past the last theme or voice asks for the name of a new one, then files there.
 *   - Every change a key makes to a card on the board is told in a notice with Undo.
 * Going to the capture bar lets go of the card selected on the board, so no card looks as if
 * the keys were aimed at it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-idea-card.h"
#include "cg-window-private.h"

/* How much of an idea's words a notice quotes, in characters. */
#define QUOTE_LENGTH 32

static CgWindow *
window_of (gpointer user_data)
{
  return CG_WINDOW (user_data);
}

/* Item @n (counting from 1) of @model, or NULL. */
static gpointer
nth_item (GListModel *model,
          int         n)
{
  if (n < 1 || (guint) n > g_list_model_get_n_items (model))
    return NULL;
  return g_list_model_get_item (model, (guint) n - 1);
}

gboolean
cg_window_keys_on_board (CgWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (focus == GTK_WIDGET (self->board) ||
                           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->board)));
}

static CgIdea *
just_added (CgWindow *self)
{
  if (self->last_added != NULL && self->workshop != NULL &&
      cg_workshop_index_of (self->workshop, self->last_added) >= 0)
    return self->last_added;
  return NULL;
}

/* Notices */

/* The start of @idea's words as the board shows them ("Private note" while those are hidden),
 * cut at a word with "…" when long. */
static char *
quote_idea (CgWindow *self,
            CgIdea   *idea)
{
  const char *text = cg_idea_card_shown_text (idea, cg_window_get_showing_private (self));
  g_autofree char *line = g_strdup (text);
  const char *cut;
  const char *space = NULL;

  g_strdelimit (line, "\n\t", ' ');
  g_strstrip (line);
  if (g_utf8_strlen (line, -1) <= QUOTE_LENGTH)
    return g_steal_pointer (&line);

  cut = g_utf8_offset_to_pointer (line, QUOTE_LENGTH);
  for (const char *p = line; p < cut; p = g_utf8_next_char (p))
    {
      if (*p == ' ')
        space = p;
    }
  if (space != NULL && g_utf8_strlen (line, space - line) >= QUOTE_LENGTH / 2)
    cut = space;
  return g_strdup_printf ("%.*s…", (int) (cut - line), line);
}

/* Tells what a key just did to a card on the board. */
static void
tell (CgWindow   *self,
      const char *text)
{
  cg_notice_set_history (self->notice, cg_workshop_get_history (self->workshop));
  cg_notice_show (self->notice, text);
}

static void
tell_moved (CgWindow *self,
            CgIdea   *idea)
{
  CgTheme *theme = cg_idea_get_theme (idea);
  g_autofree char *quote = quote_idea (self, idea);
  /* Translators: a notice; the first %s is the start of an idea's words, the second a theme */
  g_autofree char *text = g_strdup_printf (_("Moved ‘%s’ to %s"), quote,
                                           theme != NULL ? cg_theme_get_name (theme)
                                                         : _("Unsorted"));

  tell (self, text);
}

static void
tell_voice (CgWindow *self,
            CgIdea   *idea)
{
  CgVoice *voice = cg_idea_get_voice (idea);
  g_autofree char *quote = quote_idea (self, idea);
  /* Translators: a notice; the first %s is the start of an idea's words, the second a voice */
  g_autofree char *text = g_strdup_printf (_("Voice of ‘%s’ set to %s"), quote,
                                           voice != NULL ? cg_voice_get_name (voice)
                                                         : _("No voice"));

  tell (self, text);
}

static void
tell_kind (CgWindow *self,
           CgIdea   *idea)
{
  g_autofree char *quote = quote_idea (self, idea);
  /* Translators: a notice; the first %s is the start of an idea's words, the second a kind of
   * note ("Strength") */
  g_autofree char *text = g_strdup_printf (_("Kind of ‘%s’ set to %s"), quote,
                                           cg_idea_kind_get_label (cg_idea_get_kind (idea)));

  tell (self, text);
}

/* What the board did to a card (its keys P, B, + and −, Delete, the vote buttons, the menu). */
static void
card_changed_cb (CgBoard       *board,
                 CgIdea        *idea,
                 CgBoardChange  change,
                 CgWindow      *self)
{
  g_autofree char *quote = quote_idea (self, idea);
  g_autofree char *text = NULL;
  guint votes;

  switch (change)
    {
    case CG_BOARD_CHANGE_PRIVATE:
      /* Translators: a notice; %s is the start of an idea's words */
      text = g_strdup_printf (cg_idea_get_private (idea) ? _("‘%s’ is now a private note")
                                                         : _("‘%s’ is no longer private"),
                              quote);
      break;
    case CG_BOARD_CHANGE_BEYOND:
      text = g_strdup_printf (cg_idea_get_beyond_service (idea)
                                ? _("‘%s’ marked beyond the service")
                                : _("‘%s’ no longer marked beyond the service"), quote);
      break;
    case CG_BOARD_CHANGE_VOTES:
      votes = cg_idea_get_total_votes (idea);
      /* Translators: a notice; %s is the start of an idea's words, %u its votes */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "‘%s’ now has %u vote",
                                           "‘%s’ now has %u votes", votes), quote, votes);
      break;
    case CG_BOARD_CHANGE_DELETED:
    default:
      text = g_strdup_printf (_("Deleted ‘%s’"), quote);
      break;
    }
  tell (self, text);
}

/* Changes to cards */

static void
move_idea (CgWindow *self,
           CgIdea   *idea,
           CgTheme  *theme)
{
  if (cg_idea_get_theme (idea) == theme)
    return;
  cg_workshop_place_idea (self->workshop, idea, theme, NULL);
  if (cg_board_get_selected_idea (self->board) == idea)
    cg_board_select_idea (self->board, idea);
  tell_moved (self, idea);
}

static void
set_idea_voice (CgWindow *self,
                CgIdea   *idea,
                CgVoice  *voice)
{
  if (cg_idea_get_voice (idea) == voice)
    return;
  cg_idea_set_voice (idea, voice);
  tell_voice (self, idea);
}

/* A theme or voice past the last one: asked for */

typedef struct
{
  CgWindow *window;   /* weak */
  CgIdea   *idea;     /* the card to file there, or NULL: the capture bar's next idea */
  GType     type;     /* CG_TYPE_THEME or CG_TYPE_VOICE */
} NewTarget;

static void
new_target_free (gpointer data)
{
  NewTarget *target = data;

  g_clear_weak_pointer (&target->window);
  g_clear_object (&target->idea);
  g_free (target);
}

static void
add_theme (CgWindow   *self,
           const char *name,
           CgIdea     *idea)
{
  CgHistory *history = cg_workshop_get_history (self->workshop);
  g_autoptr(CgTheme) theme = cg_theme_new (name, cg_colours_next_theme (self->workshop));

  cg_history_begin_group (history, idea != NULL ? _("Add theme and move idea") : _("Add theme"));
  cg_workshop_add (self->workshop, theme);
  if (idea != NULL)
    cg_workshop_place_idea (self->workshop, idea, theme, NULL);
  cg_history_end_group (history);

  if (idea == NULL)
    {
      cg_capture_bar_set_typed_theme (self->capture_bar, theme);
      return;
    }
  if (cg_board_get_selected_idea (self->board) == idea)
    cg_board_select_idea (self->board, idea);
  tell_moved (self, idea);
}

static void
add_voice (CgWindow   *self,
           const char *name,
           CgIdea     *idea)
{
  CgHistory *history = cg_workshop_get_history (self->workshop);
  g_autoptr(CgVoice) voice = cg_voice_new (name, cg_colours_next_voice (self->workshop));

  cg_history_begin_group (history, idea != NULL ? _("Add voice to idea") : _("Add voice"));
  cg_workshop_add (self->workshop, voice);
  if (idea != NULL)
    cg_idea_set_voice (idea, voice);
  cg_history_end_group (history);

  if (idea == NULL)
    cg_capture_bar_set_voice (self->capture_bar, voice);
  else
    tell_voice (self, idea);
}

static void
new_named_cb (const char *name,
              gpointer    user_data)
{
  NewTarget *target = user_data;
  CgWindow *self = target->window;
  CgIdea *idea = target->idea;

  if (self == NULL || self->workshop == NULL || self->read_only)
    return;
  /* the card may have gone (undone, removed) while the name was being typed */
  if (idea != NULL && cg_workshop_index_of (self->workshop, idea) < 0)
    return;
  if (target->type == CG_TYPE_THEME)
    add_theme (self, name, idea);
  else
    add_voice (self, name, idea);
}

/* What a new theme or voice will be given, as the question about its name says it. */
static char *
describe_target (CgWindow *self,
                 GType     type,
                 CgIdea   *idea)
{
  g_autofree char *quote = idea != NULL ? quote_idea (self, idea) : NULL;

  if (type == CG_TYPE_THEME)
    {
      if (idea != NULL)
        /* Translators: ends "Name it, and %s."; %s is the start of an idea's words */
        return g_strdup_printf (_("‘%s’ goes there"), quote);
      if (cg_capture_bar_has_text (self->capture_bar))
        /* Translators: ends "Name it, and %s." */
        return g_strdup (_("the idea being typed goes there"));
      /* Translators: ends "Name it, and %s." */
      return g_strdup (_("the next idea goes there"));
    }
  if (idea != NULL)
    /* Translators: ends "Name it, and %s."; %s is the start of an idea's words */
    return g_strdup_printf (_("‘%s’ is from it"), quote);
  /* Translators: ends "Name it, and %s." */
  return g_strdup (_("the idea being typed and those after it are from it"));
}

/* Theme (or voice) @n is past the last of the @count there are: asks for a new one's name, then
 * adds it and files @idea (NULL: the capture bar's idea) there, one undo step. */
static void
ask_for_new (CgWindow *self,
             GType     type,
             int       n,
             guint     count,
             CgIdea   *idea)
{
  NewTarget *target = g_new0 (NewTarget, 1);
  g_autofree char *then = describe_target (self, type, idea);
  g_autofree char *heading = NULL;
  g_autofree char *name = NULL;
  gboolean theme = type == CG_TYPE_THEME;

  g_set_weak_pointer (&target->window, self);
  target->idea = idea != NULL ? g_object_ref (idea) : NULL;
  target->type = type;

  if ((guint) n == count + 1 && theme)
    /* Translators: %d is the number of the key pressed (Ctrl+5), %s says where the idea goes */
    heading = g_strdup_printf (_("There is no theme %d yet. Name it, and %s."), n, then);
  else if ((guint) n == count + 1)
    /* Translators: %d is the number of the key pressed (Alt+5), %s says whose idea it is */
    heading = g_strdup_printf (_("There is no voice %d yet. Name it, and %s."), n, then);
  else if (theme)
    heading = g_strdup_printf (ngettext ("There is no theme %d: there is %u. Name theme %u, "
                                         "and %s.",
                                         "There is no theme %d: there are %u. Name theme %u, "
                                         "and %s.", count),
                               n, count, count + 1, then);
  else
    heading = g_strdup_printf (ngettext ("There is no voice %d: there is %u. Name voice %u, "
                                         "and %s.",
                                         "There is no voice %d: there are %u. Name voice %u, "
                                         "and %s.", count),
                               n, count, count + 1, then);
  /* Translators: the name offered for a new theme or voice, numbered as its key */
  name = g_strdup_printf (theme ? _("Theme %u") : _("Voice %u"), count + 1);
  cg_capture_bar_ask_name (self->capture_bar, type, heading, name, new_named_cb, target,
                           new_target_free);
}

/* The actions */

static void
set_voice_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  GListModel *voices = cg_workshop_get_voices (self->workshop);
  int n = g_variant_get_int32 (parameter);
  g_autoptr(CgVoice) voice = nth_item (voices, n);
  gboolean on_board = cg_window_keys_on_board (self);
  CgIdea *idea = on_board ? cg_board_get_selected_idea (self->board) : NULL;

  if (n < 1 || (on_board && idea == NULL))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (voice == NULL)
    ask_for_new (self, CG_TYPE_VOICE, n, g_list_model_get_n_items (voices), idea);
  else if (idea != NULL)
    set_idea_voice (self, idea, voice);
  else
    cg_capture_bar_set_voice (self->capture_bar, voice);
}

static CgIdeaKind
next_kind (CgIdeaKind kind)
{
  return kind >= CG_IDEA_KIND_LAST ? CG_IDEA_KIND_IDEA : kind + 1;
}

static void
cycle_kind_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  CgIdea *idea;

  if (!cg_window_keys_on_board (self))
    {
      cg_capture_bar_set_kind (self->capture_bar,
                               next_kind (cg_capture_bar_get_kind (self->capture_bar)));
      return;
    }
  idea = cg_board_get_selected_idea (self->board);
  if (idea == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  cg_idea_set_kind (idea, next_kind (cg_idea_get_kind (idea)));
  tell_kind (self, idea);
}

static void
move_to_theme_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  GListModel *themes = cg_workshop_get_themes (self->workshop);
  int n = g_variant_get_int32 (parameter);
  g_autoptr(CgTheme) theme = nth_item (themes, n);
  CgIdea *target = cg_window_get_target_idea (self);

  if (n < 0 || (target == NULL && cg_window_keys_on_board (self)))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (n != 0 && theme == NULL)
    ask_for_new (self, CG_TYPE_THEME, n, g_list_model_get_n_items (themes), target);
  else if (target != NULL)
    move_idea (self, target, theme);
  else
    cg_capture_bar_set_typed_theme (self->capture_bar, theme);
}

static void
focus_capture_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  cg_capture_bar_focus (window_of (user_data)->capture_bar);
}

/* Back to the card selected before, else the one just added, else the board's first. */
static void
focus_board_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  CgIdea *idea = cg_board_get_selected_idea (self->board);

  if (idea == NULL)
    idea = just_added (self);
  if (idea != NULL)
    cg_board_select_idea (self->board, idea);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->board));
}

/* In the capture bar no card is selected: the keys pressed there are for the idea being typed. */
static void
focus_changed_cb (CgWindow *self)
{
  if (cg_board_get_selected_idea (self->board) != NULL &&
      cg_capture_bar_has_focus (self->capture_bar))
    cg_board_select_idea (self->board, NULL);
}

static const GActionEntry key_actions[] = {
  { .name = "focus-capture", .activate = focus_capture_activated },
  { .name = "focus-board", .activate = focus_board_activated },
  { .name = "set-voice", .activate = set_voice_activated, .parameter_type = "i" },
  { .name = "move-to-theme", .activate = move_to_theme_activated, .parameter_type = "i" },
  { .name = "cycle-kind", .activate = cycle_kind_activated },
};

void
cg_window_keys_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (CG_TYPE_NOTICE);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, notice);
}

void
cg_window_keys_init (CgWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), key_actions, G_N_ELEMENTS (key_actions),
                                   self);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), NULL);
  g_signal_connect_object (self->board, "card-changed", G_CALLBACK (card_changed_cb), self, 0);
}
