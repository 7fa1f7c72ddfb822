/* cg-command-line.c: the jobs the command line does without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-command-line"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "cg-command-line.h"
#include "io/cg-input.h"
#include "io/cg-io.h"
#include "io/cg-output.h"
#include "model/cg-merge.h"
#include "render/cg-summary-export.h"

static void
print_error (const char *message)
{
  g_printerr ("%s\n", message);
}

/* Reads a file given on the command line through the bounded reader: at most 64 MiB, an
 * ordinary file only. Errors name the path as the user typed it. */
static GBytes *
read_input (const char *path,
            GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = cg_input_read_path (path, CG_FILE_MAX_SIZE, NULL, &local_error);

  if (bytes == NULL)
    g_set_error (error, local_error->domain, local_error->code,
                 /* Translators: a path, then the reason ("the file does not exist") */
                 _("%s: cannot read: %s"), path, local_error->message);
  return bytes;
}

/* Refuses an --output that is one of the inputs, before anything is read. */
static gboolean
check_output (const char         *output_path,
              const char * const *inputs)
{
  g_autoptr(GError) error = NULL;

  if (cg_output_check_not_input (output_path, inputs, &error))
    return TRUE;
  print_error (error->message);
  return FALSE;
}

static CgWorkshop *
load_workshop (const char *path,
               GError    **error)
{
  g_autoptr(GBytes) bytes = read_input (path, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return cg_workshop_load_from_data (data, length, path, error);
}

int
cg_command_line_validate (const char * const *paths)
{
  int status = CG_EXIT_OK;

  if (paths == NULL || paths[0] == NULL)
    {
      print_error (_("common-ground: --validate needs at least one FILE"));
      return CG_EXIT_USAGE;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = load_workshop (paths[i], &error);

      if (workshop != NULL)
        {
          g_print ("%s: %s\n", paths[i], _("ok"));
        }
      else
        {
          print_error (error->message);
          status = CG_EXIT_FAILED;
        }
    }
  return status;
}

/* Writes @bytes to @path through the safe writer (or to standard output for "-"). */
static gboolean
write_output (const char   *path,
              GBytes       *bytes,
              CgOutputFlags flags,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (g_strcmp0 (path, "-") == 0)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("common-ground: could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  if (!cg_output_write_bytes (path, bytes, flags, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: could not write: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

int
cg_command_line_import_csv (const char *csv_path,
                            const char *output_path,
                            const char *template_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;
  const CgTemplate *template = NULL;
  const char *inputs[] = { csv_path, NULL };
  const char *data;
  gsize length;

  if (output_path == NULL)
    {
      print_error (_("common-ground: --import-csv needs --output FILE.cgw"));
      return CG_EXIT_USAGE;
    }
  if (template_id != NULL && (template = cg_templates_lookup (template_id)) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("common-ground: there is no template “%s” (see --list-templates)"),
                         template_id);
      print_error (message);
      return CG_EXIT_USAGE;
    }

  if (!check_output (output_path, inputs))
    return CG_EXIT_FAILED;
  bytes = read_input (csv_path, &error);
  if (bytes == NULL)
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  data = g_bytes_get_data (bytes, &length);

  /* The new workshop is named for its template and today: "CHIME workshop, 4 December 2026". */
  basename = g_path_get_basename (csv_path);
  title = cg_template_dup_workshop_title (template, NULL);
  workshop = cg_workshop_new (title);
  if (template != NULL)
    cg_templates_apply (template, workshop);

  if (!cg_csv_import (workshop, data, length, basename, &error))
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }

  output = g_file_new_for_commandline_arg (output_path);
  if (!cg_workshop_save (workshop, output, NULL, &error))
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  return CG_EXIT_OK;
}

int
cg_command_line_export_csv (const char *workshop_path,
                            const char *output_path,
                            gboolean    include_private)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GBytes) csv = NULL;
  const char *inputs[] = { workshop_path, NULL };

  if (output_path == NULL)
    {
      print_error (_("common-ground: --export-csv needs --output FILE.csv (or - for the terminal)"));
      return CG_EXIT_USAGE;
    }
  if (!check_output (output_path, inputs))
    return CG_EXIT_FAILED;

  workshop = load_workshop (workshop_path, &error);
  if (workshop == NULL)
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }

  csv = cg_csv_export (workshop, include_private);
  /* Private: it holds every note, and private ones when asked for. */
  if (!write_output (output_path, csv, CG_OUTPUT_PRIVATE, &error))
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  return CG_EXIT_OK;
}

/* The summary's output is not the workshop it summarises. PNG pages are written as
 * STEM-1.png, STEM-2.png...: the workshop must not be one of those either. */
