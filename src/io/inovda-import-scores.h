/* inovda-import-scores.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-import.h"

G_BEGIN_DECLS

/* What an import would do to the index: the IID of every region of the
 * portfolio, for the years of the file, taken inside the import's
 * transaction and again after its rollback. */

typedef struct _InovdaImportScores InovdaImportScores;

/* @catalogues: year → InovdaCatalogue* (NULL values are skipped);
 * @region_codes: the regions to score, or NULL for every region */
InovdaImportScores *_inovda_import_scores_take (InovdaPortfolio *portfolio,
                                                GHashTable *catalogues,
                                                GHashTable *region_codes,
                                                GCancellable *cancellable,
                                                GError **error);
void _inovda_import_scores_free (InovdaImportScores *self);

/* InovdaImportScoreChange*, by region code then year: where the IID, the
 * predikat or the number of counted innovations differs, in either
 * projection. */
GPtrArray *_inovda_import_scores_compare (InovdaImportScores *before,
                                          InovdaImportScores *after);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaImportScores, _inovda_import_scores_free)

G_END_DECLS
