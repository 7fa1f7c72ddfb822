/* cg-capture-bar.c: where the facilitator types what the room says, one idea per Enter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-capture-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-capture-bar.h"
#include "cg-choices.h"
#include "cg-resources.h"
#include "cg-workshop-signals.h"

/* The answer "Paste as one idea" to the question about a paste of several lines. */
#define RESPONSE_ONE_IDEA 1

struct _CgCaptureBar
{
  GtkWidget     parent_instance;

  CgWorkshop   *workshop;
  CgEvent      *event;        /* from cg_capture_bar_set_event, or NULL: the newest */
  CgIdeaKind    kind;

  /* The voice and theme of the next idea: "No voice" or "Unsorted", then the workshop's voices
   * or themes, each list followed through the signals of the workshop's list. */
  GtkDropDown  *voice_dropdown;
  GtkDropDown  *theme_dropdown;
  CgChoices    *voices;
  CgChoices    *themes;
  CgWorkshopSignals *workshop_signals;  /* its voices and themes */
  gboolean      syncing;      /* TRUE while the drop-downs are set to match the lists */

  GtkWidget    *entry;
  GtkDropDown  *kind_dropdown;
  GtkWidget    *dialog;       /* the question about a paste of several lines, or NULL */
  GCancellable *cancellable;  /* clipboard reads */
  gboolean      focus_on_map;

  /* A theme key chose the theme of the idea being typed only: after it is added, the bar goes
   * back to @theme_after (the drop-down's own choice, which lasts). */
  gboolean      typed_theme;
  CgTheme      *theme_after;

  /* cg_capture_bar_ask_name: a popover asking for a new theme's or voice's name */
  GtkWidget    *ask_popover;
  GtkWidget    *ask_heading;
  GtkWidget    *ask_entry;
  GtkWidget    *ask_button;
  GtkWidget    *ask_return;   /* weak: where the focus was, to go back to */
  CgCaptureBarNamed ask_done;
  gpointer      ask_data;
  GDestroyNotify ask_destroy;
  gboolean      ask_cancelled;
};

G_DEFINE_FINAL_TYPE (CgCaptureBar, cg_capture_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_VOICE,
  PROP_KIND,
  PROP_THEME,
  N_PROPS
};

enum {
  IDEA_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const kind_icons[] = {
  [CG_IDEA_KIND_IDEA] = "star-new-symbolic",
  [CG_IDEA_KIND_STRENGTH] = "emblem-favorite-symbolic",
  [CG_IDEA_KIND_DEVELOPMENT] = "document-edit-symbolic",
  [CG_IDEA_KIND_STORY] = "chat-message-new-symbolic",
  [CG_IDEA_KIND_QUESTION] = "dialog-question-symbolic",
};

/* The lines of @text that hold something, without their surrounding white space. */
static GPtrArray *
split_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text != NULL ? text : "", "\r\n", -1);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_ptr_array_add (kept, g_strdup (lines[i]));
    }
  return kept;
}

/* Voices and themes */

/* The bar's property reporting the choice of @drop_down. */
static GParamSpec *
choice_property (CgCaptureBar *self,
                 GtkDropDown  *drop_down)
{
  return properties[drop_down == self->voice_dropdown ? PROP_VOICE : PROP_THEME];
}

static CgChoices *
choices_of (CgCaptureBar *self,
            GtkDropDown  *drop_down)
{
  return drop_down == self->voice_dropdown ? self->voices : self->themes;
}

static void
forget_typed_theme (CgCaptureBar *self)
{
  self->typed_theme = FALSE;
  g_clear_object (&self->theme_after);
}

/* Lists the workshop's voices or themes in @drop_down again and chooses @object there (NULL, or
 * one gone: "No voice" or "Unsorted", never a neighbour), without the drop-down's handler taking
 * it for the user's choice; notifies the bar's property when the choice changed. */
static void
choose (CgCaptureBar *self,
        GtkDropDown  *drop_down,
        gpointer      object)
{
  CgChoices *choices = choices_of (self, drop_down);
  g_autoptr(GObject) wanted = object != NULL ? g_object_ref (object) : NULL;
  g_autoptr(GObject) before = cg_choices_get_object (choices);
  GListModel *objects = NULL;

  if (before != NULL)
    g_object_ref (before);
  if (self->workshop != NULL)
    objects = drop_down == self->voice_dropdown ? cg_workshop_get_voices (self->workshop)
                                                : cg_workshop_get_themes (self->workshop);
  self->syncing = TRUE;
  cg_choices_update (choices, objects);
  cg_choices_select (choices, wanted);
  self->syncing = FALSE;
  if (cg_choices_get_object (choices) != (gpointer) before)
    g_object_notify_by_pspec (G_OBJECT (self), choice_property (self, drop_down));
}

