/* cg-merge-report.c: what a merge added, matched and found in conflict, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-merge-private.h"

CgMergeReport *
cg_merge_report_new (void)
{
  CgMergeReport *self = g_new0 (CgMergeReport, 1);

  self->conflict_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->conflict_ids, NULL);
  self->laptops = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
cg_merge_report_free (CgMergeReport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->conflict_ids);
  g_hash_table_unref (self->laptops);
  g_free (self);
}

guint
cg_merge_report_get_n_added (const CgMergeReport *self,
                             CgMergeKind          kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind < CG_MERGE_N_KINDS, 0);
  return self->n_added[kind];
}

guint
cg_merge_report_get_n_matched (const CgMergeReport *self,
                               CgMergeKind          kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind < CG_MERGE_N_KINDS, 0);
  return self->n_matched[kind];
}

guint
cg_merge_report_get_n_conflicts (const CgMergeReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_conflicts;
}

const char * const *
cg_merge_report_get_conflict_ids (const CgMergeReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->conflict_ids->pdata;
}

void
cg_merge_report_add_conflict_id (CgMergeReport *self,
                                 const char    *id)
{
  /* keep the array NULL-terminated */
  self->conflict_ids->pdata[self->conflict_ids->len - 1] = g_strdup (id);
  g_ptr_array_add (self->conflict_ids, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

void
cg_merge_report_add_from_laptop (CgMergeReport *self,
                                 const char    *laptop)
{
  guint n;

  if (laptop == NULL)
    return;
  n = GPOINTER_TO_UINT (g_hash_table_lookup (self->laptops, laptop));
  g_hash_table_insert (self->laptops, g_strdup (laptop), GUINT_TO_POINTER (n + 1));
}

/* "Table 2 (8), Table 3 (4)": the laptops the added ideas came from, by name; NULL for none. */
static char *
laptops_phrase (const CgMergeReport *self)
{
  g_autofree const char **names = NULL;
  g_autoptr(GString) phrase = NULL;
  guint n;

  if (g_hash_table_size (self->laptops) == 0)
    return NULL;
  names = (const char **) g_hash_table_get_keys_as_array (self->laptops, &n);
  qsort (names, n, sizeof (char *), compare_names);
  phrase = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (phrase, ", ");
      /* Translators: a laptop's name and how many of the ideas added it captured */
      g_string_append_printf (phrase, _("%s (%u)"), names[i],
                              GPOINTER_TO_UINT (g_hash_table_lookup (self->laptops, names[i])));
    }
  return g_string_free (g_steal_pointer (&phrase), FALSE);
}

/* "12 ideas" for one kind of object. */
static char *
count_phrase (CgMergeKind kind,
              guint       n)
{
  switch (kind)
    {
    case CG_MERGE_EVENTS:
      return g_strdup_printf (ngettext ("%u event", "%u events", n), n);
    case CG_MERGE_VOICES:
      return g_strdup_printf (ngettext ("%u voice", "%u voices", n), n);
    case CG_MERGE_THEMES:
      return g_strdup_printf (ngettext ("%u theme", "%u themes", n), n);
    case CG_MERGE_IDEAS:
      return g_strdup_printf (ngettext ("%u idea", "%u ideas", n), n);
    case CG_MERGE_ACTIONS:
      return g_strdup_printf (ngettext ("%u action", "%u actions", n), n);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "12 ideas, 1 theme", or NULL when every count is 0. Ideas come first: they matter most. */
static char *
counts_phrase (const guint *counts)
{
  static const CgMergeKind order[] = {
    CG_MERGE_IDEAS, CG_MERGE_THEMES, CG_MERGE_VOICES, CG_MERGE_EVENTS, CG_MERGE_ACTIONS,
  };
  g_autoptr(GString) phrase = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *part = NULL;

      if (counts[order[i]] == 0)
        continue;
      part = count_phrase (order[i], counts[order[i]]);
      if (phrase == NULL)
        phrase = g_string_new (part);
      else
        g_string_append_printf (phrase, ", %s", part);
    }
  return phrase != NULL ? g_string_free (g_steal_pointer (&phrase), FALSE) : NULL;
}

char *
cg_merge_report_describe (const CgMergeReport *self)
{
  g_autofree char *added = NULL;
  g_autofree char *matched = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  gunichar first;

  g_return_val_if_fail (self != NULL, NULL);

  added = counts_phrase (self->n_added);
  matched = counts_phrase (self->n_matched);
  if (added != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("added %s"), added));
  if (matched != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("matched %s"), matched));
  {
    g_autofree char *laptops = laptops_phrase (self);

    if (laptops != NULL)
      /* Translators: "new ideas from Table 2 (8), Table 3 (4)" */
      g_ptr_array_add (parts, g_strdup_printf (_("new ideas from %s"), laptops));
  }
  if (self->n_conflicts > 0)
    g_ptr_array_add (parts,
                     g_strdup_printf (ngettext ("%u idea conflicted and was kept both ways",
                                                "%u ideas conflicted and were kept both ways",
                                                self->n_conflicts),
                                      self->n_conflicts));
  if (parts->len == 0)
    return g_strdup (_("The other workshop was empty: nothing to merge."));

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv ("; ", (char **) parts->pdata);
  first = g_unichar_totitle (g_utf8_get_char (joined));
  {
    char buf[8] = { 0 };

    g_unichar_to_utf8 (first, buf);
    return g_strdup_printf ("%s%s.", buf, g_utf8_next_char (joined));
  }
}
