/* cg-colours.c: the colour a new theme or voice gets
 *
 * Themes and voices take their colours from two different palettes, so that a card's theme
 * column and its voice stripe are not mistaken for each other. Each palette is chosen to stay
 * apart for people with the common kinds of colour blindness; a new theme or voice takes the
 * first colour not in use, so a workshop keeps distinct colours as long as there are any.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-colours.h"
#include "cg-theme.h"
#include "cg-voice.h"

/* Paul Tol's "muted" set, with one clear blue added to make ten (the largest framework has
 * ten themes); dark and light alternate. */
static const char * const theme_palette[] = {
  "#332288", "#ddcc77", "#117733", "#cc6677", "#0072b2",
  "#882255", "#44aa99", "#999933", "#aa4499", "#88ccee",
};

/* Okabe and Ito's set, with grey instead of black. */
static const char * const voice_palette[] = {
  "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999",
};

/* The first of @palette that no object of @objects has as its "colour". */
static const char *
next_colour (GListModel         *objects,
             const char * const *palette,
             guint               n_colours)
{
  guint n = g_list_model_get_n_items (objects);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);
      g_autofree char *colour = NULL;

      g_object_get (object, "colour", &colour, NULL);
      if (colour != NULL)
        g_hash_table_add (used, g_ascii_strdown (colour, -1));
    }

  for (guint c = 0; c < n_colours; c++)
    if (!g_hash_table_contains (used, palette[c]))
      return palette[c];
  return palette[n % n_colours];
}

const char *
cg_colours_next_theme (CgWorkshop *workshop)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), theme_palette[0]);

  return next_colour (cg_workshop_get_themes (workshop), theme_palette,
                      G_N_ELEMENTS (theme_palette));
}

const char *
cg_colours_next_voice (CgWorkshop *workshop)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), voice_palette[0]);

  return next_colour (cg_workshop_get_voices (workshop), voice_palette,
                      G_N_ELEMENTS (voice_palette));
}