static void
dropdown_selected_cb (GtkDropDown  *drop_down,
                      GParamSpec   *pspec,
                      CgCaptureBar *self)
{
  if (self->syncing)
    return;
  /* a theme picked here lasts, for every idea after */
  if (drop_down == self->theme_dropdown)
    forget_typed_theme (self);
  g_object_notify_by_pspec (G_OBJECT (self), choice_property (self, drop_down));
}

/* The workshop's voices or themes changed. */
static void
objects_changed_cb (CgCaptureBar *self,
                    guint         position,
                    guint         removed,
                    guint         added,
                    GListModel   *objects)
{
  gboolean voices = self->workshop != NULL && objects == cg_workshop_get_voices (self->workshop);
  GtkDropDown *drop_down = voices ? self->voice_dropdown : self->theme_dropdown;

  choose (self, drop_down, cg_choices_get_object (choices_of (self, drop_down)));
}

/* Kinds */

static void
setup_kind_item_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
bind_kind_item_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkStringObject *label = gtk_list_item_get_item (item);
  guint kind = gtk_list_item_get_position (item);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                kind < G_N_ELEMENTS (kind_icons) ? kind_icons[kind] : NULL);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (icon)),
                      gtk_string_object_get_string (label));
}

static void
kind_selected_cb (CgCaptureBar *self)
{
  guint position = gtk_drop_down_get_selected (self->kind_dropdown);

  if (position <= CG_IDEA_KIND_LAST)
    cg_capture_bar_set_kind (self, position);
}

/* The kinds, each with its icon, in CgIdeaKind order. */
static void
fill_kinds (CgCaptureBar *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  for (CgIdeaKind kind = 0; kind <= CG_IDEA_KIND_LAST; kind++)
    gtk_string_list_append (labels, cg_idea_kind_get_label (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_kind_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_kind_item_cb), NULL);
  gtk_drop_down_set_factory (self->kind_dropdown, factory);
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));
}

/* Adding ideas */

/* The chosen event when it is still in the workshop, else the newest, else a new one dated
 * today (recorded in the caller's undo group). */
static CgEvent *
ensure_event (CgWorkshop *workshop,
              CgEvent    *chosen)
{
  GListModel *events = cg_workshop_get_events (workshop);
  guint n_events = g_list_model_get_n_items (events);
  g_autoptr(CgEvent) event = NULL;

  if (chosen != NULL && cg_workshop_index_of (workshop, chosen) >= 0)
    return chosen;
  if (n_events > 0)
    {
      event = g_list_model_get_item (events, n_events - 1);
      return event; /* borrowed: the workshop holds it */
    }

  /* named by the series' rule: "Workshop 1, 23 November" */
  return cg_workshop_add_new_event (workshop, NULL);
}

void
cg_capture_bar_set_event (CgCaptureBar *self,
                          CgEvent      *event)
{
  g_return_if_fail (CG_IS_CAPTURE_BAR (self));
  g_return_if_fail (event == NULL || CG_IS_EVENT (event));

  g_set_object (&self->event, event);
}

/* The idea being typed was added: the theme chosen for it alone gives way to the lasting one
 * (unless that one has left the workshop meanwhile). */
static void
restore_theme (CgCaptureBar *self)
{
  g_autoptr(CgTheme) theme = g_steal_pointer (&self->theme_after);

  self->typed_theme = FALSE;
  choose (self, self->theme_dropdown, cg_choices_lists (self->themes, theme) ? theme : NULL);
}

