/* inovda-chart-output.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A file written by a Cairo stream surface, all or nothing: the bytes go to
 * a hidden temporary file beside the destination, which is renamed over the
 * destination only when everything was written. */

typedef struct _InovdaChartOutput InovdaChartOutput;

InovdaChartOutput *inovda_chart_output_open (const char *path,
                                             GError **error);
cairo_status_t inovda_chart_output_write (void *closure,
                                          const unsigned char *data,
                                          unsigned int length);
gboolean inovda_chart_output_commit (InovdaChartOutput *output,
                                     cairo_status_t status,
                                     GError **error);
void inovda_chart_output_free (InovdaChartOutput *output);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaChartOutput, inovda_chart_output_free)

G_END_DECLS
