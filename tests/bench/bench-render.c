/* bench-render.c: how long the summary of a large workshop takes to export, against a floor
 *
 * Run by hand: bench-render [N] (N ideas, 2,000 by default). Generates a workshop, then times,
 * as the median of five runs each, taken in turns:
 *   - the floor: a bare pango + cairo program that lays out and draws the same words (every
 *     idea's text and its line of details, the headings, the action plan) into a PDF, stacking
 *     them down the pages with no other logic;
 *   - cg_summary_export() to PDF (and, once, to SVG and PNG, for scale);
 *   - LibreOffice converting the same content, written as HTML, to PDF, when `soffice` or
 *     `libreoffice` is installed (the column is left out otherwise).
 * The goal is the PDF export within 1.5x of the floor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <cairo-pdf.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "model/cg-model.h"
#include "render/cg-summary-export.h"

#define DEFAULT_N_IDEAS 2000
#define N_RUNS 5
#define GOAL 1.5
#define SEED 4242

/* Pieces of what people say in a workshop, joined at random into notes. */
static const char * const openings[] = {
  "It would help if", "We need", "Nobody told us that", "What works well is that",
  "I was frightened when", "Could the service make sure", "Carers should know when",
  "The best thing was that", "Staff said", "It took too long before", "Why can’t",
  "Peer workers could", "At night", "After discharge", "In the first week",
};
static const char * const middles[] = {
  "a named worker phones before any letter", "the crisis team came to the house",
  "information is written in plain language", "people can bring someone they trust",
  "the community café stays open later", "appointments are not moved at short notice",
  "families are told what their rights are", "someone explains what detention means",
  "local groups get referrals with a note of what the person hopes for",
  "peer support is there from the start", "transport to the hospital is arranged",
  "the same worker stays with you", "interpreters are booked in advance",
};
static const char * const endings[] = {
  ".", ", so people feel listened to.", " — and that should not change.",
  ", even at the weekend.", "?", ", because it builds trust.", ", not only in office hours.",
};

static const char * const voices[] = {
  "Lived experience", "Family and carers", "Staff and practitioners", "Community and third sector",
};
static const char * const themes[] = {
  "First contacts", "Alternatives to in-patient treatment", "Third-sector links", "Peer roles",
  "Crisis at night", "Information", "Carers as partners", "Staff support", "Getting there",
  "Rights and advocacy", "Housing and money", "A life beyond the service",
};

static char *
make_note (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint sentences = g_rand_int_range (rand, 1, 4);

  for (guint i = 0; i < sentences; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s %s%s",
                              openings[g_rand_int_range (rand, 0, G_N_ELEMENTS (openings))],
                              middles[g_rand_int_range (rand, 0, G_N_ELEMENTS (middles))],
                              endings[g_rand_int_range (rand, 0, G_N_ELEMENTS (endings))]);
    }
  return g_string_free (text, FALSE);
}

