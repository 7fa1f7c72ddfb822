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
#include "cg-command-line-private.h"
#include "io/cg-input.h"
#include "io/cg-io.h"
#include "io/cg-io-describe.h"
#include "io/cg-output.h"
#include "model/cg-merge.h"
#include "model/cg-retention.h"
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
    cg_io_set_file_error (error, path, local_error, CG_IO_READING);
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

CgWorkshop *
cg_command_line_load_workshop (const char *path,
                               const char *passphrase,
                               GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  /* "-": the workshop comes down a pipe (the window exporting in another language) */
  g_autoptr(GBytes) bytes = g_strcmp0 (path, "-") == 0
                              ? cg_input_read_stdin (CG_FILE_MAX_SIZE, NULL, &local_error)
                              : cg_workshop_read_path (path, NULL, &local_error);
  CgWorkshop *workshop;
  gsize length;
  const char *data;

  if (bytes == NULL)
    {
      cg_io_set_file_error (error, path, local_error, CG_IO_READING);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &length);
  workshop = cg_workshop_load_protected_from_data (data, length, path, passphrase, -1, NULL,
                                                   &local_error);
  if (g_error_matches (local_error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE))
    g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE,
                 /* Translators: "%s" is a path; leave --passphrase-file as it is */
                 _("%s: it is protected with a passphrase: give it with --passphrase-file FILE"),
                 path);
  else if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return workshop;
}

/* The passphrase of --passphrase-file @path, or NULL with nothing printed when there is none;
 * FALSE when it was given and could not be read (printed). */
static gboolean
read_passphrase (const char    *path,
                 CgPassphrase **passphrase)
{
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return TRUE;
  *passphrase = cg_command_line_read_passphrase (path, &error);
  if (*passphrase != NULL)
    return TRUE;
  print_error (error->message);
  return FALSE;
}

/* With a passphrase, what is written is protected: with the key @workshop was opened with
 * when it has one (the same passphrase), otherwise a new one. */
static gboolean
protect_output (CgWorkshop *workshop,
                const char *passphrase,
                const char *output_path)
{
  g_autoptr(CgEnvelopeKey) key = NULL;
  g_autoptr(GError) error = NULL;

  if (passphrase == NULL || cg_workshop_is_protected (workshop))
    return TRUE;

  key = cg_envelope_key_new (passphrase, -1, &error);
  if (key == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s: %s"), output_path, error->message);

      print_error (message);
      return FALSE;
    }
  cg_workshop_set_key (workshop, key);
  return TRUE;
}

/* "FILE: ok", and when the workshop is past the date it is to be kept until, says so. */
static void
print_valid (const char *path,
             CgWorkshop *workshop)
{
  guint years = cg_retention_default_years ();
  g_autofree char *due = cg_retention_dup_due_date (workshop, years);

  if (cg_retention_is_past (workshop, years, NULL))
    /* TRANSLATORS: --validate on a workshop past its retention date; %s: the file, the date */
    g_print (_("%s: ok, but it was to be kept only until %s: open it to export a summary, "
               "remove its private words or delete it\n"), path, due);
  else
    g_print ("%s: %s\n", path, _("ok"));
}

int
cg_command_line_validate (const char * const *paths,
                          const char         *passphrase_file)
{
  g_autoptr(CgPassphrase) passphrase = NULL;
  int status = CG_EXIT_OK;

  if (paths == NULL || paths[0] == NULL)
    {
      print_error (_("common-ground: --validate needs at least one FILE"));
      return CG_EXIT_USAGE;
    }
  if (!read_passphrase (passphrase_file, &passphrase))
    return CG_EXIT_FAILED;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = cg_command_line_load_workshop (paths[i], passphrase,
                                                                      &error);

      if (workshop != NULL)
        {
          print_valid (paths[i], workshop);
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
      cg_io_set_file_error (error, path, local_error, CG_IO_WRITING);
      return FALSE;
    }
  return TRUE;
}

int
cg_command_line_import_csv (const char *csv_path,
                            const char *output_path,
                            const char *template_id,
                            const char *passphrase_file)
{
  g_autoptr(CgPassphrase) passphrase = NULL;
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

  if (!check_output (output_path, inputs) ||
      !cg_command_line_check_passphrase_output (output_path, passphrase_file) ||
      !read_passphrase (passphrase_file, &passphrase))
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

  if (!protect_output (workshop, passphrase, output_path))
    return CG_EXIT_FAILED;
  output = g_file_new_for_commandline_arg (output_path);
  if (!cg_workshop_save (workshop, output, NULL, &error))
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  return CG_EXIT_OK;
}

