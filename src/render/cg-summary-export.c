/* cg-summary-export.c: writes a summary to PDF (tagged, bookmarked, with metadata), SVG or PNG
 * pages, each through the safe writer (cg-output.h), renamed into place only once all is
 * written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "cg-summary-export.h"
#include "cg-summary-private.h"
#include "io/cg-output.h"

/* Space between pages in the SVG, where they sit one below the other. */
#define SVG_PAGE_GAP 18

/* One output file, written through the safe writer (cg-output.h). */
typedef struct
{
  char     *path;
  CgOutput *output;
  GError   *write_error;  /* why the last write failed, or NULL */
} Target;

static void
target_clear (Target *target)
{
  g_clear_pointer (&target->output, cg_output_free);
  g_clear_pointer (&target->path, g_free);
  g_clear_error (&target->write_error);
}

/* "summary.pdf: cannot write: the disk is full" */
static void
set_file_error (GError      **error,
                const char   *path,
                const GError *cause)
{
  g_set_error (error, cause->domain, cause->code, _("%s: cannot write: %s"), path,
               cause->message);
}

static gboolean
target_open (Target     *target,
             const char *path,
             GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  target->path = g_strdup (path);
  target->output = cg_output_open (path, CG_OUTPUT_NONE, &local_error);
  if (target->output == NULL)
    {
      set_file_error (error, path, local_error);
      g_clear_pointer (&target->path, g_free);
      return FALSE;
    }
  return TRUE;
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Target *target = closure;

  if (target->write_error != NULL ||
      !cg_output_write (target->output, data, length, &target->write_error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Flushes the temporary file to disk (still under its temporary name). */
static gboolean
target_finish (Target  *target,
               GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!cg_output_finish (target->output, &local_error))
    {
      set_file_error (error, target->path, local_error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
target_commit (Target  *target,
               GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!cg_output_commit (target->output, &local_error))
    {
      set_file_error (error, target->path, local_error);
      return FALSE;
    }
  return TRUE;
}

/* After drawing into @surface (already finished): did it all get written? */
static gboolean
check_surface (Target          *target,
               cairo_surface_t *surface,
               cairo_t         *cr,
               GError         **error)
{
  cairo_status_t status = cr != NULL ? cairo_status (cr) : CAIRO_STATUS_SUCCESS;

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_WRITE_ERROR && target->write_error != NULL)
    {
      set_file_error (error, target->path, target->write_error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("%s: cannot draw the summary: %s"), target->path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return target_finish (target, error);
}

/* Ends a one-file document: writes it out, checks it all went, renames it into place. */
static gboolean
finish_document (Target          *target,
                 cairo_surface_t *surface,
                 cairo_t         *cr,
                 GError         **error)
{
  gboolean ok;

  cairo_surface_finish (surface);
  ok = check_surface (target, surface, cr, error) && target_commit (target, error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  target_clear (target);
  return ok;
}

static void
add_metadata (CgSummary       *summary,
              cairo_surface_t *surface)
{
  g_autofree char *subject = cg_summary_dup_subject (summary);
  g_autoptr(GDateTime) now = cg_summary_now ();
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  g_autofree char *created = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  cg_summary_get_title (summary));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Common Ground " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/* A bookmark per section, and under "what people said", one per theme. */
static void
add_outline (CgSummary       *summary,
             cairo_surface_t *surface)
{
  g_autoptr(GArray) outline = cg_summary_get_outline (summary);
  int section = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < outline->len; i++)
    {
      const CgOutlineEntry *entry = &g_array_index (outline, CgOutlineEntry, i);
      /* Whole points: attribute strings must not depend on the locale's decimal mark. */
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", entry->page + 1,
                                               (int) MAX (entry->y - 12, 0));
      g_autofree char *title = g_strdelimit (g_strdup (entry->title), "\n\t", ' ');

      if (entry->level <= 1)
        section = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title, link,
                                                 CAIRO_PDF_OUTLINE_FLAG_OPEN);
      else
        cairo_pdf_surface_add_outline (surface, section, title, link, 0);
    }
}

static gboolean
write_pdf (CgSummary  *summary,
           const char *path,
           GError    **error)
{
  Target target = { 0, };
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  if (!target_open (&target, path, error))
    return FALSE;

  cg_summary_get_page_size (summary, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &target, width, height);
  add_metadata (summary, surface);
  cr = cairo_create (surface);

  /* The first structure tag must group everything, or cairo does not mark the file tagged. */
  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; page < cg_summary_get_n_pages (summary); page++)
    {
      cg_summary_draw_page_tagged (summary, cr, page, tags);
      cairo_show_page (cr);
    }
  if (tags->len != 0)
    g_warning ("%u structure tags left open at the end of the summary", tags->len);
  cairo_tag_end (cr, "Document");
  add_outline (summary, surface);

  return finish_document (&target, surface, cr, error);
}

static gboolean
write_svg (CgSummary  *summary,
           const char *path,
           GError    **error)
{
  Target target = { 0, };
  guint n_pages = cg_summary_get_n_pages (summary);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, total;

  if (!target_open (&target, path, error))
    return FALSE;

  cg_summary_get_page_size (summary, &width, &height);
  total = n_pages * height + (n_pages - 1) * SVG_PAGE_GAP;
  surface = cairo_svg_surface_create_for_stream (write_cb, &target, width, total);
  cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
  cr = cairo_create (surface);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, page * (height + SVG_PAGE_GAP));
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      cg_summary_draw_page (summary, cr, page, 1.0);
      cairo_restore (cr);
    }

  return finish_document (&target, surface, cr, error);
}

