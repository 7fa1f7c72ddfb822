/* cg-workshop.c: the workshop file: a series of events, its voices, themes, ideas and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-history-private.h"
#include "cg-object-private.h"
#include "cg-text.h"
#include "cg-workshop-private.h"

typedef enum
{
  COLLECTION_EVENTS,
  COLLECTION_VOICES,
  COLLECTION_THEMES,
  COLLECTION_IDEAS,
  COLLECTION_ACTIONS,
  COLLECTION_PARTICIPANTS,
  N_COLLECTIONS
} Collection;

struct _CgWorkshop
{
  CgObject    parent_instance;

  char       *title;
  char       *facilitator;
  char       *description;
  char       *thanks;
  char       *support;
  char       *keep_until;
  char       *log;
  char       *erased;    /* ids, one a line, sorted: ideas removed at a person's request */
  CgHistory  *history;
  GListStore *stores[N_COLLECTIONS];
  GHashTable *by_id; /* id -> CgObject, borrowed from the stores */
};

G_DEFINE_FINAL_TYPE (CgWorkshop, cg_workshop, CG_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FACILITATOR,
  PROP_DESCRIPTION,
  PROP_THANKS,
  PROP_SUPPORT,
  PROP_KEEP_UNTIL,
  PROP_LOG,
  PROP_ERASED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
collection_type (Collection collection)
{
  switch (collection)
    {
    case COLLECTION_EVENTS: return CG_TYPE_EVENT;
    case COLLECTION_VOICES: return CG_TYPE_VOICE;
    case COLLECTION_THEMES: return CG_TYPE_THEME;
    case COLLECTION_IDEAS: return CG_TYPE_IDEA;
    case COLLECTION_ACTIONS: return CG_TYPE_ACTION;
    case COLLECTION_PARTICIPANTS: return CG_TYPE_PARTICIPANT;
    case N_COLLECTIONS:
    default: g_assert_not_reached ();
    }
}

/* The store that holds objects of @type, or NULL when @type is not a workshop object. */
static GListStore *
store_for_type (CgWorkshop *self,
                GType       type)
{
  for (Collection c = 0; c < N_COLLECTIONS; c++)
    if (type == collection_type (c))
      return self->stores[c];
  return NULL;
}

/* The edits a list undergoes, made without recording: undo and redo call these. */

static void
raw_insert (CgWorkshop *self,
            CgObject   *item,
            guint       position)
{
  GListStore *store = store_for_type (self, G_OBJECT_TYPE (item));

  g_hash_table_insert (self->by_id, (gpointer) cg_object_get_id (item), item);
  cg_object_set_history (item, self->history);
  g_list_store_insert (store, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store))),
                       item);
}

/* @hint is where @item should be (the position recorded with the change): looking there first
 * keeps undoing an import or a merge of n objects linear in n rather than quadratic. */
static void
raw_remove (CgWorkshop *self,
            CgObject   *item,
            guint       hint)
{
  GListStore *store = store_for_type (self, G_OBJECT_TYPE (item));
  g_autoptr(CgObject) at_hint = g_list_model_get_item (G_LIST_MODEL (store), hint);
  guint position = hint;

  if (at_hint != item && !g_list_store_find (store, item, &position))
    g_return_if_reached ();
  g_hash_table_remove (self->by_id, cg_object_get_id (item));
  g_list_store_remove (store, position);
}

/* Moves one item with a single items-changed over the range it crosses. */
static void
raw_move (CgWorkshop *self,
          CgObject   *item,
          guint       to)
{
  GListStore *store = store_for_type (self, G_OBJECT_TYPE (item));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint from, lo, hi;
  gpointer moving;

  if (!g_list_store_find (store, item, &from))
    g_return_if_reached ();
  to = MIN (to, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
  if (from == to)
    return;

  lo = MIN (from, to);
  hi = MAX (from, to);
  for (guint i = lo; i <= hi; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), i));
  moving = g_ptr_array_steal_index (items, from - lo);
  g_ptr_array_insert (items, to - lo, moving);
  g_list_store_splice (store, lo, items->len, items->pdata, items->len);
}

