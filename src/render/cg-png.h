/* cg-png.h: a fast PNG writer for summary pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Writes @surface, a CAIRO_FORMAT_RGB24 image, as a PNG (8-bit RGB) through @write_func, with
 * its resolution, @dpi, recorded for printing. Lossless: reading the file back gives the very
 * same pixels. Returns CAIRO_STATUS_WRITE_ERROR when @write_func fails, and
 * CAIRO_STATUS_INVALID_FORMAT for a surface of another kind. */
cairo_status_t cg_png_write (cairo_surface_t    *surface,
                             double              dpi,
                             cairo_write_func_t  write_func,
                             void               *closure);

G_END_DECLS
