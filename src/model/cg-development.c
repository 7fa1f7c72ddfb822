/* cg-development.c: how each theme developed from one event of a series to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-development.h"
#include "cg-series.h"

struct _CgDevelopment
{
  GPtrArray            *themes;  /* CgTheme, workshop order; the Unsorted row comes after */
  GPtrArray            *events;  /* CgEvent, series order */
  CgDevelopmentFigures *figures; /* n_rows * n_events, row by row */
};

/* Every object of @model, referenced, with its position + 1 in @index. */
static GPtrArray *
collect (GListModel *model,
         GHashTable *index)
{
  guint n_items = g_list_model_get_n_items (model);
  GPtrArray *objects = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    {
      GObject *object = g_list_model_get_item (model, i);

      g_ptr_array_add (objects, object);
      g_hash_table_insert (index, object, GUINT_TO_POINTER (i + 1));
    }
  return objects;
}

static CgDevelopmentFigures *
figures_at (CgDevelopment *self,
            guint          row,
            guint          column)
{
  return &self->figures[row * self->events->len + column];
}

static void
count_idea (CgDevelopment *self,
            CgSeries      *series,
            CgIdea        *idea,
            guint          row,
            GHashTable    *event_index)
{
  guint column = GPOINTER_TO_UINT (g_hash_table_lookup (event_index, cg_idea_get_event (idea)));
  CgDevelopmentFigures *figures;

  /* votes: at whichever events they were cast */
  for (guint c = 0; c < self->events->len; c++)
    figures_at (self, row, c)->votes += cg_idea_get_votes (idea, self->events->pdata[c]);

  if (column == 0)
    return; /* at no event (or at one not in the workshop) */
  figures = figures_at (self, row, column - 1);
  /* a copy in a lineage (cg-series.c), not a merge's conflict copy or a dangling link */
  if (cg_series_is_carried (series, idea))
    figures->carried++;
  else
    figures->raised++;
  if (cg_idea_get_status (idea) == CG_IDEA_STATUS_ACTIONED)
    figures->actioned++;
  else if (cg_idea_get_status (idea) == CG_IDEA_STATUS_OPEN)
    figures->open++;
}

CgDevelopment *
cg_development_new (CgWorkshop *workshop)
{
  g_autoptr(GHashTable) theme_index = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) event_index = g_hash_table_new (NULL, NULL);
  g_autoptr(CgSeries) series = NULL;
  CgDevelopment *self;
  GListModel *ideas;
  guint unsorted;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  self = g_new0 (CgDevelopment, 1);
  self->themes = collect (cg_workshop_get_themes (workshop), theme_index);
  self->events = collect (cg_workshop_get_events (workshop), event_index);
  unsorted = self->themes->len;
  self->figures = g_new0 (CgDevelopmentFigures, (unsorted + 1) * self->events->len);

  /* one pass over the ideas, however many themes and events there are */
  series = cg_series_new (workshop);
  ideas = cg_workshop_get_ideas (workshop);
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      CgTheme *theme = cg_idea_get_theme (idea);
      guint row = theme != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (theme_index, theme)) : 0;

      count_idea (self, series, idea, row > 0 ? row - 1 : unsorted, event_index);
    }
  return self;
}

void
cg_development_free (CgDevelopment *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->themes);
  g_ptr_array_unref (self->events);
  g_free (self->figures);
  g_free (self);
}

guint
cg_development_get_n_rows (CgDevelopment *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->themes->len + 1;
}

CgTheme *
cg_development_get_theme (CgDevelopment *self,
                          guint          row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row <= self->themes->len, NULL);
  return row < self->themes->len ? self->themes->pdata[row] : NULL;
}

int
cg_development_find_row (CgDevelopment *self,
                         CgTheme       *theme)
{
  guint row;

  g_return_val_if_fail (self != NULL, -1);

  if (theme == NULL)
    return self->themes->len;
  if (!g_ptr_array_find (self->themes, theme, &row))
    return -1;
  return row;
}

guint
cg_development_get_n_events (CgDevelopment *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->events->len;
}

CgEvent *
cg_development_get_event (CgDevelopment *self,
                          guint          column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->events->len, NULL);
  return self->events->pdata[column];
}

const CgDevelopmentFigures *
cg_development_get_figures (CgDevelopment *self,
                            guint          row,
                            guint          column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row <= self->themes->len, NULL);
  g_return_val_if_fail (column < self->events->len, NULL);
  return figures_at (self, row, column);
}

guint
cg_development_count_ideas (CgDevelopment *self,
                            guint          row)
{
  guint n_ideas = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row <= self->themes->len, 0);

  for (guint c = 0; c < self->events->len; c++)
    n_ideas += figures_at (self, row, c)->raised + figures_at (self, row, c)->carried;
  return n_ideas;
}

/* "March: 4 ideas, 12 votes" or, once ideas have been carried in, "June: 2 new, 3 carried,
 * 9 votes". */
static char *
describe_step (CgEvent                    *event,
               const CgDevelopmentFigures *figures)
{
  const char *title = cg_event_get_display_title (event);
  g_autofree char *votes = g_strdup_printf (ngettext ("%u vote", "%u votes", figures->votes),
                                            figures->votes);
  g_autofree char *raised = NULL;
  g_autofree char *carried = NULL;


  if (figures->carried == 0)
    {
      raised = g_strdup_printf (ngettext ("%u idea", "%u ideas", figures->raised),
                                figures->raised);
      /* Translators: an event, its ideas and its votes: "March: 4 ideas, 12 votes" */
      return g_strdup_printf (_("%s: %s, %s"), title, raised, votes);
    }

  /* Translators: ideas first raised at an event, as in "2 new, 3 carried" */
  raised = g_strdup_printf (ngettext ("%u new", "%u new", figures->raised), figures->raised);
  /* Translators: ideas carried forward from an earlier event, as in "2 new, 3 carried" */
  carried = g_strdup_printf (ngettext ("%u carried", "%u carried", figures->carried),
                             figures->carried);
  /* Translators: an event, its new and carried ideas and its votes:
   * "June: 2 new, 3 carried, 9 votes" */
  return g_strdup_printf (_("%s: %s, %s, %s"), title, raised, carried, votes);
}

char *
cg_development_describe (CgDevelopment *self,
                         guint          row)
{
  GString *line;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row <= self->themes->len, NULL);

  line = g_string_new (NULL);
  for (guint c = 0; c < self->events->len; c++)
    {
      const CgDevelopmentFigures *figures = figures_at (self, row, c);
      g_autofree char *step = NULL;

      if (figures->raised + figures->carried + figures->votes == 0)
        continue;
      step = describe_step (self->events->pdata[c], figures);
      if (line->len > 0)
        /* Translators: between two events of a theme's story: "March: … → June: …" */
        g_string_append (line, _(" → "));
      g_string_append (line, step);
    }

  if (line->len == 0)
    g_string_append (line, _("No ideas yet"));
  return g_string_free (line, FALSE);
}
