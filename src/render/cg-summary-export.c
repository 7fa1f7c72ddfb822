/* cg-summary-export.c: writes a summary to PDF (tagged, bookmarked, with metadata), SVG or PNG
 * pages, each through the safe writer (cg-output.h), renamed into place only once all is
 * written; page by page, so it can say how far it has got and stop when asked, on a worker
 * thread if need be
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

#include "cg-png.h"
#include "cg-summary-export.h"
#include "cg-summary-private.h"
#include "io/cg-io.h"
#include "io/cg-io-describe.h"
#include "io/cg-output.h"

/* Space between pages in the SVG, where they sit one below the other. */
#define SVG_PAGE_GAP 18

/* What a file gathers before it goes to the writer: cairo hands over a PDF a few bytes at a
 * time (40,000 writes for a summary of 2,000 ideas), each a system call. */
#define BUFFER_SIZE (64 * 1024)

/* Threads that flush and rename PNG pages: the disk waits, not the processor, and a file
 * system commits many at once about as fast as one. */
#define IO_THREADS 8
/* Threads that write drawn pages as PNG, at most (one for each processor: the drawing
 * thread waits for a free page more than it works). */
#define MAX_ENCODERS 4

/* One output file, written through the safe writer (cg-output.h). */
typedef struct
{
  char     *path;
  CgOutput *output;
  GError   *write_error;  /* why the last write failed, or NULL */
  GError   *io_error;     /* why flushing or renaming it failed (on an I/O thread), or NULL */
  gboolean  stopped;      /* cancelled: whatever cairo still has to write is dropped */
  guint8   *buffer;       /* BUFFER_SIZE bytes not yet handed to the writer */
  gsize     buffered;
} Target;

/* What an export is doing, passed down to each writer. */
typedef struct
{
  CgSummaryProgressFunc  progress;
  gpointer               progress_data;
  GCancellable          *cancellable;
} Job;

static void
target_clear (Target *target)
{
  g_clear_pointer (&target->output, cg_output_free);
  g_clear_pointer (&target->path, g_free);
  g_clear_error (&target->write_error);
  g_clear_error (&target->io_error);
  g_clear_pointer (&target->buffer, g_free);
  target->buffered = 0;
}

static void
report_progress (const Job *job,
                 guint      done,
                 guint      n_pages)
{
  if (job->progress != NULL)
    job->progress (done, n_pages, job->progress_data);
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
      cg_io_set_file_error (error, path, local_error, CG_IO_WRITING);
      g_clear_pointer (&target->path, g_free);
      return FALSE;
    }
  return TRUE;
}