static CgWorkshop *
make_workshop (guint n_ideas)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  CgWorkshop *workshop = cg_workshop_new ("Redesigning the crisis service together");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) voice_list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) theme_list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint e = 0; e < 3; e++)
    {
      g_autofree char *title = g_strdup_printf ("Workshop %u", e + 1);
      g_autofree char *date = g_strdup_printf ("2026-0%u-15", 3 + 3 * e);
      CgEvent *event = cg_event_new (title);

      cg_event_set_date (event, date);
      cg_event_set_place (event, "Community centre");
      cg_workshop_add (workshop, event);
      g_ptr_array_add (events, event);
    }
  for (guint v = 0; v < G_N_ELEMENTS (voices); v++)
    {
      CgVoice *voice = cg_voice_new (voices[v], "#1c71d8");

      cg_workshop_add (workshop, voice);
      for (guint e = 0; e < events->len; e++)
        cg_voice_set_attendance (voice, g_ptr_array_index (events, e),
                                 g_rand_int_range (rand, 3, 15));
      g_ptr_array_add (voice_list, voice);
    }
  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      CgTheme *theme = cg_theme_new (themes[t], "#813d9c");

      cg_theme_set_description (theme, "What people said about this part of the service.");
      cg_workshop_add (workshop, theme);
      g_ptr_array_add (theme_list, theme);
    }

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *text = make_note (rand);
      g_autoptr(CgIdea) idea = cg_idea_new (text);
      CgEvent *event = g_ptr_array_index (events, g_rand_int_range (rand, 0, events->len));
      guint theme = g_rand_int_range (rand, 0, theme_list->len + 1);

      cg_idea_set_event (idea, event);
      cg_idea_set_voice (idea, g_ptr_array_index (voice_list,
                                                  g_rand_int_range (rand, 0, voice_list->len)));
      if (theme < theme_list->len)
        cg_idea_set_theme (idea, g_ptr_array_index (theme_list, theme));
      cg_idea_set_kind (idea, g_rand_int_range (rand, 0, CG_IDEA_KIND_LAST + 1));
      cg_idea_set_votes (idea, event, g_rand_int_range (rand, 0, 16));
      cg_idea_set_beyond_service (idea, g_rand_int_range (rand, 0, 6) == 0);
      cg_idea_set_private (idea, g_rand_int_range (rand, 0, 40) == 0);
      cg_workshop_add (workshop, idea);
    }

  for (guint a = 0; a < 20; a++)
    {
      g_autofree char *what = make_note (rand);
      g_autoptr(CgAction) action = cg_action_new (themes[a % G_N_ELEMENTS (themes)], what);

      cg_action_set_position (action, "Being discussed with the commissioners");
      cg_action_set_next_steps (action, "Report back at the next workshop");
      cg_workshop_add (workshop, action);
    }
  return workshop;
}

/* The words the summary shows, in reading order: what the floor and LibreOffice set. */
static GPtrArray *
collect_text (CgWorkshop *workshop)
{
  GPtrArray *text = g_ptr_array_new_with_free_func (g_free);
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  GListModel *actions = cg_workshop_get_actions (workshop);

  g_ptr_array_add (text, g_strdup (cg_workshop_get_title (workshop)));
  for (guint t = 0; t <= G_N_ELEMENTS (themes); t++)
    {
      g_ptr_array_add (text, g_strdup (t < G_N_ELEMENTS (themes) ? themes[t] : "Not yet sorted"));
      for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
        {
          g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
          CgTheme *theme = cg_idea_get_theme (idea);
          gboolean here = t < G_N_ELEMENTS (themes)
                          ? theme != NULL && g_str_equal (cg_theme_get_name (theme), themes[t])
                          : theme == NULL;

          if (!here || cg_idea_get_private (idea))
            continue;
          g_ptr_array_add (text, g_strdup (cg_idea_get_text (idea)));
          g_ptr_array_add (text, g_strdup_printf ("%s · %s · %u votes",
                                                  cg_idea_kind_get_label (cg_idea_get_kind (idea)),
                                                  cg_voice_get_name (cg_idea_get_voice (idea)),
                                                  cg_idea_get_total_votes (idea)));
        }
    }
  for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, a);

      g_ptr_array_add (text, g_strdup (cg_action_get_area (action)));
      g_ptr_array_add (text, g_strdup (cg_action_get_action (action)));
      g_ptr_array_add (text, g_strdup (cg_action_get_position (action)));
      g_ptr_array_add (text, g_strdup (cg_action_get_next_steps (action)));
    }
  return text;
}

/* The floor: each string laid out at the text column's width and drawn down A4 pages. */
static void
draw_floor (GPtrArray  *text,
            const char *path)
{
  const double width = 595.28, height = 841.89, margin = 58;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans,DejaVu Sans 11.5");
  PangoLayout *layout = pango_cairo_create_layout (cr);
  double y = margin;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width - 2 * margin));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  for (guint i = 0; i < text->len; i++)
    {
      int h;

      pango_layout_set_text (layout, g_ptr_array_index (text, i), -1);
      pango_layout_get_size (layout, NULL, &h);
      if (y + pango_units_to_double (h) > height - margin)
        {
          cairo_show_page (cr);
          y = margin;
        }
      cairo_move_to (cr, margin, y);
      pango_cairo_show_layout (cr, layout);
      y += pango_units_to_double (h) + 6;
    }

  g_object_unref (layout);
  pango_font_description_free (font);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static char *
