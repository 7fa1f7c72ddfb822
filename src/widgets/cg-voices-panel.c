/* cg-voices-panel.c: who is in the room, and whose words are on the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-voices-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-resources.h"
#include "cg-voices-panel.h"
#include "cg-workshop-signals.h"
#include "model/cg-balance.h"

typedef struct
{
  CgVoicesPanel *panel;
  CgVoice       *voice;
  double         idea_share;
  double         room_share;

  GtkWidget     *dot;
  GtkWidget     *name;
  GtkWidget     *attendance;
  GtkWidget     *remove;
  GtkWidget     *ideas_bar;
  GtkWidget     *room_bar;
  GtkWidget     *ideas_value;
  GtkWidget     *room_value;
} VoiceRow;

struct _CgVoicesPanel
{
  GtkWidget   parent_instance;

  CgWorkshop *workshop;
  CgEvent    *chosen_event; /* from cg_voices_panel_set_event, or NULL: the newest */
  CgEvent    *event;        /* the event shown (borrowed from the workshop), or NULL */
  GPtrArray  *rows;         /* VoiceRow, in workshop order; each belongs to its widgets */
  guint       refresh_id;
  gboolean    rows_dirty;
  gboolean    updating;     /* TRUE while the widgets are set from the model */
  gboolean    read_only;    /* review mode: the panel shows, and changes nothing */
  CgVoice    *new_voice;    /* just added here: its name is edited once its row exists */
  /* the workshop's history and lists, whose changes the panel follows (see watched below) */
  CgWorkshopSignals *watched;

  GtkWidget  *add_button;
  GtkWidget  *event_label;
  GtkWidget  *totals_label;
  GtkWidget  *rows_box;
  GtkWidget  *unheard_box;
};

G_DEFINE_FINAL_TYPE (CgVoicesPanel, cg_voices_panel, GTK_TYPE_WIDGET)

static void
voice_row_free (gpointer data)
{
  VoiceRow *row = data;

  g_object_unref (row->voice);
  g_free (row);
}

static char *
format_share (double share)
{
  /* Translators: a share of the ideas or of the people in the room, as in "40%" */
  return g_strdup_printf (_("%.0f%%"), share * 100);
}

/* Updating from the model */

static CgEvent *
find_event (CgVoicesPanel *self)
{
  GListModel *events = cg_workshop_get_events (self->workshop);
  guint n_events = g_list_model_get_n_items (events);
  g_autoptr(CgEvent) newest = NULL;

  if (self->chosen_event != NULL && cg_workshop_index_of (self->workshop, self->chosen_event) >= 0)
    return self->chosen_event;
  if (n_events == 0)
    return NULL;
  newest = g_list_model_get_item (events, n_events - 1);
  return newest; /* borrowed: the workshop holds it */
}

