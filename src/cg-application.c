/* cg-application.c: the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-application"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-application.h"
#include "cg-command-line.h"
#include "cg-desktop-style.h"
#include "io/cg-autosave.h"
#include "io/cg-io.h"
#include "widgets/cg-window.h"
#include "widgets/cg-window-accels.h"

struct _CgApplication
{
  GtkApplication parent_instance;

  gboolean       recovery_checked;
  GPtrArray     *desktop_settings;
};

G_DEFINE_FINAL_TYPE (CgApplication, cg_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check each FILE and print “FILE: ok” or where it is wrong"), NULL },
  { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Make a workshop file from a CSV of ideas (with --output)"), N_("CSV") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the ideas of a workshop file as CSV (with --output)"), N_("FILE") },
  { "export-participation", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the participation record of a protected workshop FILE as CSV (with --output "
       "and --passphrase-file): people’s names, who came, consent, payment"), N_("FILE") },
  { "merge", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Merge the workshop FILEs captured on several laptops (with --output)"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a summary of FILE as pdf, svg or png (with --output)"), N_("FORMAT") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of the summary: a4 or letter (default: from your locale)"), N_("SIZE") },
  { "easy-read", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("An easy-read summary: large type, one idea per line"), NULL },
  { "event", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Summarise only one event: its title, its date (2026-03-12) or its id"), N_("EVENT") },
  { "include-private", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Put private notes in the summary or CSV too (they are left out by default)"), NULL },
  { "greyscale", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("A summary without colour"), NULL },
  { "show-laptops", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Say in the summary which laptop captured each idea, by its name (left out by default)"),
    NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --import-csv, --export-csv, --export-participation, --export or --merge writes"),
    N_("PATH") },
  { "template", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Themes for a new workshop (see --list-templates)"), N_("NAME") },
  { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The passphrase of protected workshops: the first line of FILE, which must be yours "
       "alone (- for standard input); a workshop written with it is protected too"),
    N_("FILE") },
  { "protect", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Protect the workshop FILE with the passphrase of --passphrase-file (or with "
       "--new-passphrase-file, to change it)"), N_("FILE") },
  { "new-passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --protect: the new passphrase, from the first line of FILE"), N_("FILE") },
  { "unprotect", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Remove the protection of the workshop FILE (with --passphrase-file)"), N_("FILE") },
  { "list-templates", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the theme templates and exit"), NULL },
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the sample workshop"), NULL },
  { "review", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open each FILE to review: browse and search it, never change it"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static gboolean
have_display (void)
{
#ifdef G_OS_UNIX
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
#else
  return TRUE;
#endif
}

/* The options that set how a summary looks. */
static CgSummaryFlags
summary_flags (GVariantDict *options)
{
  static const struct
  {
    const char     *name;
    CgSummaryFlags  flag;
  } flags[] = {
    { "easy-read", CG_SUMMARY_EASY_READ },
    { "include-private", CG_SUMMARY_INCLUDE_PRIVATE },
    { "greyscale", CG_SUMMARY_GREYSCALE },
    { "show-laptops", CG_SUMMARY_SHOW_LAPTOPS },
  };
  CgSummaryFlags set = 0;

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (g_variant_dict_contains (options, flags[i].name))
      set |= flags[i].flag;
  return set;
}