typedef enum
{
  LIST_INSERT,
  LIST_REMOVE,
  LIST_MOVE,
} ListEdit;

typedef struct
{
  CgWorkshop *workshop; /* unowned: the workshop clears its history before it goes */
  CgObject   *item;
  ListEdit    edit;
  guint       from;
  guint       to;
} ListChange;

static void
list_change_apply (gpointer data,
                   gboolean undo)
{
  ListChange *change = data;

  switch (change->edit)
    {
    case LIST_INSERT:
      if (undo)
        raw_remove (change->workshop, change->item, change->from);
      else
        raw_insert (change->workshop, change->item, change->from);
      break;

    case LIST_REMOVE:
      if (undo)
        raw_insert (change->workshop, change->item, change->from);
      else
        raw_remove (change->workshop, change->item, change->from);
      break;

    case LIST_MOVE:
      raw_move (change->workshop, change->item, undo ? change->from : change->to);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
list_change_free (gpointer data)
{
  ListChange *change = data;

  g_object_unref (change->item);
  g_free (change);
}

static const CgChangeClass list_change_class = {
  list_change_apply,
  list_change_free,
};

static void
record_list_change (CgWorkshop *self,
                    CgObject   *item,
                    ListEdit    edit,
                    guint       from,
                    guint       to)
{
  ListChange *change = g_new0 (ListChange, 1);

  change->workshop = self;
  change->item = g_object_ref (item);
  change->edit = edit;
  change->from = from;
  change->to = to;
  cg_history_record (self->history, &list_change_class, change);
}

static void
cg_workshop_dispose (GObject *object)
{
  CgWorkshop *self = CG_WORKSHOP (object);

  if (self->history != NULL)
    {
      cg_history_clear (self->history);
      cg_object_set_history (CG_OBJECT (self), NULL);
    }

  for (Collection c = 0; c < N_COLLECTIONS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[c]);

      if (model == NULL)
        continue;
      for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        {
          g_autoptr(CgObject) item = g_list_model_get_item (model, i);

          cg_object_set_history (item, NULL);
        }
      g_clear_object (&self->stores[c]);
    }
  g_clear_object (&self->history);

  G_OBJECT_CLASS (cg_workshop_parent_class)->dispose (object);
}

static void
cg_workshop_finalize (GObject *object)
{
  CgWorkshop *self = CG_WORKSHOP (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_free (self->title);
  g_free (self->facilitator);
  g_free (self->description);
  g_free (self->thanks);
  g_free (self->support);
  g_free (self->keep_until);
  g_free (self->log);
  g_free (self->erased);

  G_OBJECT_CLASS (cg_workshop_parent_class)->finalize (object);
}

static void
cg_workshop_constructed (GObject *object)
{
  CgWorkshop *self = CG_WORKSHOP (object);

  G_OBJECT_CLASS (cg_workshop_parent_class)->constructed (object);

  /* From now on, changes to the title are undoable like any other. */
  cg_object_set_history (CG_OBJECT (self), self->history);
}

static void
cg_workshop_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CgWorkshop *self = CG_WORKSHOP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_FACILITATOR:
      g_value_set_string (value, self->facilitator);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_THANKS:
      g_value_set_string (value, self->thanks);
      break;

    case PROP_SUPPORT:
      g_value_set_string (value, self->support);
      break;

    case PROP_KEEP_UNTIL:
      g_value_set_string (value, self->keep_until);
      break;

    case PROP_LOG:
      g_value_set_string (value, self->log);
      break;

    case PROP_ERASED:
      g_value_set_string (value, self->erased);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_workshop_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CgWorkshop *self = CG_WORKSHOP (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      cg_workshop_set_title (self, g_value_get_string (value));
      break;

    case PROP_FACILITATOR:
      cg_workshop_set_facilitator (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cg_workshop_set_description (self, g_value_get_string (value));
      break;

    case PROP_THANKS:
      cg_workshop_set_thanks (self, g_value_get_string (value));
      break;

    case PROP_SUPPORT:
      cg_workshop_set_support (self, g_value_get_string (value));
      break;

    case PROP_KEEP_UNTIL:
      cg_workshop_set_keep_until (self, g_value_get_string (value));
      break;

    case PROP_LOG:
      /* (undo and redo put the log back as it was; entries are added by add_log_entry) */
      cg_object_change_text (CG_OBJECT (self), pspec, &self->log, g_value_get_string (value));
      break;

    case PROP_ERASED:
      cg_object_change_string (CG_OBJECT (self), pspec, &self->erased,
                               g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_workshop_class_init (CgWorkshopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_workshop_dispose;
  object_class->finalize = cg_workshop_finalize;
  object_class->constructed = cg_workshop_constructed;
  object_class->get_property = cg_workshop_get_property;
  object_class->set_property = cg_workshop_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_FACILITATOR] =
    g_param_spec_string ("facilitator", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THANKS] =
    g_param_spec_string ("thanks", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUPPORT] =
    g_param_spec_string ("support", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEEP_UNTIL] =
    g_param_spec_string ("keep-until", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOG] =
    g_param_spec_string ("log", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERASED] =
    g_param_spec_string ("erased", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_workshop_init (CgWorkshop *self)
{
  self->history = cg_history_new ();
  cg_history_set_owner (self->history, G_OBJECT (self));
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (Collection c = 0; c < N_COLLECTIONS; c++)
    self->stores[c] = g_list_store_new (collection_type (c));
  self->title = g_strdup ("");
  self->facilitator = g_strdup ("");
  self->description = g_strdup ("");
  self->thanks = g_strdup ("");
  self->support = g_strdup ("");
  self->keep_until = g_strdup ("");
  self->log = g_strdup ("");
  self->erased = g_strdup ("");
}

CgWorkshop *
cg_workshop_new (const char *title)
{
  return cg_workshop_new_with_id (NULL, title);
}

CgWorkshop *
cg_workshop_new_with_id (const char *id,
                         const char *title)
{
  return g_object_new (CG_TYPE_WORKSHOP, "id", id, "title", title ? title : "", NULL);
}

const char *
cg_workshop_get_title (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->title;
}

const char *
cg_workshop_display_title (const char *title)
{
  return title != NULL && *title != '\0' ? title : _("Untitled workshop");
}

const char *
cg_workshop_get_display_title (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return cg_workshop_display_title (self->title);
}

void
cg_workshop_set_title (CgWorkshop *self,
                       const char *title)
{
  g_return_if_fail (CG_IS_WORKSHOP (self));
  cg_object_change_text (CG_OBJECT (self), properties[PROP_TITLE], &self->title,
                         title ? title : "");
}

/* The workshop's properties */

const char *
cg_workshop_get_facilitator (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->facilitator;
}

void
cg_workshop_set_facilitator (CgWorkshop *self,
                             const char *facilitator)
{
  g_return_if_fail (CG_IS_WORKSHOP (self));
  cg_object_change_text (CG_OBJECT (self), properties[PROP_FACILITATOR], &self->facilitator,
                         facilitator ? facilitator : "");
}

const char *
cg_workshop_get_description (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->description;
}

void
cg_workshop_set_description (CgWorkshop *self,
                             const char *description)
{
  g_return_if_fail (CG_IS_WORKSHOP (self));
  cg_object_change_text (CG_OBJECT (self), properties[PROP_DESCRIPTION], &self->description,
                         description ? description : "");
}

const char *
cg_workshop_get_thanks (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->thanks;
}

void
cg_workshop_set_thanks (CgWorkshop *self,
                        const char *thanks)
{
  g_return_if_fail (CG_IS_WORKSHOP (self));
  cg_object_change_text (CG_OBJECT (self), properties[PROP_THANKS], &self->thanks,
                         thanks ? thanks : "");
}

const char *
cg_workshop_get_support (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->support;
}

void
cg_workshop_set_support (CgWorkshop *self,
                         const char *support)
{
  g_return_if_fail (CG_IS_WORKSHOP (self));
  cg_object_change_text (CG_OBJECT (self), properties[PROP_SUPPORT], &self->support,
                         support ? support : "");
}

char **
cg_workshop_dup_support_contacts (CgWorkshop *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);

  lines = g_strsplit (self->support, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

void
cg_workshop_set_loaded_properties (CgWorkshop *self,
                                   const char *facilitator,
                                   const char *description,
                                   const char *thanks,
                                   const char *support)
{
  CgObject *object = CG_OBJECT (self);

  g_return_if_fail (CG_IS_WORKSHOP (self));

  /* nothing to record: away from the history for a moment */
  cg_object_set_history (object, NULL);
  cg_workshop_set_facilitator (self, facilitator);
  cg_workshop_set_description (self, description);
  cg_workshop_set_thanks (self, thanks);
  cg_workshop_set_support (self, support);
  cg_object_set_history (object, self->history);
}

/* Data protection: the date to keep the workshop until, and the log of what was removed */

const char *
cg_workshop_get_keep_until (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->keep_until;
}

void
cg_workshop_set_keep_until (CgWorkshop *self,
                            const char *date)
{
  g_return_if_fail (CG_IS_WORKSHOP (self));
  g_return_if_fail (date == NULL || *date == '\0' || cg_text_is_valid_date (date));
  cg_object_change_string (CG_OBJECT (self), properties[PROP_KEEP_UNTIL], &self->keep_until,
                         date ? date : "");
}

const char *
cg_workshop_get_log (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->log;
}

void
cg_workshop_add_log_entry (CgWorkshop *self,
                           GDateTime  *day,
                           const char *entry)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  g_autofree char *log = NULL;

  g_return_if_fail (CG_IS_WORKSHOP (self));
  g_return_if_fail (entry != NULL && strchr (entry, '\n') == NULL && *entry != '\0');

  if (day == NULL)
    day = now = g_date_time_new_now_local ();
  date = g_date_time_format (day, "%Y-%m-%d");
  line = g_strdup_printf ("%s %s", date, entry);
  log = *self->log != '\0' ? g_strconcat (self->log, "\n", line, NULL) : g_strdup (line);
  /* (a text field holds 10,000 characters at most: the oldest entries give way) */
  while (g_utf8_strlen (log, -1) > CG_TEXT_MAX_CHARS && strchr (log, '\n') != NULL)
    {
      char *rest = g_strdup (strchr (log, '\n') + 1);

      g_free (log);
      log = rest;
    }
  cg_object_change_text (CG_OBJECT (self), properties[PROP_LOG], &self->log, log);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
cg_workshop_dup_erased (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return *self->erased != '\0' ? g_strsplit (self->erased, "\n", -1) : g_new0 (char *, 1);
}

void
cg_workshop_add_erased (CgWorkshop         *self,
                        const char * const *ids)
{
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) old = NULL;
  g_autofree const char **sorted = NULL;
  g_autofree char *joined = NULL;
  guint n;

  g_return_if_fail (CG_IS_WORKSHOP (self));

  old = cg_workshop_dup_erased (self);
  for (guint i = 0; old[i] != NULL; i++)
    g_hash_table_add (set, old[i]);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (cg_text_is_valid_id (ids[i]))
      g_hash_table_add (set, (gpointer) ids[i]);
  sorted = (const char **) g_hash_table_get_keys_as_array (set, &n);
  qsort (sorted, n, sizeof (char *), compare_ids);
  joined = g_strjoinv ("\n", (char **) sorted);
  cg_object_change_string (CG_OBJECT (self), properties[PROP_ERASED], &self->erased, joined);
}

void
cg_workshop_set_loaded_record (CgWorkshop *self,
                               const char *keep_until,
                               const char *log,
                               const char * const *erased)
{
  CgObject *object = CG_OBJECT (self);

  g_return_if_fail (CG_IS_WORKSHOP (self));

  cg_object_set_history (object, NULL);
  cg_workshop_set_keep_until (self, keep_until);
  cg_object_change_text (object, properties[PROP_LOG], &self->log, log ? log : "");
  cg_workshop_add_erased (self, erased);
  cg_object_set_history (object, self->history);
}

/* New events */

/* "Workshop 2, 18 June"; "Workshop 2" for an event with no day. */
static char *
format_event_title (guint      number,
                    GDateTime *day)
{
  g_autofree char *date = NULL;

  if (day == NULL)
    /* Translators: the title of an event of the series with no date, as in "Workshop 2" */
    return g_strdup_printf (_("Workshop %u"), number);

  /* Translators: the day in the title of a new event, as in "Workshop 2, 18 June"; see
   * g_date_time_format(). xgettext:no-c-format */
  date = g_date_time_format (day, _("%-d %B"));
  /* Translators: the title a new event starts with: its number in the series and its day, as
   * in "Workshop 2, 18 June"; it can be renamed in Events… */
  return g_strdup_printf (_("Workshop %u, %s"), number, date);
}

/* The day of "YYYY-MM-DD", or NULL. */
static GDateTime *
parse_day (const char *date)
{
  if (date == NULL || !cg_text_is_valid_date (date))
    return NULL;
  return g_date_time_new_utc ((int) g_ascii_strtoull (date, NULL, 10),
                              (int) g_ascii_strtoull (date + 5, NULL, 10),
                              (int) g_ascii_strtoull (date + 8, NULL, 10), 0, 0, 0);
}

/* Whether an event's title is what the naming rule would give event @number, on @day or on the
 * event's own day or on none: that number is then taken. */
static gboolean
number_taken (CgWorkshop *self,
              guint       number,
              GDateTime  *day)
{
  GListModel *events = G_LIST_MODEL (self->stores[COLLECTION_EVENTS]);
  g_autofree char *on_day = format_event_title (number, day);
  g_autofree char *undated = format_event_title (number, NULL);

  for (guint i = 0, n = g_list_model_get_n_items (events); i < n; i++)
    {
      g_autoptr(CgEvent) event = g_list_model_get_item (events, i);
      g_autoptr(GDateTime) own_day = parse_day (cg_event_get_date (event));
      g_autofree char *on_own_day = own_day != NULL ? format_event_title (number, own_day)
                                                    : NULL;
      const char *title = cg_event_get_title (event);

      if (g_strcmp0 (title, on_day) == 0 || g_strcmp0 (title, undated) == 0 ||
          g_strcmp0 (title, on_own_day) == 0)
        return TRUE;
    }
  return FALSE;
}

char *
cg_workshop_dup_new_event_title (CgWorkshop *self,
                                 GDateTime  *day)
{
  g_autoptr(GDateTime) today = NULL;
  guint number;

  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);

  if (day == NULL)
    day = today = g_date_time_new_now_local ();
  number = g_list_model_get_n_items (G_LIST_MODEL (self->stores[COLLECTION_EVENTS])) + 1;
  while (number_taken (self, number, day))
    number++;
  return format_event_title (number, day);
}

CgEvent *
cg_workshop_add_new_event (CgWorkshop *self,
                           GDateTime  *day)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(CgEvent) event = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);

  if (day == NULL)
    day = today = g_date_time_new_now_local ();
  title = cg_workshop_dup_new_event_title (self, day);
  date = g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (day),
                          g_date_time_get_month (day), g_date_time_get_day_of_month (day));
  event = cg_event_new (title);
  cg_event_set_date (event, date);
  cg_workshop_add (self, event);
  return event; /* borrowed: the workshop holds it */
}

CgHistory *
cg_workshop_get_history (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return self->history;
}

GListModel *
cg_workshop_get_events (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return G_LIST_MODEL (self->stores[COLLECTION_EVENTS]);
}

GListModel *
cg_workshop_get_voices (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return G_LIST_MODEL (self->stores[COLLECTION_VOICES]);
}

GListModel *
cg_workshop_get_themes (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return G_LIST_MODEL (self->stores[COLLECTION_THEMES]);
}

GListModel *
cg_workshop_get_ideas (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return G_LIST_MODEL (self->stores[COLLECTION_IDEAS]);
}

GListModel *
cg_workshop_get_actions (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return G_LIST_MODEL (self->stores[COLLECTION_ACTIONS]);
}

GListModel *
cg_workshop_get_participants (CgWorkshop *self)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return G_LIST_MODEL (self->stores[COLLECTION_PARTICIPANTS]);
}

CgObject *
cg_workshop_lookup (CgWorkshop *self,
                    const char *id)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

int
cg_workshop_index_of (CgWorkshop *self,
                      gpointer    object)
{
  GListStore *store;
  guint position;

  g_return_val_if_fail (CG_IS_WORKSHOP (self), -1);
  g_return_val_if_fail (CG_IS_OBJECT (object), -1);

  store = store_for_type (self, G_OBJECT_TYPE (object));
  if (store == NULL || !g_list_store_find (store, object, &position))
    return -1;
  return (int) position;
}

/* Whether @object is NULL or belongs to this workshop. */
static gboolean
holds_or_null (CgWorkshop *self,
               gpointer    object)
{
  return object == NULL ||
         cg_workshop_lookup (self, cg_object_get_id (CG_OBJECT (object))) == object;
}

static gboolean
references_resolve (CgWorkshop *self,
                    CgObject   *object)
{
  if (CG_IS_IDEA (object))
    {
      CgIdea *idea = CG_IDEA (object);

      return holds_or_null (self, cg_idea_get_event (idea)) &&
             holds_or_null (self, cg_idea_get_theme (idea)) &&
             holds_or_null (self, cg_idea_get_voice (idea));
    }
  if (CG_IS_ACTION (object))
    return holds_or_null (self, cg_action_get_theme (CG_ACTION (object)));
  return TRUE;
}

void
cg_workshop_insert (CgWorkshop *self,
                    gpointer    object,
                    int         position)
{
  CgObject *item = object;
  GListStore *store;
  guint n_items;

  g_return_if_fail (CG_IS_WORKSHOP (self));
  g_return_if_fail (CG_IS_OBJECT (item));

  store = store_for_type (self, G_OBJECT_TYPE (item));
  g_return_if_fail (store != NULL);
  g_return_if_fail (cg_workshop_lookup (self, cg_object_get_id (item)) == NULL);
  g_return_if_fail (cg_object_get_history (item) == NULL ||
                    cg_object_get_history (item) == self->history);
  g_return_if_fail (references_resolve (self, item));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (position < 0 || (guint) position > n_items)
    position = (int) n_items;

  raw_insert (self, item, (guint) position);
  record_list_change (self, item, LIST_INSERT, (guint) position, (guint) position);
}

void
cg_workshop_add (CgWorkshop *self,
                 gpointer    object)
{
  cg_workshop_insert (self, object, -1);
}

/* Calls @func on every idea (or action) of the workshop. */
static void
foreach_item (CgWorkshop *self,
              Collection  collection,
              GFunc       func,
              gpointer    user_data)
{
  GListModel *model = G_LIST_MODEL (self->stores[collection]);

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      func (item, user_data);
    }
}

