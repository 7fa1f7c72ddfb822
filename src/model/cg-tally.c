/* cg-tally.c: counts per event (votes, attendance) held as an a{su} GVariant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cg-tally.h"

guint
cg_tally_get (GVariant   *tally,
              const char *key)
{
  guint count = 0;

  if (tally != NULL && key != NULL)
    g_variant_lookup (tally, key, "u", &count);
  return count;
}

guint
cg_tally_total (GVariant *tally)
{
  GVariantIter iter;
  const char *key;
  guint count, total = 0;

  if (tally == NULL)
    return 0;
  g_variant_iter_init (&iter, tally);
  while (g_variant_iter_next (&iter, "{&su}", &key, &count))
    total += count;
  return total;
}

GVariant *
cg_tally_set (GVariant   *tally,
              const char *key,
              guint       count)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *k;
  guint c;
  gboolean placed = FALSE;
  guint n = 0;

  g_variant_builder_init (&builder, CG_TALLY_TYPE);
  if (tally != NULL)
    {
      g_variant_iter_init (&iter, tally);
      while (g_variant_iter_next (&iter, "{&su}", &k, &c))
        {
          int cmp = strcmp (k, key);

          if (!placed && cmp >= 0)
            {
              if (count > 0 && ++n)
                g_variant_builder_add (&builder, "{su}", key, count);
              placed = TRUE;
              if (cmp == 0)
                continue;
            }
          g_variant_builder_add (&builder, "{su}", k, c);
          n++;
        }
    }
  if (!placed && count > 0 && ++n)
    g_variant_builder_add (&builder, "{su}", key, count);

  if (n == 0)
    {
      g_variant_builder_clear (&builder);
      return NULL;
    }
  return g_variant_builder_end (&builder);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GVariant *
cg_tally_new_from_table (GHashTable *table)
{
  g_autofree gpointer *keys = NULL;
  GVariantBuilder builder;
  guint n_keys = 0;
  guint n = 0;

  g_return_val_if_fail (table != NULL, NULL);

  keys = g_hash_table_get_keys_as_array (table, &n_keys);
  qsort (keys, n_keys, sizeof (gpointer), compare_keys);
  g_variant_builder_init (&builder, CG_TALLY_TYPE);
  for (guint i = 0; i < n_keys; i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (table, keys[i]));

      if (count == 0)
        continue;
      g_variant_builder_add (&builder, "{su}", (const char *) keys[i], count);
      n++;
    }
  if (n == 0)
    {
      g_variant_builder_clear (&builder);
      return NULL;
    }
  return g_variant_builder_end (&builder);
}

void
cg_tally_fill_table (GVariant   *tally,
                     GHashTable *table)
{
  GVariantIter iter;
  const char *key;
  guint count;

  g_return_if_fail (table != NULL);

  if (tally == NULL)
    return;
  g_variant_iter_init (&iter, tally);
  while (g_variant_iter_next (&iter, "{&su}", &key, &count))
    g_hash_table_insert (table, (gpointer) key, GUINT_TO_POINTER (count));
}
