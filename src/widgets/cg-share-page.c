/* cg-share-page.c: "Share With Other Laptops": how to share a workshop through a synced
 * folder, how things stand, this laptop's name, and the ideas to check after a merge
 *
 * How things stand comes from a look at the folder in a thread (cg_sync_inspect_async ()):
 * whether a sync engine's marks are in it or above it, and how many conflicted copies lie
 * beside the file. "Check these" is a filter over the workshop's ideas: those a merge flagged
 * and nobody has marked checked, each with a button that shows it on the board.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-share-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-resources.h"
#include "cg-share-page.h"
#include "model/cg-audience.h"

/* Characters of an idea's words a row of "Check these" shows. */
#define QUOTE_LENGTH 80

struct _CgSharePage
{
  GtkWindow         parent_instance;

  GtkLabel         *status_label;
  GtkLabel         *copies_label;
  GtkWidget        *problems_box;
  GtkListBox       *problems_list;
  GtkEntry         *name_entry;
  GtkListBox       *check_list;

  CgWorkshop       *workshop;
  GFile            *file;
  CgLaptop         *laptop;
  gboolean          show_private;
  GtkFilterListModel *to_check;
  GCancellable     *cancellable;
  CgSyncInspection *inspection;
  gboolean          setting_name;
};

G_DEFINE_FINAL_TYPE (CgSharePage, cg_share_page, GTK_TYPE_WINDOW)

enum {
  SHOW_IDEA,
  LOOK_NOW,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How things stand */

static const char *
engine_name (CgSyncEngine engine)
{
  switch (engine)
    {
    case CG_SYNC_ENGINE_SYNCTHING:
      return "Syncthing";
    case CG_SYNC_ENGINE_NEXTCLOUD:
      /* Translators: the sync program of Nextcloud (or ownCloud) */
      return _("the Nextcloud desktop client");
    case CG_SYNC_ENGINE_RESILIO:
      return "Resilio Sync";
    case CG_SYNC_ENGINE_NONE:
    default:
      return NULL;
    }
}

static void
show_inspection (CgSharePage *self)
{
  const CgSyncInspection *look = self->inspection;
  g_autofree char *status = NULL;
  g_autoptr(GString) copies = g_string_new (NULL);

  if (look->engine != CG_SYNC_ENGINE_NONE)
    {
      g_autofree char *root = look->root != NULL ? g_file_get_path (look->root) : NULL;

      /* Translators: "kept in step by Syncthing (/home/ann/Workshops)" */
      status = g_strdup_printf (_("It is in a folder kept in step with other computers by %s "
                                  "(%s)."), engine_name (look->engine), root ? root : "");
    }
  else
    {
      status = g_strdup (_("Its folder does not look shared: no Syncthing or Nextcloud folder "
                           "holds it. Other laptops see this workshop only once it is saved in "
                           "a shared folder (see below)."));
    }
  gtk_label_set_text (self->status_label, status);

  if (look->n_copies == 0)
    g_string_append (copies, _("No conflicted copies are waiting to be merged."));
  else
    g_string_append_printf (copies, ngettext ("%u conflicted copy of it is waiting to be "
                                              "merged.",
                                              "%u conflicted copies of it are waiting to be "
                                              "merged.", look->n_copies), look->n_copies);
  if (look->n_set_aside > 0)
    {
      g_string_append_c (copies, ' ');
      g_string_append_printf (copies, ngettext ("%u merged copy is kept in the “.merged” folder "
                                                "beside it.",
                                                "%u merged copies are kept in the “.merged” "
                                                "folder beside it.", look->n_set_aside),
                              look->n_set_aside);
    }
  gtk_label_set_text (self->copies_label, copies->str);
  gtk_widget_set_visible (GTK_WIDGET (self->copies_label), TRUE);
}

static void
inspected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  CgSyncInspection *look = cg_sync_inspect_finish (result, &error);
  CgSharePage *self;

  if (look == NULL)
    return;  /* cancelled: the page is gone */
  self = CG_SHARE_PAGE (user_data);
  g_clear_pointer (&self->inspection, cg_sync_inspection_free);
  self->inspection = look;
  show_inspection (self);
}