static gboolean
write_png_page (CgSummary  *summary,
                guint       page,
                Target     *target,
                GError    **error)
{
  double width, height, scale = CG_SUMMARY_PNG_DPI / 72.0;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  gboolean ok;

  cg_summary_get_page_size (summary, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cg_summary_draw_page (summary, cr, page, scale);
  cairo_surface_flush (surface);

  status = cairo_status (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_cb, target);
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: cannot draw the summary: %s"),
                   target->path, cairo_status_to_string (status));
      ok = FALSE;
    }
  else if (status == CAIRO_STATUS_WRITE_ERROR)
    {
      if (target->write_error != NULL)
        set_file_error (error, target->path, target->write_error);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: cannot write: %s"),
                     target->path, g_strerror (EIO));
      ok = FALSE;
    }
  else
    ok = target_finish (target, error);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return ok;
}

/* Every page is written before any is renamed into place. */
static gboolean
write_png (CgSummary  *summary,
           const char *path,
           GError    **error)
{
  guint n_pages = cg_summary_get_n_pages (summary);
  g_autofree Target *targets = g_new0 (Target, n_pages);
  g_autofree char *stem = NULL;
  gboolean ok = TRUE;
  gsize length = strlen (path);

  if (length > 4 && g_ascii_strcasecmp (path + length - 4, ".png") == 0)
    stem = g_strndup (path, length - 4);
  else
    stem = g_strdup (path);

  for (guint page = 0; ok && page < n_pages; page++)
    {
      g_autofree char *page_path = g_strdup_printf ("%s-%u.png", stem, page + 1);

      ok = target_open (&targets[page], page_path, error)
           && write_png_page (summary, page, &targets[page], error);
    }
  for (guint page = 0; ok && page < n_pages; page++)
    ok = target_commit (&targets[page], error);

  for (guint page = 0; page < n_pages; page++)
    target_clear (&targets[page]);
  return ok;
}

gboolean
cg_summary_export (CgWorkshop             *workshop,
                   const CgSummaryOptions *options,
                   const char             *format,
                   const char             *output_path,
                   char                  **warning,
                   GError                **error)
{
  g_autoptr(CgSummary) summary = NULL;
  gboolean ok;

  if (warning != NULL)
    *warning = NULL;
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == NULL || (g_ascii_strcasecmp (format, "pdf") != 0
                         && g_ascii_strcasecmp (format, "svg") != 0
                         && g_ascii_strcasecmp (format, "png") != 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: cannot export as “%s”: the formats are pdf, svg and png"),
                   output_path, format != NULL ? format : "");
      return FALSE;
    }

  summary = cg_summary_new (workshop, options);
  if (g_ascii_strcasecmp (format, "pdf") == 0)
    ok = write_pdf (summary, output_path, error);
  else if (g_ascii_strcasecmp (format, "svg") == 0)
    ok = write_svg (summary, output_path, error);
  else
    ok = write_png (summary, output_path, error);

  if (ok && warning != NULL)
    *warning = g_strdup (cg_summary_get_font_warning (summary));
  return ok;
}