static void
forget_theme_cb (gpointer item,
                 gpointer theme)
{
  if (CG_IS_IDEA (item) && cg_idea_get_theme (item) == theme)
    cg_idea_set_theme (item, NULL);
  else if (CG_IS_ACTION (item) && cg_action_get_theme (item) == theme)
    cg_action_set_theme (item, NULL);
}

static void
forget_voice_cb (gpointer idea,
                 gpointer voice)
{
  if (cg_idea_get_voice (idea) == voice)
    cg_idea_set_voice (idea, NULL);
}

static void
forget_event_cb (gpointer item,
                 gpointer event)
{
  if (CG_IS_IDEA (item))
    {
      if (cg_idea_get_event (item) == event)
        cg_idea_set_event (item, NULL);
      cg_idea_set_votes (item, event, 0);
    }
  else if (CG_IS_PARTICIPANT (item))
    {
      cg_participant_set_attended (item, event, FALSE);
    }
  else
    {
      cg_voice_set_attendance (item, event, 0);
    }
}

static void
forget_idea_cb (gpointer item,
                gpointer idea)
{
  const char *id = cg_object_get_id (idea);

  if (CG_IS_ACTION (item))
    cg_action_unlink_idea (item, id);
  else if (g_strcmp0 (cg_idea_get_carried_from (item), id) == 0)
    cg_idea_set_carried_from (item, NULL);
}

