/* inovda-chart-png.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include <glib.h>
#include <png.h>
#include <setjmp.h>
#include <zlib.h>

#include "inovda-chart-png.h"

typedef struct
{
  cairo_write_func_t write;
  void *closure;
  cairo_status_t status;
} Sink;

static void
write_data (png_structp png,
            png_bytep data,
            size_t length)
{
  Sink *sink = png_get_io_ptr (png);

  sink->status = sink->write (sink->closure, data, (unsigned int) length);
  if (sink->status != CAIRO_STATUS_SUCCESS)
    png_error (png, "write failed");
}

static void
flush_data (png_structp png)
{
}

static void
warn (png_structp png,
      png_const_charp message)
{
  g_debug ("libpng: %s", message);
}

static gboolean
is_opaque (const unsigned char *data,
           int width,
           int height,
           int stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if (row[x] >> 24 != 0xff)
          return FALSE;
    }
  return TRUE;
}

/* Cairo's ARGB32 is premultiplied, in native byte order. */
static void
unpremultiply_row (const guint32 *in,
                   unsigned char *out,
                   int width)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = in[x];
      guint a = p >> 24;
      guint r = (p >> 16) & 0xff;
      guint g = (p >> 8) & 0xff;
      guint b = p & 0xff;

      if (a != 0 && a != 0xff)
        {
          r = (r * 0xff + a / 2) / a;
          g = (g * 0xff + a / 2) / a;
          b = (b * 0xff + a / 2) / a;
        }
      *out++ = r;
      *out++ = g;
      *out++ = b;
      *out++ = a;
    }
}

/**
 * inovda_chart_write_png:
 * @image: an ARGB32 image surface
 * @write: where the bytes go
 * @closure: for @write
 *
 * Returns: %CAIRO_STATUS_SUCCESS, or why the image could not be written
 */
cairo_status_t
inovda_chart_write_png (cairo_surface_t *image,
                        cairo_write_func_t write,
                        void *closure)
{
  Sink sink = { write, closure, CAIRO_STATUS_SUCCESS };
  png_structp png;
  png_infop info;
  const unsigned char *data;
  unsigned char *volatile row = NULL;
  int width, height, stride;
  gboolean opaque;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32, CAIRO_STATUS_INVALID_FORMAT);

  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  opaque = is_opaque (data, width, height, stride);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, warn);
  if (png == NULL)
    return CAIRO_STATUS_NO_MEMORY;
  info = png_create_info_struct (png);
  if (info == NULL)
    {
      png_destroy_write_struct (&png, NULL);
      return CAIRO_STATUS_NO_MEMORY;
    }
  if (setjmp (png_jmpbuf (png)))
    {
      g_free (row);
      png_destroy_write_struct (&png, &info);
      return sink.status != CAIRO_STATUS_SUCCESS ? sink.status : CAIRO_STATUS_WRITE_ERROR;
    }

  row = g_malloc ((gsize) width * 4);
  png_set_write_fn (png, &sink, write_data, flush_data);
  png_set_IHDR (png, info, width, height, 8, opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level (png, Z_BEST_SPEED);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_write_info (png, info);
  if (opaque)
    {
      /* Opaque pixels need no unpremultiplying: libpng drops the alpha byte
       * and reorders the native-endian words itself. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      png_set_bgr (png);
      png_set_filler (png, 0, PNG_FILLER_AFTER);
#else
      png_set_filler (png, 0, PNG_FILLER_BEFORE);
#endif
    }
  for (int y = 0; y < height; y++)
    {
      const guint32 *pixels = (const guint32 *) (data + (gsize) y * stride);

      if (opaque)
        png_write_row (png, (png_const_bytep) pixels);
      else
        {
          unpremultiply_row (pixels, row, width);
          png_write_row (png, row);
        }
    }
  png_write_end (png, info);

  g_free (row);
  png_destroy_write_struct (&png, &info);
  return CAIRO_STATUS_SUCCESS;
}
