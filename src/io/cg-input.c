/* cg-input.c: reading a file whole, bounded, refusing what is not an ordinary file
 *
 * Every input goes through here: the window, the command line, merges, CSV imports and
 * autosave recovery. The size a file reports is never trusted (/dev/zero reports 0 and never
 * ends), and a pipe is refused before it could block the program.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "io/cg-input.h"
#include "io/cg-io.h"
#include "io/cg-io-describe.h"

#define READ_CHUNK (256 * 1024)

static gboolean
fail_errno (GError **error,
            int      saved_errno)
{
  return cg_io_set_error_from_errno (error, saved_errno, CG_IO_READING);
}

static void
set_too_large (GError **error,
               gsize    max_size)
{
  g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
               _("it is larger than %u MB, the most Common Ground reads"),
               (guint) (max_size / (1024 * 1024)));
}

/* What a file of type @mode is, when it is not one Common Ground can read. */
static gboolean
check_type (mode_t   mode,
            GError **error)
{
  if (S_ISREG (mode))
    return TRUE;
  if (S_ISDIR (mode))
    return fail_errno (error, EISDIR);

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("it is not an ordinary file but a device, a pipe or a socket"));
  return FALSE;
}

/* Reads @fd to its end, at most @max_size bytes (@expected: what it says it holds, to size the
 * buffer), then closes it. */
static GBytes *
read_fd (int           fd,
         gsize         expected,
         gsize         max_size,
         GCancellable *cancellable,
         GError      **error)
{
  g_autoptr(GByteArray) data = g_byte_array_sized_new (MIN (expected, max_size) + 1);

  for (;;)
    {
      guint length = data->len;
      gsize want = MIN ((gsize) READ_CHUNK, max_size + 1 - length);
      ssize_t n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
      g_byte_array_set_size (data, length + want);
      n = read (fd, data->data + length, want);
      g_byte_array_set_size (data, length + MAX (n, 0));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          fail_errno (error, errno);
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len > max_size)
        {
          set_too_large (error, max_size);
          close (fd);
          return NULL;
        }
    }

  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

GBytes *
cg_input_read_path (const char   *path,
                    gsize         max_size,
                    GCancellable *cancellable,
                    GError      **error)
{
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* O_NONBLOCK: opening a pipe with no writer would otherwise wait for ever. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      fail_errno (error, errno);
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !check_type (st.st_mode, error))
    {
      if (error != NULL && *error == NULL)
        fail_errno (error, errno);
      close (fd);
      return NULL;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);

  return read_fd (fd, (gsize) MAX (st.st_size, 0), max_size, cancellable, error);
}

GBytes *
cg_input_read_stdin (gsize         max_size,
                     GCancellable *cancellable,
                     GError      **error)
{
  int fd;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* (a copy of standard input, so that closing it when done leaves fd 0 alone) */
  fd = dup (STDIN_FILENO);
  if (fd < 0)
    {
      fail_errno (error, errno);
      return NULL;
    }
  return read_fd (fd, 0, max_size, cancellable, error);
}

static GBytes *
read_stream (GFile        *file,
             gsize         max_size,
             GCancellable *cancellable,
             GError      **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      fail_errno (error, EISDIR);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      check_type (S_IFIFO, error);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  for (;;)
    {
      guint length = data->len;
      gsize want = MIN ((gsize) READ_CHUNK, max_size + 1 - length);
      gssize n;

      g_byte_array_set_size (data, length + want);
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + length, want,
                               cancellable, error);
      g_byte_array_set_size (data, length + MAX (n, 0));
      if (n < 0)
        return NULL;
      if (n == 0)
        return g_byte_array_free_to_bytes (g_steal_pointer (&data));
      if (data->len > max_size)
        {
          set_too_large (error, max_size);
          return NULL;
        }
    }
}

GBytes *
cg_input_read_file (GFile        *file,
                    gsize         max_size,
                    GCancellable *cancellable,
                    GError      **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL)
    return cg_input_read_path (path, max_size, cancellable, error);
  bytes = read_stream (file, max_size, cancellable, &local_error);
  /* (GIO's own errors word the reason in GLib's way, with the whole URI in it) */
  if (bytes == NULL)
    g_set_error_literal (error, local_error->domain, local_error->code,
                         cg_io_describe_error (local_error, CG_IO_READING));
  return bytes;
}
