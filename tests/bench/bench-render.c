/* bench-render.c: how long the summary of a large workshop takes to export, against a floor
 *
 * Run by hand: bench-render [N] [--runs R] (N ideas, 2,000 by default; R runs, 5 by default).
 * Generates a workshop, then times, in turns, so that a busy machine slows each of them alike:
 *   - the floor: a bare pango + cairo program that lays out and draws the same words (every
 *     idea's text and its line of details, the headings, the action plan) into a PDF, stacking
 *     them down the pages with no other logic;
 *   - cg_summary_export() to PDF, SVG and PNG (each through the safe writer, as the app does);
 *   - LibreOffice converting the same content, written as HTML, to PDF, when `soffice` or
 *     `libreoffice` is installed (the line is left out otherwise).
 * It prints the median of the runs of each, and the ratios in the same run, then the medians
 * of the processor time each took (every thread's). The goals: the PDF within 1.2x the floor,
 * the PNG pages within 3x the PDF, the SVG within 2x the PDF.
 *
 * bench-render [N] --only floor|pdf|svg|png does one export of one kind and nothing else: for
 * a profiler, or for instruction counts that a busy machine does not change
 * (valgrind --tool=callgrind bench-render 2000 --only png).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include "bench-util.h"

#include <cairo-pdf.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "model/cg-model.h"
#include "render/cg-summary-export.h"

#define DEFAULT_N_IDEAS 2000
#define DEFAULT_RUNS 5
#define MAX_RUNS 99
#define GOAL_PDF 1.2   /* the PDF, against the floor */
#define GOAL_PNG 3.0   /* the PNG pages, against the PDF */
#define GOAL_SVG 2.0   /* the SVG, against the PDF */
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

/* Processor time this process has used, every thread of it, in seconds; the last timed job's
 * is left in last_cpu, which a busy machine changes less than the time on the clock. */
static double last_cpu;

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
         + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_export (CgWorkshop             *workshop,
             const CgSummaryOptions *options,
             const char             *format,
             const char             *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds ();

  if (!cg_summary_export (workshop, options, format, path, NULL, &error))
    g_error ("%s", error->message);
  last_cpu = cpu_seconds () - cpu;
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

static double
ratio_min (const double *ratios,
           guint         n)
{
  double found = ratios[0];

  for (guint i = 1; i < n; i++)
    found = MIN (found, ratios[i]);
  return found;
}

static double
ratio_max (const double *ratios,
           guint         n)
{
  double found = ratios[0];

  for (guint i = 1; i < n; i++)
    found = MAX (found, ratios[i]);
  return found;
}

/* The bytes of the PNG pages in @dir. */
static goffset
png_size (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  goffset total = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_str_has_suffix (name, ".png") && g_stat (path, &st) == 0)
        total += st.st_size;
    }
  return total;
}

/* Leaves nothing behind. */
static void
remove_dir (const char *dir)
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

static double
time_floor (GPtrArray  *text,
            const char *path)
{
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds ();

  draw_floor (text, path);
  last_cpu = cpu_seconds () - cpu;
  return seconds_since (start);
}

static const char *
verdict (double ratio,
         double goal)
{
  return ratio <= goal ? "met" : "NOT met";
}

/* The kinds timed, in the order of each round. */
enum { FLOOR, PDF, SVG, PNG, OFFICE, N_KINDS };
static const char * const kind_names[] = { "floor", "pdf", "svg", "png", "office" };