static gboolean
check_summary_output (const char *format,
                      const char *output_path,
                      const char *workshop_path)
{
  const char *inputs[] = { workshop_path, NULL };
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *page = NULL;
  gsize length = strlen (output_path);
  const char *digits;

  if (g_ascii_strcasecmp (format, "png") != 0)
    return check_output (output_path, inputs);

  stem = length > 4 && g_ascii_strcasecmp (output_path + length - 4, ".png") == 0
         ? g_strndup (output_path, length - 4) : g_strdup (output_path);
  name = g_path_get_basename (workshop_path);
  if (!g_str_has_suffix (name, ".png"))
    return TRUE;
  /* "STEM-<number>.png" in the output's folder: is it the workshop? */
  for (digits = name + strlen (name) - 4; digits > name && g_ascii_isdigit (digits[-1]); digits--)
    ;
  if (digits == name + strlen (name) - 4 || digits == name || digits[-1] != '-')
    return TRUE;
  page = g_strdup_printf ("%s-%.*s.png", stem, (int) (name + strlen (name) - 4 - digits), digits);
  return check_output (page, inputs);
}

static int
usage_error (const char *message)
{
  print_error (message);
  return CG_EXIT_USAGE;
}

int
cg_command_line_export_summary (const char *workshop_path,
                                const char *format,
                                const char *output_path,
                                const char *paper,
                                const char *event_id,
                                gboolean    easy_read,
                                gboolean    include_private,
                                gboolean    greyscale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();
  g_autofree char *warning = NULL;
  const char *formats[] = { "pdf", "svg", "png", NULL };

  if (!g_strv_contains (formats, format))
    return usage_error (_("common-ground: --export takes pdf, svg or png"));
  if (output_path == NULL)
    return usage_error (_("common-ground: --export needs --output OUT"));
  if (workshop_path == NULL)
    return usage_error (_("common-ground: --export needs the workshop FILE to summarise"));
  if (paper != NULL && !cg_paper_from_nick (paper, &options->paper))
    return usage_error (_("common-ground: --paper takes a4 or letter"));
  if (!check_summary_output (format, output_path, workshop_path))
    return CG_EXIT_FAILED;

  workshop = load_workshop (workshop_path, &error);
  if (workshop == NULL)
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  if (event_id != NULL)
    {
      CgObject *event = cg_workshop_lookup (workshop, event_id);

      if (!CG_IS_EVENT (event))
        {
          g_autofree char *message =
            g_strdup_printf (_("%s: there is no event with the id “%s”"), workshop_path, event_id);
          print_error (message);
          return CG_EXIT_FAILED;
        }
      cg_summary_options_set_event (options, CG_EVENT (event));
    }
  options->easy_read = easy_read;
  options->include_private = include_private;
  options->greyscale = greyscale;

  if (!cg_summary_export (workshop, options, format, output_path, &warning, &error))
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  /* Written, but with boxes for what no font could draw: say so, and still succeed. */
  if (warning != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s: %s"), output_path, warning);

      print_error (message);
    }
  return CG_EXIT_OK;
}

int
cg_command_line_merge (const char * const *paths,
                       const char         *output_path)
{
  g_autoptr(GPtrArray) workshops = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output = NULL;
  CgWorkshop *merged;

  if (paths == NULL || paths[0] == NULL || paths[1] == NULL)
    return usage_error (_("common-ground: --merge needs two or more workshop FILEs"));
  if (output_path == NULL)
    return usage_error (_("common-ground: --merge needs --output FILE.cgw"));
  if (!check_output (output_path, paths))
    return CG_EXIT_FAILED;

  /* Every file is read before anything is merged or written. */
  for (guint i = 0; paths[i] != NULL; i++)
    {
      CgWorkshop *workshop = load_workshop (paths[i], &error);

      if (workshop == NULL)
        {
          print_error (error->message);
          return CG_EXIT_FAILED;
        }
      g_ptr_array_add (workshops, workshop);
    }

  merged = g_ptr_array_index (workshops, 0);
  for (guint i = 1; i < workshops->len; i++)
    {
      g_autoptr(CgMergeReport) report = cg_workshop_merge (merged,
                                                           g_ptr_array_index (workshops, i));
      g_autofree char *description = cg_merge_report_describe (report);

      g_print ("%s: %s\n", paths[i], description);
    }

  output = g_file_new_for_commandline_arg (output_path);
  if (!cg_workshop_save (merged, output, NULL, &error))
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  return CG_EXIT_OK;
}

int
cg_command_line_list_templates (void)
{
  for (guint i = 0; i < cg_templates_get_n_templates (); i++)
    {
      const CgTemplate *template = cg_templates_get_nth (i);

      g_print ("%s: %s\n", template->id, _(template->name));
    }
  return CG_EXIT_OK;
}
