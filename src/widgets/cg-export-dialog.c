/* cg-export-dialog.c: the Export Summary window: format, paper, events, easy read, greyscale,
 * laptops and private notes beside a live preview drawn by the summary renderer itself; the export
 * runs on a worker thread, page by page, and can be cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-export-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "cg-choices.h"
#include "cg-export-dialog.h"
#include "cg-export-language.h"
#include "cg-print.h"
#include "cg-window.h"
#include "cg-workshop-properties.h"
#include "io/cg-output.h"
#include "render/cg-summary-export.h"

/* The formats, in the order of the format list. */
static const char * const formats[] = { "pdf", "svg", "png" };

struct _CgExportDialog
{
  GtkWindow             parent_instance;

  CgWorkshop           *workshop;
  GFile                *source;       /* the workshop's own file, or NULL */
  CgSummary            *summary;      /* what the preview shows */
  guint                 page;
  guint                 rebuild_id;
  GtkFileChooserNative *chooser;

  GtkDropDown          *format_dropdown;
  GtkDropDown          *paper_dropdown;
  GtkDropDown          *event_dropdown;
  CgChoices            *events;       /* of event_dropdown: "All events", then each event */
  GtkDropDown          *language_dropdown;
  GPtrArray            *languages;    /* CgSummaryLanguage, after "Same as Common Ground" */
  GtkCheckButton       *easy_read_check;
  GtkCheckButton       *greyscale_check;
  GtkCheckButton       *laptops_check;
  GtkCheckButton       *private_check;
  GtkLabel             *private_warning;
  GtkLabel             *status_label;
  GtkLabel             *page_label;
  GtkDrawingArea       *preview;
  GtkWidget            *progress_box;
  GtkProgressBar       *progress_bar;
  GCancellable         *export_cancellable;  /* while an export runs */
  char                 *export_path;         /* ... where it writes */
  double                progress;            /* ... how far it has got, 0 to 1 */
  GtkWidget            *support_reminder;
};

G_DEFINE_FINAL_TYPE (CgExportDialog, cg_export_dialog, GTK_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_EXPORTING,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CgSummaryOptions *
dup_options (CgExportDialog *self)
{
  CgSummaryOptions *options = cg_summary_options_new ();
  CgEvent *event = cg_choices_get_object (self->events);

  options->paper = gtk_drop_down_get_selected (self->paper_dropdown) == 1 ? CG_PAPER_LETTER
                                                                           : CG_PAPER_A4;
  options->easy_read = gtk_check_button_get_active (self->easy_read_check);
  options->greyscale = gtk_check_button_get_active (self->greyscale_check);
  options->show_laptops = gtk_check_button_get_active (self->laptops_check);
  options->include_private = gtk_check_button_get_active (self->private_check);
  if (event != NULL)
    cg_summary_options_set_event (options, event);
  return options;
}

static void
update_page_label (CgExportDialog *self)
{
  guint n_pages = self->summary != NULL ? cg_summary_get_n_pages (self->summary) : 0;
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);

  gtk_label_set_text (self->page_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.next-page", self->page + 1 < n_pages);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  CgExportDialog *self = user_data;
  g_autoptr(CgSummaryOptions) options = dup_options (self);

  self->rebuild_id = 0;
  g_clear_object (&self->summary);
  self->summary = cg_summary_new (self->workshop, options);
  self->page = MIN (self->page, cg_summary_get_n_pages (self->summary) - 1);
  update_page_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));

  return G_SOURCE_REMOVE;
}

/* What the last export did; @style_class ("warning", "error" or NULL) marks what needs the
 * reader's attention. */
static void
set_status (CgExportDialog *self,
            const char     *message,
            const char     *style_class)
{
  GtkWidget *label = GTK_WIDGET (self->status_label);

  gtk_label_set_text (self->status_label, message);
  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_remove_css_class (label, "error");
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
}