void
cg_share_page_refresh (CgSharePage *self)
{
  g_return_if_fail (CG_IS_SHARE_PAGE (self));

  if (self->file == NULL)
    {
      gtk_label_set_text (self->status_label,
                          _("It has not been saved yet. Save it in a shared folder first "
                            "(see below)."));
      return;
    }
  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  cg_sync_inspect_async (self->file, self->cancellable, inspected_cb, self);
}

static void
look_clicked_cb (CgSharePage *self)
{
  g_signal_emit (self, signals[LOOK_NOW], 0);
  cg_share_page_refresh (self);
}

/* Reasons copies were not merged */

static GtkWidget *
make_problem_row (gpointer item,
                  gpointer user_data)
{
  GtkWidget *label = gtk_label_new (gtk_string_object_get_string (item));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  return label;
}

static void
problems_changed_cb (GListModel  *problems,
                     guint        position,
                     guint        removed,
                     guint        added,
                     CgSharePage *self)
{
  gtk_widget_set_visible (self->problems_box, g_list_model_get_n_items (problems) > 0);
}

void
cg_share_page_set_problems (CgSharePage *self,
                            GListModel  *problems)
{
  g_return_if_fail (CG_IS_SHARE_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (problems));

  gtk_list_box_bind_model (self->problems_list, problems, make_problem_row, NULL, NULL);
  g_signal_connect_object (problems, "items-changed", G_CALLBACK (problems_changed_cb), self, 0);
  problems_changed_cb (problems, 0, 0, 0, self);
}

/* This laptop */

static void
name_changed_cb (CgSharePage *self)
{
  if (self->setting_name || self->laptop == NULL)
    return;
  cg_laptop_set_name (self->laptop, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
}

static void
laptop_name_cb (CgSharePage *self)
{
  const char *name = cg_laptop_get_name (self->laptop);
  g_autofree char *shown = cg_idea_normalize_laptop (
    gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));

  /* (what is being typed stays as typed while it means the same name) */
  if (g_strcmp0 (shown, name) == 0)
    return;
  self->setting_name = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name != NULL ? name : "");
  self->setting_name = FALSE;
}

/* Check these */

static gboolean
needs_review_cb (gpointer item,
                 gpointer user_data)
{
  return cg_idea_get_needs_review (item);
}

static void
history_changed_cb (CgSharePage *self)
{
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->to_check),
                      GTK_FILTER_CHANGE_DIFFERENT);
}

static void
show_clicked_cb (GtkButton   *button,
                 CgSharePage *self)
{
  CgIdea *idea = g_object_get_data (G_OBJECT (button), "cg-idea");

  if (idea != NULL)
    g_signal_emit (self, signals[SHOW_IDEA], 0, idea);
}

/* The start of @idea's words as the laptop shows them, cut at a word. */
static char *
quote_idea (CgSharePage *self,
            CgIdea      *idea)
{
  g_autofree char *text = cg_idea_dup_shown_text (idea,
                                                  cg_audience_for_laptop (self->show_private));
  const char *cut;

  if (text == NULL)
    return g_strdup ("");
  g_strdelimit (text, "\n\t", ' ');
  g_strstrip (text);
  if (g_utf8_strlen (text, -1) <= QUOTE_LENGTH)
    return g_steal_pointer (&text);
  cut = g_utf8_offset_to_pointer (text, QUOTE_LENGTH);
  for (const char *p = cut; p > text + QUOTE_LENGTH / 2; p = g_utf8_prev_char (p))
    if (*p == ' ')
      {
        cut = p;
        break;
      }
  return g_strdup_printf ("%.*s…", (int) (cut - text), text);
}

