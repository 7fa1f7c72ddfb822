/* cg-export-language.c: a summary in a language other than the application's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-export"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cg-export-language.h"
#include "io/cg-io.h"

static const CgSummaryLanguage languages[] = {
  { "en", "English", "C.UTF-8" },
  { "cy", "Cymraeg", "cy_GB.UTF-8" },
};

static const char *
locale_dir (void)
{
  const char *dir = g_getenv ("CG_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static gboolean
is_available (const CgSummaryLanguage *language)
{
  g_autofree char *catalogue = NULL;
  locale_t locale;

  if (g_str_equal (language->code, "en"))
    return TRUE;
  catalogue = g_build_filename (locale_dir (), language->code, "LC_MESSAGES",
                                GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  locale = newlocale (LC_ALL_MASK, language->locale, (locale_t) 0);
  if (locale == (locale_t) 0)
    return FALSE;
  freelocale (locale);
  return TRUE;
}

GPtrArray *
cg_summary_languages (void)
{
  GPtrArray *available = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (is_available (&languages[i]))
      g_ptr_array_add (available, (gpointer) &languages[i]);
  return available;
}

/* The program to run: $CG_COMMAND, or this one. */
static char *
dup_program (void)
{
  const char *command = g_getenv ("CG_COMMAND");

  if (command != NULL && *command != '\0')
    return g_strdup (command);
  return g_file_read_link ("/proc/self/exe", NULL);
}

typedef struct
{
  char *output_path;
} Export;

static void
export_free (Export *export)
{
  g_free (export->output_path);
  g_free (export);
}

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GSubprocess *process = G_SUBPROCESS (source);
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;

  if (!g_subprocess_communicate_finish (process, result, NULL, &err, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  said = err != NULL && g_bytes_get_size (err) > 0
           ? g_strstrip (g_strndup (g_bytes_get_data (err, NULL), g_bytes_get_size (err)))
           : g_strdup ("");
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    {
      char *line = strchr (said, '\n');

      if (line != NULL)
        *line = '\0';
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                               *said != '\0' ? said : _("The summary could not be written"));
      return;
    }
  /* (what it says on success is the warning about characters no font can draw) */
  g_task_return_pointer (task, *said != '\0' ? g_steal_pointer (&said) : NULL, g_free);
}

static void
cancelled_cb (GCancellable *cancellable,
              GSubprocess  *process)
{
  g_subprocess_force_exit (process);
}

void
cg_export_in_language_async (CgWorkshop              *workshop,
                             const CgSummaryOptions  *options,
                             const char              *format,
                             const char              *output_path,
                             const CgSummaryLanguage *language,
                             GCancellable            *cancellable,
                             GAsyncReadyCallback      callback,
                             gpointer                 user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) workshop_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *program = dup_program ();
  Export *export = g_new0 (Export, 1);

  export->output_path = g_strdup (output_path);
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  if (program == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s",
                               _("Common Ground could not find itself to write the summary"));
      return;
    }

  g_ptr_array_add (argv, g_steal_pointer (&program));
  g_ptr_array_add (argv, g_strdup ("--export"));
  g_ptr_array_add (argv, g_strdup (format));
  g_ptr_array_add (argv, g_strdup ("--output"));
  g_ptr_array_add (argv, g_strdup (output_path));
  g_ptr_array_add (argv, g_strdup ("--paper"));
  g_ptr_array_add (argv, g_strdup (cg_paper_to_nick (options->paper)));
  if (options->event != NULL)
    {
      g_ptr_array_add (argv, g_strdup ("--event"));
      g_ptr_array_add (argv, g_strdup (cg_object_get_id (CG_OBJECT (options->event))));
    }
  if (options->easy_read)
    g_ptr_array_add (argv, g_strdup ("--easy-read"));
  if (options->include_private)
    g_ptr_array_add (argv, g_strdup ("--include-private"));
  if (options->greyscale)
    g_ptr_array_add (argv, g_strdup ("--greyscale"));
  /* the workshop itself: down the pipe, never in a file (a protected one too) */
  g_ptr_array_add (argv, g_strdup ("-"));
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", language->code, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", language->locale, TRUE);
  g_subprocess_launcher_setenv (launcher, "LANG", language->locale, TRUE);
  g_subprocess_launcher_setenv (launcher, "CG_LOCALEDIR", locale_dir (), TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  if (process == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (cancellable != NULL)
    g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), g_object_ref (process),
                           g_object_unref);
  workshop_bytes = cg_workshop_save_to_bytes (workshop);
  g_subprocess_communicate_async (process, workshop_bytes, NULL, communicated_cb,
                                  g_steal_pointer (&task));
}

gboolean
cg_export_in_language_finish (GAsyncResult  *result,
                              char         **warning,
                              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *said = g_task_propagate_pointer (G_TASK (result), &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (warning != NULL)
    *warning = said;
  else
    g_free (said);
  return TRUE;
}