static void
option_changed_cb (CgExportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->private_warning),
                          gtk_check_button_get_active (self->private_check));
  set_status (self, "", NULL);
  /* Several changes in a row (a drop-down scrolled through) lay out once. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_LOW, rebuild_cb, self, NULL);
}

static void
draw_preview_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  CgExportDialog *self = user_data;
  double page_width, page_height, scale, x, y;
  double margin = 16;

  if (self->summary == NULL)
    return;

  cg_summary_get_page_size (self->summary, &page_width, &page_height);
  scale = MIN ((width - 2 * margin) / page_width, (height - 2 * margin) / page_height);
  if (scale <= 0)
    return;
  x = floor ((width - page_width * scale) / 2);
  y = floor ((height - page_height * scale) / 2);

  /* A sheet of paper with a soft edge, whatever the theme's background. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 2, y + 2, page_width * scale, page_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, page_width * scale, page_height * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cg_summary_draw_page (self->summary, cr, self->page, scale);
}

static void
turn_page_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (widget);
  guint n_pages = self->summary != NULL ? cg_summary_get_n_pages (self->summary) : 0;

  if (g_str_equal (action_name, "export.next-page") && self->page + 1 < n_pages)
    self->page++;
  else if (g_str_equal (action_name, "export.previous-page") && self->page > 0)
    self->page--;
  update_page_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (widget);
  g_autoptr(CgSummaryOptions) options = dup_options (self);

  cg_print_workshop (GTK_WINDOW (self), self->workshop, options);
}

/* Would writing @path replace the workshop's own file (by name, or through a link)? */
static gboolean
is_source (CgExportDialog *self,
           const char     *path)
{
  g_autofree char *source = self->source != NULL ? g_file_get_path (self->source) : NULL;
  const char *inputs[] = { source, NULL };

  return source != NULL && !cg_output_check_not_input (path, inputs, NULL);
}