/* Hands what is gathered to the writer; on failure, says why in write_error. */
static gboolean
target_flush (Target *target)
{
  gsize length = target->buffered;

  target->buffered = 0;
  if (target->write_error != NULL)
    return FALSE;
  return length == 0 || cg_output_write (target->output, target->buffer, length,
                                         &target->write_error);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Target *target = closure;

  if (target->stopped || target->write_error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (target->buffered + length > BUFFER_SIZE && !target_flush (target))
    return CAIRO_STATUS_WRITE_ERROR;
  if (length >= BUFFER_SIZE)
    return cg_output_write (target->output, data, length, &target->write_error)
           ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
  if (target->buffer == NULL)
    target->buffer = g_malloc (BUFFER_SIZE);
  memcpy (target->buffer + target->buffered, data, length);
  target->buffered += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Flushes the temporary file to disk (still under its temporary name). */
static gboolean
target_finish (Target  *target,
               GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!target_flush (target))
    {
      cg_io_set_file_error (error, target->path, target->write_error, CG_IO_WRITING);
      return FALSE;
    }
  if (!cg_output_finish (target->output, &local_error))
    {
      cg_io_set_file_error (error, target->path, local_error, CG_IO_WRITING);
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
      cg_io_set_file_error (error, target->path, local_error, CG_IO_WRITING);
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
      cg_io_set_file_error (error, target->path, target->write_error, CG_IO_WRITING);
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
  g_autoptr(GArray) outline = cg_summary_dup_outline (summary);
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

/* Stops a one-file document when the job was cancelled: nothing more is written, and the
 * temporary file goes. */
static gboolean
stop_document (Target          *target,
               cairo_surface_t *surface,
               cairo_t         *cr)
{
  target->stopped = TRUE;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  target_clear (target);
  return FALSE;
}

static gboolean
write_pdf (CgSummary  *summary,
           const char *path,
           const Job  *job,
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
      if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
        return stop_document (&target, surface, cr);
      cg_summary_draw_page_tagged (summary, cr, page, tags);
      cairo_show_page (cr);
      report_progress (job, page + 1, cg_summary_get_n_pages (summary));
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
           const Job  *job,
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
      if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
        return stop_document (&target, surface, cr);
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
      report_progress (job, page + 1, n_pages);
    }

  return finish_document (&target, surface, cr, error);
}

/* Draws page @page onto @surface, white paper first. */
static gboolean
draw_png_page (CgSummary       *summary,
               guint            page,
               cairo_surface_t *surface,
               Target          *target,
               GError         **error)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cg_summary_draw_page (summary, cr, page, CG_SUMMARY_PNG_DPI / 72.0);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: cannot draw the summary: %s"),
                   target->path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* Drawn pages waiting to be written, and the surfaces free to draw on. */
typedef struct
{
  GAsyncQueue *free_surfaces;
  GThreadPool *flush_pool;
  gint         failed;        /* a page could not be written: draw no more */
} Pages;

typedef struct
{
  Target          *target;
  cairo_surface_t *surface;
} PageJob;

/* On an encoding thread: writes a drawn page as PNG, hands it on to be flushed, and gives its
 * surface back to be drawn on again. */
static void
encode_page_cb (gpointer data,
                gpointer user_data)
{
  PageJob *job = data;
  Pages *pages = user_data;
  Target *target = job->target;
  cairo_status_t status = cg_png_write (job->surface, CG_SUMMARY_PNG_DPI, write_cb, target);

  if (status == CAIRO_STATUS_SUCCESS)
    g_thread_pool_push (pages->flush_pool, target, NULL);
  else
    {
      if (status == CAIRO_STATUS_WRITE_ERROR && target->write_error != NULL)
        cg_io_set_file_error (&target->io_error, target->path, target->write_error, CG_IO_WRITING);
      else if (status == CAIRO_STATUS_WRITE_ERROR)
        {
          g_autoptr(GError) cause = NULL;

          cg_io_set_error_from_errno (&cause, EIO, CG_IO_WRITING);
          cg_io_set_file_error (&target->io_error, target->path, cause, CG_IO_WRITING);
        }
      else
        g_set_error (&target->io_error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("%s: cannot draw the summary: %s"), target->path,
                     cairo_status_to_string (status));
      g_atomic_int_set (&pages->failed, TRUE);
    }
  g_async_queue_push (pages->free_surfaces, job->surface);
  g_free (job);
}

/* On an I/O thread: flushes a written page to disk. */
static void
finish_page_cb (gpointer data,
                gpointer user_data)
{
  Target *target = data;

  target_finish (target, &target->io_error);
}

/* On an I/O thread: renames a flushed page into place. */
static void
commit_page_cb (gpointer data,
                gpointer user_data)
{
  Target *target = data;

  target_commit (target, &target->io_error);
}

/* Waits for @pool's work, then the first error of @targets, in page order. */
static gboolean
drain_pool (GThreadPool *pool,
            Target      *targets,
            guint        n_targets,
            GError     **error)
{
  g_thread_pool_free (pool, FALSE, TRUE);
  for (guint page = 0; page < n_targets; page++)
    if (targets[page].io_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&targets[page].io_error));
        return FALSE;
      }
  return TRUE;
}

/* Every page is written and flushed before any is renamed into place. Three things go on at
 * once: this thread draws a page, another writes the page before it as PNG (the longer job),
 * and I/O threads flush the pages written to disk; the renames at the end go together. */
