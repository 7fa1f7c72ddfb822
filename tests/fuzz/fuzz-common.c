/* fuzz-common.c: what the fuzz targets share: logging that aborts, loading and saving with checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-fuzz"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

/* A warning or a critical (a failed g_return_if_fail) is a bug the fuzzer should report. GLib
 * would stop on one with a breakpoint trap, which libFuzzer does not catch; abort() it does. */
static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  const char *domain = "";
  const char *message = "";

  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return g_log_writer_default (log_level, fields, n_fields, user_data);

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        message = fields[i].value;
    }
  fuzz_fail ("%s logged: %s", domain, message);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  return 0;
}

void
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  /* libFuzzer's -fork mode passes on only the lines of a crashed run that hold "ERROR:" */
  fputs ("ERROR: fuzz: ", stderr);
  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  fflush (stderr);
  abort ();
}

void
fuzz_check_error (const GError *error,
                  const char   *name)
{
  g_autofree char *prefix = g_strconcat (name, ":", NULL);

  if (error == NULL)
    fuzz_fail ("%s: refused without an error", name);
  if (error->domain != CG_IO_ERROR)
    fuzz_fail ("%s: error of domain %s, not cg-io-error: %s", name,
               g_quark_to_string (error->domain), error->message);
  /* the message ends up in a dialog: GTK drops a label of invalid UTF-8 with a critical */
  if (!g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("%s: the error message is not valid UTF-8", name);
  if (!g_str_has_prefix (error->message, prefix))
    fuzz_fail ("%s: the error message does not start with “%s”: %s", name, prefix,
               error->message);
}

CgWorkshop *
fuzz_load (const char *data,
           gsize       length,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load_from_data (data, length, name, &error);

  if (workshop == NULL)
    fuzz_check_error (error, name);
  else if (error != NULL)
    fuzz_fail ("%s: loaded, yet with an error: %s", name, error->message);
  return workshop;
}

void
fuzz_assert_same_bytes (GBytes     *a,
                        GBytes     *b,
                        const char *what)
{
  gsize a_length, b_length, i;
  const char *a_data = g_bytes_get_data (a, &a_length);
  const char *b_data = g_bytes_get_data (b, &b_length);
  gsize start;

  if (a_length == b_length && memcmp (a_data, b_data, a_length) == 0)
    return;

  for (i = 0; i < a_length && i < b_length && a_data[i] == b_data[i]; i++)
    ;
  start = i > 60 ? i - 60 : 0;
  fuzz_fail ("%s: the bytes differ at offset %" G_GSIZE_FORMAT " (%" G_GSIZE_FORMAT
             " and %" G_GSIZE_FORMAT " bytes):\n--- first\n%.*s\n--- second\n%.*s\n---", what, i,
             a_length, b_length,
             (int) MIN (a_length - start, 200), a_data + start,
             (int) MIN (b_length - start, 200), b_data + start);
}

GBytes *
fuzz_save_and_check (CgWorkshop *workshop,
                     const char *what)
{
  g_autoptr(GBytes) saved = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(CgWorkshop) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gsize length;
  const char *data;

  if (saved == NULL)
    fuzz_fail ("%s: saving gave no bytes", what);
  data = g_bytes_get_data (saved, &length);

  /* from inputs under FUZZ_MAX_INPUT no workshop comes near the limits of a file */
  if (!cg_workshop_check_savable (workshop, length, &error))
    fuzz_fail ("%s: saving would be refused: %s", what, error->message);

  /* the app must never write a file it then refuses to open */
  reloaded = cg_workshop_load_from_data (data, length, "saved.cgw", &error);
  if (reloaded == NULL)
    fuzz_fail ("%s: saved, but the saved file does not load: %s\n--- saved file\n%.*s\n---",
               what, error != NULL ? error->message : "(no error)",
               (int) MIN (length, 4000), data);

  /* save, load, save gives identical bytes */
  again = cg_workshop_save_to_bytes (reloaded);
  label = g_strdup_printf ("%s: save, load, save", what);
  fuzz_assert_same_bytes (saved, again, label);

  return g_steal_pointer (&saved);
}