static gint
cg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;
  const char *import_csv = NULL, *export_csv = NULL, *output = NULL, *template_id = NULL;
  const char *export_format = NULL, *paper = NULL, *event_id = NULL;
  const char *passphrase_file = NULL, *new_passphrase_file = NULL;
  const char *protect = NULL, *unprotect = NULL, *export_participation = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "import-csv", "^&ay", &import_csv);
  g_variant_dict_lookup (options, "export-csv", "^&ay", &export_csv);
  g_variant_dict_lookup (options, "export-participation", "^&ay", &export_participation);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "template", "&s", &template_id);
  g_variant_dict_lookup (options, "export", "&s", &export_format);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  g_variant_dict_lookup (options, "event", "&s", &event_id);
  g_variant_dict_lookup (options, "passphrase-file", "^&ay", &passphrase_file);
  g_variant_dict_lookup (options, "new-passphrase-file", "^&ay", &new_passphrase_file);
  g_variant_dict_lookup (options, "protect", "^&ay", &protect);
  g_variant_dict_lookup (options, "unprotect", "^&ay", &unprotect);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("common-ground %s\n", PACKAGE_VERSION);
      return CG_EXIT_OK;
    }
  if (g_variant_dict_contains (options, "list-templates"))
    return cg_command_line_list_templates ();
  if (new_passphrase_file != NULL && protect == NULL)
    {
      g_printerr ("%s\n", _("common-ground: --new-passphrase-file goes with --protect"));
      return CG_EXIT_USAGE;
    }
  if (protect != NULL)
    return cg_command_line_protect (protect, output, passphrase_file, new_passphrase_file);
  if (unprotect != NULL)
    return cg_command_line_unprotect (unprotect, output, passphrase_file);
  if (g_variant_dict_contains (options, "validate"))
    return cg_command_line_validate (files, passphrase_file);
  if (g_variant_dict_contains (options, "merge"))
    return cg_command_line_merge (files, output, passphrase_file);
  if (import_csv != NULL)
    return cg_command_line_import_csv (import_csv, output, template_id, passphrase_file);
  if (export_csv != NULL)
    return cg_command_line_export_csv (export_csv, output,
                                       g_variant_dict_contains (options, "include-private"),
                                       passphrase_file);
  if (export_participation != NULL)
    return cg_command_line_export_participation (export_participation, output, passphrase_file);
  if (export_format != NULL)
    {
      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          g_printerr ("%s\n", _("common-ground: --export summarises one FILE at a time"));
          return CG_EXIT_USAGE;
        }
      return cg_command_line_export_summary (files != NULL ? files[0] : NULL, export_format,
                                             output, paper, event_id, summary_flags (options),
                                             passphrase_file);
    }
  if (passphrase_file != NULL)
    {
      g_printerr ("%s\n", _("common-ground: --passphrase-file goes with --validate, --export, "
                             "--export-csv, --export-participation, --import-csv, --merge, "
                             "--protect or --unprotect; the window asks for a passphrase itself"));
      return CG_EXIT_USAGE;
    }
  if (output != NULL || paper != NULL || event_id != NULL)
    {
      g_printerr ("%s\n", _("common-ground: --output, --paper and --event go with --export, "
                             "--import-csv or --export-csv"));
      return CG_EXIT_USAGE;
    }
  if (template_id != NULL && cg_templates_lookup (template_id) == NULL)
    {
      g_printerr (_("common-ground: there is no template “%s” (see --list-templates)\n"),
                  template_id);
      return CG_EXIT_USAGE;
    }
  if (!have_display ())
    {
      g_printerr ("%s\n", _("common-ground: no display to open a window on; without one, use "
                            "--validate, --import-csv or --export-csv (see --help)"));
      return CG_EXIT_FAILED;
    }

  return -1;
}

static CgWindow *
new_window (CgApplication *self)
{
  CgWindow *window = cg_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
open_sample (CgApplication *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  CgWindow *window = new_window (self);
  const char *data;
  gsize size;

  bytes = g_resources_lookup_data ("/org/commonground/CommonGround/sample.cgw",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &size);
      workshop = cg_workshop_load_from_data (data, size, "sample.cgw", &error);
    }
  if (workshop == NULL)
    cg_window_show_error (window, error->message);
  else
    cg_window_set_workshop (window, workshop, NULL);
}

/* Opens @file in a new window; a file that is not there yet becomes a new workshop, unless
 * @review asks to look at it only. */
