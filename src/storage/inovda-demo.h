/* inovda-demo.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* The demo portfolio: Provinsi Kalimantan Selatan with its 13 kabupaten/kota
 * (real codes and perangkat daerah) and fictional innovations assessed in
 * 2025 and 2026. Every innovation uid starts with "DEMO-" and every long
 * text with "[Contoh fiktif]". The content is the same on every run. */

#define INOVDA_DEMO_REGION "63"
#define INOVDA_DEMO_YEAR 2026

/* Fills @portfolio with the demo region (Provinsi Kalimantan Selatan). With
 * @replace, an existing demo region 63 (and any of its kabupaten/kota) is
 * removed first; without it, a portfolio that already has one of these
 * regions is refused (INOVDA_INPUT_ERROR). One edit (undoable). */
gboolean inovda_demo_populate (InovdaPortfolio *portfolio,
                               gboolean replace,
                               GError **error);

G_END_DECLS
