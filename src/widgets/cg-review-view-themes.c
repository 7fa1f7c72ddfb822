/* cg-review-view-themes.c: the review view's "How themes developed" page: a theme per row, an
 * event per column, and in each cell the theme's figures at that event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-review-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-review-view-private.h"
#include "model/cg-development.h"

#define FIGURE_SCALE 1.2
#define NO_THEME_COLOUR "#9a9996"

static GtkWidget *
figure_label_new (const char *text,
                  gboolean    strong)
{
  GtkWidget *label = gtk_label_new (text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (FIGURE_SCALE));
  if (strong)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* "3 ideas", or "1 new, 2 carried" once ideas have been carried in. */
static char *
format_ideas (const CgDevelopmentFigures *figures)
{
  g_autofree char *raised = NULL;
  g_autofree char *carried = NULL;

  if (figures->carried == 0)
    return g_strdup_printf (ngettext ("%u idea", "%u ideas", figures->raised), figures->raised);
  /* Translators: ideas first raised at an event, as in "2 new, 3 carried" */
  raised = g_strdup_printf (ngettext ("%u new", "%u new", figures->raised), figures->raised);
  /* Translators: ideas carried forward from an earlier event, as in "2 new, 3 carried" */
  carried = g_strdup_printf (ngettext ("%u carried", "%u carried", figures->carried),
                             figures->carried);
  /* Translators: new and carried ideas: "2 new, 3 carried" */
  return g_strdup_printf (_("%s, %s"), raised, carried);
}

/* "1 actioned, 2 still open" */
static char *
format_outcome (const CgDevelopmentFigures *figures)
{
  /* Translators: of a theme's ideas at an event, how many led to an action */
  g_autofree char *actioned = g_strdup_printf (ngettext ("%u actioned", "%u actioned",
                                                         figures->actioned), figures->actioned);
  /* Translators: of a theme's ideas at an event, how many are still open */
  g_autofree char *open = g_strdup_printf (ngettext ("%u still open", "%u still open",
                                                     figures->open), figures->open);

  /* Translators: "1 actioned, 2 still open" */
  return g_strdup_printf (_("%s, %s"), actioned, open);
}

/* The theme's figures at one event, one line each: ideas, votes, what became of them. */
static GtkWidget *
figures_cell_new (const char                 *theme,
                  const char                 *event,
                  const CgDevelopmentFigures *figures)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *ideas = NULL;
  g_autofree char *votes = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *description = NULL;

  gtk_widget_set_name (cell, "review-development-cell");
  gtk_widget_set_valign (cell, GTK_ALIGN_START);
  if (figures->raised + figures->carried + figures->votes == 0)
    {
      GtkWidget *none = figure_label_new (_("Nothing"), FALSE);

      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (cell), none);
      /* Translators: a theme, then an event where none of its ideas came up */
      description = g_strdup_printf (_("%s at %s: nothing"), theme, event);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
      return cell;
    }

  ideas = format_ideas (figures);
  votes = g_strdup_printf (ngettext ("%u vote", "%u votes", figures->votes), figures->votes);
  outcome = format_outcome (figures);
  gtk_box_append (GTK_BOX (cell), figure_label_new (ideas, TRUE));
  gtk_box_append (GTK_BOX (cell), figure_label_new (votes, FALSE));
  gtk_box_append (GTK_BOX (cell), figure_label_new (outcome, FALSE));
  /* Translators: a theme at an event, then its figures there:
   * "Access at June: 1 new, 2 carried; 11 votes; 1 actioned, 2 still open" */
  description = g_strdup_printf (_("%s at %s: %s; %s; %s"), theme, event, ideas, votes, outcome);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  return cell;
}

/* The theme's colour and name; its whole story as the tooltip. */
static GtkWidget *
theme_header_new (const char *name,
                  const char *colour,
                  const char *story)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_label_new (NULL);
  GtkWidget *label = figure_label_new (name, TRUE);
  g_autofree char *markup = NULL;
  GdkRGBA rgba;

  if (colour == NULL || !gdk_rgba_parse (&rgba, colour))
    colour = NO_THEME_COLOUR;
  markup = g_markup_printf_escaped ("<span foreground=\"%s\" size=\"x-large\">●</span>", colour);
  gtk_label_set_markup (GTK_LABEL (swatch), markup);
  gtk_widget_set_valign (swatch, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_widget_set_name (label, "review-development-theme");

  gtk_widget_set_valign (header, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), swatch);
  gtk_box_append (GTK_BOX (header), label);
  gtk_widget_set_tooltip_text (header, story);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, story, -1);
  return header;
}

static const char *
event_label (CgEvent *event)
{
  return cg_event_get_display_title (event);
}

static GtkWidget *
development_grid_new (CgDevelopment *development)
{
  GtkWidget *grid = gtk_grid_new ();
  guint n_events = cg_development_get_n_events (development);
  int line = 1;

  gtk_widget_set_name (grid, "review-development-grid");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 32);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 18);

  for (guint c = 0; c < n_events; c++)
    {
      GtkWidget *title = figure_label_new (event_label (cg_development_get_event (development, c)),
                                           TRUE);

      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 22);
      gtk_widget_set_valign (title, GTK_ALIGN_END);
      gtk_grid_attach (GTK_GRID (grid), title, c + 1, 0, 1, 1);
    }

  for (guint r = 0; r < cg_development_get_n_rows (development); r++)
    {
      CgTheme *theme = cg_development_get_theme (development, r);
      const char *name = theme != NULL ? cg_theme_get_name (theme) : _("Unsorted");
      g_autofree char *story = NULL;

      /* the Unsorted row only when something is left unsorted */
      if (theme == NULL && cg_development_count_ideas (development, r) == 0)
        continue;
      story = cg_development_describe (development, r);
      gtk_grid_attach (GTK_GRID (grid),
                       theme_header_new (name, theme != NULL ? cg_theme_get_colour (theme) : NULL,
                                         story),
                       0, line, 1, 1);
      for (guint c = 0; c < n_events; c++)
        gtk_grid_attach (GTK_GRID (grid),
                         figures_cell_new (name,
                                           event_label (cg_development_get_event (development, c)),
                                           cg_development_get_figures (development, r, c)),
                         c + 1, line, 1, 1);
      line++;
    }
  return grid;
}

void
cg_review_view_update_development (CgReviewView *self)
{
  GtkWidget *old = gtk_widget_get_last_child (self->development_box);
  g_autoptr(CgDevelopment) development = NULL;

  self->development_dirty = FALSE;
  if (GTK_IS_GRID (old) || g_strcmp0 (gtk_widget_get_name (old), "review-development-empty") == 0)
    gtk_box_remove (GTK_BOX (self->development_box), old);
  if (self->workshop == NULL)
    return;

  development = cg_development_new (self->workshop);
  if (cg_development_get_n_events (development) == 0)
    {
      GtkWidget *empty = figure_label_new (_("No events yet."), FALSE);

      gtk_widget_set_name (empty, "review-development-empty");
      gtk_box_append (GTK_BOX (self->development_box), empty);
      return;
    }
  gtk_box_append (GTK_BOX (self->development_box), development_grid_new (development));
}
