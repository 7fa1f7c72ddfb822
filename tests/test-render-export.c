/* test-render-export.c: writing summaries page by page: the PNG writer (the very pixels back),
 * progress, cancelling (no file left), and the export on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-test-util.h"

#include <string.h>

#include <glib/gstdio.h>

#include "io/cg-io.h"
#include "render/cg-png.h"
#include "render/cg-summary-export.h"

typedef CgTestSummary Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  cg_test_summary_set_up (fixture, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cg_test_summary_tear_down (fixture);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* ---- The PNG writer ---- */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  GByteArray *bytes;
  gsize       at;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->at + length > reader->bytes->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->bytes->data + reader->at, length);
  reader->at += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Writes @surface with cg_png_write(), reads it back with libpng (through cairo, which checks
 * every CRC and the zlib stream's Adler-32), and compares every pixel. */
static void
assert_round_trip (cairo_surface_t *surface)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  Reader reader = { bytes, 0 };
  cairo_surface_t *back;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint32 per_metre;

  g_assert_cmpint (cg_png_write (surface, 150, append_cb, bytes), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpmem (bytes->data, 8, "\x89PNG\r\n\x1a\n", 8);
  /* the resolution, right after the header: 150 dpi is 5906 pixels a metre */
  g_assert_cmpmem (bytes->data + 8 + 12 + 13 + 4, 4, "pHYs", 4);
  /* (copied out: the bytes are not 4-byte aligned there) */
  memcpy (&per_metre, bytes->data + 8 + 12 + 13 + 8, sizeof per_metre);
  per_metre = GUINT32_FROM_BE (per_metre);
  g_assert_cmpuint (per_metre, ==, 5906);

  back = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (back), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (back), ==, height);
  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (surface)
                                            + y * cairo_image_surface_get_stride (surface));
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (back)
                                            + y * cairo_image_surface_get_stride (back));

      for (int x = 0; x < width; x++)
        if ((a[x] & 0xffffff) != (b[x] & 0xffffff))
          g_error ("pixel %d,%d of %dx%d: wrote %06x, read %06x", x, y, width, height,
                   a[x] & 0xffffff, b[x] & 0xffffff);
    }
  cairo_surface_destroy (back);
}

/* A real page: the sample's summary, as the PNG export draws it. */
static void
test_png_page (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CgSummary) summary = cg_summary_new (fixture->workshop, fixture->options);
  double width, height, scale = CG_SUMMARY_PNG_DPI / 72.0;
  cairo_surface_t *surface;

  cg_summary_get_page_size (summary, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width * scale + 1),
                                        (int) (height * scale + 1));
  for (guint page = 0; page < MIN (cg_summary_get_n_pages (summary), 4); page++)
    {
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cg_summary_draw_page (summary, cr, page, scale);
      cairo_destroy (cr);
      assert_round_trip (surface);
    }
  cairo_surface_destroy (surface);
}

/* What a page never has, and what tests the writer's every path: noise (literals only), flat
 * colour, stripes, repeats, rows like the one above, 1x1, and rows too long for a match to
 * reach one row back. */
static void
test_png_shapes (void)
{
  static const int sizes[][2] = {
    { 1, 1 }, { 2, 3 }, { 97, 61 }, { 300, 40 }, { 11000, 6 }, { 40, 800 },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint kind = 0; kind < 5; kind++)
      {
        int width = sizes[s][0], height = sizes[s][1];
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
        guint8 *pixels = cairo_image_surface_get_data (surface);
        int stride = cairo_image_surface_get_stride (surface);

        cairo_surface_flush (surface);
        for (int y = 0; y < height; y++)
          {
            guint32 *row = (guint32 *) (pixels + y * stride);

            for (int x = 0; x < width; x++)
              {
                guint32 colour;

                switch (kind)
                  {
                  case 0:   /* noise */
                    colour = g_rand_int (rand);
                    break;
                  case 1:   /* flat, with a few dots */
                    colour = g_rand_int_range (rand, 0, 50) == 0 ? 0x123456 : 0xf3f0e8;
                    break;
                  case 2:   /* vertical stripes */
                    colour = (x / 3) % 2 ? 0x1a1a1a : 0xffffff;
                    break;
                  case 3:   /* a short pattern repeated, shifted on each band of rows */
                    colour = ((x + (y / 5) * 2) % 7) * 0x242424;
                    break;
                  default:  /* bands of identical rows, with the unused byte varying */
                    colour = (guint32) (y / 4) * 0x010203 | (guint32) g_rand_int (rand) << 24;
                    break;
                  }
                row[x] = colour;
              }
          }
        cairo_surface_mark_dirty (surface);
        assert_round_trip (surface);
        cairo_surface_destroy (surface);
      }
}

/* ---- Progress and cancelling ---- */

typedef struct
{
  guint         calls;
  guint         last_done;
  guint         n_pages;
  guint         cancel_at;   /* cancel when this page is done (0: never) */
  GCancellable *cancellable;
  GThread      *thread;      /* where it was called */
} Progress;

