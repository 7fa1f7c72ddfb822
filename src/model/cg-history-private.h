/* cg-history-private.h: how the model records changes into a history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-history.h"

G_BEGIN_DECLS

/* A change that is not a property change (the workshop's list edits). */
typedef struct
{
  /* Undo (@undo TRUE) or redo the change described by @data. */
  void (*apply) (gpointer data,
                 gboolean undo);
  void (*free)  (gpointer data);
} CgChangeClass;

/* The object that owns the history (the workshop): changes to it are recorded without taking a
 * reference, which would keep it alive for ever. */
void     cg_history_set_owner   (CgHistory *self,
                                 GObject   *owner);

/* Where the history takes the monotonic time from, to tell typing runs apart (NULL: the real
 * clock, g_get_monotonic_time ()): a test supplies the time instead of waiting for it. */
void     cg_history_set_clock   (CgHistory *self,
                                 gint64   (*now) (void));

/* TRUE while an undo or redo is being applied: changes made then are not recorded. */
gboolean cg_history_is_applying (CgHistory *self);

/* Records that @pspec of @object went from @old_value to @new_value. */
void cg_history_record_property (CgHistory    *self,
                                 GObject      *object,
                                 GParamSpec   *pspec,
                                 const GValue *old_value,
                                 const GValue *new_value);
/* Records a change of another kind; the history owns @data from now on. */
void cg_history_record (CgHistory           *self,
                        const CgChangeClass *klass,
                        gpointer             data);

G_END_DECLS
