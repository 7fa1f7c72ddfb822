/* cg-keyring.c: a protected workshop's passphrase remembered in the desktop keyring
 *
 * The secret is stored under the application's schema with the file's URI as its one
 * attribute, in the default collection (the login keyring). Only the passphrase is kept, as
 * the facilitator typed it: never the workshop's key or any of its words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-keyring.h"

#if HAVE_LIBSECRET
#include <libsecret/secret.h>

static const SecretSchema *
schema (void)
{
  static const SecretSchema the_schema = {
    APP_ID ".Passphrase", SECRET_SCHEMA_NONE,
    {
      { "file", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &the_schema;
}
#endif

gboolean
cg_keyring_is_built (void)
{
  return HAVE_LIBSECRET;
}

#if HAVE_LIBSECRET
static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *passphrase = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_debug ("no passphrase from the keyring: %s", error->message);
  g_task_return_pointer (task, passphrase, (GDestroyNotify) secret_password_free);
}
#endif

void
cg_keyring_lookup_async (GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
#if HAVE_LIBSECRET
  g_autofree char *uri = g_file_get_uri (file);

  secret_password_lookup (schema (), cancellable, looked_up_cb, task, "file", uri, NULL);
#else
  g_task_return_pointer (task, NULL, NULL);
  g_object_unref (task);
#endif
}

char *
cg_keyring_lookup_finish (GAsyncResult *result)
{
  return g_task_propagate_pointer (G_TASK (result), NULL);
}

#if HAVE_LIBSECRET
static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_debug ("the passphrase was not remembered: %s", error->message);
}

static void
cleared_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_clear_finish (result, &error) && error != NULL)
    g_debug ("the passphrase was not forgotten: %s", error->message);
}
#endif

void
cg_keyring_store (GFile      *file,
                  const char *passphrase)
{
#if HAVE_LIBSECRET
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = g_file_get_basename (file);
  /* TRANSLATORS: how the passphrase is named in the desktop's keyring; %s is a file name */
  g_autofree char *label = g_strdup_printf (_("Common Ground passphrase for “%s”"), name);

  secret_password_store (schema (), SECRET_COLLECTION_DEFAULT, label, passphrase, NULL,
                         stored_cb, NULL, "file", uri, NULL);
#endif
}

void
cg_keyring_forget (GFile *file)
{
#if HAVE_LIBSECRET
  g_autofree char *uri = g_file_get_uri (file);

  secret_password_clear (schema (), NULL, cleared_cb, NULL, "file", uri, NULL);
#endif
}

void
cg_keyring_free (char *passphrase)
{
#if HAVE_LIBSECRET
  secret_password_free (passphrase);
#else
  g_free (passphrase);
#endif
}