static const char *
removal_label (CgObject *item)
{
  if (CG_IS_THEME (item))
    return _("Remove theme");
  if (CG_IS_VOICE (item))
    return _("Remove voice");
  if (CG_IS_EVENT (item))
    return _("Remove event");
  if (CG_IS_IDEA (item))
    return _("Remove idea");
  if (CG_IS_PARTICIPANT (item))
    return _("Remove person");
  return _("Remove action");
}

void
cg_workshop_remove (CgWorkshop *self,
                    gpointer    object)
{
  CgObject *item = object;
  g_autoptr(CgObject) hold = NULL;
  int position;

  g_return_if_fail (CG_IS_WORKSHOP (self));
  g_return_if_fail (CG_IS_OBJECT (item));

  position = cg_workshop_index_of (self, item);
  g_return_if_fail (position >= 0);

  hold = g_object_ref (item);
  cg_history_begin_group (self->history, removal_label (item));

  if (CG_IS_THEME (item))
    {
      foreach_item (self, COLLECTION_IDEAS, forget_theme_cb, item);
      foreach_item (self, COLLECTION_ACTIONS, forget_theme_cb, item);
    }
  else if (CG_IS_VOICE (item))
    {
      foreach_item (self, COLLECTION_IDEAS, forget_voice_cb, item);
    }
  else if (CG_IS_EVENT (item))
    {
      foreach_item (self, COLLECTION_IDEAS, forget_event_cb, item);
      foreach_item (self, COLLECTION_VOICES, forget_event_cb, item);
      foreach_item (self, COLLECTION_PARTICIPANTS, forget_event_cb, item);
    }
  else if (CG_IS_IDEA (item))
    {
      foreach_item (self, COLLECTION_IDEAS, forget_idea_cb, item);
      foreach_item (self, COLLECTION_ACTIONS, forget_idea_cb, item);
    }

  raw_remove (self, item, (guint) position);
  record_list_change (self, item, LIST_REMOVE, (guint) position, (guint) position);

  cg_history_end_group (self->history);
}