/* What --export-csv and --export-participation share: @workshop_path read (with the
 * passphrase of @passphrase_file), made into CSV by @export, written to @output_path privately
 * (0600: it holds people's words, or names). @missing_output is the line for no --output. */
static int
export_table (const char *workshop_path,
              const char *output_path,
              const char *passphrase_file,
              const char *missing_output,
              GBytes     *(*export) (CgWorkshop *workshop, gboolean include_private),
              gboolean    include_private)
{
  g_autoptr(CgPassphrase) passphrase = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GBytes) csv = NULL;
  const char *inputs[] = { workshop_path, NULL };

  if (output_path == NULL)
    {
      print_error (missing_output);
      return CG_EXIT_USAGE;
    }
  if (!check_output (output_path, inputs) ||
      !cg_command_line_check_passphrase_output (output_path, passphrase_file) ||
      !read_passphrase (passphrase_file, &passphrase))
    return CG_EXIT_FAILED;

  workshop = cg_command_line_load_workshop (workshop_path, passphrase, &error);
  if (workshop == NULL)
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }

  csv = export (workshop, include_private);
  if (!write_output (output_path, csv, CG_OUTPUT_PRIVATE, &error))
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  return CG_EXIT_OK;
}

int
cg_command_line_export_csv (const char *workshop_path,
                            const char *output_path,
                            gboolean    include_private,
                            const char *passphrase_file)
{
  return export_table (workshop_path, output_path, passphrase_file,
                       _("common-ground: --export-csv needs --output FILE.csv (or - for the "
                         "terminal)"), cg_csv_export, include_private);
}

static GBytes *
export_participation (CgWorkshop *workshop,
                      gboolean    unused)
{
  return cg_csv_export_participation (workshop);
}

int
cg_command_line_export_participation (const char *workshop_path,
                                      const char *output_path,
                                      const char *passphrase_file)
{
  return export_table (workshop_path, output_path, passphrase_file,
                       _("common-ground: --export-participation needs --output FILE.csv (or - "
                         "for the terminal)"), export_participation, FALSE);
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

/* ---- --event: an event by its title, its date or its id ---- */

/* "12 March 2026" for "2026-03-12", as the summary writes it; NULL for NULL. */
static char *
dup_event_date (CgEvent *event)
{
  const char *iso = cg_event_get_date (event);
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3
      || (date = g_date_time_new_utc (year, month, day, 0, 0, 0)) == NULL)
    return g_strdup (iso);
  /* TRANSLATORS: a date in the summary, as g_date_time_format() takes it: "12 March 2026" */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/* “March workshop” (12 March 2026), with the id too when @with_id. */
static void
append_event (GString  *text,
              CgEvent  *event,
              gboolean  with_id)
{
  g_autofree char *date = dup_event_date (event);

  if (text->len > 0)
    g_string_append (text, _(", "));
  /* TRANSLATORS: an event in a list of events, by its title */
  g_string_append_printf (text, _("“%s”"), cg_event_get_display_title (event));
  if (date != NULL && with_id)
    /* TRANSLATORS: after an event's title: its date and its id */
    g_string_append_printf (text, _(" (%s, id %s)"), date,
                            cg_object_get_id (CG_OBJECT (event)));
  else if (date != NULL)
    g_string_append_printf (text, " (%s)", date);
  else if (with_id)
    /* TRANSLATORS: after an event's title: its id */
    g_string_append_printf (text, _(" (id %s)"), cg_object_get_id (CG_OBJECT (event)));
}

/* Words the same but for case and the spaces at either end? */
static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;
  g_autofree char *stripped_a = NULL;
  g_autofree char *stripped_b = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  stripped_a = g_strstrip (g_strdup (a));
  stripped_b = g_strstrip (g_strdup (b));
  folded_a = g_utf8_casefold (stripped_a, -1);
  folded_b = g_utf8_casefold (stripped_b, -1);
  return g_str_equal (folded_a, folded_b);
}

/* The event @wanted names: its id; else its title (any case); else its date, as "2026-03-12"
 * or as the summary writes it ("12 March 2026"). When none does, or more than one, NULL and
 * @error, one line that lists the events with their dates (and their ids, when only the id
 * tells them apart). */