guint
cg_capture_bar_add_text (CgCaptureBar *self,
                         const char   *text)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) added = NULL;
  CgHistory *history;
  CgEvent *event;

  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), 0);

  lines = split_lines (text);
  if (self->workshop == NULL || lines->len == 0)
    return 0;

  history = cg_workshop_get_history (self->workshop);
  added = g_ptr_array_new_full (lines->len, g_object_unref);
  cg_history_begin_group (history, ngettext ("Add idea", "Add ideas", lines->len));
  event = ensure_event (self->workshop, self->event);
  for (guint i = 0; i < lines->len; i++)
    {
      CgIdea *idea = cg_idea_new (g_ptr_array_index (lines, i));

      cg_idea_set_event (idea, event);
      cg_idea_set_voice (idea, cg_choices_get_object (self->voices));
      cg_idea_set_kind (idea, self->kind);
      cg_idea_set_theme (idea, cg_choices_get_object (self->themes));
      cg_workshop_add (self->workshop, idea);
      g_ptr_array_add (added, idea);
    }
  cg_history_end_group (history);
  if (self->typed_theme)
    restore_theme (self);

  for (guint i = 0; i < added->len; i++)
    g_signal_emit (self, signals[IDEA_ADDED], 0, g_ptr_array_index (added, i));
  return added->len;
}

static void
entry_activate_cb (CgCaptureBar *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  if (cg_capture_bar_add_text (self, text) > 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  cg_capture_bar_focus (self);
}

/* Pasting */

/* Puts the lines of @text into the entry at the cursor, joined by spaces. */
static void
insert_as_one (CgCaptureBar *self,
               const char   *text)
{
  g_autoptr(GPtrArray) lines = split_lines (text);
  g_autofree char *joined = NULL;
  GtkEditable *editable = GTK_EDITABLE (self->entry);
  int position;

  g_ptr_array_add (lines, NULL);
  joined = g_strjoinv (" ", (char **) lines->pdata);
  gtk_editable_delete_selection (editable);
  position = gtk_editable_get_position (editable);
  gtk_editable_insert_text (editable, joined, -1, &position);
  gtk_editable_set_position (editable, position);
}

static void
close_dialog (CgCaptureBar *self)
{
  GtkWidget *dialog = self->dialog;

  if (dialog == NULL)
    return;
  g_clear_weak_pointer (&self->dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
paste_response_cb (GtkDialog    *dialog,
                   int           response,
                   CgCaptureBar *self)
{
  const char *text = g_object_get_data (G_OBJECT (dialog), "cg-text");

  if (response == GTK_RESPONSE_ACCEPT)
    cg_capture_bar_add_text (self, text);
  else if (response == RESPONSE_ONE_IDEA)
    insert_as_one (self, text);
  close_dialog (self);
  cg_capture_bar_focus (self);
}

static void
ask_about_lines (CgCaptureBar *self,
                 const char   *text,
                 guint         n_lines)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *add_label = NULL;
  GtkWidget *dialog;

  close_dialog (self);
  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   ngettext ("Add %u idea, one per line?",
                                             "Add %u ideas, one per line?", n_lines),
                                   n_lines);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Each line becomes an idea with the voice, kind "
                                              "and theme chosen in the capture bar."));
  add_label = g_strdup_printf (ngettext ("_Add %u Idea", "_Add %u Ideas", n_lines), n_lines);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("Paste as _One Idea"), RESPONSE_ONE_IDEA,
                          add_label, GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  g_object_set_data_full (G_OBJECT (dialog), "cg-text", g_strdup (text), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (paste_response_cb), self, 0);

  self->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(CgCaptureBar) self = user_data;
  g_autoptr(GPtrArray) lines = NULL;

  if (self->entry == NULL)
    return; /* the bar was disposed meanwhile */
  if (text == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  lines = split_lines (text);
  if (lines->len > 1)
    ask_about_lines (self, text, lines->len);
  else
    insert_as_one (self, text);
}

/* Reads the clipboard ourselves, so that several lines can become several ideas. */
static void
paste_clipboard_cb (GtkText      *text,
                    CgCaptureBar *self)
{
  g_signal_stop_emission_by_name (text, "paste-clipboard");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (text)), self->cancellable,
                                 clipboard_text_cb, g_object_ref (self));
}

/* Asking for a name */

/* Calls the pending callback (once) with the name typed, unless @accept is FALSE. */
static void
ask_finish (CgCaptureBar *self,
            gboolean      accept)
{
  CgCaptureBarNamed done = g_steal_pointer (&self->ask_done);
  gpointer data = g_steal_pointer (&self->ask_data);
  GDestroyNotify destroy = g_steal_pointer (&self->ask_destroy);
  g_autofree char *name = NULL;

  if (done == NULL)
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->ask_entry))));
  if (accept && *name != '\0')
    done (name, data);
  if (destroy != NULL)
    destroy (data);
}

