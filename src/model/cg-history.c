/* cg-history.c: undo and redo of every change to a workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-history-private.h"

#define DEFAULT_COALESCE_WINDOW (2 * G_USEC_PER_SEC)

/* One recorded change: a property change (klass NULL) or another kind (klass set). */
typedef struct
{
  const CgChangeClass *klass;
  gpointer             data;
  GObject             *object;
  gboolean             holds_ref;
  GParamSpec          *pspec;
  GValue               old_value;
  GValue               new_value;
} Change;

/* What one undo or redo acts on. */
typedef struct
{
  guint64    serial;
  char      *label;
  GPtrArray *changes;     /* of Change */
  gint64     last_time;   /* monotonic time of the last change coalesced into it */
  gboolean   coalescable; /* a single text change that later typing may extend */
} Step;

struct _CgHistory
{
  GObject    parent_instance;

  GObject   *owner;      /* unowned */
  GPtrArray *undo_stack; /* of Step, newest last */
  GPtrArray *redo_stack; /* of Step, next to redo last */
  Step      *group;      /* the step being built while group_depth > 0 */
  guint      group_depth;
  guint64    next_serial;
  guint64    clean_serial;
  gint64     coalesce_window;
  gint64   (*now) (void);  /* the monotonic clock */
  gboolean   applying;
};

G_DEFINE_FINAL_TYPE (CgHistory, cg_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  PROP_COALESCE_WINDOW,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
change_free (gpointer data)
{
  Change *change = data;

  if (change->klass != NULL)
    {
      change->klass->free (change->data);
    }
  else
    {
      g_value_unset (&change->old_value);
      g_value_unset (&change->new_value);
      if (change->holds_ref)
        g_object_unref (change->object);
    }
  g_free (change);
}

static void
change_apply (Change  *change,
              gboolean undo)
{
  if (change->klass != NULL)
    change->klass->apply (change->data, undo);
  else
    g_object_set_property (change->object, change->pspec->name,
                           undo ? &change->old_value : &change->new_value);
}

static Step *
step_new (CgHistory  *self,
          const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->serial = ++self->next_serial;
  step->label = g_strdup (label);
  step->changes = g_ptr_array_new_with_free_func (change_free);
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step->label);
  g_free (step);
}

static Step *
top_step (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
} State;

static State
get_state (CgHistory *self)
{
  return (State) {
    cg_history_get_can_undo (self),
    cg_history_get_can_redo (self),
    cg_history_get_modified (self),
  };
}