static GtkWidget *
make_check_row (gpointer item,
                gpointer user_data)
{
  CgSharePage *self = user_data;
  CgIdea *idea = item;
  const char *laptop = cg_idea_get_laptop (idea);
  g_autofree char *quote = quote_idea (self, idea);
  g_autofree char *button_name = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *words = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (quote);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Show"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (words), label);
  if (laptop != NULL)
    {
      /* Translators: under an idea to check: the laptop that captured it */
      g_autofree char *from = g_strdup_printf (_("from %s"), laptop);
      GtkWidget *from_label = gtk_label_new (from);

      gtk_label_set_xalign (GTK_LABEL (from_label), 0);
      gtk_widget_add_css_class (from_label, "dim-label");
      gtk_box_append (GTK_BOX (words), from_label);
    }
  gtk_widget_set_hexpand (words, TRUE);
  gtk_box_append (GTK_BOX (box), words);

  /* Translators: the accessible name of the Show button beside an idea to check */
  button_name = g_strdup_printf (_("Show on the board: %s"), quote);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  button_name, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "cg-idea", g_object_ref (idea), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (show_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

/* GObject */

static void
cg_share_page_dispose (GObject *object)
{
  CgSharePage *self = CG_SHARE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (cg_workshop_get_history (self->workshop), self);
  if (self->laptop != NULL)
    g_signal_handlers_disconnect_by_data (self->laptop, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_SHARE_PAGE);
  g_clear_object (&self->to_check);
  g_clear_object (&self->workshop);
  g_clear_object (&self->file);
  g_clear_object (&self->laptop);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (cg_share_page_parent_class)->dispose (object);
}

static void
cg_share_page_finalize (GObject *object)
{
  CgSharePage *self = CG_SHARE_PAGE (object);

  g_clear_pointer (&self->inspection, cg_sync_inspection_free);

  G_OBJECT_CLASS (cg_share_page_parent_class)->finalize (object);
}

static void
cg_share_page_class_init (CgSharePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_share_page_dispose;
  object_class->finalize = cg_share_page_finalize;

  signals[SHOW_IDEA] = g_signal_new ("show-idea", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, CG_TYPE_IDEA);
  signals[LOOK_NOW] = g_signal_new ("look-now", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-share-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CgSharePage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CgSharePage, copies_label);
  gtk_widget_class_bind_template_child (widget_class, CgSharePage, problems_box);
  gtk_widget_class_bind_template_child (widget_class, CgSharePage, problems_list);
  gtk_widget_class_bind_template_child (widget_class, CgSharePage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, CgSharePage, check_list);
  gtk_widget_class_bind_template_callback (widget_class, look_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cg_share_page_init (CgSharePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
cg_share_page_new (GtkWindow  *parent,
                   CgWorkshop *workshop,
                   GFile      *file,
                   CgLaptop   *laptop,
                   gboolean    show_private)
{
  CgSharePage *self;
  GtkCustomFilter *filter;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (CG_IS_LAPTOP (laptop), NULL);

  self = g_object_new (CG_TYPE_SHARE_PAGE, "transient-for", parent, NULL);
  self->workshop = g_object_ref (workshop);
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->laptop = g_object_ref (laptop);
  self->show_private = show_private;

  g_signal_connect_object (laptop, "notify::name", G_CALLBACK (laptop_name_cb), self,
                           G_CONNECT_SWAPPED);
  laptop_name_cb (self);

  filter = gtk_custom_filter_new (needs_review_cb, NULL, NULL);
  self->to_check = gtk_filter_list_model_new (g_object_ref (cg_workshop_get_ideas (workshop)),
                                              GTK_FILTER (filter));
  gtk_list_box_bind_model (self->check_list, G_LIST_MODEL (self->to_check), make_check_row,
                           self, NULL);
  g_signal_connect_object (cg_workshop_get_history (workshop), "changed",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);

  cg_share_page_refresh (self);
  return GTK_WIDGET (self);
}

GListModel *
cg_share_page_get_to_check (CgSharePage *self)
{
  g_return_val_if_fail (CG_IS_SHARE_PAGE (self), NULL);
  return G_LIST_MODEL (self->to_check);
}

const CgSyncInspection *
cg_share_page_get_inspection (CgSharePage *self)
{
  g_return_val_if_fail (CG_IS_SHARE_PAGE (self), NULL);
  return self->inspection;
}
