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
 * theme's or voice's name). Returns: (transfer full). */
CgChoices *cg_choices_new        (GtkDropDown        *drop_down,
                                  const char * const *fixed,
                                  CgChoicesLabel      label);
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

G_END_DECLS
