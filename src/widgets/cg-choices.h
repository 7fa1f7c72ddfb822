/* cg-choices.h: a drop-down of a few fixed entries, then one entry per event, theme or voice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What an object is called in the list (a new string). */
typedef char *(*CgChoicesLabel) (gpointer object);

typedef struct _CgChoices CgChoices;

/* Fills @drop_down (which it does not own) with @fixed ("All events", ...) then, after each
 * cg_choices_update, one entry per object, called by @label (NULL: the event's title, or the
 * theme's or voice's name). The drop-down's model is a GtkStringList of those labels, shown in
 * the drop-down's own look; cg_choices_update follows renames.
 * Returns: (transfer full). */
CgChoices *cg_choices_new        (GtkDropDown        *drop_down,
                                  const char * const *fixed,
                                  CgChoicesLabel      label);
/* The same for themes or voices, but the drop-down's model holds @fixed (as GtkStringObjects)
 * then the objects themselves, each shown by its name, which follows renames on its own: with a
 * dot in the object's colour before it when @dots (a hollow dot before a fixed entry). A name is
 * at least @width_chars wide and ellipsized past @max_width_chars (-1: no limit).
 * Returns: (transfer full). */
CgChoices *cg_choices_new_named  (GtkDropDown        *drop_down,
                                  const char * const *fixed,
                                  gboolean            dots,
                                  int                 width_chars,
                                  int                 max_width_chars);
void       cg_choices_free       (CgChoices          *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgChoices, cg_choices_free)

/* Lists @objects (NULL: none) after the fixed entries. The object chosen stays chosen wherever it
 * moves; when it has gone, the first fixed entry is. A list that would read the same is left
 * alone (an open popup stays open). The drop-down's "notify::selected" may be emitted. */
void       cg_choices_update     (CgChoices          *self,
                                  GListModel         *objects);
/* The object chosen (borrowed), or NULL when a fixed entry is.
 * Returns: (transfer none) (nullable). */
gpointer   cg_choices_get_object (CgChoices          *self);
/* The fixed entry chosen (0 for the first), or -1 when an object is. */
int        cg_choices_get_fixed  (CgChoices          *self);
/* Chooses @object, or the first fixed entry when it is NULL or not listed. */
void       cg_choices_select     (CgChoices          *self,
                                  gpointer            object);
/* Whether @object is listed (after the last cg_choices_update). */
gboolean   cg_choices_lists      (CgChoices          *self,
                                  gpointer            object);

G_END_DECLS
