/* cg-window-fallback.c: when a workshop will not open, the error page offers its backup or an
 * autosaved copy, as a new unsaved workshop (the damaged file is left as it is)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-window-private.h"

static void
fallback_found_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CgWindow) self = user_data;
  g_autoptr(CgFallback) fallback = cg_fallback_find_finish (result, NULL);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *what = NULL;
  g_autofree char *text = NULL;

  self->seeking_fallback = FALSE;
  /* (the window may have moved on to another file, or closed) */
  if (fallback == NULL || self->workshop != NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "error") != 0)
    return;

  now = g_date_time_new_now_local ();
  what = cg_fallback_describe (fallback, now);
  /* Translators: "%s" is "The backup copy saved 3 hours ago (Thursday 3 December, 14:02)" */
  text = g_strdup_printf (_("%s opens. It opens as a new workshop that is not saved yet; the "
                            "damaged file stays as it is."), what);
  gtk_label_set_text (self->fallback_label, text);
  gtk_widget_set_visible (self->fallback_box, TRUE);
  gtk_widget_grab_focus (self->fallback_button);
  g_clear_pointer (&self->fallback, cg_fallback_free);
  self->fallback = g_steal_pointer (&fallback);
}

void
cg_window_offer_fallback (CgWindow *self,
                          GFile    *file)
{
  g_autofree char *dir = NULL;

  g_return_if_fail (CG_IS_WINDOW (self));

  if (file == NULL)
    return;
  dir = cg_autosave_dup_default_dir ();
  self->seeking_fallback = TRUE;
  cg_fallback_find_async (file, dir, self->cancellable, fallback_found_cb, g_object_ref (self));
}

void
cg_window_fallback_clicked_cb (CgWindow *self)
{
  g_autoptr(CgFallback) fallback = g_steal_pointer (&self->fallback);

  if (fallback == NULL)
    return;
  gtk_widget_set_visible (self->fallback_box, FALSE);
  /* No file: saving asks where, so the damaged file is never written over unasked. */
  cg_window_set_workshop (self, fallback->workshop, NULL);
}