write_html (GPtrArray  *text,
            const char *dir)
{
  GString *html = g_string_new ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                                "Summary</title></head><body>\n");
  char *path = g_build_filename (dir, "summary.html", NULL);

  for (guint i = 0; i < text->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (text, i), -1);

      g_string_append_printf (html, "<p>%s</p>\n", escaped);
    }
  g_string_append (html, "</body></html>\n");
  g_file_set_contents (path, html->str, html->len, NULL);
  g_string_free (html, TRUE);
  return path;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *runs)
{
  qsort (runs, N_RUNS, sizeof (double), compare_doubles);
  return runs[N_RUNS / 2];
}

static double
time_export (CgWorkshop             *workshop,
             const CgSummaryOptions *options,
             const char             *format,
             const char             *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!cg_summary_export (workshop, options, format, path, NULL, &error))
    g_error ("%s", error->message);
  return seconds_since (start);
}

static double
time_libreoffice (const char *office,
                  const char *html,
                  const char *dir)
{
  const char *argv[] = { office, "--headless", "--convert-to", "pdf", "--outdir", dir, html, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                     | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("LibreOffice failed: %s\n", error->message);
      return -1;
    }
  return seconds_since (start);
}

int
main (int   argc,
      char *argv[])
{
  guint n_ideas = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : DEFAULT_N_IDEAS;
  g_autofree char *dir = g_dir_make_tmp ("cg-bench-render-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *floor_pdf = g_build_filename (dir, "floor.pdf", NULL);
  g_autofree char *office = g_find_program_in_path ("soffice");
  g_autofree char *html = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();
  g_autoptr(CgSummary) summary = NULL;
  g_autoptr(GPtrArray) text = NULL;
  double floor_runs[N_RUNS], export_runs[N_RUNS], layout_runs[N_RUNS], office_runs[N_RUNS];
  double floor_time, export_time, office_time = -1;
  GStatBuf st;

  setlocale (LC_ALL, "");
  if (office == NULL)
    office = g_find_program_in_path ("libreoffice");
  options->paper = CG_PAPER_A4;

  workshop = make_workshop (n_ideas);
  text = collect_text (workshop);
  html = write_html (text, dir);

  /* One of each first, so font caches are warm for every timed run. */
  draw_floor (text, floor_pdf);
  time_export (workshop, options, "pdf", pdf);

  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      draw_floor (text, floor_pdf);
      floor_runs[run] = seconds_since (start);
      export_runs[run] = time_export (workshop, options, "pdf", pdf);
      start = g_get_monotonic_time ();
      g_clear_object (&summary);
      summary = cg_summary_new (workshop, options);
      layout_runs[run] = seconds_since (start);
      if (office != NULL)
        office_runs[run] = time_libreoffice (office, html, dir);
    }
  floor_time = median (floor_runs);
  export_time = median (export_runs);
  if (office != NULL)
    office_time = median (office_runs);

  g_print ("Summary of %u ideas: %u pages, %u strings in the floor\n", n_ideas,
           cg_summary_get_n_pages (summary), text->len);
  g_print ("  floor (bare pango + cairo to PDF)   %8.3f s\n", floor_time);
  g_print ("  cg_summary_export, PDF              %8.3f s  (%.2fx the floor; goal %.1fx: %s)\n",
           export_time, export_time / floor_time, GOAL,
           export_time <= GOAL * floor_time ? "met" : "NOT met");
  g_print ("    of which layout (cg_summary_new)  %8.3f s\n", median (layout_runs));
  if (g_stat (pdf, &st) == 0)
    g_print ("    PDF size                          %8.1f KB\n", st.st_size / 1024.0);
  if (office != NULL && office_time >= 0)
    g_print ("  LibreOffice, HTML to PDF            %8.3f s  (%.2fx the floor)\n",
             office_time, office_time / floor_time);
  else
    g_print ("  LibreOffice                         not installed: column skipped\n");
  g_print ("  cg_summary_export, SVG (one run)    %8.3f s\n",
           time_export (workshop, options, "svg", pdf));
  g_print ("  cg_summary_export, PNG (one run)    %8.3f s\n",
           time_export (workshop, options, "png", pdf));

  /* Leave nothing behind. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (dir);
  }
  return 0;
}