static void
set_label_if_changed (GtkWidget  *label,
                      const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

static void
update_row (VoiceRow             *row,
            const CgVoiceBalance *balance,
            guint                 all_ideas,
            guint                 everyone)
{
  CgVoicesPanel *self = row->panel;
  const char *name = cg_voice_get_name (row->voice);
  g_autofree char *dot = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>",
                                                  cg_voice_get_colour (row->voice));
  g_autofree char *ideas_text = format_share (balance->idea_share);
  g_autofree char *room_text = format_share (balance->room_share);
  g_autofree char *people_label = NULL;
  g_autofree char *remove_label = NULL;
  g_autofree char *ideas_label = NULL;
  g_autofree char *room_label = NULL;
  g_autofree char *ideas_detail = NULL;
  g_autofree char *room_detail = NULL;

  set_label_if_changed (row->dot, dot);
  if (!gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (row->name)) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->name)), name) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->name), name);
  gtk_widget_set_tooltip_text (row->name, name);
  /* Translators: %s is a voice, such as "Family and carers" */
  remove_label = g_strdup_printf (_("Remove %s"), name);
  gtk_widget_set_tooltip_text (row->remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);

  gtk_widget_set_sensitive (row->attendance, self->event != NULL && !self->read_only);
  gtk_widget_set_visible (row->remove, !self->read_only);
  gtk_widget_set_can_target (row->name, !self->read_only);
  gtk_widget_set_focusable (row->name, !self->read_only);
  if ((guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->attendance)) !=
      balance->attendance)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->attendance), balance->attendance);
  /* Translators: %s is a voice, such as "Family and carers" */
  people_label = g_strdup_printf (_("People from %s in the room"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->attendance),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, people_label, -1);
  gtk_widget_set_tooltip_text (row->attendance, people_label);

  row->idea_share = balance->idea_share;
  row->room_share = balance->room_share;
  set_label_if_changed (row->ideas_value, ideas_text);
  set_label_if_changed (row->room_value, room_text);
  gtk_widget_queue_draw (row->ideas_bar);
  gtk_widget_queue_draw (row->room_bar);

  /* The bars' words, for screen readers and as tooltips: "40%: 4 of 10 ideas" */
  ideas_label = g_strdup_printf (_("%s: share of the ideas"), name);
  room_label = g_strdup_printf (_("%s: share of the people in the room"), name);
  ideas_detail = g_strdup_printf (ngettext ("%s: %u of %u idea", "%s: %u of %u ideas", all_ideas),
                                  ideas_text, balance->n_ideas, all_ideas);
  room_detail = g_strdup_printf (ngettext ("%s: %u of %u person", "%s: %u of %u people",
                                           everyone),
                                 room_text, balance->attendance, everyone);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->ideas_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ideas_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ideas_detail, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->room_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, room_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, room_detail, -1);
  gtk_widget_set_tooltip_text (row->ideas_bar, ideas_detail);
  gtk_widget_set_tooltip_text (row->room_bar, room_detail);
}

/* The voices asked about in "not heard yet": those counted in the room at the event, or every
 * voice when nobody has been counted there. */
static GPtrArray *
voices_in_room (CgVoicesPanel *self,
                GArray        *balance,
                guint          everyone)
{
  GPtrArray *voices = g_ptr_array_new ();

  for (guint i = 0; i < balance->len; i++)
    {
      CgVoiceBalance *entry = &g_array_index (balance, CgVoiceBalance, i);

      if (everyone == 0 || entry->attendance > 0)
        g_ptr_array_add (voices, entry->voice);
    }
  return voices;
}

static void
add_unheard_line (CgVoicesPanel *self,
                  const char    *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (self->unheard_box), label);
}

/* "Peer roles: Family and carers, Community and third sector", one line per theme. */
static void
update_unheard (CgVoicesPanel *self,
                GArray        *balance,
                guint          everyone)
{
  GListModel *themes = cg_workshop_get_themes (self->workshop);
  g_autoptr(GPtrArray) voices = voices_in_room (self, balance, everyone);
  g_autoptr(CgBalanceHeard) heard = cg_balance_heard_new (self->workshop, self->event);
  guint n_themes = g_list_model_get_n_items (themes);
  guint n_lines = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->unheard_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->unheard_box), child);

  for (guint i = 0; i < n_themes && voices->len > 0; i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, i);
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *markup = NULL;

      for (guint v = 0; v < voices->len; v++)
        {
          CgVoice *voice = g_ptr_array_index (voices, v);

          if (cg_balance_heard_contains (heard, voice, theme))
            continue;
          if (names->len > 0)
            g_string_append (names, _(", "));
          g_string_append (names, cg_voice_get_name (voice));
        }
      if (names->len == 0)
        continue;
      /* Translators: a theme, then the voices not yet heard in it */
      markup = g_markup_printf_escaped (_("<b>%s</b>: %s"), cg_theme_get_name (theme), names->str);
      add_unheard_line (self, markup);
      n_lines++;
    }

  if (n_lines > 0)
    return;
  if (n_themes == 0)
    add_unheard_line (self, _("No themes yet."));
  else if (voices->len == 0)
    add_unheard_line (self, _("No voices yet."));
  else
    add_unheard_line (self, _("Every voice in the room has been heard in every theme."));
}