/* Notifies exactly the properties that changed since @before, then emits ::changed. */
static void
announce (CgHistory *self,
          State      before)
{
  State after = get_state (self);

  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before.modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
cg_history_finalize (GObject *object)
{
  CgHistory *self = CG_HISTORY (object);

  g_clear_pointer (&self->group, step_free);
  g_ptr_array_unref (self->undo_stack);
  g_ptr_array_unref (self->redo_stack);

  G_OBJECT_CLASS (cg_history_parent_class)->finalize (object);
}

static void
cg_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CgHistory *self = CG_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, cg_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, cg_history_get_can_redo (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, cg_history_get_modified (self));
      break;

    case PROP_COALESCE_WINDOW:
      g_value_set_int64 (value, self->coalesce_window);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CgHistory *self = CG_HISTORY (object);

  switch (prop_id)
    {
    case PROP_COALESCE_WINDOW:
      if (self->coalesce_window != g_value_get_int64 (value))
        {
          self->coalesce_window = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_history_class_init (CgHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_history_finalize;
  object_class->get_property = cg_history_get_property;
  object_class->set_property = cg_history_set_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COALESCE_WINDOW] =
    g_param_spec_int64 ("coalesce-window", NULL, NULL, 0, G_MAXINT64, DEFAULT_COALESCE_WINDOW,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After every recorded step, undo and redo: the moment to schedule an autosave. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cg_history_init (CgHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (step_free);
  self->redo_stack = g_ptr_array_new_with_free_func (step_free);
  self->coalesce_window = DEFAULT_COALESCE_WINDOW;
  self->now = g_get_monotonic_time;
}

CgHistory *
cg_history_new (void)
{
  return g_object_new (CG_TYPE_HISTORY, NULL);
}

gboolean
cg_history_get_can_undo (CgHistory *self)
{
  g_return_val_if_fail (CG_IS_HISTORY (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
cg_history_get_can_redo (CgHistory *self)
{
  g_return_val_if_fail (CG_IS_HISTORY (self), FALSE);

  return self->redo_stack->len > 0;
}

const char *
cg_history_get_undo_label (CgHistory *self)
{
  Step *step;

  g_return_val_if_fail (CG_IS_HISTORY (self), NULL);

  step = top_step (self->undo_stack);
  return step != NULL ? step->label : NULL;
}

const char *
cg_history_get_redo_label (CgHistory *self)
{
  Step *step;

  g_return_val_if_fail (CG_IS_HISTORY (self), NULL);

  step = top_step (self->redo_stack);
  return step != NULL ? step->label : NULL;
}

gboolean
cg_history_get_modified (CgHistory *self)
{
  Step *top;

  g_return_val_if_fail (CG_IS_HISTORY (self), FALSE);

  top = top_step (self->undo_stack);
  return (top != NULL ? top->serial : 0) != self->clean_serial;
}

guint
cg_history_get_n_undo (CgHistory *self)
{
  g_return_val_if_fail (CG_IS_HISTORY (self), 0);

  return self->undo_stack->len;
}

guint
cg_history_get_n_redo (CgHistory *self)
{
  g_return_val_if_fail (CG_IS_HISTORY (self), 0);

  return self->redo_stack->len;
}

void
cg_history_set_owner (CgHistory *self,
                      GObject   *owner)
{
  self->owner = owner;
}

void
cg_history_set_clock (CgHistory *self,
                      gint64   (*now) (void))
{
  g_return_if_fail (CG_IS_HISTORY (self));
  self->now = now != NULL ? now : g_get_monotonic_time;
}

gboolean
cg_history_is_applying (CgHistory *self)
{
  return self->applying;
}

/* Moves the top step of @from to @to, applying it in the given direction. */
static gboolean
replay (CgHistory *self,
        GPtrArray *from,
        GPtrArray *to,
        gboolean   undo)
{
  State before = get_state (self);
  Step *step;

  g_return_val_if_fail (self->group_depth == 0, FALSE);
  g_return_val_if_fail (!self->applying, FALSE);

  if (from->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (from, from->len - 1);
  step->coalescable = FALSE;

  self->applying = TRUE;
  if (undo)
    {
      for (guint i = step->changes->len; i > 0; i--)
        change_apply (g_ptr_array_index (step->changes, i - 1), TRUE);
    }
  else
    {
      for (guint i = 0; i < step->changes->len; i++)
        change_apply (g_ptr_array_index (step->changes, i), FALSE);
    }
  self->applying = FALSE;

  g_ptr_array_add (to, step);
  announce (self, before);
  return TRUE;
}

gboolean
cg_history_undo (CgHistory *self)
{
  g_return_val_if_fail (CG_IS_HISTORY (self), FALSE);

  return replay (self, self->undo_stack, self->redo_stack, TRUE);
}

gboolean
cg_history_redo (CgHistory *self)
{
  g_return_val_if_fail (CG_IS_HISTORY (self), FALSE);

  return replay (self, self->redo_stack, self->undo_stack, FALSE);
}

void
cg_history_begin_group (CgHistory  *self,
                        const char *label)
{
  g_return_if_fail (CG_IS_HISTORY (self));
  g_return_if_fail (!self->applying);

  if (self->group_depth++ == 0)
    self->group = step_new (self, label);
}

void
cg_history_end_group (CgHistory *self)
{
  State before;
  Step *step;

  g_return_if_fail (CG_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->group);
  if (step->changes->len == 0)
    {
      step_free (step);
      return;
    }

  before = get_state (self);
  g_ptr_array_set_size (self->redo_stack, 0);
  g_ptr_array_add (self->undo_stack, step);
  announce (self, before);
}

void
cg_history_seal (CgHistory *self)
{
  Step *top;

  g_return_if_fail (CG_IS_HISTORY (self));

  top = top_step (self->undo_stack);
  if (top != NULL)
    top->coalescable = FALSE;
}

void
cg_history_mark_clean (CgHistory *self)
{
  State before;
  Step *top;

  g_return_if_fail (CG_IS_HISTORY (self));

  before = get_state (self);
  cg_history_seal (self);
  top = top_step (self->undo_stack);
  self->clean_serial = top != NULL ? top->serial : 0;
  if (before.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
cg_history_mark_unsaved (CgHistory *self)
{
  State before;

  g_return_if_fail (CG_IS_HISTORY (self));

  before = get_state (self);
  self->clean_serial = G_MAXUINT64; /* no step ever has this serial */
  if (!before.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
cg_history_clear (CgHistory *self)
{
  State before;

  g_return_if_fail (CG_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  before = get_state (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->clean_serial = 0;
  announce (self, before);
}

/* Whether a text change of @pspec on @object may join the newest step. */
static Step *
coalescing_step (CgHistory  *self,
                 GObject    *object,
                 GParamSpec *pspec,
                 gint64      now)
{
  Step *top = top_step (self->undo_stack);
  Change *change;

  if (self->group_depth > 0 || top == NULL || !top->coalescable)
    return NULL;
  if (self->coalesce_window <= 0 || now - top->last_time > self->coalesce_window)
    return NULL;

  change = g_ptr_array_index (top->changes, 0);
  if (change->object != object || change->pspec != pspec)
    return NULL;
  return top;
}

/* Adds @change to the open group, or as a step of its own. */
static void
push_change (CgHistory *self,
             Change    *change,
             gboolean   coalescable,
             const char *label)
{
  State before;
  Step *step;

  if (self->group_depth > 0)
    {
      g_ptr_array_add (self->group->changes, change);
      return;
    }

  before = get_state (self);
  step = step_new (self, label);
  step->coalescable = coalescable;
  step->last_time = self->now ();
  g_ptr_array_add (step->changes, change);
  g_ptr_array_set_size (self->redo_stack, 0);
  g_ptr_array_add (self->undo_stack, step);
  announce (self, before);
}

void
cg_history_record_property (CgHistory    *self,
                            GObject      *object,
                            GParamSpec   *pspec,
                            const GValue *old_value,
                            const GValue *new_value)
{
  gint64 now = self->now ();
  gboolean is_text = G_VALUE_HOLDS_STRING (new_value);
  Change *change;
  Step *step;

  g_return_if_fail (CG_IS_HISTORY (self));

  if (self->applying)
    return;

  if (is_text && (step = coalescing_step (self, object, pspec, now)) != NULL)
    {
      State before = get_state (self);

      change = g_ptr_array_index (step->changes, 0);
      g_value_copy (new_value, &change->new_value);
      step->last_time = now;
      g_ptr_array_set_size (self->redo_stack, 0);
      announce (self, before);
      return;
    }

  change = g_new0 (Change, 1);
  change->object = object;
  change->holds_ref = object != self->owner;
  if (change->holds_ref)
    g_object_ref (object);
  change->pspec = pspec;
  g_value_init (&change->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &change->old_value);
  g_value_init (&change->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &change->new_value);

  /* Translators: an undo step, "%s" is the name of what changed ("text", "theme"...) */
  g_autofree char *label = g_strdup_printf (_("Change %s"), g_param_spec_get_nick (pspec));
  push_change (self, change, is_text, label);
}

void
cg_history_record (CgHistory           *self,
                   const CgChangeClass *klass,
                   gpointer             data)
{
  Change *change;

  g_return_if_fail (CG_IS_HISTORY (self));
  g_return_if_fail (klass != NULL);

  if (self->applying)
    {
      klass->free (data);
      return;
    }

  change = g_new0 (Change, 1);
  change->klass = klass;
  change->data = data;
  push_change (self, change, FALSE, NULL);
}
