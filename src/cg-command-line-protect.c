/* cg-command-line-protect.c: passphrases on the command line (--passphrase-file), and
 * protecting a workshop file or removing its protection (--protect, --unprotect)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-command-line"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "cg-command-line.h"
#include "cg-command-line-private.h"
#include "io/cg-envelope.h"
#include "io/cg-io.h"
#include "io/cg-io-describe.h"
#include "io/cg-output.h"

/* The longest first line taken as a passphrase. */
#define MAX_PASSPHRASE 4096

void
cg_passphrase_free (CgPassphrase *passphrase)
{
  cg_envelope_secret_free (passphrase);
}

void
cg_command_line_print_error (const char *message)
{
  g_printerr ("%s\n", message);
}

static const char *
passphrase_file_name (const char *path)
{
  return g_strcmp0 (path, "-") == 0 ? _("standard input") : path;
}

static gboolean
fail_passphrase_file (GError    **error,
                      const char *path,
                      const char *reason)
{
  /* Translators: the passphrase file's path, then what is wrong with it */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: %s"), passphrase_file_name (path),
               reason);
  return FALSE;
}

/* "PATH: cannot read: the file does not exist" */
static void
fail_passphrase_read (GError    **error,
                      const char *path,
                      int         saved_errno)
{
  g_autoptr(GError) cause = NULL;

  cg_io_set_error_from_errno (&cause, saved_errno, CG_IO_READING);
  cg_io_set_file_error (error, passphrase_file_name (path), cause, CG_IO_READING);
}

/* Opens the passphrase file, refusing what is not an ordinary file of its owner's alone. */
static int
open_private_file (const char *path,
                   GError    **error)
{
  g_autofree char *reason = NULL;
  struct stat st;
  int fd;

  /* (O_NONBLOCK: a pipe given by name must not make us wait; it is refused below) */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      fail_passphrase_read (error, path, errno);
      return -1;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      fail_passphrase_file (error, path, _("a passphrase file must be an ordinary file"));
      return -1;
    }
  if ((st.st_mode & 077) != 0)
    {
      close (fd);
      reason = g_strdup_printf (_("other people can read or change it; make it yours alone "
                                  "first (chmod 600 %s)"), path);
      fail_passphrase_file (error, path, reason);
      return -1;
    }
  return fd;
}

/* Reads up to @size bytes, stopping after the first line end. */
static gssize
read_first_line (int    fd,
                 char  *buffer,
                 gsize  size)
{
  gsize got = 0;

  while (got < size)
    {
      gssize n = read (fd, buffer + got, size - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0 || memchr (buffer + got, '\n', (gsize) n) != NULL)
        return (gssize) (got + (gsize) n);
      got += (gsize) n;
    }
  return (gssize) got;
}

CgPassphrase *
cg_command_line_read_passphrase (const char *path,
                                 GError    **error)
{
  char buffer[MAX_PASSPHRASE + 2];
  CgPassphrase *passphrase = NULL;
  gboolean from_stdin = g_strcmp0 (path, "-") == 0;
  const char *end;
  gssize got;
  gsize length;
  int saved_errno;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = from_stdin ? STDIN_FILENO : open_private_file (path, error);
  if (fd < 0)
    return NULL;
  got = read_first_line (fd, buffer, sizeof buffer);
  saved_errno = errno;
  if (!from_stdin)
    close (fd);

  if (got < 0)
    {
      fail_passphrase_read (error, path, saved_errno);
      goto out;
    }

  end = memchr (buffer, '\n', (gsize) got);
  length = end != NULL ? (gsize) (end - buffer) : (gsize) got;
  if (end == NULL && (gsize) got == sizeof buffer)
    {
      fail_passphrase_file (error, path, _("its first line is too long for a passphrase"));
      goto out;
    }
  if (length > 0 && buffer[length - 1] == '\r')
    length--;

  if (length == 0)
    fail_passphrase_file (error, path, _("its first line, the passphrase, is empty"));
  else if (!g_utf8_validate_len (buffer, length, NULL))
    fail_passphrase_file (error, path,
                          _("its first line is not text (UTF-8), or holds a NUL character"));
  else
    passphrase = cg_envelope_secret_dup (buffer, (gssize) length, NULL);

out:
  sodium_memzero (buffer, sizeof buffer);
  return passphrase;
}

