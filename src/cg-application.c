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
#include "io/cg-io.h"
#include "widgets/cg-window.h"

struct _CgApplication
{
  GtkApplication parent_instance;
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
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --import-csv or --export-csv writes"), N_("PATH") },
  { "template", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Themes for a new workshop (see --list-templates)"), N_("NAME") },
  { "list-templates", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the theme templates and exit"), NULL },
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the sample workshop"), NULL },
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

static gint
cg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;
  const char *import_csv = NULL, *export_csv = NULL, *output = NULL, *template_id = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "import-csv", "^&ay", &import_csv);
  g_variant_dict_lookup (options, "export-csv", "^&ay", &export_csv);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "template", "&s", &template_id);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("common-ground %s\n", PACKAGE_VERSION);
      return CG_EXIT_OK;
    }
  if (g_variant_dict_contains (options, "list-templates"))
    return cg_command_line_list_templates ();
  if (g_variant_dict_contains (options, "validate"))
    return cg_command_line_validate (files);
  if (import_csv != NULL)
    return cg_command_line_import_csv (import_csv, output, template_id);
  if (export_csv != NULL)
    return cg_command_line_export_csv (export_csv, output);
  if (output != NULL)
    {
      g_printerr ("%s\n", _("common-ground: --output goes with --import-csv or --export-csv"));
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

static void
open_file (CgApplication *self,
           GFile         *file,
           const char    *template_id)
{
  CgWindow *window = new_window (self);

  if (g_file_query_exists (file, NULL))
    {
      cg_window_load (window, file);
    }
  else
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autoptr(CgWorkshop) workshop = NULL;
      char *dot;

      if ((dot = strrchr (basename, '.')) != NULL && dot != basename)
        *dot = '\0';
      workshop = cg_workshop_new (basename);
      if (template_id != NULL)
        cg_templates_apply (cg_templates_lookup (template_id), workshop);
      cg_history_clear (cg_workshop_get_history (workshop));
      cg_window_set_workshop (window, workshop, file);
    }
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
      open_file (self, file, template_id);
    }

  if (!g_variant_dict_contains (options, "sample") && (files == NULL || files[0] == NULL))
    g_application_activate (app);

  return CG_EXIT_OK;
}

static void
cg_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    open_file (CG_APPLICATION (app), files[i], NULL);
}

static void
cg_application_activate (GApplication *app)
{
  CgApplication *self = CG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(CgWorkshop) workshop = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  workshop = cg_workshop_new (_("New workshop"));
  cg_templates_apply (cg_templates_lookup ("dundee"), workshop);
  cg_history_clear (cg_workshop_get_history (workshop));
  cg_window_set_workshop (new_window (self), workshop, NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated },
};

static void
cg_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *save_accels[] = { "<Control>s", NULL };

  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (cg_application_parent_class)->startup (app);

  gtk_css_provider_load_from_resource (css, "/org/commonground/CommonGround/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.save", save_accels);
}

static void
cg_application_class_init (CgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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
