/* inovda-error.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define INOVDA_STORAGE_ERROR (inovda_storage_error_quark ())
#define INOVDA_CATALOGUE_ERROR (inovda_catalogue_error_quark ())
#define INOVDA_INPUT_ERROR (inovda_input_error_quark ())

typedef enum
{
  INOVDA_STORAGE_ERROR_FAILED,
  INOVDA_STORAGE_ERROR_CORRUPT,
  INOVDA_STORAGE_ERROR_TOO_NEW,
  INOVDA_STORAGE_ERROR_NOT_FOUND,
  INOVDA_STORAGE_ERROR_CONSTRAINT,
  INOVDA_STORAGE_ERROR_NOTHING_TO_UNDO,
  INOVDA_STORAGE_ERROR_READ_ONLY,
  INOVDA_STORAGE_ERROR_FULL,
} InovdaStorageError;

typedef enum
{
  INOVDA_CATALOGUE_ERROR_INVALID,
  INOVDA_CATALOGUE_ERROR_NOT_FOUND,
} InovdaCatalogueError;

/* Invalid user input: a bad value, an unknown reference, a malformed file. */
typedef enum
{
  INOVDA_INPUT_ERROR_INVALID,
  INOVDA_INPUT_ERROR_NOT_FOUND,
} InovdaInputError;

GQuark inovda_storage_error_quark (void);
GQuark inovda_catalogue_error_quark (void);
GQuark inovda_input_error_quark (void);

G_END_DECLS