gboolean
cg_command_line_check_passphrase_output (const char *output_path,
                                         const char *passphrase_file)
{
  const char *inputs[] = { passphrase_file, NULL };
  g_autoptr(GError) error = NULL;

  if (passphrase_file == NULL || output_path == NULL || g_strcmp0 (passphrase_file, "-") == 0 ||
      g_strcmp0 (output_path, "-") == 0)
    return TRUE;
  if (cg_output_check_not_input (output_path, inputs, &error))
    return TRUE;
  cg_command_line_print_error (error->message);
  return FALSE;
}

/* --protect and --unprotect */

static int
usage_error (const char *message)
{
  cg_command_line_print_error (message);
  return CG_EXIT_USAGE;
}

static int
save_in_place (CgWorkshop *workshop,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (cg_workshop_save (workshop, file, NULL, &error))
    return CG_EXIT_OK;
  cg_command_line_print_error (error->message);
  return CG_EXIT_FAILED;
}

/* Reads the passphrase of @passphrase_file, and the workshop at @path with it. */
static CgWorkshop *
load_with_passphrase_file (const char    *path,
                           const char    *passphrase_file,
                           CgPassphrase **passphrase_out)
{
  g_autoptr(CgPassphrase) passphrase = NULL;
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop;

  passphrase = cg_command_line_read_passphrase (passphrase_file, &error);
  if (passphrase == NULL)
    {
      cg_command_line_print_error (error->message);
      return NULL;
    }
  workshop = cg_command_line_load_workshop (path, passphrase, &error);
  if (workshop == NULL)
    {
      cg_command_line_print_error (error->message);
      return NULL;
    }
  if (passphrase_out != NULL)
    *passphrase_out = g_steal_pointer (&passphrase);
  return workshop;
}

int
cg_command_line_protect (const char *path,
                         const char *output_path,
                         const char *passphrase_file,
                         const char *new_passphrase_file)
{
  g_autoptr(CgPassphrase) passphrase = NULL;
  g_autoptr(CgPassphrase) new_passphrase = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(CgEnvelopeKey) key = NULL;
  g_autoptr(GError) error = NULL;

  if (output_path != NULL)
    return usage_error (_("common-ground: --protect changes FILE itself; it takes no --output"));
  if (passphrase_file == NULL)
    return usage_error (_("common-ground: --protect needs --passphrase-file FILE"));
  if (!cg_command_line_check_passphrase_output (path, passphrase_file) ||
      !cg_command_line_check_passphrase_output (path, new_passphrase_file))
    return CG_EXIT_FAILED;
  if (g_strcmp0 (passphrase_file, "-") == 0 && g_strcmp0 (new_passphrase_file, "-") == 0)
    return usage_error (_("common-ground: only one passphrase can come from standard input"));

  workshop = load_with_passphrase_file (path, passphrase_file, &passphrase);
  if (workshop == NULL)
    return CG_EXIT_FAILED;
  if (new_passphrase_file != NULL)
    {
      new_passphrase = cg_command_line_read_passphrase (new_passphrase_file, &error);
      if (new_passphrase == NULL)
        {
          cg_command_line_print_error (error->message);
          return CG_EXIT_FAILED;
        }
    }

  /* A new salt and today's cost, even for a file already protected with this passphrase. */
  key = cg_envelope_key_new (new_passphrase != NULL ? new_passphrase : passphrase, -1, &error);
  if (key == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s: %s"), path, error->message);

      cg_command_line_print_error (message);
      return CG_EXIT_FAILED;
    }
  cg_workshop_set_key (workshop, key);
  return save_in_place (workshop, path);
}

int
cg_command_line_unprotect (const char *path,
                           const char *output_path,
                           const char *passphrase_file)
{
  g_autoptr(CgWorkshop) workshop = NULL;

  if (output_path != NULL)
    return usage_error (_("common-ground: --unprotect changes FILE itself; it takes no --output"));
  if (passphrase_file == NULL)
    return usage_error (_("common-ground: --unprotect needs --passphrase-file FILE"));
  if (!cg_command_line_check_passphrase_output (path, passphrase_file))
    return CG_EXIT_FAILED;

  workshop = load_with_passphrase_file (path, passphrase_file, NULL);
  if (workshop == NULL)
    return CG_EXIT_FAILED;
  if (!cg_workshop_is_protected (workshop))
    {
      g_print ("%s: %s\n", path, _("it is not protected; nothing was changed"));
      return CG_EXIT_OK;
    }

  cg_workshop_set_key (workshop, NULL);
  return save_in_place (workshop, path);
}