static void
open_file (CgApplication *self,
           GFile         *file,
           const char    *template_id,
           gboolean       review)
{
  CgWindow *window = new_window (self);

  if (review)
    cg_window_set_read_only (window, TRUE);
  if (review || g_file_query_exists (file, NULL))
    {
      cg_window_load (window, file);
    }
  else
    {
      const CgTemplate *template = template_id != NULL ? cg_templates_lookup (template_id)
                                                       : NULL;
      g_autofree char *title = cg_template_dup_workshop_title (template, NULL);
      g_autoptr(CgWorkshop) workshop = cg_workshop_new (title);

      /* (named for its template and day, not its file: Save As does not rename it) */
      if (template != NULL)
        cg_templates_apply (template, workshop);
      cg_templates_add_standard_voices (workshop);
      cg_history_clear (cg_workshop_get_history (workshop));
      cg_window_set_workshop (window, workshop, file);
    }
}

/* The window showing @file, not for review, with no unsaved changes of its own (where a recovered copy of that
 * file belongs), or a new window. */
static CgWindow *
window_for_file (CgApplication *self,
                 GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      CgWindow *window = l->data;
      GFile *shown = CG_IS_WINDOW (window) ? cg_window_get_file (window) : NULL;
      CgWorkshop *workshop = shown != NULL ? cg_window_get_workshop (window) : NULL;

      /* (a window open for review only never takes changes) */
      /* (nor one still loading: its file would arrive over the recovered copy) */
      if (file != NULL && shown != NULL && g_file_equal (file, shown) &&
          !cg_window_get_read_only (window) && workshop != NULL &&
          !cg_history_get_modified (cg_workshop_get_history (workshop)))
        return window;
    }
  return new_window (self);
}

/* Opens every recoverable copy, marked unsaved: in the window already showing its file, or in
 * a window of its own. */
static void
recover_all (CgApplication *self,
             GPtrArray     *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      const CgRecoverable *item = g_ptr_array_index (items, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(CgWorkshop) workshop = cg_autosave_recover (item, &file, &error);
      CgWindow *window;

      /* a protected workshop's copy is sealed too: its passphrase opens it */
      if (g_error_matches (error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE))
        {
          g_autoptr(GFile) copy = g_file_new_for_path (item->path);

          if (item->file_uri != NULL)
            file = g_file_new_for_uri (item->file_uri);
          window = window_for_file (self, file);
          cg_window_recover_protected (window, copy, file);
          continue;
        }
      window = window_for_file (self, file);
      if (workshop == NULL)
        cg_window_show_error (window, error->message);
      else
        cg_window_set_workshop (window, workshop, file);
    }
}

static void
recovery_response_cb (GtkDialog *dialog,
                      int        response,
                      gpointer   user_data)
{
  g_autoptr(GPtrArray) items = g_object_steal_data (G_OBJECT (dialog), "cg-recoverable");
  CgApplication *self = CG_APPLICATION (user_data);

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    recover_all (self, items);
  g_application_release (G_APPLICATION (self));
}