void
cg_workshop_move (CgWorkshop *self,
                  gpointer    object,
                  guint       position)
{
  CgObject *item = object;
  GListStore *store;
  int from;

  g_return_if_fail (CG_IS_WORKSHOP (self));
  g_return_if_fail (CG_IS_OBJECT (item));

  from = cg_workshop_index_of (self, item);
  g_return_if_fail (from >= 0);

  store = store_for_type (self, G_OBJECT_TYPE (item));
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
  if ((guint) from == position)
    return;

  raw_move (self, item, position);
  record_list_change (self, item, LIST_MOVE, (guint) from, position);
}

void
cg_workshop_place_idea (CgWorkshop *self,
                        CgIdea     *idea,
                        CgTheme    *theme,
                        CgIdea     *before)
{
  int from, to;

  g_return_if_fail (CG_IS_WORKSHOP (self));
  g_return_if_fail (CG_IS_IDEA (idea));
  g_return_if_fail (theme == NULL || cg_workshop_index_of (self, theme) >= 0);
  g_return_if_fail (before == NULL || cg_workshop_index_of (self, before) >= 0);

  from = cg_workshop_index_of (self, idea);
  g_return_if_fail (from >= 0);
  if (before == idea)
    to = from;
  else if (before == NULL)
    to = (int) g_list_model_get_n_items (cg_workshop_get_ideas (self)) - 1;
  else
    {
      to = cg_workshop_index_of (self, before);
      if (to > from)
        to--; /* once @idea is out of the list, @before is one place earlier */
    }

  cg_history_begin_group (self->history, _("Move idea"));
  cg_idea_set_theme (idea, theme);
  cg_workshop_move (self, idea, (guint) to);
  cg_history_end_group (self->history);
}

void
cg_workshop_append_loaded (CgWorkshop *self,
                           GType       type,
                           gpointer   *objects,
                           guint       n_objects)
{
  GListStore *store;

  g_return_if_fail (CG_IS_WORKSHOP (self));

  store = store_for_type (self, type);
  g_return_if_fail (store != NULL);

  for (guint i = 0; i < n_objects; i++)
    {
      g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (objects[i], type));
      g_hash_table_insert (self->by_id, (gpointer) cg_object_get_id (objects[i]), objects[i]);
      cg_object_set_history (objects[i], self->history);
    }
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, objects,
                       n_objects);
}
