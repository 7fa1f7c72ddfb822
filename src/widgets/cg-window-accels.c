/* cg-window-accels.c: the application's keys, in one table
 *
 * The application installs them at startup (cg-application.c); the window tests install the
 * same table, so a key test presses the keys a facilitator presses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-window-accels.h"

static void
set_accels (GtkApplication *app,
            const char     *action,
            const char     *first,
            ...)
{
  g_autoptr(GPtrArray) accels = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *accel = first; accel != NULL; accel = va_arg (args, const char *))
    g_ptr_array_add (accels, (gpointer) accel);
  va_end (args);
  g_ptr_array_add (accels, NULL);
  gtk_application_set_accels_for_action (app, action, (const char * const *) accels->pdata);
}

void
cg_window_accels_install (GtkApplication *app)
{
  set_accels (app, "app.quit", "<Control>q", NULL);
  set_accels (app, "app.new", "<Control>n", NULL);
  set_accels (app, "app.open", "<Control>o", NULL);
  set_accels (app, "window.close", "<Control>w", NULL);
  set_accels (app, "win.save", "<Control>s", NULL);
  set_accels (app, "win.save-as", "<Control><Shift>s", NULL);
  set_accels (app, "win.undo", "<Control>z", NULL);
  set_accels (app, "win.redo", "<Control><Shift>z", "<Control>y", NULL);
  set_accels (app, "win.search", "<Control>f", NULL);
  set_accels (app, "win.focus-capture", "<Control>l", NULL);
  set_accels (app, "win.cycle-kind", "<Control>k", NULL);
  set_accels (app, "win.export", "<Control>e", NULL);
  set_accels (app, "win.print", "<Control>p", NULL);
  set_accels (app, "win.new-event", "<Control><Shift>n", NULL);
  set_accels (app, "win.properties", "<Control><Alt>Return", "<Control><Alt>KP_Enter", NULL);
  set_accels (app, "win.combine", "<Control><Shift>m", NULL);
  set_accels (app, "win.new-action", "<Control><Shift>a", NULL);
  set_accels (app, "win.view('board')", "<Control><Shift>b", NULL);
  set_accels (app, "win.view('outline')", "<Control><Shift>o", NULL);
  set_accels (app, "win.view('plan')", "<Control><Shift>p", NULL);
  set_accels (app, "win.view('review')", "<Control><Shift>r", NULL);
  set_accels (app, "win.zoom-in", "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL);
  set_accels (app, "win.zoom-out", "<Control>minus", "<Control>KP_Subtract", NULL);
  /* the room's screen (cg-window-room.c); Page Up and Down only while reading back */
  set_accels (app, "win.presenter", "F5", NULL);
  set_accels (app, "win.read-back('theme')", "F7", NULL);
  set_accels (app, "win.read-back('votes')", "<Shift>F7", NULL);
  set_accels (app, "win.read-back-next", "Page_Down", "KP_Page_Down", NULL);
  set_accels (app, "win.read-back-previous", "Page_Up", "KP_Page_Up", NULL);
  set_accels (app, "win.hold-back", "F9", NULL);
  set_accels (app, "win.reveal", "<Shift>F9", NULL);
  set_accels (app, "win.timer", "<Control>t", NULL);
  set_accels (app, "win.timer-extend", "<Control><Shift>t", NULL);
  set_accels (app, "win.tally", "<Control><Shift>v", NULL);
  for (int n = 0; n <= 9; n++)
    {
      g_autofree char *theme_action = g_strdup_printf ("win.move-to-theme(%d)", n);
      g_autofree char *theme_accel = g_strdup_printf ("<Control>%d", n);
      g_autofree char *voice_action = g_strdup_printf ("win.set-voice(%d)", n);
      g_autofree char *voice_accel = g_strdup_printf ("<Alt>%d", n);

      set_accels (app, theme_action, theme_accel, NULL);
      if (n > 0)
        set_accels (app, voice_action, voice_accel, NULL);
    }
}