static gboolean
write_png (CgSummary  *summary,
           const char *path,
           const Job  *job,
           GError    **error)
{
  guint n_pages = cg_summary_get_n_pages (summary);
  guint n_encoders = CLAMP (g_get_num_processors (), 1, MAX_ENCODERS);
  g_autofree Target *targets = g_new0 (Target, n_pages);
  g_autofree char *stem = NULL;
  Pages pages = { g_async_queue_new (), NULL, FALSE };
  GThreadPool *encode_pool, *pool;
  cairo_surface_t *surface;
  gboolean ok = TRUE;
  gsize length = strlen (path);
  double width, height, scale = CG_SUMMARY_PNG_DPI / 72.0;

  if (length > 4 && g_ascii_strcasecmp (path + length - 4, ".png") == 0)
    stem = g_strndup (path, length - 4);
  else
    stem = g_strdup (path);

  /* A surface for each page being written and one to draw on, used again and again: a new
   * one each time is 9 MB of fresh memory to fault in. */
  cg_summary_get_page_size (summary, &width, &height);
  for (guint i = 0; i < n_encoders + 1; i++)
    g_async_queue_push (pages.free_surfaces,
                        cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                    (int) ceil (width * scale),
                                                    (int) ceil (height * scale)));
  pages.flush_pool = g_thread_pool_new (finish_page_cb, NULL, IO_THREADS, FALSE, NULL);
  encode_pool = g_thread_pool_new (encode_page_cb, &pages, n_encoders, FALSE, NULL);

  for (guint page = 0; ok && page < n_pages; page++)
    {
      g_autofree char *page_path = g_strdup_printf ("%s-%u.png", stem, page + 1);
      PageJob *page_job;

      if (g_atomic_int_get (&pages.failed))
        break;
      ok = !g_cancellable_set_error_if_cancelled (job->cancellable, error)
           && target_open (&targets[page], page_path, error);
      if (!ok)
        break;
      surface = g_async_queue_pop (pages.free_surfaces);
      if (!draw_png_page (summary, page, surface, &targets[page], error))
        {
          g_async_queue_push (pages.free_surfaces, surface);
          ok = FALSE;
          break;
        }
      page_job = g_new (PageJob, 1);
      page_job->target = &targets[page];
      page_job->surface = surface;
      g_thread_pool_push (encode_pool, page_job, NULL);
      report_progress (job, page + 1, n_pages);
    }

  g_thread_pool_free (encode_pool, FALSE, TRUE);
  while ((surface = g_async_queue_try_pop (pages.free_surfaces)) != NULL)
    cairo_surface_destroy (surface);
  g_async_queue_unref (pages.free_surfaces);
  ok = drain_pool (pages.flush_pool, targets, n_pages, ok ? error : NULL) && ok;

  /* The last moment to stop: after this, the pages go into place. */
  if (ok && !g_cancellable_set_error_if_cancelled (job->cancellable, error))
    {
      pool = g_thread_pool_new (commit_page_cb, NULL, IO_THREADS, FALSE, NULL);
      for (guint page = 0; page < n_pages; page++)
        g_thread_pool_push (pool, &targets[page], NULL);
      ok = drain_pool (pool, targets, n_pages, error);
    }
  else
    ok = FALSE;

  for (guint page = 0; page < n_pages; page++)
    target_clear (&targets[page]);
  return ok;
}