int
main (int   argc,
      char *argv[])
{
  guint n_ideas = DEFAULT_N_IDEAS, n_runs = DEFAULT_RUNS;
  const char *only = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cg-bench-render-XXXXXX", NULL);
  g_auto(GStrv) out = g_new0 (char *, N_KINDS + 1);
  g_autofree char *office = g_find_program_in_path ("soffice");
  g_autofree char *html = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();
  g_autoptr(CgSummary) summary = NULL;
  g_autoptr(GPtrArray) text = NULL;
  double runs[N_KINDS][MAX_RUNS], cpu_runs[N_KINDS][MAX_RUNS], layout_runs[MAX_RUNS];
  double ratio_runs[3][MAX_RUNS];
  double t[N_KINDS], cpu[N_KINDS], ratio;
  GStatBuf st;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--only") && i + 1 < argc)
        only = argv[++i];
      else if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          guint64 value = g_ascii_strtoull (argv[++i], NULL, 10);

          n_runs = (guint) CLAMP (value, 1, MAX_RUNS);
        }
      else
        n_ideas = (guint) g_ascii_strtoull (argv[i], NULL, 10);
    }
  if (only != NULL && !g_strv_contains ((const char * const []) { "floor", "pdf", "svg", "png",
                                                                  NULL }, only))
    {
      g_printerr ("bench-render: --only takes floor, pdf, svg or png\n");
      return 2;
    }
  if (office == NULL)
    office = g_find_program_in_path ("libreoffice");
  options->paper = CG_PAPER_A4;
  for (guint k = 0; k < N_KINDS; k++)
    out[k] = g_strdup_printf ("%s/%s.%s", dir, kind_names[k], k == FLOOR ? "pdf"
                                                                          : kind_names[k]);

  workshop = make_workshop (n_ideas);
  text = collect_text (workshop);

  if (only != NULL)
    {
      gint64 start = g_get_monotonic_time ();

      if (g_str_equal (only, "floor"))
        draw_floor (text, out[FLOOR]);
      else
        for (guint k = PDF; k <= PNG; k++)
          if (g_str_equal (only, kind_names[k]))
            time_export (workshop, options, only, out[k]);
      g_print ("%s of %u ideas: %.3f s\n", only, n_ideas, seconds_since (start));
      remove_dir (dir);
      return 0;
    }

  html = write_html (text, dir);

  /* One of each first, so font caches are warm for every timed run. */
  draw_floor (text, out[FLOOR]);
  for (guint k = PDF; k <= PNG; k++)
    time_export (workshop, options, kind_names[k], out[k]);

  for (guint run = 0; run < n_runs; run++)
    {
      gint64 start;

      runs[FLOOR][run] = time_floor (text, out[FLOOR]);
      cpu_runs[FLOOR][run] = last_cpu;
      for (guint k = PDF; k <= PNG; k++)
        {
          runs[k][run] = time_export (workshop, options, kind_names[k], out[k]);
          cpu_runs[k][run] = last_cpu;
        }
      if (office != NULL)
        runs[OFFICE][run] = time_libreoffice (office, html, dir);
      ratio_runs[0][run] = runs[PDF][run] / runs[FLOOR][run];
      ratio_runs[1][run] = runs[PNG][run] / runs[PDF][run];
      ratio_runs[2][run] = runs[SVG][run] / runs[PDF][run];

      start = g_get_monotonic_time ();
      g_clear_object (&summary);
      summary = cg_summary_new (workshop, options);
      layout_runs[run] = seconds_since (start);
    }
  for (guint k = 0; k < N_KINDS; k++)
    t[k] = k != OFFICE || office != NULL ? bench_median (runs[k], n_runs) : -1;
  for (guint k = FLOOR; k <= PNG; k++)
    cpu[k] = bench_median (cpu_runs[k], n_runs);

  g_print ("Summary of %u ideas: %u pages, %u strings in the floor; medians of %u runs, "
           "taken in turns\n", n_ideas, cg_summary_get_n_pages (summary), text->len, n_runs);
  g_print ("  floor (bare pango + cairo to PDF)   %8.3f s\n", t[FLOOR]);
  ratio = t[PDF] / t[FLOOR];
  g_print ("  cg_summary_export, PDF              %8.3f s  %5.2fx the floor  (goal %.1fx: %s;"
           " per run %.2fx to %.2fx)\n", t[PDF], ratio, GOAL_PDF, verdict (ratio, GOAL_PDF),
           ratio_min (ratio_runs[0], n_runs), ratio_max (ratio_runs[0], n_runs));
  g_print ("    of which layout (cg_summary_new)  %8.3f s\n", bench_median (layout_runs, n_runs));
  if (g_stat (out[PDF], &st) == 0)
    g_print ("    PDF size                          %8.1f KB\n", st.st_size / 1024.0);
  ratio = t[PNG] / t[PDF];
  g_print ("  cg_summary_export, PNG pages        %8.3f s  %5.2fx the PDF    (goal %.1fx: %s;"
           " per run %.2fx to %.2fx)\n", t[PNG], ratio, GOAL_PNG, verdict (ratio, GOAL_PNG),
           ratio_min (ratio_runs[1], n_runs), ratio_max (ratio_runs[1], n_runs));
  g_print ("    PNG size, all pages               %8.1f KB\n", png_size (dir) / 1024.0);
  ratio = t[SVG] / t[PDF];
  g_print ("  cg_summary_export, SVG              %8.3f s  %5.2fx the PDF    (goal %.1fx: %s;"
           " per run %.2fx to %.2fx)\n", t[SVG], ratio, GOAL_SVG, verdict (ratio, GOAL_SVG),
           ratio_min (ratio_runs[2], n_runs), ratio_max (ratio_runs[2], n_runs));
  /* Processor time, all threads (the PNG pages are drawn, written and flushed on several):
   * what the export costs, less what else the machine was doing meanwhile. */
  g_print ("  processor time, medians: floor %.3f s, PDF %.3f s (%.2fx the floor), PNG %.3f s "
           "(%.2fx the PDF), SVG %.3f s (%.2fx the PDF)\n", cpu[FLOOR], cpu[PDF],
           cpu[PDF] / cpu[FLOOR], cpu[PNG], cpu[PNG] / cpu[PDF], cpu[SVG], cpu[SVG] / cpu[PDF]);
  if (t[OFFICE] >= 0)
    g_print ("  LibreOffice, HTML to PDF            %8.3f s  %5.2fx the floor\n",
             t[OFFICE], t[OFFICE] / t[FLOOR]);
  else
    g_print ("  LibreOffice                         not installed: line skipped\n");

  remove_dir (dir);
  return 0;
}
