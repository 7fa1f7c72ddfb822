/* main.c: starts Common Ground
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cg-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CgApplication) app = NULL;
  /* The tests run the program in Welsh with the catalogue built in the build folder
   * (tests/meson.build sets CG_LOCALEDIR); an installed program reads LOCALEDIR. */
  const char *localedir = g_getenv ("CG_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = cg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
