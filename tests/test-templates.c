/* test-templates.c: the framework theme sets and applying them as one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-test"

#include "config.h"

#include <string.h>

#include "model/cg-model.h"

static const char * const expected_ids[] = {
  "dundee", "chime", "imroc", "trauma-informed", "culture-of-care",
  "co-design", "five-ways", "realising-recovery", "refocus", "young-people",
};

static gboolean
is_lower_hex_colour (const char *colour)
{
  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isdigit (colour[i]) && (colour[i] < 'a' || colour[i] > 'f'))
      return FALSE;
  return TRUE;
}

static void
test_list (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = cg_templates_get_n_templates ();

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected_ids));

  for (guint i = 0; i < n; i++)
    {
      const CgTemplate *template = cg_templates_get_nth (i);
      guint n_themes;

      g_assert_nonnull (template);
      g_assert_cmpstr (template->id, ==, expected_ids[i]);
      g_assert_true (g_hash_table_add (ids, (gpointer) template->id));
      g_assert_nonnull (template->name);
      g_assert_cmpstr (template->name, !=, "");
      g_assert_nonnull (template->source);
      g_assert_cmpstr (template->source, !=, "");

      n_themes = cg_template_get_n_themes (template);
      g_assert_cmpuint (n_themes, >=, 3);
      for (guint t = 0; t < n_themes; t++)
        {
          g_assert_nonnull (template->themes[t].name);
          g_assert_cmpstr (template->themes[t].name, !=, "");
          g_assert_nonnull (template->themes[t].description);
        }
      g_assert_null (template->themes[n_themes].name);
    }
}

static void
test_theme_counts (void)
{
  static const struct { const char *id; guint n_themes; } counts[] = {
    { "dundee", 4 }, { "chime", 5 }, { "imroc", 10 }, { "trauma-informed", 9 },
    { "culture-of-care", 4 }, { "co-design", 4 }, { "five-ways", 5 },
    { "realising-recovery", 3 }, { "refocus", 4 }, { "young-people", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      const CgTemplate *template = cg_templates_lookup (counts[i].id);

      g_assert_nonnull (template);
      g_assert_cmpstr (template->id, ==, counts[i].id);
      g_assert_cmpuint (cg_template_get_n_themes (template), ==, counts[i].n_themes);
    }

  g_assert_null (cg_templates_lookup ("no-such-framework"));
  g_assert_null (cg_templates_lookup (""));
  g_assert_cmpstr (cg_templates_lookup ("dundee")->themes[0].name, ==, "First contacts");
}

static void
test_apply (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Templates");
  CgHistory *history = cg_workshop_get_history (workshop);
  GListModel *themes = cg_workshop_get_themes (workshop);
  const CgTemplate *chime = cg_templates_lookup ("chime");
  const CgTemplate *imroc = cg_templates_lookup ("imroc");
  g_autoptr(GHashTable) colours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_chime = cg_template_get_n_themes (chime);
  guint n_imroc = cg_template_get_n_themes (imroc);
  guint n_undo = cg_history_get_n_undo (history);

  cg_templates_apply (chime, workshop);
  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, n_chime);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo + 1);

  cg_templates_apply (imroc, workshop);
  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, n_chime + n_imroc);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo + 2);
  g_assert_cmpstr (cg_history_get_undo_label (history), ==,
                   "Add themes from ImROC ten organisational challenges");

  for (guint i = 0; i < n_chime + n_imroc; i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, i);
      const CgTemplate *from = i < n_chime ? chime : imroc;
      const CgTemplateTheme *entry = &from->themes[i < n_chime ? i : i - n_chime];

      g_assert_cmpstr (cg_theme_get_name (theme), ==, entry->name);
      g_assert_cmpstr (cg_theme_get_description (theme), ==, entry->description);
      g_assert_cmpstr (cg_theme_get_framework (theme), ==, from->id);
      g_assert_true (is_lower_hex_colour (cg_theme_get_colour (theme)));
      g_hash_table_add (colours, g_strdup (cg_theme_get_colour (theme)));
    }
  /* Fifteen themes on one board: all ten colours of the palette are in use. */
  g_assert_cmpuint (g_hash_table_size (colours), ==, 10);

  /* Undo takes away the second set only, then the first. */
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, n_chime);
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, 0);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo);

  g_assert_true (cg_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, n_chime);
}

/* A new workshop's title says its framework and the day: "CHIME workshop, 4 December 2026". */
static void
test_workshop_title (void)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 4, 9, 0, 0);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *chime = cg_template_dup_workshop_title (cg_templates_lookup ("chime"), day);
  g_autofree char *plain = cg_template_dup_workshop_title (NULL, day);
  g_autofree char *today = cg_template_dup_workshop_title (NULL, NULL);

  g_assert_cmpstr (chime, ==, "CHIME workshop, 4 December 2026");
  g_assert_cmpstr (plain, ==, "Co-design workshop, 4 December 2026");
  g_assert_true (g_str_has_prefix (today, "Co-design workshop, "));

  /* each template its own, each with the date */
  for (guint i = 0; i < cg_templates_get_n_templates (); i++)
    {
      char *title = cg_template_dup_workshop_title (cg_templates_get_nth (i), day);

      g_assert_true (g_str_has_suffix (title, " workshop, 4 December 2026"));
      g_assert_true (g_hash_table_add (seen, title));
    }
}

static void
test_distinct_colours (void)
{
  /* Within one framework no two themes share a colour. */
  for (guint i = 0; i < cg_templates_get_n_templates (); i++)
    {
      g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Colours");
      g_autoptr(GHashTable) colours = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                             g_free, NULL);
      const CgTemplate *template = cg_templates_get_nth (i);
      GListModel *themes = cg_workshop_get_themes (workshop);

      cg_templates_apply (template, workshop);
      for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
        {
          g_autoptr(CgTheme) theme = g_list_model_get_item (themes, t);

          g_assert_true (g_hash_table_add (colours, g_strdup (cg_theme_get_colour (theme))));
        }
      g_assert_cmpuint (g_hash_table_size (colours), ==, cg_template_get_n_themes (template));
    }
}

static void
test_standard_voices (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("New");
  GListModel *voices = cg_workshop_get_voices (workshop);
  CgHistory *history = cg_workshop_get_history (workshop);
  g_autoptr(CgVoice) first = NULL;

  cg_history_clear (history);
  cg_templates_add_standard_voices (workshop);
  g_assert_cmpuint (g_list_model_get_n_items (voices), ==, 4);
  first = g_list_model_get_item (voices, 0);
  g_assert_cmpstr (cg_voice_get_name (first), ==, "Lived experience");
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  cg_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (voices), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/templates/list", test_list);
  g_test_add_func ("/model/templates/theme-counts", test_theme_counts);
  g_test_add_func ("/model/templates/apply", test_apply);
  g_test_add_func ("/model/templates/workshop-title", test_workshop_title);
  g_test_add_func ("/model/templates/distinct-colours", test_distinct_colours);

  g_test_add_func ("/model/templates/standard-voices", test_standard_voices);

  return g_test_run ();
}
