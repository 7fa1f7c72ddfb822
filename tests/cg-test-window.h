/* cg-test-window.h: what the window tests share: a window on a copy of the sample, and waiting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cg-test-wait.h"

#include "widgets/cg-window-private.h"

G_BEGIN_DECLS

typedef struct
{
  char         *dir;         /* a new temporary folder, also the autosave folder */
  char         *path;        /* the copy of the sample in it */
  CgWindow     *window;
  CgWorkshop   *workshop;
  CgBoard      *board;       /* the window's board and capture bar */
  CgCaptureBar *capture_bar;
} CgTestWindow;

/* Exits 77 (skipped) when there is no display. */
void     cg_test_window_init       (int          *argc,
                                    char       ***argv);
/* Copies the sample to a new folder, loads it, and shows it in a new window. */
void     cg_test_window_set_up     (CgTestWindow  *f,
                                    gconstpointer  data);
void     cg_test_window_tear_down  (CgTestWindow  *f,
                                    gconstpointer  data);
/* For tests of real keys: a registered application with every key of the real one
 * (cg_window_accels_install), made once, with @id; and a fixture whose window belongs to it,
 * each change its own undo step however fast the keys come. */
GtkApplication *cg_test_keys_application (const char *id);
void     cg_test_window_set_up_keys (CgTestWindow  *f,
                                     gconstpointer  data);
/* Runs the main loop until nothing is pending. */
void     cg_test_iterate           (void);
/* Runs the main loop until @widget has drawn @n more frames (what a person's next key or click
 * comes after), failing the test after ten seconds. */
void     cg_test_wait_frames       (GtkWidget     *widget,
                                    guint          n);
/* Whether the GtkLabel @label reads @text (for cg_test_wait_for). */
gboolean cg_test_label_reads       (GtkWidget     *label,
                                    const char    *text);
/* The first visible window of @type (a subtype of GtkWindow), or NULL. */
GtkWindow *cg_test_find_toplevel (GType type);
/* The message dialog over @parent, or NULL. */
GtkMessageDialog *cg_test_find_dialog (GtkWindow *parent);
/* Item @n of @model (borrowed: the model holds it). */
gpointer cg_test_nth               (GListModel    *model,
                                    guint          n);

G_END_DECLS
