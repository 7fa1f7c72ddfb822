/* cg-io-describe.c: why reading or writing a file failed, in words a facilitator understands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>

#include "io/cg-io-describe.h"

/* Reasons that depend on whether the file was being read or written. */
static const char *
describe_access (int        saved_errno,
                 CgIoAccess access)
{
  gboolean reading = access == CG_IO_READING;

  switch (saved_errno)
    {
    case ENOENT:
      return reading ? _("the file does not exist") : _("the folder does not exist");
    case EACCES:
    case EPERM:
      return reading ? _("you are not allowed to read it")
                     : _("you are not allowed to write in that folder");
    case EISDIR:
      return reading ? _("it is a folder, not a file") : _("a folder of that name is in the way");
    case ECANCELED:
      return reading ? _("opening was cancelled") : _("saving was cancelled");
    default:
      return NULL;
    }
}

const char *
cg_io_describe_errno (int        saved_errno,
                      CgIoAccess access)
{
  const char *reason = describe_access (saved_errno, access);

  if (reason != NULL)
    return reason;

  switch (saved_errno)
    {
    case ENOSPC:
      return _("the disk is full");
    case EDQUOT:
      return _("your disk quota is used up");
    case EFBIG:
      return _("the file is larger than this disk or your account allows");
    case EROFS:
      return _("the disk is read-only");
    case ENOTDIR:
      return _("part of its path is a file, not a folder");
    case ENAMETOOLONG:
      return _("the name is too long");
    case ELOOP:
      return _("it is a link that leads round in a circle");
    case EIO:
      return _("the disk reported an error; it may be failing or have been removed");
    default:
      return g_strerror (saved_errno);
    }
}

/* The errno a GIO error code stands for, or 0 when it has no reason of its own here. */
static int
errno_of_code (int code)
{
  switch (code)
    {
    case G_IO_ERROR_NOT_FOUND:
      return ENOENT;
    case G_IO_ERROR_PERMISSION_DENIED:
      return EACCES;
    case G_IO_ERROR_IS_DIRECTORY:
      return EISDIR;
    case G_IO_ERROR_CANCELLED:
      return ECANCELED;
    case G_IO_ERROR_NO_SPACE:
      return ENOSPC;
    case G_IO_ERROR_READ_ONLY:
      return EROFS;
    case G_IO_ERROR_NOT_DIRECTORY:
      return ENOTDIR;
    case G_IO_ERROR_FILENAME_TOO_LONG:
      return ENAMETOOLONG;
    case G_IO_ERROR_TOO_MANY_LINKS:
      return ELOOP;
    default:
      return 0;
    }
}

const char *
cg_io_describe_error (const GError *error,
                      CgIoAccess    access)
{
  int saved_errno;

  g_return_val_if_fail (error != NULL, NULL);

  saved_errno = error->domain == G_IO_ERROR ? errno_of_code (error->code) : 0;
  return saved_errno != 0 ? cg_io_describe_errno (saved_errno, access) : error->message;
}

gboolean
cg_io_set_error_from_errno (GError   **error,
                            int        saved_errno,
                            CgIoAccess access)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       cg_io_describe_errno (saved_errno, access));
  return FALSE;
}

void
cg_io_set_file_error (GError      **error,
                      const char   *name,
                      const GError *cause,
                      CgIoAccess    access)
{
  if (access == CG_IO_READING)
    /* Translators: a path, then the reason ("the file does not exist") */
    g_set_error (error, cause->domain, cause->code, _("%s: cannot read: %s"), name,
                 cause->message);
  else
    /* Translators: a path, then the reason ("the disk is full") */
    g_set_error (error, cause->domain, cause->code, _("%s: cannot write: %s"), name,
                 cause->message);
}