static void
ask_closed_cb (CgCaptureBar *self)
{
  GtkWidget *back = self->ask_return;

  /* back where the keys were pressed, before the change, so the focus can follow a moved card */
  g_clear_weak_pointer (&self->ask_return);
  if (back != NULL && gtk_widget_get_root (back) == gtk_widget_get_root (GTK_WIDGET (self)) &&
      gtk_widget_get_mapped (back))
    gtk_widget_grab_focus (back);
  else if (self->entry != NULL)
    cg_capture_bar_focus (self);
  ask_finish (self, !self->ask_cancelled);
}

/* Closes the question, if one is asked, as Escape would. */
static void
ask_cancel (CgCaptureBar *self)
{
  if (cg_capture_bar_is_asking (self))
    {
      self->ask_cancelled = TRUE;
      gtk_popover_popdown (GTK_POPOVER (self->ask_popover));
    }
  ask_finish (self, FALSE);
}

static void
ask_accept_cb (CgCaptureBar *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->ask_popover));
}

static gboolean
ask_cancel_cb (GtkWidget *popover,
               GVariant  *args,
               gpointer   user_data)
{
  CgCaptureBar *self = user_data;

  self->ask_cancelled = TRUE;
  gtk_popover_popdown (GTK_POPOVER (popover));
  return TRUE;
}

/* Escape leaves everything as it was; a click elsewhere keeps the name, as Enter does */
static void
add_ask_escape (CgCaptureBar *self)
{
  GtkEventController *escape = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (escape, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_callback_action_new (ask_cancel_cb,
                                                                                   self, NULL)));
  gtk_widget_add_controller (self->ask_popover, escape);
}

void
cg_capture_bar_ask_name (CgCaptureBar      *self,
                         GType              type,
                         const char        *heading,
                         const char        *name,
                         CgCaptureBarNamed  done,
                         gpointer           user_data,
                         GDestroyNotify     destroy)
{
  GtkRoot *root;
  GtkWidget *anchor;
  graphene_rect_t bounds;

  g_return_if_fail (CG_IS_CAPTURE_BAR (self));
  g_return_if_fail (type == CG_TYPE_THEME || type == CG_TYPE_VOICE);
  g_return_if_fail (heading != NULL && name != NULL && done != NULL);

  /* a second question replaces the first, which is dropped as Escape would */
  ask_cancel (self);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  g_set_weak_pointer (&self->ask_return, root != NULL ? gtk_root_get_focus (root) : NULL);
  self->ask_done = done;
  self->ask_data = user_data;
  self->ask_destroy = destroy;
  self->ask_cancelled = FALSE;

  gtk_label_set_text (GTK_LABEL (self->ask_heading), heading);
  gtk_button_set_label (GTK_BUTTON (self->ask_button),
                        type == CG_TYPE_THEME ? _("_Add Theme") : _("_Add Voice"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ask_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  type == CG_TYPE_THEME ? _("Name of the new theme")
                                                        : _("Name of the new voice"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ask_popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  type == CG_TYPE_THEME ? _("New theme") : _("New voice"), -1);
  gtk_editable_set_text (GTK_EDITABLE (self->ask_entry), name);

  anchor = GTK_WIDGET (type == CG_TYPE_THEME ? self->theme_dropdown : self->voice_dropdown);
  if (gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->ask_popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->ask_popover));
  gtk_widget_grab_focus (self->ask_entry);
  gtk_editable_select_region (GTK_EDITABLE (self->ask_entry), 0, -1);
}

gboolean
cg_capture_bar_is_asking (CgCaptureBar *self)
{
  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), FALSE);
  return self->ask_popover != NULL && gtk_widget_get_visible (self->ask_popover);
}

/* GObject */

static void
cg_capture_bar_map (GtkWidget *widget)
{
  CgCaptureBar *self = CG_CAPTURE_BAR (widget);

  GTK_WIDGET_CLASS (cg_capture_bar_parent_class)->map (widget);
  if (self->focus_on_map)
    cg_capture_bar_focus (self);
}