static void
set_progress (CgExportDialog *self,
              double          progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  gtk_progress_bar_set_fraction (self->progress_bar, progress);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/* In the main loop, from the worker: page @done of @n_pages is written. */
static void
export_progress_cb (guint    done,
                    guint    n_pages,
                    gpointer user_data)
{
  CgExportDialog *self = user_data;
  g_autofree char *text = NULL;

  if (self->export_cancellable == NULL || n_pages == 0)
    return;
  /* TRANSLATORS: while a summary is exported: pages written so far, of all its pages */
  text = g_strdup_printf (_("Page %u of %u"), done, n_pages);
  gtk_progress_bar_set_text (self->progress_bar, text);
  set_progress (self, (double) done / n_pages);
}

static void
set_exporting (CgExportDialog *self,
               gboolean        exporting)
{
  gtk_widget_set_visible (self->progress_box, exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", exporting);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTING]);
}

/* An export is over (@ok, or @error): the status says how it went. */
static void
export_finished (CgExportDialog *self,
                 gboolean        ok,
                 const char     *warning,
                 const GError   *error)
{
  g_autofree char *message = NULL;
  g_autofree char *path = g_steal_pointer (&self->export_path);
  const char *style_class = NULL;

  g_clear_object (&self->export_cancellable);
  /* Closed meanwhile: the export was stopped, and there is nobody left to tell. */
  if (self->status_label == NULL)
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup (_("Export cancelled: nothing was saved."));
  else if (!ok)
    {
      message = g_strdup (error->message);
      style_class = "error";
    }
  else if (warning != NULL)
    {
      /* TRANSLATORS: %s is where the summary was saved, then which notes show as boxes */
      message = g_strdup_printf (_("Saved to %s, but not all of it can be read.\n%s"), path,
                                 warning);
      style_class = "warning";
    }
  else
    /* TRANSLATORS: %s is where the summary was saved */
    message = g_strdup_printf (_("Saved to %s"), path);
  set_status (self, message, style_class);
  set_exporting (self, FALSE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CgExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  gboolean ok = cg_summary_export_finish (result, &warning, &error);

  export_finished (self, ok, warning, error);
}

static void
export_in_language_done_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(CgExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  gboolean ok = cg_export_in_language_finish (result, &warning, &error);

  export_finished (self, ok, warning, error);
}

/* The language chosen for the summary, or NULL: the application's own. */
static const CgSummaryLanguage *
chosen_language (CgExportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  if (self->languages == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->languages->len)
    return NULL;
  return g_ptr_array_index (self->languages, selected - 1);
}

void
cg_export_dialog_export_to (CgExportDialog *self,
                            GFile          *file)
{
  g_autoptr(CgSummaryOptions) options = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  guint format;

  g_return_if_fail (CG_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->export_cancellable != NULL)
    return;
  format = gtk_drop_down_get_selected (self->format_dropdown);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      set_status (self, _("The summary can only be saved to a folder on this computer."),
                  "error");
      return;
    }
  if (is_source (self, path))
    {
      g_autofree char *name = g_file_get_basename (file);

      /* TRANSLATORS: %s is the name of the workshop's own file */
      message = g_strdup_printf (_("“%s” is this workshop's own file: the summary would replace "
                                   "it. Choose another name."), name);
      set_status (self, message, "error");
      return;
    }

  /* The worker lays out and writes a copy of the workshop taken now: the window stays free
   * to use, and to change the workshop, meanwhile. */
  options = dup_options (self);
  self->export_cancellable = g_cancellable_new ();
  self->export_path = g_strdup (path);
  set_progress (self, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Laying out the pages…"));
  /* TRANSLATORS: %s is where the summary is being saved */
  message = g_strdup_printf (_("Exporting to %s…"), path);
  set_status (self, message, NULL);
  set_exporting (self, TRUE);
  if (chosen_language (self) != NULL)
    {
      g_autofree char *writing = g_strdup_printf (_("Writing in %s…"),
                                                  chosen_language (self)->name);

      /* (another run of the program writes it: no page count to show) */
      gtk_progress_bar_set_text (self->progress_bar, writing);
      gtk_progress_bar_pulse (self->progress_bar);
      cg_export_in_language_async (self->workshop, options, formats[MIN (format, 2)], path,
                                   chosen_language (self), self->export_cancellable,
                                   export_in_language_done_cb, g_object_ref (self));
      return;
    }
  cg_summary_export_async (self->workshop, options, formats[MIN (format, 2)], path,
                           export_progress_cb, self, self->export_cancellable, export_done_cb,
                           g_object_ref (self));
}

gboolean
cg_export_dialog_get_exporting (CgExportDialog *self)
{
  g_return_val_if_fail (CG_IS_EXPORT_DIALOG (self), FALSE);

  return self->export_cancellable != NULL;
}

static void
cancel_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

const char *
cg_export_dialog_get_status (CgExportDialog *self)
{
  g_return_val_if_fail (CG_IS_EXPORT_DIALOG (self), NULL);

  return gtk_label_get_text (self->status_label);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CgExportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        cg_export_dialog_export_to (self, file);
    }
  g_clear_object (&self->chooser);
}

static char *
dup_suggested_name (CgExportDialog *self,
                    const char     *extension)
{
  const char *title = cg_workshop_get_title (self->workshop);
  g_autofree char *base = NULL;

  /* TRANSLATORS: the suggested file name of a summary; %s is the workshop's title */
  base = g_strdup_printf (_("%s summary"), title != NULL && *title != '\0' ? title
                                                                            : _("Workshop"));
  g_strdelimit (base, "/\\:", '-');
  return g_strdup_printf ("%s.%s", base, extension);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (widget);
  guint format = MIN (gtk_drop_down_get_selected (self->format_dropdown), 2);
  g_autofree char *name = dup_suggested_name (self, formats[format]);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Summary"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static char *
event_label (gpointer event)
{
  return g_strdup (cg_event_get_display_title (event));
}

/* After every change to the workshop: events added, removed or renamed (the one chosen stays
 * chosen; when it has gone, "All events" is, and the preview follows). */
static void
update_events (CgExportDialog *self)
{
  if (self->events == NULL || self->workshop == NULL)
    return;
  cg_choices_update (self->events, cg_workshop_get_events (self->workshop));
}

/* The workshop's properties changed (in the window the reminder opened): the front page too. */
static void
workshop_notify_cb (CgExportDialog *self)
{
  g_auto(GStrv) contacts = cg_workshop_dup_support_contacts (self->workshop);

  if (contacts[0] != NULL)
    gtk_widget_set_visible (self->support_reminder, FALSE);
  option_changed_cb (self);
}

static void
properties_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (widget);

  cg_workshop_properties_present (GTK_WINDOW (self), self->workshop, FALSE);
}

/* Once a run for each workshop, when no support contacts are set and they could be: a short
 * reminder with a button that opens the workshop's properties. */
static void
remind_of_support (CgExportDialog *self,
                   GtkWindow      *parent)
{
  g_auto(GStrv) contacts = cg_workshop_dup_support_contacts (self->workshop);
  gboolean read_only = CG_IS_WINDOW (parent) && cg_window_get_read_only (CG_WINDOW (parent));

  if (contacts[0] != NULL || read_only ||
      g_object_get_data (G_OBJECT (self->workshop), "cg-support-reminded") != NULL)
    return;
  g_object_set_data (G_OBJECT (self->workshop), "cg-support-reminded", GINT_TO_POINTER (TRUE));
  gtk_widget_set_visible (self->support_reminder, TRUE);
}

static void
cg_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_EXPORTING:
      g_value_set_boolean (value, self->export_cancellable != NULL);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Closing the window (or hiding it) stops an export: the worker stops at the next page and
 * removes what it wrote; the task holds the dialog until then. */
static void
cg_export_dialog_unmap (GtkWidget *widget)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  GTK_WIDGET_CLASS (cg_export_dialog_parent_class)->unmap (widget);
}

static void
cg_export_dialog_dispose (GObject *object)
{
  CgExportDialog *self = CG_EXPORT_DIALOG (object);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->summary);
  g_clear_object (&self->workshop);
  g_clear_object (&self->source);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_clear_pointer (&self->events, cg_choices_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (cg_export_dialog_parent_class)->dispose (object);
}

static void
cg_export_dialog_class_init (CgExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_export_dialog_dispose;
  object_class->get_property = cg_export_dialog_get_property;
  widget_class->unmap = cg_export_dialog_unmap;

  /* An export is running (cg_export_dialog_export_to ()); FALSE again, with the status saying
   * how it went, once it is over. */
  properties[PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* How much of the running export is written, 0 to 1, page by page. */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/"
                                               "cg-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, event_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, easy_read_check);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, greyscale_check);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, laptops_check);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, private_check);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, private_warning);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, page_label);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CgExportDialog, support_reminder);
  gtk_widget_class_bind_template_callback (widget_class, option_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.previous-page", NULL, turn_page_cb);
  gtk_widget_class_install_action (widget_class, "export.next-page", NULL, turn_page_cb);
  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "export.print", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_cb);
  gtk_widget_class_install_action (widget_class, "export.properties", NULL, properties_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "export.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "export.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "export.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "export.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cg_export_dialog_init (CgExportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->preview, draw_preview_cb, self, NULL);
  /* the summary's language: the application's, or another installed here */
  self->languages = cg_summary_languages ();
  gtk_string_list_append (names, _("Same as Common Ground"));
  for (guint i = 0; i < self->languages->len; i++)
    gtk_string_list_append (names,
                            ((CgSummaryLanguage *) g_ptr_array_index (self->languages, i))->name);
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (names));
  self->events = cg_choices_new (self->event_dropdown,
                                 (const char *[]) { _("All events"), NULL }, event_label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", FALSE);
}

CgExportDialog *
cg_export_dialog_present (GtkWindow  *parent,
                          CgWorkshop *workshop,
                          GFile      *source)
{
  CgExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (CG_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->workshop = g_object_ref (workshop);
  self->source = source != NULL ? g_object_ref (source) : NULL;
  update_events (self);
  g_signal_connect_object (cg_workshop_get_history (workshop), "changed",
                           G_CALLBACK (update_events), self, G_CONNECT_SWAPPED);
  gtk_drop_down_set_selected (self->paper_dropdown,
                              cg_paper_get_default () == CG_PAPER_LETTER ? 1 : 0);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild_cb (self);
  remind_of_support (self, parent);
  g_signal_connect_object (workshop, "notify", G_CALLBACK (workshop_notify_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