static void
progress_cb (guint    done,
             guint    n_pages,
             gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->calls == 0)
    g_assert_cmpuint (done, ==, 0);
  else
    g_assert_cmpuint (done, ==, progress->last_done + 1);
  progress->calls++;
  progress->last_done = done;
  progress->n_pages = n_pages;
  progress->thread = g_thread_self ();
  if (progress->cancel_at > 0 && done == progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

/* After the layout, then page by page, to the last. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const formats[] = { "pdf", "svg", "png" };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, "out", NULL);
      g_autoptr(GError) error = NULL;
      Progress progress = { 0, };

      g_assert_true (cg_summary_export_full (fixture->workshop, fixture->options, formats[f],
                                             path, progress_cb, &progress, NULL, NULL,
                                             &error));
      g_assert_no_error (error);
      g_assert_cmpuint (progress.n_pages, >, 2);
      g_assert_cmpuint (progress.calls, ==, progress.n_pages + 1);
      g_assert_cmpuint (progress.last_done, ==, progress.n_pages);
    }
}

/* Cancelled half way: an error that says so, and nothing in the folder, not even a
 * temporary file, for each format (PNG: no page, though some were written). */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const formats[] = { "pdf", "svg", "png" };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, "summary.out", NULL);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      Progress progress = { 0, 0, 0, 2, cancellable, NULL };

      g_assert_false (cg_summary_export_full (fixture->workshop, fixture->options, formats[f],
                                              path, progress_cb, &progress, cancellable, NULL,
                                              &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (progress.last_done, ==, 2);
      g_assert_cmpuint (count_files (fixture->dir), ==, 0);
    }

  /* An old file stays as it was. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "kept.pdf", NULL);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *contents = NULL;
    Progress progress = { 0, 0, 0, 1, cancellable, NULL };

    g_assert_true (g_file_set_contents (path, "old", -1, NULL));
    g_assert_false (cg_summary_export_full (fixture->workshop, fixture->options, "pdf", path,
                                            progress_cb, &progress, cancellable, NULL, &error));
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "old");
    g_assert_cmpuint (count_files (fixture->dir), ==, 1);
  }
}

/* ---- On a worker thread ---- */

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
  Progress *progress;
  guint     calls_at_end;   /* progress calls made before the result came */
} Result;

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Result *res = user_data;

  res->ok = cg_summary_export_finish (result, NULL, &res->error);
  res->calls_at_end = res->progress->calls;
  res->done = TRUE;
}

static gboolean
count_tick_cb (gpointer user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static void
wait_for (Result *res)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!res->done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static char *
read_file (const char *dir,
           const char *name,
           gsize      *length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* The worker writes the workshop as it was when asked, whatever happens to it meanwhile,
 * tells how far it has got in the caller's main loop, which runs on, and nothing comes after
 * the result. */
static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *sync_path = g_build_filename (fixture->dir, "sync.png", NULL);
  g_autofree char *async_path = g_build_filename (fixture->dir, "async.png", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);
  Progress progress = { 0, };
  Result res = { FALSE, FALSE, NULL, &progress, 0 };
  gsize expected_length, written_length;
  guint ticks = 0, tick;

  g_assert_true (cg_summary_export (fixture->workshop, fixture->options, "png", sync_path, NULL,
                                    &error));
  g_assert_no_error (error);

  tick = g_timeout_add (1, count_tick_cb, &ticks);
  cg_summary_export_async (fixture->workshop, fixture->options, "png", async_path, progress_cb,
                           &progress, NULL, export_done_cb, &res);
  /* what the worker must not see */
  cg_workshop_set_title (fixture->workshop, "Another title altogether");
  while (g_list_model_get_n_items (ideas) > 0)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, 0);

      cg_workshop_remove (fixture->workshop, idea);
    }
  wait_for (&res);
  g_source_remove (tick);

  g_assert_no_error (res.error);
  g_assert_true (res.ok);
  g_assert_cmpuint (ticks, >, 0);
  g_assert_true (progress.thread == g_thread_self ());
  g_assert_cmpuint (progress.last_done, ==, progress.n_pages);
  g_assert_cmpuint (res.calls_at_end, ==, progress.calls);
  for (guint page = 1; page <= progress.n_pages; page++)
    {
      g_autofree char *name_sync = g_strdup_printf ("sync-%u.png", page);
      g_autofree char *name_async = g_strdup_printf ("async-%u.png", page);

      g_clear_pointer (&expected, g_free);
      g_clear_pointer (&written, g_free);
      expected = read_file (fixture->dir, name_sync, &expected_length);
      written = read_file (fixture->dir, name_async, &written_length);
      g_assert_cmpmem (written, written_length, expected, expected_length);
    }
}

static void
test_async_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pages.png", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { 0, 0, 0, 1, cancellable, NULL };
  Result res = { FALSE, FALSE, NULL, &progress, 0 };

  cg_summary_export_async (fixture->workshop, fixture->options, "png", path, progress_cb,
                           &progress, cancellable, export_done_cb, &res);
  wait_for (&res);
  g_assert_false (res.ok);
  g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&res.error);
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* the same date on every page, however long the test takes */
  g_setenv ("SOURCE_DATE_EPOCH", "1780000000", TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/render/png/page", test_png_page);
  g_test_add_func ("/render/png/shapes", test_png_shapes);
  ADD ("/render/export/progress", test_progress);
  ADD ("/render/export/cancel", test_cancel);
  ADD ("/render/export/async", test_async);
  ADD ("/render/export/async-cancel", test_async_cancel);
  return g_test_run ();
}