static gboolean
check_format (const char  *format,
              const char  *output_path,
              GError     **error)
{
  if (format == NULL || (g_ascii_strcasecmp (format, "pdf") != 0
                         && g_ascii_strcasecmp (format, "svg") != 0
                         && g_ascii_strcasecmp (format, "png") != 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: cannot export as “%s”: the formats are pdf, svg and png"),
                   output_path, format != NULL ? format : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
cg_summary_export_full (CgWorkshop             *workshop,
                        const CgSummaryOptions *options,
                        const char             *format,
                        const char             *output_path,
                        CgSummaryProgressFunc   progress,
                        gpointer                progress_data,
                        GCancellable           *cancellable,
                        char                  **warning,
                        GError                **error)
{
  g_autoptr(CgSummary) summary = NULL;
  Job job = { progress, progress_data, cancellable };
  gboolean ok;

  if (warning != NULL)
    *warning = NULL;
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_format (format, output_path, error)
      || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  summary = cg_summary_new (workshop, options);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  report_progress (&job, 0, cg_summary_get_n_pages (summary));

  if (g_ascii_strcasecmp (format, "pdf") == 0)
    ok = write_pdf (summary, output_path, &job, error);
  else if (g_ascii_strcasecmp (format, "svg") == 0)
    ok = write_svg (summary, output_path, &job, error);
  else
    ok = write_png (summary, output_path, &job, error);

  if (ok && warning != NULL)
    *warning = g_strdup (cg_summary_get_font_warning (summary));
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
  return cg_summary_export_full (workshop, options, format, output_path, NULL, NULL, NULL,
                                 warning, error);
}

/* ---- On a worker thread ---- */

typedef struct
{
  GBytes                *snapshot;     /* the workshop as it was asked for, saved */
  CgSummaryOptions      *options;      /* with no event: that is named by... */
  char                  *event_id;     /* ... its id, found again in the copy */
  char                  *format;
  char                  *output_path;
  CgSummaryProgressFunc  progress;
  gpointer               progress_data;
  GMainContext          *context;      /* where progress is reported */
  char                  *warning;      /* the result's */
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_pointer (&export->snapshot, g_bytes_unref);
  cg_summary_options_free (export->options);
  g_free (export->event_id);
  g_free (export->format);
  g_free (export->output_path);
  g_main_context_unref (export->context);
  g_free (export->warning);
  g_free (export);
}

typedef struct
{
  GTask *task;
  guint  done;
  guint  n_pages;
} Progress;

static gboolean
deliver_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;
  ExportData *export = g_task_get_task_data (progress->task);

  if (!g_task_get_completed (progress->task)
      && !g_cancellable_is_cancelled (g_task_get_cancellable (progress->task)))
    export->progress (progress->done, progress->n_pages, export->progress_data);
  return G_SOURCE_REMOVE;
}

static void
free_progress (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->task);
  g_free (progress);
}

/* On the worker: passes the news to the thread that asked. */
static void
forward_progress (guint    done,
                  guint    n_pages,
                  gpointer user_data)
{
  GTask *task = user_data;
  ExportData *export = g_task_get_task_data (task);
  Progress *progress = g_new (Progress, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  progress->task = g_object_ref (task);
  progress->done = done;
  progress->n_pages = n_pages;
  /* Always queued, in order: g_main_context_invoke () would call it here, on the worker,
   * whenever the main context happens to be free (it is this thread's default too), so the
   * window would be touched from this thread and pages could be told out of order. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress_cb, progress, free_progress);
  g_source_set_static_name (source, "[cg] export progress");
  g_source_attach (source, export->context);
}

static void
export_thread_cb (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (export->snapshot, &length);

  workshop = cg_workshop_load_from_data (data, length, _("the workshop"), &error);
  if (workshop != NULL && export->event_id != NULL)
    {
      CgObject *event = cg_workshop_lookup (workshop, export->event_id);

      if (CG_IS_EVENT (event))
        cg_summary_options_set_event (export->options, CG_EVENT (event));
      else
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("%s: the event to summarise is no longer in the workshop"),
                     export->output_path);
    }
  if (error == NULL
      && cg_summary_export_full (workshop, export->options, export->format,
                                 export->output_path,
                                 export->progress != NULL ? forward_progress : NULL, task,
                                 cancellable, &export->warning, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
cg_summary_export_async (CgWorkshop             *workshop,
                         const CgSummaryOptions *options,
                         const char             *format,
                         const char             *output_path,
                         CgSummaryProgressFunc   progress,
                         gpointer                progress_data,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportData *export;

  g_return_if_fail (CG_IS_WORKSHOP (workshop));
  g_return_if_fail (options != NULL);
  g_return_if_fail (output_path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_summary_export_async);
  export = g_new0 (ExportData, 1);
  export->progress = progress;
  export->progress_data = progress_data;
  export->context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, export, export_data_free);
  if (!check_format (format, output_path, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The workshop may change while the worker writes: it works on a copy made now. */
  export->snapshot = cg_workshop_save_to_bytes (workshop);
  export->options = cg_summary_options_copy (options);
  if (options->event != NULL)
    export->event_id = g_strdup (cg_object_get_id (CG_OBJECT (options->event)));
  cg_summary_options_set_event (export->options, NULL);
  export->format = g_strdup (format);
  export->output_path = g_strdup (output_path);
  g_task_run_in_thread (task, export_thread_cb);
}

gboolean
cg_summary_export_finish (GAsyncResult  *result,
                          char         **warning,
                          GError       **error)
{
  GTask *task = G_TASK (result);
  ExportData *export;

  if (warning != NULL)
    *warning = NULL;
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (task) == cg_summary_export_async, FALSE);

  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  export = g_task_get_task_data (task);
  if (warning != NULL)
    *warning = g_steal_pointer (&export->warning);
  return TRUE;
}