/* After a crash or power cut: offer the autosaved copies back, once per session. */
static void
offer_recovery (CgApplication *self)
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GString *list;
  GtkWidget *dialog;

  if (self->recovery_checked)
    return;
  self->recovery_checked = TRUE;

  dir = cg_autosave_dup_default_dir ();
  items = cg_autosave_list_recoverable (dir);
  if (items == NULL || items->len == 0)
    return;

  list = g_string_new (NULL);
  for (guint i = 0; i < items->len; i++)
    {
      const CgRecoverable *item = g_ptr_array_index (items, i);
      g_autofree char *when = item->modified != NULL
                              ? g_date_time_format (item->modified, "%c") : NULL;

      g_string_append_printf (list, "• %s%s%s\n", item->title, when ? " — " : "",
                              when ? when : "");
    }

  dialog = gtk_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   GTK_DIALOG_MODAL, GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", ngettext ("Recover unsaved work?",
                                                   "Recover unsaved work?", items->len));
  gtk_message_dialog_format_secondary_text (
    GTK_MESSAGE_DIALOG (dialog), "%s\n\n%s",
    ngettext ("Common Ground stopped before this workshop was saved. Its words were kept:",
              "Common Ground stopped before these workshops were saved. Their words were kept:",
              items->len),
    list->str);
  g_string_free (list, TRUE);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Not Now"), GTK_RESPONSE_CANCEL,
                          _("_Recover"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_object_set_data_full (G_OBJECT (dialog), "cg-recoverable", g_steal_pointer (&items),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), self);
  g_application_hold (G_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A window with a new workshop, its themes from @template_id (NULL: the Dundee outcomes). */
static void
open_new_workshop (CgApplication *self,
                   const char    *template_id)
{
  const CgTemplate *template = cg_templates_lookup (template_id ? template_id : "dundee");
  g_autofree char *title = cg_template_dup_workshop_title (template, NULL);
  g_autoptr(CgWorkshop) workshop = cg_workshop_new (title);

  if (template != NULL)
    cg_templates_apply (template, workshop);
  cg_templates_add_standard_voices (workshop);
  cg_history_clear (cg_workshop_get_history (workshop));
  cg_window_set_workshop (new_window (self), workshop, NULL);
}

static int
cg_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  CgApplication *self = CG_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **files = NULL;
  const char *template_id = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "template", "&s", &template_id);

  if (g_variant_dict_contains (options, "sample"))
    open_sample (self);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                               files[i]);
      open_file (self, file, template_id,
                 g_variant_dict_contains (options, "review"));
    }

  if (!g_variant_dict_contains (options, "sample") && (files == NULL || files[0] == NULL))
    g_application_activate (app);
  offer_recovery (self);

  return CG_EXIT_OK;
}

static void
cg_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    open_file (CG_APPLICATION (app), files[i], NULL, FALSE);
}

static void
cg_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    open_new_workshop (CG_APPLICATION (app), NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about its own unsaved changes; the application ends with the last. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  const char *template_id = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;

  open_new_workshop (CG_APPLICATION (user_data), template_id);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  CgApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      open_file (self, file, NULL,
                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "cg-review")));
    }
  g_object_unref (chooser);
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CgApplication *self = CG_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean review = g_str_equal (g_action_get_name (G_ACTION (action)), "open-review");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (review ? _("Open Workshop to Review")
                                                : _("Open Workshop"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         review ? _("_Review") : _("_Open"), _("_Cancel"));
  g_object_set_data (G_OBJECT (chooser), "cg-review", GINT_TO_POINTER (review));
  cg_window_add_workshop_filter (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_uri_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_file (CG_APPLICATION (user_data), file, NULL, FALSE);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_about_dialog (parent,
                         "program-name", _("Common Ground"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Capture, group and share the ideas of a co-design "
                                       "workshop, with everyone's voice heard."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© Common Ground contributors"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated },
  { .name = "new", .activate = new_activated },
  { .name = "new-from-template", .activate = new_activated, .parameter_type = "s" },
  { .name = "open", .activate = open_activated },
  { .name = "open-review", .activate = open_activated },
  { .name = "open-uri", .activate = open_uri_activated, .parameter_type = "s" },
  { .name = "about", .activate = about_activated },
};

static void
cg_application_startup (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (cg_application_parent_class)->startup (app);

  self->desktop_settings = cg_desktop_style_follow (gtk_settings_get_default ());
  gtk_css_provider_load_from_resource (css, "/org/commonground/CommonGround/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  cg_window_accels_install (gtk_app);
}

static void
cg_application_shutdown (GApplication *app)
{
  g_clear_pointer (&CG_APPLICATION (app)->desktop_settings, g_ptr_array_unref);

  G_APPLICATION_CLASS (cg_application_parent_class)->shutdown (app);
}

static void
cg_application_class_init (CgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->shutdown = cg_application_shutdown;
  app_class->handle_local_options = cg_application_handle_local_options;
  app_class->command_line = cg_application_command_line;
  app_class->open = cg_application_open;
  app_class->activate = cg_application_activate;
  app_class->startup = cg_application_startup;
}

static void
cg_application_init (CgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (
    G_APPLICATION (self),
    _("Capture, group and share the ideas of a co-design workshop."));
}

CgApplication *
cg_application_new (void)
{
  return g_object_new (CG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/commonground/CommonGround",
                       NULL);
}