static void
update_header (CgVoicesPanel *self,
               guint          all_ideas,
               guint          everyone)
{
  g_autofree char *event_text = NULL;
  g_autofree char *people = NULL;
  g_autofree char *ideas = NULL;
  g_autofree char *totals = NULL;

  if (self->event != NULL)
    /* Translators: %s is the title of a workshop event */
    event_text = g_strdup_printf (_("At %s"), cg_event_get_title (self->event));
  else
    event_text = g_strdup (_("No event yet: ideas you capture will start one."));
  set_label_if_changed (self->event_label, event_text);

  people = g_strdup_printf (ngettext ("%u person in the room", "%u people in the room", everyone),
                            everyone);
  ideas = g_strdup_printf (ngettext ("%u idea with a voice", "%u ideas with a voice", all_ideas),
                           all_ideas);
  totals = g_strdup_printf ("%s · %s", people, ideas);
  set_label_if_changed (self->totals_label, totals);
}

static void rebuild_rows (CgVoicesPanel *self);

static void
refresh (CgVoicesPanel *self)
{
  g_autoptr(GArray) balance = NULL;
  guint all_ideas = 0;
  guint everyone = 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->workshop == NULL)
    return;

  self->event = find_event (self);
  balance = cg_balance_compute (self->workshop, self->event);
  if (self->rows_dirty || balance->len != self->rows->len)
    rebuild_rows (self);

  for (guint i = 0; i < balance->len; i++)
    {
      CgVoiceBalance *entry = &g_array_index (balance, CgVoiceBalance, i);

      all_ideas += entry->n_ideas;
      everyone += entry->attendance;
    }

  self->updating = TRUE;
  for (guint i = 0; i < balance->len; i++)
    update_row (g_ptr_array_index (self->rows, i),
                &g_array_index (balance, CgVoiceBalance, i), all_ideas, everyone);
  self->updating = FALSE;

  update_header (self, all_ideas, everyone);
  update_unheard (self, balance, everyone);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  CgVoicesPanel *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* However many changes arrive, the panel is computed once, before the next frame. */
static void
schedule_refresh (CgVoicesPanel *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
voices_changed_cb (CgVoicesPanel *self)
{
  self->rows_dirty = TRUE;
  schedule_refresh (self);
}

/* Editing through the panel */

static void
attendance_changed_cb (GtkSpinButton *spin,
                       VoiceRow      *row)
{
  CgVoicesPanel *self = row->panel;

  if (self->updating || self->event == NULL || self->read_only)
    return;
  cg_voice_set_attendance (row->voice, self->event, gtk_spin_button_get_value_as_int (spin));
}

static void
name_editing_cb (GtkEditableLabel *label,
                 GParamSpec       *pspec,
                 VoiceRow         *row)
{
  g_autofree char *text = NULL;

  if (gtk_editable_label_get_editing (label) || row->panel->read_only)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (label))));
  if (*text != '\0')
    cg_voice_set_name (row->voice, text);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (label)), cg_voice_get_name (row->voice)))
    gtk_editable_set_text (GTK_EDITABLE (label), cg_voice_get_name (row->voice));
}

static void
remove_clicked_cb (GtkButton *button,
                   VoiceRow  *row)
{
  if (!row->panel->read_only)
    cg_workshop_remove (row->panel->workshop, row->voice);
}

static void
add_clicked_cb (CgVoicesPanel *self)
{
  g_autoptr(CgVoice) voice = NULL;

  if (self->workshop == NULL || self->read_only)
    return;
  voice = cg_voice_new (_("New voice"), cg_colours_next_voice (self->workshop));
  cg_workshop_add (self->workshop, voice);
  g_set_object (&self->new_voice, voice);
  schedule_refresh (self);
}

/* Rows */

/* A bar with round ends, @length long. */
static void
fill_bar (cairo_t       *cr,
          const GdkRGBA *colour,
          double         length,
          double         height)
{
  double radius = height / 2.0;

  gdk_cairo_set_source_rgba (cr, colour);
  cairo_arc (cr, radius, radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, MAX (length, height) - radius, radius, radius, 3 * G_PI / 2, G_PI / 2);
  cairo_fill (cr);
}

static void
draw_share (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  VoiceRow *row = user_data;
  GtkWidget *widget = GTK_WIDGET (area);
  gboolean ideas = widget == row->ideas_bar;
  double share = ideas ? row->idea_share : row->room_share;
  GdkRGBA fg;
  GdkRGBA fill;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);

  /* the track */
  fill = fg;
  fill.alpha *= 0.12;
  fill_bar (cr, &fill, width, height);

  /* the share: the voice's colour for its ideas, the text colour for its people */
  if (share <= 0)
    return;
  if (!ideas || !gdk_rgba_parse (&fill, cg_voice_get_colour (row->voice)))
    {
      fill = fg;
      fill.alpha *= 0.6;
    }
  fill_bar (cr, &fill, share * width, height);
}