static CgEvent *
find_event (CgWorkshop  *workshop,
            const char  *workshop_path,
            const char  *wanted,
            GError     **error)
{
  GListModel *events = cg_workshop_get_events (workshop);
  guint n_events = g_list_model_get_n_items (events);
  g_autoptr(GPtrArray) by_title = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) by_date = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *stripped = g_strstrip (g_strdup (wanted));
  CgObject *object = cg_workshop_lookup (workshop, wanted);
  GPtrArray *found;

  if (CG_IS_EVENT (object))
    return CG_EVENT (object);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(CgEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = dup_event_date (event);

      if (same_words (cg_event_get_title (event), wanted))
        g_ptr_array_add (by_title, g_object_ref (event));
      else if (g_strcmp0 (cg_event_get_date (event), stripped) == 0
               || same_words (date, wanted))
        g_ptr_array_add (by_date, g_object_ref (event));
    }
  found = by_title->len > 0 ? by_title : by_date;
  if (found->len == 1)
    return g_ptr_array_index (found, 0);

  if (found->len > 1)
    {
      for (guint i = 0; i < found->len; i++)
        append_event (list, g_ptr_array_index (found, i), TRUE);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* TRANSLATORS: %s: the workshop file, the --event given, the events */
                   _("%s: more than one event is “%s”: %s; give its date, its title or its id "
                     "instead"), workshop_path, wanted, list->str);
      return NULL;
    }

  if (n_events == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s: there is no event “%s”: the workshop has no events"),
                   workshop_path, wanted);
      return NULL;
    }
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(CgEvent) event = g_list_model_get_item (events, i);

      append_event (list, event, FALSE);
    }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* TRANSLATORS: %s: the workshop file, the --event given, its events */
               _("%s: there is no event “%s”; --event takes an event's title, date or id, and "
                 "the events are: %s"), workshop_path, wanted, list->str);
  return NULL;
}

int
cg_command_line_export_summary (const char     *workshop_path,
                                const char     *format,
                                const char     *output_path,
                                const char     *paper,
                                const char     *event_id,
                                CgSummaryFlags  flags,
                                const char     *passphrase_file)
{
  g_autoptr(CgPassphrase) passphrase = NULL;
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
  if (!check_summary_output (format, output_path, workshop_path) ||
      !cg_command_line_check_passphrase_output (output_path, passphrase_file) ||
      !read_passphrase (passphrase_file, &passphrase))
    return CG_EXIT_FAILED;

  workshop = cg_command_line_load_workshop (workshop_path, passphrase, &error);
  if (workshop == NULL)
    {
      print_error (error->message);
      return CG_EXIT_FAILED;
    }
  if (event_id != NULL)
    {
      CgEvent *event = find_event (workshop, workshop_path, event_id, &error);

      if (event == NULL)
        {
          print_error (error->message);
          return CG_EXIT_USAGE;
        }
      cg_summary_options_set_event (options, event);
    }
  options->easy_read = (flags & CG_SUMMARY_EASY_READ) != 0;
  options->include_private = (flags & CG_SUMMARY_INCLUDE_PRIVATE) != 0;
  options->greyscale = (flags & CG_SUMMARY_GREYSCALE) != 0;
  options->show_laptops = (flags & CG_SUMMARY_SHOW_LAPTOPS) != 0;

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
                       const char         *output_path,
                       const char         *passphrase_file)
{
  g_autoptr(CgPassphrase) passphrase = NULL;
  g_autoptr(GPtrArray) workshops = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output = NULL;
  CgWorkshop *merged;

  if (paths == NULL || paths[0] == NULL || paths[1] == NULL)
    return usage_error (_("common-ground: --merge needs two or more workshop FILEs"));
  if (output_path == NULL)
    return usage_error (_("common-ground: --merge needs --output FILE.cgw"));
  if (!check_output (output_path, paths) ||
      !cg_command_line_check_passphrase_output (output_path, passphrase_file) ||
      !read_passphrase (passphrase_file, &passphrase))
    return CG_EXIT_FAILED;

  /* Every file is read before anything is merged or written. */
  for (guint i = 0; paths[i] != NULL; i++)
    {
      CgWorkshop *workshop = cg_command_line_load_workshop (paths[i], passphrase, &error);

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

  if (!protect_output (merged, passphrase, output_path))
    return CG_EXIT_FAILED;
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
