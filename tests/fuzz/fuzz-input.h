/* fuzz-input.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every fuzz target defines these, as libFuzzer expects. */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* The inputs start with this line when they describe a zip archive's
 * entries rather than a file: see fuzz_input_write(). */
#define FUZZ_PARTS_HEADER "INOVDA-PARTS\n"

/* A folder of the process's own, made on first use. */
const char *fuzz_input_folder (void);

/* Writes @data where the readers can open it and returns the path (the
 * same path on every call). An input that starts with FUZZ_PARTS_HEADER
 * lists a zip archive's entries, each as a line "@@ NAME" followed by the
 * entry's bytes up to the next "\n@@ " line; they are stored without
 * compression, so that mutations reach the XML of the parts instead of
 * breaking a deflate stream. Any other input is written as it is. */
const char *fuzz_input_write (const guint8 *data,
                              gsize size);

G_END_DECLS