static GtkWidget *
add_share_line (GtkGrid    *grid,
                int         line,
                const char *caption,
                VoiceRow   *row,
                GtkWidget **value)
{
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *bar = gtk_drawing_area_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (bar), 10);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (bar), draw_share, row, NULL);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  *value = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (*value), 1);
  gtk_label_set_width_chars (GTK_LABEL (*value), 4);
  gtk_widget_add_css_class (*value, "numeric");

  gtk_grid_attach (grid, label, 0, line, 1, 1);
  gtk_grid_attach (grid, bar, 1, line, 1, 1);
  gtk_grid_attach (grid, *value, 2, line, 1, 1);
  return bar;
}

/* A long name takes two lines rather than widening the panel. */
static void
wrap_labels (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_lines (GTK_LABEL (child), 2);
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
        }
      wrap_labels (child);
    }
}

static GtkWidget *
build_row (CgVoicesPanel *self,
           VoiceRow      *row)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *line;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);

  row->dot = gtk_label_new (NULL);
  gtk_label_set_use_markup (GTK_LABEL (row->dot), TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row->dot), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  row->name = gtk_editable_label_new (cg_voice_get_name (row->voice));
  gtk_widget_set_hexpand (row->name, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->name), 6);
  wrap_labels (row->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name of the voice"), -1);
  g_signal_connect (row->name, "notify::editing", G_CALLBACK (name_editing_cb), row);

  row->attendance = gtk_spin_button_new_with_range (0, 999, 1);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->attendance), 3);
  gtk_widget_set_name (row->attendance, "attendance");
  gtk_widget_set_valign (row->attendance, GTK_ALIGN_CENTER);
  g_signal_connect (row->attendance, "value-changed", G_CALLBACK (attendance_changed_cb), row);

  row->remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (row->remove, "flat");
  gtk_widget_set_valign (row->remove, GTK_ALIGN_CENTER);
  g_signal_connect (row->remove, "clicked", G_CALLBACK (remove_clicked_cb), row);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (line), row->dot);
  gtk_box_append (GTK_BOX (line), row->name);
  gtk_box_append (GTK_BOX (line), row->attendance);
  gtk_grid_attach (GTK_GRID (grid), line, 0, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), row->remove, 2, 0, 1, 1);

  row->ideas_bar = add_share_line (GTK_GRID (grid), 1, _("Ideas"), row, &row->ideas_value);
  row->room_bar = add_share_line (GTK_GRID (grid), 2, _("In the room"), row, &row->room_value);
  gtk_widget_set_name (row->ideas_value, "idea-share");
  gtk_widget_set_name (row->room_value, "room-share");

  /* the row lives as long as its widgets, which its handlers belong to */
  g_object_set_data_full (G_OBJECT (grid), "cg-voice-row", row, voice_row_free);
  return grid;
}

static void
rebuild_rows (CgVoicesPanel *self)
{
  GListModel *voices = cg_workshop_get_voices (self->workshop);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->rows_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->rows_box), child);
  g_ptr_array_set_size (self->rows, 0);
  self->rows_dirty = FALSE;

  for (guint i = 0, n = g_list_model_get_n_items (voices); i < n; i++)
    {
      VoiceRow *row = g_new0 (VoiceRow, 1);
      GtkWidget *widget;

      row->panel = self;
      row->voice = g_list_model_get_item (voices, i);
      widget = build_row (self, row);
      g_ptr_array_add (self->rows, row);
      gtk_box_append (GTK_BOX (self->rows_box), widget);

      if (row->voice == self->new_voice)
        {
          gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (row->name));
          gtk_widget_grab_focus (row->name);
          g_clear_object (&self->new_voice);
        }
    }
}

/* GObject */

/* What the panel follows in its workshop: every change recorded (a name, attendance, undo),
 * and the lists it counts; a voice added or removed makes the rows again. */
