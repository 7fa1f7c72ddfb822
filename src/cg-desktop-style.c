/* cg-desktop-style.c: following the desktop's dark style and high-contrast preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-application"

#include "config.h"

#include "cg-desktop-style.h"

#define INTERFACE_SCHEMA "org.gnome.desktop.interface"
#define A11Y_SCHEMA "org.gnome.desktop.a11y.interface"

/* A GSettings for @schema_id, or NULL when the desktop does not have that schema (asking for a
 * missing schema would abort). */
static GSettings *
settings_if_installed (const char *schema_id,
                       const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, schema_id, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
apply_cb (GSettings   *unused,
          const char  *key,
          GtkSettings *settings)
{
  GSettings *interface = g_object_get_data (G_OBJECT (settings), "cg-interface");
  GSettings *a11y = g_object_get_data (G_OBJECT (settings), "cg-a11y");
  g_autofree char *scheme = interface ? g_settings_get_string (interface, "color-scheme") : NULL;
  gboolean dark = g_strcmp0 (scheme, "prefer-dark") == 0;
  gboolean contrast = a11y != NULL && g_settings_get_boolean (a11y, "high-contrast");

  g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
  if (contrast)
    {
      g_object_set (settings, "gtk-theme-name", dark ? "Default-hc-dark" : "Default-hc", NULL);
      g_object_set_data (G_OBJECT (settings), "cg-set-contrast", GINT_TO_POINTER (TRUE));
    }
  else if (g_object_get_data (G_OBJECT (settings), "cg-set-contrast") != NULL)
    {
      /* only undo what this file did: a theme the person chose stays */
      g_object_set (settings, "gtk-theme-name", "Default", NULL);
      g_object_set_data (G_OBJECT (settings), "cg-set-contrast", NULL);
    }
}

GPtrArray *
cg_desktop_style_follow (GtkSettings *settings)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);
  GSettings *interface = settings_if_installed (INTERFACE_SCHEMA, "color-scheme");
  GSettings *a11y = settings_if_installed (A11Y_SCHEMA, "high-contrast");

  if (interface != NULL)
    {
      g_object_set_data (G_OBJECT (settings), "cg-interface", interface);
      g_signal_connect_object (interface, "changed::color-scheme", G_CALLBACK (apply_cb),
                               settings, 0);
      g_ptr_array_add (kept, interface);
    }
  if (a11y != NULL)
    {
      g_object_set_data (G_OBJECT (settings), "cg-a11y", a11y);
      g_signal_connect_object (a11y, "changed::high-contrast", G_CALLBACK (apply_cb), settings,
                               0);
      g_ptr_array_add (kept, a11y);
    }
  if (kept->len > 0)
    apply_cb (NULL, NULL, settings);
  return kept;
}