static void
cg_capture_bar_dispose (GObject *object)
{
  CgCaptureBar *self = CG_CAPTURE_BAR (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  close_dialog (self);
  ask_finish (self, FALSE);
  if (self->ask_popover != NULL)
    g_signal_handlers_disconnect_by_data (self->ask_popover, self);
  g_clear_weak_pointer (&self->ask_return);
  g_clear_object (&self->theme_after);
  g_clear_pointer (&self->workshop_signals, cg_workshop_signals_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_CAPTURE_BAR);
  /* (GTK 4.8 unparents the children it bound to a field, not the others) */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->voices, cg_choices_free);
  g_clear_pointer (&self->themes, cg_choices_free);
  g_clear_object (&self->workshop);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (cg_capture_bar_parent_class)->dispose (object);
}

static void
cg_capture_bar_finalize (GObject *object)
{
  CgCaptureBar *self = CG_CAPTURE_BAR (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (cg_capture_bar_parent_class)->finalize (object);
}

static void
cg_capture_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CgCaptureBar *self = CG_CAPTURE_BAR (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_VOICE:
      g_value_set_object (value, cg_capture_bar_get_voice (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_THEME:
      g_value_set_object (value, cg_capture_bar_get_theme (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_capture_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CgCaptureBar *self = CG_CAPTURE_BAR (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      cg_capture_bar_set_workshop (self, g_value_get_object (value));
      break;

    case PROP_VOICE:
      cg_capture_bar_set_voice (self, g_value_get_object (value));
      break;

    case PROP_KIND:
      cg_capture_bar_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_THEME:
      cg_capture_bar_set_theme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_capture_bar_class_init (CgCaptureBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cg_capture_bar_dispose;
  object_class->finalize = cg_capture_bar_finalize;
  object_class->get_property = cg_capture_bar_get_property;
  object_class->set_property = cg_capture_bar_set_property;
  widget_class->map = cg_capture_bar_map;

  properties[PROP_WORKSHOP] = g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                                                   flags);
  properties[PROP_VOICE] = g_param_spec_object ("voice", NULL, NULL, CG_TYPE_VOICE, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CG_TYPE_IDEA_KIND,
                                             CG_IDEA_KIND_IDEA, flags);
  properties[PROP_THEME] = g_param_spec_object ("theme", NULL, NULL, CG_TYPE_THEME, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After an idea typed or pasted here has joined the workshop. */
  signals[IDEA_ADDED] = g_signal_new ("idea-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, CG_TYPE_IDEA);

  gtk_widget_class_set_css_name (widget_class, "capturebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  /* (a use of the resources, so that a program linking the widgets' library gets them) */
  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/"
                                               "cg-capture-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, entry);
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, voice_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, ask_popover);
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, ask_heading);
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, ask_entry);
  gtk_widget_class_bind_template_child (widget_class, CgCaptureBar, ask_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, ask_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, ask_accept_cb);
}

static void
cg_capture_bar_init (CgCaptureBar *self)
{
  g_autoptr(PangoAttrList) larger = pango_attr_list_new ();
  GtkEditable *text;

  self->cancellable = g_cancellable_new ();
  self->kind = CG_IDEA_KIND_IDEA;
  /* what the lists are filled with is no choice of the user's */
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_entry_set_max_length (GTK_ENTRY (self->entry), CG_IDEA_MAX_TEXT);
  pango_attr_list_insert (larger, pango_attr_scale_new (1.25));
  gtk_entry_set_attributes (GTK_ENTRY (self->entry), larger);
  text = gtk_editable_get_delegate (GTK_EDITABLE (self->entry));
  g_signal_connect_object (text, "paste-clipboard", G_CALLBACK (paste_clipboard_cb), self, 0);

  self->voices = cg_choices_new_named (self->voice_dropdown,
                                       (const char *[]) { _("No voice"), NULL }, TRUE, -1, 24);
  fill_kinds (self);
  self->themes = cg_choices_new_named (self->theme_dropdown,
                                       (const char *[]) { _("Unsorted"), NULL }, TRUE, -1, 24);
  self->syncing = FALSE;
  add_ask_escape (self);

  self->workshop_signals = cg_workshop_signals_new (self);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_VOICES, "items-changed",
                               G_CALLBACK (objects_changed_cb), G_CONNECT_SWAPPED);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_THEMES, "items-changed",
                               G_CALLBACK (objects_changed_cb), G_CONNECT_SWAPPED);
}

GtkWidget *
cg_capture_bar_new (void)
{
  return g_object_new (CG_TYPE_CAPTURE_BAR, NULL);
}

void
cg_capture_bar_set_workshop (CgCaptureBar *self,
                             CgWorkshop   *workshop)
{
  g_return_if_fail (CG_IS_CAPTURE_BAR (self));
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;
  close_dialog (self);
  ask_cancel (self);

  g_set_object (&self->workshop, workshop);
  /* a new workshop starts with no voice and unsorted */
  choose (self, self->voice_dropdown, NULL);
  choose (self, self->theme_dropdown, NULL);
  cg_workshop_signals_set_workshop (self->workshop_signals, workshop);
  gtk_widget_set_sensitive (GTK_WIDGET (self), workshop != NULL);
  if (workshop != NULL)
    cg_capture_bar_focus (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

CgVoice *
cg_capture_bar_get_voice (CgCaptureBar *self)
{
  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), NULL);
  return self->voices != NULL ? cg_choices_get_object (self->voices) : NULL;
}

/* @object must be NULL or listed in @drop_down (a voice or theme of the workshop). */
static void
select_listed (CgCaptureBar *self,
               GtkDropDown  *drop_down,
               gpointer      object)
{
  if (object != NULL && !cg_choices_lists (choices_of (self, drop_down), object))
    {
      g_critical ("%s is not in the capture bar's workshop", G_OBJECT_TYPE_NAME (object));
      return;
    }
  choose (self, drop_down, object);
}

void
cg_capture_bar_set_voice (CgCaptureBar *self,
                          CgVoice      *voice)
{
  g_return_if_fail (CG_IS_CAPTURE_BAR (self));
  g_return_if_fail (voice == NULL || CG_IS_VOICE (voice));
  select_listed (self, self->voice_dropdown, voice);
}

CgIdeaKind
cg_capture_bar_get_kind (CgCaptureBar *self)
{
  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), CG_IDEA_KIND_IDEA);
  return self->kind;
}

void
cg_capture_bar_set_kind (CgCaptureBar *self,
                         CgIdeaKind    kind)
{
  g_return_if_fail (CG_IS_CAPTURE_BAR (self));
  g_return_if_fail (kind <= CG_IDEA_KIND_LAST);

  if (self->kind == kind)
    return;
  self->kind = kind;
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

CgTheme *
cg_capture_bar_get_theme (CgCaptureBar *self)
{
  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), NULL);
  return self->themes != NULL ? cg_choices_get_object (self->themes) : NULL;
}

void
cg_capture_bar_set_theme (CgCaptureBar *self,
                          CgTheme      *theme)
{
  g_return_if_fail (CG_IS_CAPTURE_BAR (self));
  g_return_if_fail (theme == NULL || CG_IS_THEME (theme));
  forget_typed_theme (self);
  select_listed (self, self->theme_dropdown, theme);
}

void
cg_capture_bar_set_typed_theme (CgCaptureBar *self,
                                CgTheme      *theme)
{
  g_return_if_fail (CG_IS_CAPTURE_BAR (self));
  g_return_if_fail (theme == NULL || CG_IS_THEME (theme));

  if (!self->typed_theme)
    {
      g_set_object (&self->theme_after, cg_capture_bar_get_theme (self));
      self->typed_theme = TRUE;
    }
  select_listed (self, self->theme_dropdown, theme);
}

gboolean
cg_capture_bar_get_theme_is_typed (CgCaptureBar *self)
{
  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), FALSE);
  return self->typed_theme;
}

gboolean
cg_capture_bar_has_text (CgCaptureBar *self)
{
  const char *text;

  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), FALSE);

  if (self->entry == NULL)
    return FALSE;
  for (text = gtk_editable_get_text (GTK_EDITABLE (self->entry)); *text != '\0';
       text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return TRUE;
    }
  return FALSE;
}

gboolean
cg_capture_bar_has_focus (CgCaptureBar *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (CG_IS_CAPTURE_BAR (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return FALSE;
  return self->ask_popover == NULL || (focus != self->ask_popover &&
                                       !gtk_widget_is_ancestor (focus, self->ask_popover));
}

void
cg_capture_bar_focus (CgCaptureBar *self)
{
  g_return_if_fail (CG_IS_CAPTURE_BAR (self));

  /* Not in a shown window yet: focus when it is. */
  self->focus_on_map = !gtk_widget_grab_focus (self->entry) ||
                       !gtk_widget_get_mapped (GTK_WIDGET (self));
}
