/* inovda-cli.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* Exit status of every command, as the inovda-cli contract fixes them. */
typedef enum
{
  INOVDA_EXIT_OK = 0,
  INOVDA_EXIT_USAGE = 1,
  INOVDA_EXIT_INVALID_INPUT = 2,
  INOVDA_EXIT_IO = 3,
} InovdaExit;

typedef struct
{
  char *db;
  int year; /* 0 = not given */
  char *region;
  gboolean json;
  gboolean replace;
  char *unit;       /* chart, template --unit */
  char *innovation; /* chart --innovation */
  int compare;      /* chart --compare, 0 = not given */
  char *level;      /* chart --level */
  char *size;       /* chart --size */
  gboolean dry_run; /* import --dry-run */
  char *format;     /* export --format */
  GPtrArray *args;  /* positional arguments after the command */
} InovdaCliOptions;

int inovda_cli_init (InovdaCliOptions *options);
int inovda_cli_demo (InovdaCliOptions *options);
int inovda_cli_catalogue (InovdaCliOptions *options);
int inovda_cli_score (InovdaCliOptions *options);
int inovda_cli_check (InovdaCliOptions *options);
int inovda_cli_gaps (InovdaCliOptions *options);
int inovda_cli_chart (InovdaCliOptions *options);
int inovda_cli_report (InovdaCliOptions *options);
int inovda_cli_import (InovdaCliOptions *options);
int inovda_cli_export (InovdaCliOptions *options);
int inovda_cli_template (InovdaCliOptions *options);
void inovda_cli_exchange_help (void);

/* Shared by the commands */
InovdaPortfolio *inovda_cli_open (InovdaCliOptions *options,
                                  gboolean create,
                                  int *exit_status);
int inovda_cli_report_error (InovdaCliOptions *options,
                             const GError *error);
int inovda_cli_usage_error (const char *message);
int inovda_cli_default_year (InovdaPortfolio *portfolio);
void inovda_cli_print (const char *text);

G_END_DECLS