static const struct
{
  CgWorkshopPart part;
  const char    *signal;
  GCallback      callback;
} watched[] = {
  { CG_WORKSHOP_HISTORY, "changed", G_CALLBACK (schedule_refresh) },
  { CG_WORKSHOP_VOICES, "items-changed", G_CALLBACK (voices_changed_cb) },
  { CG_WORKSHOP_EVENTS, "items-changed", G_CALLBACK (schedule_refresh) },
  { CG_WORKSHOP_THEMES, "items-changed", G_CALLBACK (schedule_refresh) },
  { CG_WORKSHOP_IDEAS, "items-changed", G_CALLBACK (schedule_refresh) },
};

static void
cg_voices_panel_dispose (GObject *object)
{
  CgVoicesPanel *self = CG_VOICES_PANEL (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->watched, cg_workshop_signals_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_VOICES_PANEL);
  /* (GTK 4.8 unparents the children it bound to a field, not the others) */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workshop);
  g_clear_object (&self->chosen_event);
  g_clear_object (&self->new_voice);
  self->event = NULL;

  G_OBJECT_CLASS (cg_voices_panel_parent_class)->dispose (object);
}

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cg_voices_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CgVoicesPanel *self = CG_VOICES_PANEL (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, !self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_voices_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CgVoicesPanel *self = CG_VOICES_PANEL (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      cg_voices_panel_set_workshop (self, g_value_get_object (value));
      break;

    case PROP_EDITABLE:
      cg_voices_panel_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_voices_panel_class_init (CgVoicesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cg_voices_panel_dispose;
  object_class->get_property = cg_voices_panel_get_property;
  object_class->set_property = cg_voices_panel_set_property;

  properties[PROP_WORKSHOP] = g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                                                   flags);
  /* FALSE: review mode */
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "voicespanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  /* (a use of the resources, so that a program linking the widgets' library gets them) */
  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/"
                                               "cg-voices-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, CgVoicesPanel, add_button);
  gtk_widget_class_bind_template_child (widget_class, CgVoicesPanel, event_label);
  gtk_widget_class_bind_template_child (widget_class, CgVoicesPanel, totals_label);
  gtk_widget_class_bind_template_child (widget_class, CgVoicesPanel, rows_box);
  gtk_widget_class_bind_template_child (widget_class, CgVoicesPanel, unheard_box);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
cg_voices_panel_init (CgVoicesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->watched = cg_workshop_signals_new (self);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    cg_workshop_signals_connect (self->watched, watched[i].part, watched[i].signal,
                                 watched[i].callback, G_CONNECT_SWAPPED);
}

GtkWidget *
cg_voices_panel_new (void)
{
  return g_object_new (CG_TYPE_VOICES_PANEL, NULL);
}

void
cg_voices_panel_set_workshop (CgVoicesPanel *self,
                              CgWorkshop    *workshop)
{
  g_return_if_fail (CG_IS_VOICES_PANEL (self));
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;
  cg_workshop_signals_set_workshop (self->watched, workshop);
  g_set_object (&self->workshop, workshop);
  g_clear_object (&self->chosen_event);
  self->event = NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self), workshop != NULL);

  if (workshop == NULL)
    {
      GtkWidget *child;

      g_clear_handle_id (&self->refresh_id, g_source_remove);
      g_ptr_array_set_size (self->rows, 0);
      while ((child = gtk_widget_get_first_child (self->rows_box)) != NULL)
        gtk_box_remove (GTK_BOX (self->rows_box), child);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
      return;
    }

  self->rows_dirty = TRUE;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

void
cg_voices_panel_set_editable (CgVoicesPanel *self,
                              gboolean       editable)
{
  g_return_if_fail (CG_IS_VOICES_PANEL (self));

  if (self->read_only == !editable)
    return;
  self->read_only = !editable;
  gtk_widget_set_visible (self->add_button, editable);
  schedule_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

void
cg_voices_panel_set_event (CgVoicesPanel *self,
                           CgEvent       *event)
{
  g_return_if_fail (CG_IS_VOICES_PANEL (self));
  g_return_if_fail (event == NULL || CG_IS_EVENT (event));

  if (g_set_object (&self->chosen_event, event))
    schedule_refresh (self);
}
