/* inovda-import.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-import"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "inovda-error.h"
#include "inovda-file-open.h"
#include "inovda-import-private.h"
#include "inovda-import-scores.h"
#include "model/inovda-decimal.h"
#include "model/inovda-enums.h"
#include "storage/inovda-portfolio-bulk.h"

/* The pipeline: records from any reader are validated here and written
 * speculatively into one bulk edit; the edit is committed only when the
 * whole file was read without a single problem and this is no dry run. */

typedef struct
{
  gint64 id; /* 0 while not written */
  gint64 unit_id;
  gboolean known_new; /* inserted by this import */
  gboolean in_file;   /* its profile came in this file */
  InovdaImportItem *item;
} Innovation;

typedef struct
{
  gint64 id;
  gboolean known_new;
  char *status;
  guint64 answered;                       /* bit i: the catalogue's SID indicator i has a row */
  guint16 answers[INOVDA_MAX_INDICATORS]; /* answer_code() of that row */
} Assessment;

G_STATIC_ASSERT (INOVDA_MAX_INDICATORS <= 64);

struct _InovdaImport
{
  InovdaPortfolio *portfolio;
  char *path;
  char *files_folder;
  InovdaImportFormat format;
  gboolean dry_run;
  gboolean writing; /* FALSE after the first problem: validate only */
  gboolean applied;
  GCancellable *cancellable;
  guint64 n_records;

  GPtrArray *problems;
  guint n_problems;
  GArray *watched_locations; /* see _inovda_import_watch_problems () */
  GPtrArray *notes;
  GPtrArray *items;
  InovdaImportCounts counts;
  GPtrArray *score_changes; /* see inovda_import_get_score_changes () */
  /* Where the file may move the index: kode wilayah, and stored units
   * whose region is looked up at the end; every region when an
   * innovation changed unit. */
  GHashTable *touched_regions;
  GHashTable *touched_units; /* gint64* */
  gboolean touched_every_region;

  GHashTable *regions;       /* code → GINT_TO_POINTER (1) */
  GHashTable *units;         /* "region\x1fcode" → gint64* unit id (-1: would be added) */
  GHashTable *innovations;   /* uid → Innovation* */
  GHashTable *names;         /* "unit\x1fnormalised name" → Innovation* met in the file */
  GHashTable *stored_names;  /* "unit\x1fnormalised name" → uid in the portfolio */
  GHashTable *names_loaded;  /* unit ids whose stored names are in @stored_names */
  GHashTable *assessments;   /* "innovation\x1fyear" → Assessment* */
  GHashTable *blank_years;   /* the same keys → status code of a blank template row */
  GHashTable *kept_statuses; /* "innovation id:year" of a submission's status not taken, noted */
  GHashTable *catalogues;    /* year → InovdaCatalogue* (NULL: none, reported) */

  /* The rows of one innovation and of one assessment come together: the
   * previous row's, with the cells they were found by. */
  Innovation *last_innovation;
  char *last_uid_text;
  Assessment *last_assessment;
  Innovation *last_assessment_innovation;
  int last_year;
  char *last_status_text;
  /* The indicator of the previous row, by its position in its catalogue. */
  InovdaCatalogue *last_catalogue;
  InovdaAspect last_aspect;
  guint last_indicator;

  GString *clean_values[INOVDA_N_KEYS]; /* see value_clean () */

  /* A unit's returned template, or NULL: its rules are checked only then. */
  InovdaImportSubmission *submission;
  gint64 submission_unit_id;
};

static void
problem_free (gpointer data)
{
  InovdaImportProblem *problem = data;

  g_free (problem->location);
  g_free (problem->message);
  g_free (problem);
}

static void
item_free (gpointer data)
{
  InovdaImportItem *item = data;

  g_free (item->uid);
  g_free (item->name);
  g_clear_pointer (&item->changed_indicators, g_ptr_array_unref);
  g_clear_pointer (&item->changed_levels, g_array_unref);
  g_free (item);
}

static void
assessment_free (gpointer data)
{
  Assessment *assessment = data;

  g_free (assessment->status);
  g_free (assessment);
}

static void
catalogue_unref0 (gpointer data)
{
  if (data != NULL)
    inovda_catalogue_unref (data);
}

InovdaImport *
inovda_import_new (InovdaPortfolio *portfolio,
                   const char *path)
{
  InovdaImport *self;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (InovdaImport, 1);
  self->portfolio = g_object_ref (portfolio);
  self->path = g_strdup (path);
  self->files_folder = g_path_get_dirname (path);
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->notes = g_ptr_array_new_with_free_func (problem_free);
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->touched_regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->touched_units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->innovations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stored_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->names_loaded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->assessments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, assessment_free);
  self->blank_years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->kept_statuses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->catalogues = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, catalogue_unref0);
  return self;
}

void
inovda_import_free (InovdaImport *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->portfolio);
  g_free (self->path);
  g_free (self->files_folder);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->items);
  g_clear_pointer (&self->score_changes, g_ptr_array_unref);
  g_hash_table_unref (self->regions);
  g_hash_table_unref (self->touched_regions);
  g_hash_table_unref (self->touched_units);
  g_hash_table_unref (self->units);
  g_hash_table_unref (self->innovations);
  g_hash_table_unref (self->names);
  g_hash_table_unref (self->stored_names);
  g_hash_table_unref (self->names_loaded);
  g_hash_table_unref (self->assessments);
  g_hash_table_unref (self->blank_years);
  g_hash_table_unref (self->kept_statuses);
  g_free (self->last_uid_text);
  g_free (self->last_status_text);
  for (guint i = 0; i < INOVDA_N_KEYS; i++)
    if (self->clean_values[i] != NULL)
      g_string_free (self->clean_values[i], TRUE);
  g_hash_table_unref (self->catalogues);
  if (self->submission != NULL)
    {
      g_free (self->submission->region_code);
      g_free (self->submission->unit_code);
      g_free (self->submission->unit_name);
      g_free (self->submission);
    }
  g_free (self);
}

void
inovda_import_set_files_folder (InovdaImport *self,
                                const char *folder)
{
  g_return_if_fail (self != NULL);
  g_free (self->files_folder);
  self->files_folder = g_strdup (folder);
}

InovdaImportFormat
inovda_import_get_format (InovdaImport *self)
{
  return self->format;
}

gboolean
inovda_import_get_applied (InovdaImport *self)
{
  return self->applied;
}

GPtrArray *
inovda_import_get_problems (InovdaImport *self)
{
  return self->problems;
}

guint
inovda_import_get_n_problems (InovdaImport *self)
{
  return self->n_problems;
}

GPtrArray *
inovda_import_get_notes (InovdaImport *self)
{
  return self->notes;
}

GPtrArray *
inovda_import_get_items (InovdaImport *self)
{
  return self->items;
}

const InovdaImportCounts *
inovda_import_get_counts (InovdaImport *self)
{
  return &self->counts;
}

GPtrArray *
inovda_import_get_score_changes (InovdaImport *self)
{
  return self->score_changes;
}

const InovdaImportSubmission *
inovda_import_get_submission (InovdaImport *self)
{
  return self->submission;
}

/**
 * inovda_import_submission_describe:
 *
 * Returns: which unit's submission for which year the file is, in words
 */
char *
inovda_import_submission_describe (const InovdaImportSubmission *submission)
{
  g_return_val_if_fail (submission != NULL, NULL);

  if (submission->unit_name != NULL)
    /* Translators: a unit's name, its code, a kode wilayah, then a year */
    return g_strdup_printf (_ ("Submission of unit %s (%s) of region %s for %d"), submission->unit_name,
                            submission->unit_code, submission->region_code, submission->year);
  /* Translators: a unit's code, a kode wilayah, then a year */
  return g_strdup_printf (_ ("Submission of unit %s of region %s for %d"), submission->unit_code,
                          submission->region_code, submission->year);
}

const char *
inovda_import_outcome_to_label (InovdaImportOutcome outcome)
{
  switch (outcome)
    {
    case INOVDA_IMPORT_UNCHANGED:
      return _ ("unchanged");
    case INOVDA_IMPORT_ADDED:
      return _ ("added");
    case INOVDA_IMPORT_UPDATED:
      return _ ("updated");
    case INOVDA_IMPORT_REJECTED:
      return _ ("rejected");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * inovda_import_item_describe_changes:
 *
 * Returns: (nullable): what an update changes, in words: the profile
 *   fields, the regional agency, the other affairs, the indicators, the
 *   year's report and the evidence; %NULL when the item is not an update
 */
char *
inovda_import_item_describe_changes (const InovdaImportItem *item)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) fields = g_string_new (NULL);

  g_return_val_if_fail (item != NULL, NULL);

  if (item->outcome != INOVDA_IMPORT_UPDATED)
    return NULL;

  if (item->changes & INOVDA_IMPORT_CHANGE_UNIT)
    g_string_append (fields, _ ("regional agency"));
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (item->changed_fields & (G_GUINT64_CONSTANT (1) << f))
      {
        if (fields->len > 0)
          /* Translators: separates the names of changed fields */
          g_string_append (fields, _ (", "));
        g_string_append (fields, inovda_field_get_label ((InovdaField) f));
      }
  if (item->changes & INOVDA_IMPORT_CHANGE_URUSAN_LAIN)
    {
      if (fields->len > 0)
        g_string_append (fields, _ (", "));
      g_string_append (fields, _ ("other affairs"));
    }
  if (fields->len > 0)
    g_ptr_array_add (parts, g_string_free (g_steal_pointer (&fields), FALSE));

  if (item->changed_indicators != NULL && item->changed_indicators->len > 0)
    {
      g_autoptr (GString) list = g_string_new (NULL);

      for (guint i = 0; i < item->changed_indicators->len; i++)
        {
          const InovdaImportLevelChange *change = &g_array_index (item->changed_levels, InovdaImportLevelChange, i);

          if (i > 0)
            g_string_append (list, _ (", "));
          if (change->from >= 0 && change->from != change->to)
            /* Translators: an indicator number, then its claimed level before and after the import, as in “17: 1 → 3” */
            g_string_append_printf (list, C_ ("changed level", "%s: %d → %d"), (const char *) item->changed_indicators->pdata[i],
                                    change->from, change->to);
          else if (change->from >= 0)
            /* Translators: an indicator number, then its claimed level, which the import keeps while it changes
             * something else of the answer (the verified level, the basis), as in “17: 2” */
            g_string_append_printf (list, C_ ("kept level", "%s: %d"), (const char *) item->changed_indicators->pdata[i],
                                    change->to);
          else
            g_string_append (list, item->changed_indicators->pdata[i]);
        }
      /* Translators: %s is a list of indicator numbers, such as “3, 7, 16” */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "indicator %s", "indicators %s",
                                                            item->changed_indicators->len),
                                               list->str));
    }
  if (item->changes & INOVDA_IMPORT_CHANGE_REPORT)
    /* Translators: an import changes a year's status or note, or adds a year */
    g_ptr_array_add (parts, g_strdup (_ ("report status")));
  if (item->changes & INOVDA_IMPORT_CHANGE_EVIDENCE)
    g_ptr_array_add (parts, g_strdup (_ ("evidence")));

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the kinds of change, as in “Tahapan, Tujuan; indicators 3, 7; evidence” */
  return g_strjoinv (_ ("; "), (char **) parts->pdata);
}

/* ---------------------------------------------------------------------- */
/* Problems and small helpers                                             */

static char *
column_letters (guint column)
{
  char buffer[8];
  int i = G_N_ELEMENTS (buffer) - 1;

  buffer[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      buffer[--i] = (char) ('A' + (column - 1) % 26);
      column = (column - 1) / 26;
    }
  return g_strdup (buffer + i);
}

static char *
format_location (const InovdaSourceLocation *where)
{
  g_autofree char *letters = NULL;

  if (where == NULL)
    return NULL;
  if (where->sheet != NULL)
    {
      letters = column_letters (where->column);
      return g_strdup_printf ("%s!%s%u", where->sheet, letters, where->line + 1);
    }
  if (where->line == 0)
    return NULL;
  if (where->column > 0)
    return g_strdup_printf ("%u:%u", where->line, where->column);
  return g_strdup_printf ("%u", where->line);
}

/* Problems quote what the file holds, up to 32,767 characters a cell, and
 * ten thousand of them are kept: the middle of a long message is left out,
 * its start and its explanation at the end kept. */
#define MAX_MESSAGE_LENGTH 1024

static char *format_message (const char *format,
                             va_list args) G_GNUC_PRINTF (1, 0);

static char *
format_message (const char *format,
                va_list args)
{
  char *message = g_strdup_vprintf (format, args);
  gsize length = strlen (message);
  gsize head = MAX_MESSAGE_LENGTH / 2;
  gsize tail = length - MAX_MESSAGE_LENGTH / 2;
  char *short_message;

  if (length <= MAX_MESSAGE_LENGTH)
    return message;
  /* Cut between UTF-8 characters. */
  while (head > 0 && (message[head] & 0xC0) == 0x80)
    head--;
  while (tail < length && (message[tail] & 0xC0) == 0x80)
    tail++;
  short_message = g_strdup_printf ("%.*s…%s", (int) head, message, message + tail);
  g_free (message);
  return short_message;
}

void
_inovda_import_problem (InovdaImport *self,
                        const InovdaSourceLocation *where,
                        const char *format,
                        ...)
{
  InovdaImportProblem *problem;
  va_list args;

  self->n_problems++;
  self->writing = FALSE;
  if (self->watched_locations != NULL && where != NULL)
    g_array_append_val (self->watched_locations, *where);
  if (self->problems->len >= INOVDA_IMPORT_MAX_PROBLEMS)
    return;

  problem = g_new0 (InovdaImportProblem, 1);
  problem->location = format_location (where);
  va_start (args, format);
  problem->message = format_message (format, args);
  va_end (args);
  g_ptr_array_add (self->problems, problem);
}

/* A reader's own error already names the file, which is the import's:
 * “good.xlsx: Sheet1!C5: …” is reported without the first name. */
void
_inovda_import_reader_problem (InovdaImport *self,
                               const char *message)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  gsize length = strlen (name);

  if (strncmp (message, name, length) == 0 && g_str_has_prefix (message + length, ": "))
    message += length + 2;
  _inovda_import_problem (self, NULL, "%s", message);
}

void
_inovda_import_note (InovdaImport *self,
                     const InovdaSourceLocation *where,
                     const char *format,
                     ...)
{
  InovdaImportProblem *note;
  va_list args;

  if (self->notes->len >= INOVDA_IMPORT_MAX_PROBLEMS)
    return;
  note = g_new0 (InovdaImportProblem, 1);
  note->location = format_location (where);
  va_start (args, format);
  note->message = format_message (format, args);
  va_end (args);
  g_ptr_array_add (self->notes, note);
}

InovdaPortfolio *
_inovda_import_get_portfolio (InovdaImport *self)
{
  return self->portfolio;
}

void
_inovda_import_watch_problems (InovdaImport *self,
                               GArray *locations)
{
  self->watched_locations = locations;
}

gboolean
_inovda_import_has_problems (InovdaImport *self)
{
  return self->n_problems > 0;
}

void
_inovda_record_reset (InovdaRecord *record,
                      InovdaRecordKind kind,
                      const InovdaSourceLocation *where)
{
  memset (record, 0, sizeof *record);
  record->kind = kind;
  if (where != NULL)
    record->where = *where;
}

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;
  return TRUE;
}

char *
_inovda_import_normalize (const char *text)
{
  g_autofree char *folded = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  /* ASCII, as nearly every name is: folding is lowering, and the letters
   * and digits are ASCII's. */
  if (is_ascii (text))
    {
      char *ascii = g_malloc (strlen (text) + 1);
      char *q = ascii;

      for (const char *p = text; *p != '\0'; p++)
        if (g_ascii_isalnum (*p))
          *q++ = g_ascii_tolower (*p);
      *q = '\0';
      return ascii;
    }
  folded = g_utf8_casefold (text, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
value_text (const InovdaRecord *record,
            InovdaRecordKey key)
{
  return record->values[key].text;
}

/* The value, stripped, or NULL when absent or empty. */
static char *
value_stripped (const InovdaRecord *record,
                InovdaRecordKey key)
{
  const char *text = record->values[key].text;
  char *stripped;

  if (text == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  return stripped;
}

/* The same without a copy of its own: the record's text when it has no
 * trailing spaces, as nearly every value has, else the import's copy.
 * Valid until the next call for the same key. For the checks that run on
 * every row. */
static const char *
value_clean (InovdaImport *self,
             const InovdaRecord *record,
             InovdaRecordKey key)
{
  const char *text = record->values[key].text;
  gsize length;

  if (text == NULL)
    return NULL;
  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return NULL;
  length = strlen (text);
  if (!g_ascii_isspace (text[length - 1]))
    return text;
  while (g_ascii_isspace (text[length - 1]))
    length--;
  if (self->clean_values[key] == NULL)
    self->clean_values[key] = g_string_sized_new (length + 1);
  g_string_truncate (self->clean_values[key], 0);
  g_string_append_len (self->clean_values[key], text, (gssize) length);
  return self->clean_values[key]->str;
}

static gboolean
value_empty (const InovdaRecord *record,
             InovdaRecordKey key)
{
  const char *text = record->values[key].text;

  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

static const InovdaSourceLocation *
value_where (const InovdaRecord *record,
             InovdaRecordKey key)
{
  const InovdaRecordValue *value = &record->values[key];

  if (value->text != NULL && (value->where.line > 0 || value->where.sheet != NULL))
    return &value->where;
  return &record->where;
}

/* "2024-03-01", "2024-03-01T00:00:00" (a date cell) or "01/03/2024". */
static char *
normalize_date (const char *text)
{
  int d, m, y;
  char tail;

  if (strlen (text) >= 10 && text[4] == '-' && (text[10] == '\0' || text[10] == 'T' || text[10] == ' '))
    return g_strndup (text, 10);
  if (sscanf (text, "%d/%d/%d%c", &d, &m, &y, &tail) == 3 && y >= 1000)
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return g_strdup (text);
}

/* Enumeration codes from labels a person may type: "Uji Coba" → uji-coba. */
static char *
normalize_code (const char *text)
{
  g_autofree char *lowered = NULL;
  const char *start;
  const char *end;
  char *out;
  char *q;
  gboolean dash = FALSE;

  /* Codes are ASCII; other text is lowered by Unicode's rules. */
  for (end = text; *end != '\0' && (guchar) *end < 0x80; end++)
    ;
  if (*end != '\0')
    {
      text = lowered = g_utf8_strdown (text, -1);
      end = text + strlen (text);
    }
  for (start = text; g_ascii_isspace (*start); start++)
    ;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;

  out = q = g_malloc ((gsize) (end - start) + 1);
  for (const char *p = start; p < end; p++)
    {
      if (*p == ' ' || *p == '_' || *p == '-')
        dash = q > out;
      else
        {
          if (dash)
            *q++ = '-';
          dash = FALSE;
          *q++ = g_ascii_tolower (*p);
        }
    }
  *q = '\0';
  return out;
}

/* The urusan names as _inovda_import_normalize() writes them, made once
 * for the process: a cell of unknown codes once normalised every name
 * again for each of its codes. */
#define MAX_URUSAN_LAIN_VALUES 256

static const char *const *
normalized_urusan_names (void)
{
  static const char *const *names;

  if (g_once_init_enter (&names))
    {
      guint n;
      const InovdaUrusan *all = inovda_urusan_get_all (&n);
      char **made = g_new0 (char *, n + 1);

      for (guint i = 0; i < n; i++)
        made[i] = _inovda_import_normalize (all[i].name);
      g_once_init_leave (&names, (const char *const *) made);
    }
  return names;
}

/* An urusan code, or the official name of one. */
static const char *
lookup_urusan (const char *text)
{
  const InovdaUrusan *known;
  const InovdaUrusan *all;
  const char *const *names;
  g_autofree char *wanted = NULL;
  guint n;

  if ((known = inovda_urusan_lookup (text)) != NULL)
    return known->code;
  all = inovda_urusan_get_all (&n);
  /* "1.01 Pendidikan", "1.01 - Pendidikan" */
  for (guint i = 0; i < n; i++)
    if (g_str_has_prefix (text, all[i].code) && !g_ascii_isdigit (text[strlen (all[i].code)]))
      return all[i].code;
  wanted = _inovda_import_normalize (text);
  names = normalized_urusan_names ();
  for (guint i = 0; i < n; i++)
    if (g_str_equal (names[i], wanted))
      return all[i].code;
  return NULL;
}

static gboolean
parse_int (const char *text,
           gint64 min,
           gint64 max,
           gint64 *out)
{
  const char *end;
  gint64 value = 0;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  /* Years and levels, read on every row: strtoll's digits without its
   * locale and sign handling, too large a number out of range as there. */
  for (end = text; g_ascii_isdigit (*end); end++)
    {
      int digit = *end - '0';

      if (value < G_MAXINT64 / 10 || (value == G_MAXINT64 / 10 && digit <= G_MAXINT64 % 10))
        value = value * 10 + digit;
      else
        value = G_MAXINT64;
    }
  /* A number cell may carry a harmless ".0". */
  if (end[0] == '.' && end[1] == '0' && end[2] == '\0')
    end += 2;
  if (*end != '\0' || value < min || value > max)
    return FALSE;
  *out = value;
  return TRUE;
}

static gboolean
check_year (InovdaImport *self,
            const InovdaRecord *record,
            int *year)
{
  const char *text = value_clean (self, record, INOVDA_KEY_YEAR);
  gint64 value;

  if (text == NULL)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_YEAR), _ ("The assessment year is missing"));
      return FALSE;
    }
  if (!parse_int (text, 2000, 2100, &value))
    {
      /* Translators: %s is what the file has where a year such as 2026 belongs */
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_YEAR), _ ("“%s” is not an assessment year such as 2026"), text);
      return FALSE;
    }
  *year = (int) value;
  return TRUE;
}

/* Returns the level, INOVDA_BULK_KEEP when absent, or -3 after a problem. */
static int
check_level (InovdaImport *self,
             const InovdaRecord *record,
             InovdaRecordKey key)
{
  const char *text = value_clean (self, record, key);
  gint64 value;

  /* An empty verified level is no verification; an empty level is none given. */
  if (text == NULL)
    return key == INOVDA_KEY_VERIFIED && value_text (record, key) != NULL ? INOVDA_LEVEL_UNVERIFIED : INOVDA_BULK_KEEP;
  if (!parse_int (text, 0, INOVDA_LEVEL_MAX, &value))
    {
      _inovda_import_problem (self, value_where (record, key),
                              key == INOVDA_KEY_VERIFIED
                                  /* Translators: %s is what the file has where a level belongs */
                                  ? _ ("Verified level “%s” is not one of 0, 1, 2, 3")
                                  : _ ("Level “%s” is not one of 0, 1, 2, 3"),
                              text);
      return -3;
    }
  return (int) value;
}

static InovdaCatalogue *
catalogue_for (InovdaImport *self,
               const InovdaRecord *record,
               int year)
{
  g_autoptr (GError) error = NULL;
  InovdaCatalogue *catalogue;

  if (g_hash_table_lookup_extended (self->catalogues, GINT_TO_POINTER (year), NULL, (gpointer *) &catalogue))
    {
      if (catalogue == NULL)
        _inovda_import_problem (self, value_where (record, INOVDA_KEY_YEAR),
                                _ ("There is no methodology catalogue for %d"), year);
      return catalogue;
    }
  catalogue = inovda_portfolio_get_catalogue (self->portfolio, year, &error);
  g_hash_table_insert (self->catalogues, GINT_TO_POINTER (year), catalogue);
  if (catalogue == NULL)
    /* Translators: %d is a year */
    _inovda_import_problem (self, value_where (record, INOVDA_KEY_YEAR),
                            _ ("There is no methodology catalogue for %d"), year);
  return catalogue;
}

/* Rows name indicators in catalogue order, and ids are unique in a
 * catalogue: the previous row's indicator and the next are tried before
 * the whole list. */
static int
indicator_index (InovdaImport *self,
                 InovdaCatalogue *catalogue,
                 InovdaAspect aspect,
                 const char *id)
{
  GPtrArray *rows = aspect == INOVDA_ASPECT_SPD ? catalogue->spd : catalogue->sid;
  int index;

  if (self->last_catalogue == catalogue && self->last_aspect == aspect)
    for (guint i = self->last_indicator; i < rows->len && i <= self->last_indicator + 1; i++)
      {
        const InovdaIndicator *indicator = g_ptr_array_index (rows, i);

        if (strcmp (indicator->id, id) == 0)
          {
            self->last_indicator = i;
            return (int) i;
          }
      }
  index = inovda_catalogue_indicator_index (catalogue, aspect, id);
  if (index >= 0)
    {
      self->last_catalogue = catalogue;
      self->last_aspect = aspect;
      self->last_indicator = (guint) index;
    }
  return index;
}

/* The indicator the row names, and its position in the catalogue. */
static const InovdaIndicator *
check_indicator (InovdaImport *self,
                 const InovdaRecord *record,
                 int year,
                 InovdaAspect aspect,
                 guint *out_index)
{
  const char *text = value_clean (self, record, INOVDA_KEY_INDICATOR);
  InovdaCatalogue *catalogue;
  int index;

  if (text == NULL)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_INDICATOR), _ ("The indicator number is missing"));
      return NULL;
    }
  catalogue = catalogue_for (self, record, year);
  if (catalogue == NULL)
    return NULL;
  index = indicator_index (self, catalogue, aspect, text);
  if (index < 0)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_INDICATOR),
                              aspect == INOVDA_ASPECT_SID
                                  /* Translators: %s is an indicator number such as 16, %d a year */
                                  ? _ ("Indicator %s is not an innovation indicator of the %d catalogue")
                                  : _ ("Indicator %s is not a region indicator of the %d catalogue"),
                              text, year);
      return NULL;
    }
  if (out_index != NULL)
    *out_index = (guint) index;
  return g_ptr_array_index (aspect == INOVDA_ASPECT_SID ? catalogue->sid : catalogue->spd, index);
}

/* @what is untranslated (N_): it is looked up only for a problem. */
static gboolean
check_text_required (InovdaImport *self,
                     const InovdaRecord *record,
                     InovdaRecordKey key,
                     const char *what)
{
  const char *text = value_clean (self, record, key);

  if (text != NULL)
    {
      if (!g_utf8_validate (text, -1, NULL))
        {
          /* Translators: %s names a column or element, such as "Unit name" */
          _inovda_import_problem (self, value_where (record, key), _ ("%s: the text is not valid UTF-8"), _ (what));
          return FALSE;
        }
      return TRUE;
    }
  _inovda_import_problem (self, value_where (record, key), _ ("%s must not be empty"), _ (what));
  return FALSE;
}

static void
count (InovdaBulkOutcome outcome,
       guint *added,
       guint *updated,
       guint *unchanged)
{
  if (outcome == INOVDA_BULK_INSERTED)
    (*added)++;
  else if (outcome == INOVDA_BULK_UPDATED)
    (*updated)++;
  else if (unchanged != NULL)
    (*unchanged)++;
}

static void
mark (Innovation *innovation,
      InovdaBulkOutcome outcome)
{
  if (innovation->item->outcome == INOVDA_IMPORT_UNCHANGED && outcome != INOVDA_BULK_UNCHANGED)
    innovation->item->outcome = INOVDA_IMPORT_UPDATED;
}

/* Notes what a write that was not a no-op changed, for the preview. */
static void
mark_change (Innovation *innovation,
             InovdaBulkOutcome outcome,
             InovdaImportChange change)
{
  mark (innovation, outcome);
  if (outcome != INOVDA_BULK_UNCHANGED)
    innovation->item->changes |= change;
}

/* @from and @to: the claimed level before and after, or -1. Both are kept
 * when they are equal: a bare indicator number in a list of "16: 0 → 2"
 * would read as sharing the next one's change. */
static void
mark_indicator (Innovation *innovation,
                InovdaBulkOutcome outcome,
                const char *indicator_id,
                int from,
                int to)
{
  InovdaImportItem *item = innovation->item;
  InovdaImportLevelChange change = { -1, -1 };

  mark (innovation, outcome);
  /* An added innovation is new as a whole. */
  if (outcome == INOVDA_BULK_UNCHANGED || item->outcome == INOVDA_IMPORT_ADDED)
    return;
  if (item->changed_indicators == NULL)
    {
      item->changed_indicators = g_ptr_array_new_with_free_func (g_free);
      item->changed_levels = g_array_new (FALSE, FALSE, sizeof (InovdaImportLevelChange));
    }
  for (guint i = 0; i < item->changed_indicators->len; i++)
    if (g_str_equal (item->changed_indicators->pdata[i], indicator_id))
      return;
  if (from >= 0 && to >= 0)
    change = (InovdaImportLevelChange){ from, to };
  g_ptr_array_add (item->changed_indicators, g_strdup (indicator_id));
  g_array_append_val (item->changed_levels, change);
}

/* ---------------------------------------------------------------------- */
/* A unit's returned submission                                           */

void
_inovda_import_set_submission (InovdaImport *self,
                               const char *region_code,
                               const char *unit_code,
                               int year)
{
  InovdaImportSubmission *submission = g_new0 (InovdaImportSubmission, 1);
  g_autofree char *short_name = NULL;

  g_assert (self->submission == NULL);
  submission->region_code = g_strdup (region_code);
  submission->unit_code = g_strdup (unit_code);
  submission->year = year;
  self->submission = submission;
  self->submission_unit_id = inovda_portfolio_bulk_find_unit (self->portfolio, region_code, unit_code);
  if (self->submission_unit_id != 0)
    inovda_portfolio_bulk_get_unit (self->portfolio, region_code, unit_code, &submission->unit_name, &short_name);
  else
    _inovda_import_problem (self, NULL,
                            /* Translators: a unit code, then a kode wilayah */
                            _ ("This is the submission template of unit %s of region %s, which is not in the portfolio"),
                            unit_code, region_code);
}

static gboolean
is_submission_unit (InovdaImport *self,
                    const char *region_code,
                    const char *unit_code)
{
  return g_strcmp0 (region_code, self->submission->region_code) == 0 &&
         g_strcmp0 (unit_code, self->submission->unit_code) == 0;
}

/* @name and @level as import_region () has them: NULL keeps. */
static gboolean
check_submission_region (InovdaImport *self,
                         const InovdaRecord *record,
                         const char *code,
                         const char *name,
                         const char *level)
{
  g_autofree char *stored_name = NULL;
  g_autofree char *stored_level = NULL;
  InovdaRecordKey changed;

  if (!inovda_portfolio_bulk_get_region (self->portfolio, code, &stored_name, &stored_level))
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_CODE),
                              /* Translators: %s is a kode wilayah */
                              _ ("A unit's submission cannot add the region %s"), code);
      return FALSE;
    }
  if (name != NULL && g_strcmp0 (name, stored_name) != 0)
    changed = INOVDA_KEY_REGION_NAME;
  else if (level != NULL && g_strcmp0 (level, stored_level) != 0)
    changed = INOVDA_KEY_REGION_LEVEL;
  else
    return TRUE;
  /* Not a problem: the portfolio may have moved on since the template
   * was written. */
  _inovda_import_note (self, value_where (record, changed),
                       /* Translators: %s is a kode wilayah */
                       _ ("A unit's submission does not change the name or type of region %s: they stay as they are"),
                       code);
  return FALSE;
}

/* A row of another unit than the submission's may only repeat it. */
static gboolean
check_submission_other_unit (InovdaImport *self,
                             const InovdaRecord *record,
                             const char *region_code,
                             const char *code,
                             const char *name)
{
  g_autofree char *stored_name = NULL;
  g_autofree char *stored_short = NULL;
  const char *short_name = value_text (record, INOVDA_KEY_UNIT_SHORT_NAME);
  InovdaRecordKey changed;

  if (!inovda_portfolio_bulk_get_unit (self->portfolio, region_code, code, &stored_name, &stored_short))
    changed = INOVDA_KEY_UNIT_CODE;
  else if (name != NULL && g_strcmp0 (name, stored_name) != 0)
    changed = INOVDA_KEY_UNIT_NAME;
  else if (short_name != NULL && g_strcmp0 (*short_name != '\0' ? short_name : NULL, stored_short) != 0)
    changed = INOVDA_KEY_UNIT_SHORT_NAME;
  else
    return TRUE;
  _inovda_import_note (self, value_where (record, changed),
                       changed == INOVDA_KEY_UNIT_CODE
                           /* Translators: the submission's unit code, then another unit's code */
                           ? _ ("This is the submission of unit %s: the unit %s is not added")
                           /* Translators: the submission's unit code, then another unit's code */
                           : _ ("This is the submission of unit %s: the unit %s stays as it is"),
                       self->submission->unit_code, code);
  return FALSE;
}

/* An innovation of another unit is refused, with the rest of its rows. */
static gboolean
check_submission_innovation (InovdaImport *self,
                             const InovdaRecord *record,
                             gint64 unit_id,
                             const char *uid)
{
  if (unit_id == self->submission_unit_id)
    return TRUE;
  _inovda_import_problem (self, value_where (record, INOVDA_KEY_UID),
                          /* Translators: an innovation id, then the unit code of the submission */
                          _ ("The innovation %s belongs to another unit: this is the submission of unit %s"),
                          uid, self->submission->unit_code);
  return FALSE;
}

static gboolean
is_verification_status (const char *code)
{
  int status = inovda_status_from_code (code);

  return status == INOVDA_STATUS_DITERIMA || status == INOVDA_STATUS_DITOLAK;
}

/* diterima and ditolak are the ministry's: a status the portfolio holds
 * stays when the file would set one or leave one, whether the clerk typed
 * it or the portfolio has moved on since the template was written.
 * Returns: (transfer full) (nullable): the status to take; NULL after a
 * problem (a verification status where the portfolio holds none). */
static char *
submission_status (InovdaImport *self,
                   const InovdaRecord *record,
                   gint64 innovation_id,
                   int year,
                   const char *status)
{
  g_autofree char *stored = innovation_id != 0 ? inovda_portfolio_bulk_get_status (self->portfolio, innovation_id, year) : NULL;
  char *noted_key;

  if (g_strcmp0 (status, stored) == 0 || (!is_verification_status (status) && (stored == NULL || !is_verification_status (stored))))
    return g_strdup (status);
  if (stored == NULL)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_STATUS),
                              /* Translators: %s is a status, diterima or ditolak */
                              _ ("Status “%s” is the outcome of the ministry's verification: a unit's submission cannot set it"),
                              status);
      return NULL;
    }
  /* Once for each assessment, not on each of its rows. */
  noted_key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d", innovation_id, year);
  if (g_hash_table_add (self->kept_statuses, noted_key))
    _inovda_import_note (self, value_where (record, INOVDA_KEY_STATUS),
                         /* Translators: the status in the file, then the status the portfolio holds */
                         _ ("Status “%s” is not taken: the ministry's verification decides, and “%s” stays"),
                         status, stored);
  return g_steal_pointer (&stored);
}

/* Level Verifikasi is never taken from a submission: a note when it
 * differs from what the portfolio holds. */
static gboolean
check_submission_verified (InovdaImport *self,
                           const InovdaRecord *record,
                           gint64 innovation_id,
                           int year,
                           const InovdaIndicator *indicator,
                           int verified)
{
  int stored;

  if (verified < 0)
    return TRUE;
  stored = innovation_id != 0 ? inovda_portfolio_bulk_get_sid_verified (self->portfolio, innovation_id, year, indicator->id)
                              : INOVDA_LEVEL_UNVERIFIED;
  if (verified == stored)
    return TRUE;
  _inovda_import_note (self, value_where (record, INOVDA_KEY_VERIFIED),
                       _ ("Level Verifikasi is not taken: the ministry's verification decides, and the portfolio's stays"));
  return TRUE;
}

/* A submission reports the year it was made for, and no other: the
 * assessments of other years may be accepted or verified already. */
static gboolean
check_submission_year (InovdaImport *self,
                       const InovdaRecord *record,
                       int year)
{
  if (self->submission == NULL || year == self->submission->year)
    return TRUE;
  _inovda_import_problem (self, value_where (record, INOVDA_KEY_YEAR),
                          /* Translators: the submission's year, then the year of the row */
                          _ ("This is the submission for %d: it cannot report the year %d"), self->submission->year, year);
  return FALSE;
}

/* An Indikator SPD row may only repeat what the portfolio holds. The
 * arguments are import_spd ()'s, @verified INOVDA_BULK_KEEP when empty. */
static gboolean
check_submission_spd (InovdaImport *self,
                      const InovdaRecord *record,
                      const char *region_code,
                      int year,
                      const InovdaIndicator *indicator,
                      int level,
                      const char *raw_value,
                      int verified)
{
  g_autofree char *stored_raw = NULL;
  int stored_level, stored_verified;
  InovdaRecordKey changed;

  if (!inovda_portfolio_bulk_get_spd (self->portfolio, region_code, year, indicator->id, &stored_level, &stored_raw,
                                      &stored_verified))
    changed = level != INOVDA_BULK_KEEP ? INOVDA_KEY_LEVEL : raw_value != NULL ? INOVDA_KEY_RAW_VALUE
                                                                               : INOVDA_KEY_VERIFIED;
  else if (level != INOVDA_BULK_KEEP && level != stored_level)
    changed = INOVDA_KEY_LEVEL;
  else if (raw_value != NULL && g_strcmp0 (*raw_value != '\0' ? raw_value : NULL, stored_raw) != 0)
    changed = INOVDA_KEY_RAW_VALUE;
  else if (verified != INOVDA_BULK_KEEP && verified != stored_verified)
    changed = INOVDA_KEY_VERIFIED;
  else
    return TRUE;
  _inovda_import_note (self, value_where (record, changed),
                       _ ("A unit's submission does not change the region's indicators (Indikator SPD): they stay as "
                          "they are"));
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Regions and units                                                      */

static gboolean
region_known (InovdaImport *self,
              const char *code)
{
  return g_hash_table_contains (self->regions, code) ||
         inovda_portfolio_bulk_region_exists (self->portfolio, code);
}

static gboolean
check_region_code (InovdaImport *self,
                   const InovdaRecord *record,
                   char **out_code)
{
  g_autofree char *code = value_stripped (record, INOVDA_KEY_REGION_CODE);
  gboolean ok;

  if (code == NULL)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_CODE), _ ("The kode wilayah is missing"));
      return FALSE;
    }
  ok = g_ascii_isdigit (code[0]);
  for (const char *p = code; ok && *p != '\0'; p++)
    ok = g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1]));
  if (!ok)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_CODE),
                              _ ("“%s” is not a kode wilayah such as 63 or 63.01"), code);
      return FALSE;
    }
  *out_code = g_steal_pointer (&code);
  return TRUE;
}

static void
touch_region (InovdaImport *self,
              const char *code)
{
  if (!g_hash_table_contains (self->touched_regions, code))
    g_hash_table_add (self->touched_regions, g_strdup (code));
}

static void
touch_unit (InovdaImport *self,
            gint64 unit_id)
{
  if (unit_id > 0 && !g_hash_table_contains (self->touched_units, &unit_id))
    g_hash_table_add (self->touched_units, g_memdup2 (&unit_id, sizeof unit_id));
}

static gboolean
import_region (InovdaImport *self,
               const InovdaRecord *record,
               GError **error)
{
  g_autofree char *code = NULL;
  g_autofree char *name = value_stripped (record, INOVDA_KEY_REGION_NAME);
  g_autofree char *level = value_stripped (record, INOVDA_KEY_REGION_LEVEL);
  gboolean exists;
  InovdaBulkOutcome outcome;

  if (!check_region_code (self, record, &code))
    return TRUE;
  if (g_hash_table_contains (self->regions, code))
    return TRUE;

  exists = inovda_portfolio_bulk_region_exists (self->portfolio, code);
  if (level != NULL)
    {
      g_autofree char *normalized = normalize_code (level);
      if (inovda_region_level_from_code (normalized) < 0)
        {
          /* Translators: %s is the value found where provinsi, kabupaten or kota belongs */
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_LEVEL),
                                  _ ("Region type “%s” is not one of provinsi, kabupaten, kota"), level);
          return TRUE;
        }
      g_free (level);
      level = g_steal_pointer (&normalized);
    }
  if (self->submission != NULL && !check_submission_region (self, record, code, name, level))
    return TRUE;
  if (!exists && (!check_text_required (self, record, INOVDA_KEY_REGION_NAME, N_ ("Region name")) ||
                  (level == NULL && (_inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_LEVEL),
                                                             _ ("The region type (provinsi, kabupaten or kota) is missing")),
                                     TRUE))))
    return TRUE;

  g_hash_table_add (self->regions, g_strdup (code));
  touch_region (self, code);
  if (!self->writing)
    return TRUE;
  if (!inovda_portfolio_bulk_region (self->portfolio, code, name, level, &outcome, error))
    return FALSE;
  count (outcome, &self->counts.regions_added, &self->counts.regions_updated, NULL);
  return TRUE;
}

static char *
unit_key (const char *region_code,
          const char *code)
{
  return g_strconcat (region_code, "\x1f", code, NULL);
}

/* The unit's id; -1 for a unit this import would add; 0 when unknown. */
static gint64
find_unit (InovdaImport *self,
           const char *region_code,
           const char *code)
{
  g_autofree char *key = unit_key (region_code, code);
  gint64 *id = g_hash_table_lookup (self->units, key);

  if (id != NULL)
    return *id;
  return inovda_portfolio_bulk_find_unit (self->portfolio, region_code, code);
}

static gboolean
import_unit (InovdaImport *self,
             const InovdaRecord *record,
             GError **error)
{
  g_autofree char *region_code = NULL;
  g_autofree char *code = value_stripped (record, INOVDA_KEY_UNIT_CODE);
  g_autofree char *name = value_stripped (record, INOVDA_KEY_UNIT_NAME);
  g_autofree char *key = NULL;
  InovdaBulkOutcome outcome;
  gint64 id;

  if (!check_region_code (self, record, &region_code))
    return TRUE;
  if (!region_known (self, region_code))
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_CODE),
                              _ ("There is no region %s in the file or the portfolio"), region_code);
      return TRUE;
    }
  touch_region (self, region_code);
  if (!check_text_required (self, record, INOVDA_KEY_UNIT_CODE, N_ ("Unit code")))
    return TRUE;

  key = unit_key (region_code, code);
  if (g_hash_table_contains (self->units, key))
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_UNIT_CODE),
                              /* Translators: a unit code, then a kode wilayah */
                              _ ("The unit %s of region %s appears twice"), code, region_code);
      return TRUE;
    }
  if (self->submission != NULL && !is_submission_unit (self, region_code, code) &&
      !check_submission_other_unit (self, record, region_code, code, name))
    return TRUE;
  id = inovda_portfolio_bulk_find_unit (self->portfolio, region_code, code);
  if (id == 0 && !check_text_required (self, record, INOVDA_KEY_UNIT_NAME, N_ ("Unit name")))
    return TRUE;

  if (self->writing)
    {
      id = inovda_portfolio_bulk_unit (self->portfolio, region_code, code, name,
                                       value_text (record, INOVDA_KEY_UNIT_SHORT_NAME), &outcome, error);
      if (id == 0)
        return FALSE;
      count (outcome, &self->counts.units_added, &self->counts.units_updated, NULL);
    }
  else if (id == 0)
    id = -1;
  g_hash_table_insert (self->units, g_steal_pointer (&key), g_memdup2 (&id, sizeof id));
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Innovations                                                            */

static char *
name_key (gint64 unit_id,
          const char *name)
{
  g_autofree char *normalized = _inovda_import_normalize (name);
  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s", unit_id, normalized);
}

typedef struct
{
  InovdaImport *self;
  gint64 unit_id;
} NameLoad;

static void
stored_name_cb (gint64 id,
                const char *uid,
                const char *name,
                gpointer user_data)
{
  NameLoad *load = user_data;

  g_hash_table_insert (load->self->stored_names, name_key (load->unit_id, name), g_strdup (uid));
}

/* An innovation met in the file, or the uid of a stored one, by unit and
 * normalised name. */
static Innovation *
find_by_name (InovdaImport *self,
              gint64 unit_id,
              const char *name,
              const char **stored_uid,
              GError **error)
{
  g_autofree char *key = name_key (unit_id, name);
  Innovation *met = g_hash_table_lookup (self->names, key);

  *stored_uid = NULL;
  if (met != NULL)
    return met;
  if (unit_id > 0 && !g_hash_table_contains (self->names_loaded, &unit_id))
    {
      NameLoad load = { self, unit_id };

      g_hash_table_add (self->names_loaded, g_memdup2 (&unit_id, sizeof unit_id));
      if (!inovda_portfolio_bulk_foreach_name (self->portfolio, unit_id, stored_name_cb, &load, error))
        return NULL;
    }
  *stored_uid = g_hash_table_lookup (self->stored_names, key);
  return NULL;
}

static Innovation *
new_innovation (InovdaImport *self,
                const char *uid,
                const char *name,
                gint64 id,
                gint64 unit_id)
{
  Innovation *innovation = g_new0 (Innovation, 1);

  innovation->id = id;
  innovation->unit_id = unit_id;
  innovation->item = g_new0 (InovdaImportItem, 1);
  innovation->item->uid = g_strdup (uid);
  innovation->item->name = g_strdup (name);
  innovation->item->outcome = INOVDA_IMPORT_UNCHANGED;
  touch_unit (self, unit_id);
  g_ptr_array_add (self->items, innovation->item);
  g_hash_table_insert (self->innovations, g_strdup (uid), innovation);
  return innovation;
}

static Innovation *
resolve_innovation_uncached (InovdaImport *self,
                             const InovdaRecord *record,
                             GError **error)
{
  g_autofree char *uid = value_stripped (record, INOVDA_KEY_UID);
  g_autofree char *name = value_stripped (record, INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME);
  Innovation *innovation = NULL;
  gint64 unit_id = 0;
  gint64 id;

  if (uid == NULL)
    {
      g_autofree char *region_code = value_stripped (record, INOVDA_KEY_REGION_CODE);
      g_autofree char *unit_code = value_stripped (record, INOVDA_KEY_UNIT_CODE);
      const char *stored_uid = NULL;

      if (name == NULL || region_code == NULL || unit_code == NULL)
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_UID),
                                  _ ("The innovation id is missing (or give the kode wilayah, the unit and the innovation’s name)"));
          return NULL;
        }
      unit_id = find_unit (self, region_code, unit_code);
      if (unit_id == 0)
        {
          /* Translators: a unit code, then a kode wilayah */
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_UNIT_CODE),
                                  _ ("There is no unit %s in region %s"), unit_code, region_code);
          return NULL;
        }
      innovation = find_by_name (self, unit_id, name, &stored_uid, error);
      if (innovation == NULL && stored_uid == NULL)
        {
          if (error != NULL && *error != NULL)
            return NULL;
          /* Translators: %s is an innovation's name */
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME),
                                  _ ("There is no innovation “%s” in this unit, in the file or the portfolio"), name);
          return NULL;
        }
      if (innovation == NULL)
        uid = g_strdup (stored_uid);
    }

  if (innovation == NULL)
    innovation = g_hash_table_lookup (self->innovations, uid);
  if (innovation == NULL)
    {
      g_autofree char *stored_name = NULL;

      /* A row that names the innovation by id alone (a ministry list's
       * verification, an answer sheet) still gives the preview its name. */
      id = inovda_portfolio_bulk_find_uid (self->portfolio, uid, &unit_id, NULL, name == NULL ? &stored_name : NULL);
      if (id == 0)
        {
          /* Translators: %s is an innovation id */
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_UID),
                                  _ ("There is no innovation with the id %s in the file or the portfolio"), uid);
          return NULL;
        }
      innovation = new_innovation (self, uid, name != NULL ? name : stored_name, id, unit_id);
    }
  if (innovation->item->outcome == INOVDA_IMPORT_REJECTED)
    return NULL;
  return innovation;
}

/* The innovation a row refers to, by id or by unit and name; NULL after a
 * problem, or silently for an innovation already rejected. */
static Innovation *
resolve_innovation (InovdaImport *self,
                    const InovdaRecord *record,
                    GError **error)
{
  const char *uid_text = value_text (record, INOVDA_KEY_UID);
  Innovation *innovation;

  /* The same id as the previous row's names the same innovation. */
  if (self->last_innovation != NULL && uid_text != NULL && g_strcmp0 (uid_text, self->last_uid_text) == 0)
    return self->last_innovation->item->outcome == INOVDA_IMPORT_REJECTED ? NULL : self->last_innovation;
  innovation = resolve_innovation_uncached (self, record, error);
  if (innovation != NULL && !value_empty (record, INOVDA_KEY_UID))
    {
      self->last_innovation = innovation;
      g_free (self->last_uid_text);
      self->last_uid_text = g_strdup (uid_text);
    }
  return innovation;
}

/* A date is quoted as the cell showed it, 31/02/2025 rather than the
 * 2025-02-31 it was read as, with both ways of writing one. */
static void
report_field_problem (InovdaImport *self,
                      const InovdaRecord *record,
                      InovdaField field,
                      const char *text,
                      const char *normalized,
                      const GError *error)
{
  const InovdaSourceLocation *where = value_where (record, INOVDA_KEY_FIRST_FIELD + field);
  g_autofree char *written = NULL;

  if (inovda_field_get_info (field)->kind != INOVDA_FIELD_KIND_DATE)
    {
      _inovda_import_problem (self, where, "%s", error->message);
      return;
    }
  written = strchr (text, '/') != NULL ? g_strstrip (g_strdup (text)) : g_strdup (normalized);
  _inovda_import_problem (self, where,
                          /* Translators: the field, then the value given. YYYY-MM-DD and
                           * DD/MM/YYYY show how a date is written: use your language's
                           * letters (Indonesian: TTTT-BB-HH and HH/BB/TTTT) */
                          _ ("%s “%s” is not a date (YYYY-MM-DD or DD/MM/YYYY)"),
                          inovda_field_get_label (field), written);
}

/* @text as the field stores it, or NULL when that is @text itself. */
static char *
normalize_field (InovdaField field,
                 const char *text)
{
  const InovdaFieldInfo *info = inovda_field_get_info (field);
  g_autofree char *stripped = NULL;
  const char *start = text;

  while (g_ascii_isspace (*start))
    start++;
  if (*start == '\0')
    return g_strdup ("");
  /* Texts, the long ones above all, are kept as given: no copy. */
  if (info->kind == INOVDA_FIELD_KIND_TEXT || info->kind == INOVDA_FIELD_KIND_LONG_TEXT)
    return NULL;
  stripped = g_strstrip (g_strdup (text));
  switch (info->kind)
    {
    case INOVDA_FIELD_KIND_DATE:
      return normalize_date (stripped);

    case INOVDA_FIELD_KIND_ENUM:
      {
        g_autofree char *code = normalize_code (stripped);
        /* Spreadsheets turn "1" into 1.0 */
        if (g_str_has_suffix (code, ".0"))
          code[strlen (code) - 2] = '\0';
        return g_steal_pointer (&code);
      }

    case INOVDA_FIELD_KIND_URUSAN:
      {
        const char *code = lookup_urusan (stripped);
        return g_strdup (code != NULL ? code : stripped);
      }

    case INOVDA_FIELD_KIND_BOOLEAN:
      {
        g_autofree char *code = normalize_code (stripped);
        if (g_str_equal (code, "1") || g_str_equal (code, "true") || g_str_equal (code, "yes"))
          return g_strdup ("ya");
        if (g_str_equal (code, "0") || g_str_equal (code, "false") || g_str_equal (code, "no"))
          return g_strdup ("tidak");
        return g_steal_pointer (&code);
      }

    case INOVDA_FIELD_KIND_DECIMAL:
      return g_strdelimit (g_steal_pointer (&stripped), ",", '.');

    case INOVDA_FIELD_KIND_TEXT:
    case INOVDA_FIELD_KIND_LONG_TEXT:
    default:
      return g_strdup (text);
    }
}

static GStrv
check_urusan_lain (InovdaImport *self,
                   const InovdaRecord *record,
                   gboolean *ok)
{
  const char *text = value_text (record, INOVDA_KEY_URUSAN_LAIN);
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) parts = NULL;
  const char *first_unknown = NULL;
  guint n_more_unknown = 0;

  if (text == NULL)
    return NULL;
  builder = g_strv_builder_new ();
  parts = g_strsplit_set (text, ",; \t\n\r\f\v", -1);
  /* There are fewer urusan than this: more values are not looked up. */
  if (g_strv_length (parts) > MAX_URUSAN_LAIN_VALUES)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_URUSAN_LAIN),
                              /* Translators: %u is a number */
                              _ ("The other urusan list more than %u values"), MAX_URUSAN_LAIN_VALUES);
      *ok = FALSE;
      return g_strv_builder_end (builder);
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *code;

      if (*parts[i] == '\0')
        continue;
      code = lookup_urusan (parts[i]);
      if (code == NULL)
        {
          if (first_unknown == NULL)
            first_unknown = parts[i];
          else
            n_more_unknown++;
          continue;
        }
      g_strv_builder_add (builder, code);
    }
  /* One problem for the cell, however many values it holds. */
  if (first_unknown != NULL && n_more_unknown == 0)
    _inovda_import_problem (self, value_where (record, INOVDA_KEY_URUSAN_LAIN),
                            _ ("“%s” is not an urusan code such as 1.01"), first_unknown);
  else if (first_unknown != NULL)
    _inovda_import_problem (self, value_where (record, INOVDA_KEY_URUSAN_LAIN),
                            /* Translators: a value, then the number of other values that are not urusan codes either */
                            g_dngettext (GETTEXT_PACKAGE, "“%s” and %u more value are not urusan codes such as 1.01",
                                         "“%s” and %u more values are not urusan codes such as 1.01", n_more_unknown),
                            first_unknown, n_more_unknown);
  if (first_unknown != NULL)
    *ok = FALSE;
  return g_strv_builder_end (builder);
}

static gboolean
import_innovation (InovdaImport *self,
                   const InovdaRecord *record,
                   GError **error)
{
  g_autofree char *region_code = NULL;
  g_autofree char *unit_code = value_stripped (record, INOVDA_KEY_UNIT_CODE);
  g_autofree char *uid = value_stripped (record, INOVDA_KEY_UID);
  g_autofree char *name = value_stripped (record, INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME);
  const char *fields[INOVDA_N_FIELDS];
  g_autoptr (GPtrArray) copies = g_ptr_array_new_full (INOVDA_N_FIELDS, g_free);
  g_auto (GStrv) urusan_lain = NULL;
  g_autofree char *key = NULL;
  Innovation *innovation = NULL;
  gint64 unit_id, id = 0;
  gboolean ok = TRUE;
  InovdaBulkOutcome outcome;
  InovdaBulkInnovationChanges changes;
  gboolean new_uid = FALSE;

  if (!check_region_code (self, record, &region_code))
    ok = FALSE;
  else if (!region_known (self, region_code))
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_CODE),
                              _ ("There is no region %s in the file or the portfolio"), region_code);
      ok = FALSE;
    }
  if (ok && !check_text_required (self, record, INOVDA_KEY_UNIT_CODE, N_ ("Unit code")))
    ok = FALSE;
  if (ok && self->submission != NULL && !is_submission_unit (self, region_code, unit_code))
    {
      _inovda_import_problem (self, value_where (record, g_str_equal (region_code, self->submission->region_code) ? INOVDA_KEY_UNIT_CODE : INOVDA_KEY_REGION_CODE),
                              /* Translators: a unit code and a kode wilayah, twice: the submission's, then the row's */
                              _ ("This is the submission of unit %s of region %s: it cannot report an innovation of unit %s of region %s"),
                              self->submission->unit_code, self->submission->region_code, unit_code, region_code);
      ok = FALSE;
    }
  unit_id = ok ? find_unit (self, region_code, unit_code) : 0;
  if (ok && unit_id == 0)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_UNIT_CODE),
                              _ ("There is no unit %s in region %s"), unit_code, region_code);
      ok = FALSE;
    }

  /* Identity: the id, else the unit and the normalised name. An id met
   * before stays that innovation even in a refused row: a new one under
   * the same id would free the one that other rows still point to. */
  if (uid != NULL)
    {
      innovation = g_hash_table_lookup (self->innovations, uid);
      /* Into an empty portfolio, the file's innovations are all new. */
      if (ok && innovation == NULL && inovda_portfolio_bulk_had_innovations (self->portfolio))
        id = inovda_portfolio_bulk_find_uid (self->portfolio, uid, NULL, NULL, NULL);
    }
  else if (ok && name != NULL)
    {
      const char *stored_uid = NULL;

      innovation = find_by_name (self, unit_id, name, &stored_uid, error);
      if (error != NULL && *error != NULL)
        return FALSE;
      if (innovation == NULL && stored_uid != NULL)
        {
          uid = g_strdup (stored_uid);
          innovation = g_hash_table_lookup (self->innovations, uid);
          if (innovation == NULL)
            id = inovda_portfolio_bulk_find_uid (self->portfolio, uid, NULL, NULL, NULL);
        }
    }
  if (innovation != NULL && innovation->in_file)
    {
      /* Translators: %s is an innovation id or name */
      _inovda_import_problem (self, value_where (record, uid != NULL ? INOVDA_KEY_UID : INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME),
                              _ ("The innovation %s appears twice in the file"), uid != NULL ? uid : name);
      return TRUE;
    }
  if (innovation != NULL)
    id = innovation->id;
  /* The id of another unit's innovation would move it into this unit. */
  if (ok && self->submission != NULL && uid != NULL)
    {
      gint64 stored_unit = 0;

      if (inovda_portfolio_bulk_find_uid (self->portfolio, uid, &stored_unit, NULL, NULL) != 0 &&
          !check_submission_innovation (self, record, stored_unit, uid))
        ok = FALSE;
    }

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      const char *text = value_text (record, INOVDA_KEY_FIRST_FIELD + f);
      g_autoptr (GError) local_error = NULL;
      g_autofree char *normalized = NULL;
      char *valid = NULL;

      if (text == NULL)
        {
          /* A new innovation needs its name even when the column is absent. */
          if (f == INOVDA_FIELD_NAME && id == 0 && innovation == NULL)
            ok = check_text_required (self, record, INOVDA_KEY_FIRST_FIELD + f, inovda_field_get_info (f)->label) && ok;
          fields[f] = NULL;
          continue;
        }
      /* Nearly every value is stored as it came: no copy. A blank one
       * clears the field. */
      if (!g_ascii_isspace (*text) && inovda_field_keeps_value (f, text))
        {
          fields[f] = text;
          continue;
        }
      normalized = normalize_field (f, text);
      if (!inovda_field_validate (f, normalized != NULL ? normalized : text, &valid, &local_error))
        {
          report_field_problem (self, record, f, text, normalized, local_error);
          ok = FALSE;
        }
      if (valid != NULL)
        g_ptr_array_add (copies, valid);
      fields[f] = valid != NULL ? valid : "";
    }
  urusan_lain = check_urusan_lain (self, record, &ok);

  if (uid == NULL)
    {
      uid = g_uuid_string_random ();
      new_uid = TRUE;
    }
  if (innovation == NULL)
    {
      innovation = new_innovation (self, uid, name, id, unit_id);
      innovation->item->new_uid = new_uid;
    }
  else if (name != NULL)
    {
      g_free (innovation->item->name);
      innovation->item->name = g_strdup (name);
    }
  innovation->in_file = TRUE;
  if (name != NULL && unit_id != 0)
    {
      key = name_key (unit_id, name);
      g_hash_table_insert (self->names, g_steal_pointer (&key), innovation);
    }

  if (!ok)
    {
      innovation->item->outcome = INOVDA_IMPORT_REJECTED;
      return TRUE;
    }
  if (id == 0)
    innovation->item->outcome = INOVDA_IMPORT_ADDED;
  if (!self->writing)
    {
      innovation->known_new = id == 0;
      return TRUE;
    }

  id = inovda_portfolio_bulk_innovation (self->portfolio, id, uid, unit_id,
                                         fields,
                                         (const char *const *) urusan_lain, &outcome, &changes, error);
  if (id == 0)
    return FALSE;
  innovation->id = id;
  innovation->unit_id = unit_id;
  innovation->known_new = outcome == INOVDA_BULK_INSERTED;
  touch_region (self, region_code);
  /* Moved from a unit of another region, maybe: that one's index moves too. */
  if (changes.unit)
    self->touched_every_region = TRUE;
  mark (innovation, outcome);
  innovation->item->changed_fields |= changes.fields;
  if (changes.unit)
    innovation->item->changes |= INOVDA_IMPORT_CHANGE_UNIT;
  if (changes.urusan_lain)
    innovation->item->changes |= INOVDA_IMPORT_CHANGE_URUSAN_LAIN;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Assessments and answers                                                */

/* The key of @innovation's assessment of @year in the import's tables. */
static char *
assessment_key (Innovation *innovation,
                int year)
{
  return g_strdup_printf ("%p\x1f%d", (void *) innovation, year);
}

/* Replaces @status by its code; FALSE (reported) when it is none. */
static gboolean
check_status (InovdaImport *self,
              const InovdaRecord *record,
              char **status)
{
  g_autofree char *code = normalize_code (*status);

  if (inovda_status_from_code (code) < 0)
    {
      /* Translators: %s is the value found where a status belongs */
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_STATUS),
                              _ ("Status “%s” is not one of draf, siap-kirim, dikirim, diterima, ditolak"), *status);
      return FALSE;
    }
  g_free (*status);
  *status = g_steal_pointer (&code);
  return TRUE;
}

static Assessment *
get_assessment_uncached (InovdaImport *self,
                         const InovdaRecord *record,
                         Innovation *innovation,
                         int year,
                         GError **error)
{
  g_autofree char *key = assessment_key (innovation, year);
  g_autofree char *status = value_stripped (record, INOVDA_KEY_STATUS);
  const char *note = value_text (record, INOVDA_KEY_NOTE);
  Assessment *assessment = g_hash_table_lookup (self->assessments, key);
  const char *blank_status;
  InovdaBulkOutcome outcome;

  if (status != NULL && !check_status (self, record, &status))
    return NULL;
  if (status != NULL && self->submission != NULL)
    {
      char *taken = submission_status (self, record, innovation->known_new ? 0 : innovation->id, year, status);

      g_free (status);
      status = taken;
      if (status == NULL)
        return NULL;
    }

  if (assessment != NULL)
    {
      if (status != NULL && assessment->status != NULL && !g_str_equal (status, assessment->status))
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_STATUS),
                                  /* Translators: two status codes; %d is a year */
                                  _ ("Status “%s” differs from “%s” given earlier for the same innovation and year %d"),
                                  status, assessment->status, year);
          return NULL;
        }
      if (assessment->status == NULL)
        assessment->status = g_steal_pointer (&status);
      else
        return assessment;
      if (!self->writing || assessment->id == 0)
        return assessment;
      /* The status came only now: store it. */
      if (inovda_portfolio_bulk_assessment (self->portfolio, innovation->id, year, FALSE, assessment->status,
                                            NULL, &outcome, error) == 0)
        return NULL;
      mark_change (innovation, outcome, INOVDA_IMPORT_CHANGE_REPORT);
      return assessment;
    }

  /* A blank row of the same year came first: its status applies as if the
   * assessment had been made there. */
  blank_status = g_hash_table_lookup (self->blank_years, key);
  if (blank_status != NULL)
    {
      if (status != NULL && !g_str_equal (status, blank_status))
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_STATUS),
                                  /* Translators: two status codes; %d is a year */
                                  _ ("Status “%s” differs from “%s” given earlier for the same innovation and year %d"),
                                  status, blank_status, year);
          return NULL;
        }
      if (status == NULL)
        status = g_strdup (blank_status);
    }

  assessment = g_new0 (Assessment, 1);
  assessment->status = g_steal_pointer (&status);
  g_hash_table_insert (self->assessments, g_steal_pointer (&key), assessment);
  if (!self->writing || innovation->id == 0)
    {
      assessment->known_new = TRUE;
      return assessment;
    }

  assessment->id = inovda_portfolio_bulk_assessment (self->portfolio, innovation->id, year, innovation->known_new,
                                                     assessment->status, note, &outcome, error);
  if (assessment->id == 0)
    return NULL;
  assessment->known_new = outcome == INOVDA_BULK_INSERTED;
  count (outcome, &self->counts.assessments_added, &self->counts.assessments_updated, NULL);
  mark_change (innovation, outcome, INOVDA_IMPORT_CHANGE_REPORT);
  return assessment;
}

/* The assessment of @innovation in @year, made or updated with the row's
 * status and note; NULL after a problem. */
static Assessment *
get_assessment (InovdaImport *self,
                const InovdaRecord *record,
                Innovation *innovation,
                int year,
                GError **error)
{
  const char *status_text = value_text (record, INOVDA_KEY_STATUS);
  Assessment *assessment;

  /* Once the assessment has its status, a row with the same status cell
   * as the previous row of the same assessment changes nothing. */
  if (self->last_assessment != NULL && self->last_assessment_innovation == innovation && self->last_year == year &&
      self->last_assessment->status != NULL && g_strcmp0 (status_text, self->last_status_text) == 0)
    return self->last_assessment;
  assessment = get_assessment_uncached (self, record, innovation, year, error);
  if (assessment != NULL)
    {
      self->last_assessment = assessment;
      self->last_assessment_innovation = innovation;
      self->last_year = year;
      g_free (self->last_status_text);
      self->last_status_text = g_strdup (status_text);
    }
  return assessment;
}

/* A template's row for a year the innovation has no assessment in yet,
 * returned as it was sent: no answer, no note, the default status. It
 * records nothing, so it must not create the assessment either: an
 * untouched template leaves the portfolio as it was. */
static gboolean
is_unanswered_new_year (InovdaImport *self,
                        const InovdaRecord *record,
                        Innovation *innovation,
                        int year)
{
  g_autofree char *key = NULL;
  g_autofree char *status = NULL;
  g_autofree char *code = NULL;

  if (record->kind != INOVDA_RECORD_SID || !value_empty (record, INOVDA_KEY_LEVEL) ||
      !value_empty (record, INOVDA_KEY_VERIFIED) || !value_empty (record, INOVDA_KEY_BASIS) ||
      !value_empty (record, INOVDA_KEY_NOTE))
    return FALSE;
  status = value_stripped (record, INOVDA_KEY_STATUS);
  code = status != NULL ? normalize_code (status) : NULL;
  if (code != NULL && inovda_status_from_code (code) != INOVDA_STATUS_DRAF)
    return FALSE;

  key = assessment_key (innovation, year);
  if (g_hash_table_contains (self->assessments, key))
    return FALSE;
  if (innovation->id != 0 && !innovation->known_new &&
      inovda_portfolio_bulk_has_assessment (self->portfolio, innovation->id, year))
    return FALSE;
  /* Its status still counts if a later row of the same year is answered. */
  if (code != NULL && !g_hash_table_contains (self->blank_years, key))
    g_hash_table_insert (self->blank_years, g_steal_pointer (&key), g_steal_pointer (&code));
  return TRUE;
}

/* An SID row's answer in 16 bits, to tell a row repeated word for word
 * (a ministry list sent twice) from one that contradicts the first: the
 * level and the verified level (INOVDA_BULK_KEEP and
 * INOVDA_LEVEL_UNVERIFIED included) and the basis (0 keep, 1 clear, then
 * its position in the indicator). */
static guint16
answer_code (int level,
             int verified,
             guint basis_code)
{
  return (guint16) ((level + 4) | ((verified + 4) << 4) | (basis_code << 8));
}

static guint
basis_code (const InovdaIndicator *indicator,
            const InovdaBasis *basis,
            gboolean cleared)
{
  if (basis == NULL)
    return cleared ? 1 : 0;
  for (guint i = 0; i < indicator->bases->len; i++)
    if (g_ptr_array_index (indicator->bases, i) == basis)
      return 2 + i;
  g_return_val_if_reached (0);
}

/* The basis whose id is @text in lower case. */
static const InovdaBasis *
find_basis (const InovdaIndicator *indicator,
            const char *text)
{
  g_autofree char *long_lower = NULL;
  char lower[16];
  gsize length = strlen (text);

  if (length >= sizeof lower)
    return inovda_indicator_find_basis (indicator, long_lower = g_ascii_strdown (text, -1));
  for (gsize i = 0; i <= length; i++)
    lower[i] = g_ascii_tolower (text[i]);
  return inovda_indicator_find_basis (indicator, lower);
}

/* The row of an innovation that was refused or not found: its own cells
 * are checked all the same, so that one import lists every problem. */
static void
check_answer_cells (InovdaImport *self,
                    const InovdaRecord *record)
{
  g_autofree char *status = value_stripped (record, INOVDA_KEY_STATUS);
  int year = 0;

  if (status != NULL)
    check_status (self, record, &status);
  if (!check_year (self, record, &year))
    return;
  if (record->kind != INOVDA_RECORD_SID)
    return;
  check_indicator (self, record, year, INOVDA_ASPECT_SID, NULL);
  check_level (self, record, INOVDA_KEY_LEVEL);
  check_level (self, record, INOVDA_KEY_VERIFIED);
}

static gboolean
import_sid (InovdaImport *self,
            const InovdaRecord *record,
            GError **error)
{
  const InovdaBasis *found_basis = NULL;
  guint16 code;
  const InovdaIndicator *indicator = NULL;
  guint index = 0;
  const char *basis;
  Innovation *innovation;
  Assessment *assessment;
  InovdaBulkOutcome outcome;
  int stored_level;
  int year = 0, level, verified;

  innovation = resolve_innovation (self, record, error);
  if (innovation == NULL)
    {
      if (error != NULL && *error != NULL)
        return FALSE;
      check_answer_cells (self, record);
      return TRUE;
    }
  if (self->submission != NULL && !check_submission_innovation (self, record, innovation->unit_id, innovation->item->uid))
    {
      innovation->item->outcome = INOVDA_IMPORT_REJECTED;
      check_answer_cells (self, record);
      return TRUE;
    }
  if (!check_year (self, record, &year) || !check_submission_year (self, record, year))
    return TRUE;
  if (is_unanswered_new_year (self, record, innovation, year))
    {
      /* Still a known indicator: a template's rows are checked as any. */
      check_indicator (self, record, year, INOVDA_ASPECT_SID, NULL);
      return TRUE;
    }
  assessment = get_assessment (self, record, innovation, year, error);
  if (assessment == NULL)
    return error == NULL || *error == NULL;
  if (record->kind == INOVDA_RECORD_ASSESSMENT)
    return TRUE;

  indicator = check_indicator (self, record, year, INOVDA_ASPECT_SID, &index);
  level = check_level (self, record, INOVDA_KEY_LEVEL);
  verified = check_level (self, record, INOVDA_KEY_VERIFIED);
  if (indicator == NULL || level == -3 || verified == -3)
    return TRUE;
  /* The ministry verifies: a submission keeps what is stored. */
  if (self->submission != NULL)
    {
      if (!check_submission_verified (self, record, innovation->known_new ? 0 : innovation->id, year, indicator, verified))
        return TRUE;
      verified = INOVDA_BULK_KEEP;
    }
  basis = value_clean (self, record, INOVDA_KEY_BASIS);
  if (basis != NULL)
    {
      found_basis = find_basis (indicator, basis);
      if (found_basis == NULL)
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_BASIS),
                                  /* Translators: the basis letter, then the indicator number */
                                  _ ("“%s” is not a basis of indicator %s"), basis, indicator->id);
          return TRUE;
        }
      basis = found_basis->id;
    }
  /* An empty row of a template: nothing answered yet. */
  if (level == INOVDA_BULK_KEEP && value_empty (record, INOVDA_KEY_VERIFIED) && basis == NULL)
    return TRUE;
  code = answer_code (level, verified,
                      basis_code (indicator, found_basis, basis == NULL && value_text (record, INOVDA_KEY_BASIS) != NULL));
  if ((assessment->answered & (G_GUINT64_CONSTANT (1) << index)) != 0)
    {
      if (assessment->answers[index] != code)
        _inovda_import_problem (self, value_where (record, INOVDA_KEY_INDICATOR),
                                /* Translators: %s is an indicator number such as 16, %d a year */
                                _ ("Indicator %s is answered twice, differently, for the same innovation and year %d"),
                                indicator->id, year);
      return TRUE;
    }
  assessment->answered |= G_GUINT64_CONSTANT (1) << index;
  assessment->answers[index] = code;
  if (!self->writing || assessment->id == 0)
    return TRUE;

  if (!inovda_portfolio_bulk_sid (self->portfolio, assessment->id, assessment->known_new, indicator->id, level,
                                  basis != NULL ? basis : (value_text (record, INOVDA_KEY_BASIS) != NULL ? "" : NULL),
                                  verified, &outcome, &stored_level, error))
    return FALSE;
  count (outcome, &self->counts.answers_added, &self->counts.answers_updated, &self->counts.answers_unchanged);
  /* A row without a claimed level (a ministry list's verification) names
   * the indicator alone: its level would read as the verified one. */
  mark_indicator (innovation, outcome, indicator->id, level == INOVDA_BULK_KEEP ? -1 : MAX (stored_level, 0),
                  level == INOVDA_BULK_KEEP ? -1 : level);
  return TRUE;
}

static gboolean
import_spd (InovdaImport *self,
            const InovdaRecord *record,
            GError **error)
{
  g_autofree char *region_code = NULL;
  g_autofree char *raw = value_stripped (record, INOVDA_KEY_RAW_VALUE);
  g_autofree char *normalized = NULL;
  const InovdaIndicator *indicator;
  InovdaBulkOutcome outcome;
  int year = 0, level, verified;

  if (!check_region_code (self, record, &region_code))
    return TRUE;
  if (!region_known (self, region_code))
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_CODE),
                              _ ("There is no region %s in the file or the portfolio"), region_code);
      return TRUE;
    }
  touch_region (self, region_code);
  if (!check_year (self, record, &year))
    return TRUE;
  indicator = check_indicator (self, record, year, INOVDA_ASPECT_SPD, NULL);
  level = check_level (self, record, INOVDA_KEY_LEVEL);
  verified = check_level (self, record, INOVDA_KEY_VERIFIED);
  if (indicator == NULL || level == -3 || verified == -3)
    return TRUE;

  if (raw != NULL)
    {
      if (indicator->input == INOVDA_INPUT_VALUE)
        {
          g_autofree char *range = NULL;
          gint64 value;

          g_strdelimit (raw, ",", '.');
          if (!inovda_decimal_parse (raw, 4, &value))
            {
              _inovda_import_problem (self, value_where (record, INOVDA_KEY_RAW_VALUE),
                                      /* Translators: the value given, then the indicator number */
                                      _ ("“%s” is not a number for indicator %s"), raw, indicator->id);
              return TRUE;
            }
          if (!inovda_indicator_value_possible (indicator, value, &range))
            {
              _inovda_import_problem (self, value_where (record, INOVDA_KEY_RAW_VALUE),
                                      /* Translators: the value given, the indicator number, then the values it can take (“0 to 100”) */
                                      _ ("“%s” is not a possible value for indicator %s: it must be %s"), raw, indicator->id,
                                      range);
              return TRUE;
            }
          level = inovda_indicator_level_for_value (indicator, value);
          normalized = inovda_decimal_format (value, 4, 4, '.');
        }
      else if (indicator->input == INOVDA_INPUT_CATEGORY)
        {
          for (guint i = 0; i < indicator->options->len && normalized == NULL; i++)
            {
              InovdaValueOption *option = g_ptr_array_index (indicator->options, i);
              if (g_ascii_strcasecmp (option->code, raw) == 0)
                {
                  normalized = g_strdup (option->code);
                  level = option->level;
                }
            }
          if (normalized == NULL)
            {
              GString *allowed = g_string_new (NULL);

              for (guint i = 0; i < indicator->options->len; i++)
                g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "",
                                        ((InovdaValueOption *) g_ptr_array_index (indicator->options, i))->code);
              _inovda_import_problem (self, value_where (record, INOVDA_KEY_RAW_VALUE),
                                      /* Translators: the value given, the indicator number, the allowed values */
                                      _ ("“%s” for indicator %s is not one of %s"), raw, indicator->id, allowed->str);
              g_string_free (allowed, TRUE);
              return TRUE;
            }
        }
      else
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_RAW_VALUE),
                                  _ ("Indicator %s takes a level, not a value"), indicator->id);
          return TRUE;
        }
    }
  if (level == INOVDA_BULK_KEEP && value_empty (record, INOVDA_KEY_VERIFIED) && raw == NULL)
    return TRUE;
  if (self->submission != NULL)
    {
      if (value_empty (record, INOVDA_KEY_VERIFIED))
        verified = INOVDA_BULK_KEEP;
      if (!check_submission_spd (self, record, region_code, year, indicator, level,
                                 normalized != NULL ? normalized : (value_text (record, INOVDA_KEY_RAW_VALUE) != NULL ? "" : NULL),
                                 verified))
        return TRUE;
    }
  if (!self->writing)
    return TRUE;

  if (!inovda_portfolio_bulk_spd (self->portfolio, region_code, year, indicator->id, level,
                                  normalized != NULL ? normalized : (value_text (record, INOVDA_KEY_RAW_VALUE) != NULL ? "" : NULL),
                                  verified, &outcome, error))
    return FALSE;
  count (outcome, &self->counts.answers_added, &self->counts.answers_updated, &self->counts.answers_unchanged);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Evidence                                                               */

static gboolean
safe_relative_path (const char *path)
{
  g_auto (GStrv) parts = NULL;

  if (path == NULL || *path == '\0' || g_path_is_absolute (path) || path[0] == '/' || path[0] == '\\' ||
      strchr (path, ':') != NULL || strchr (path, '\\') != NULL)
    return FALSE;
  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], "..") || g_str_equal (parts[i], "."))
      return FALSE;
  return TRUE;
}

/* Opens @relative below @folder without following a symbolic link at any
 * step, so that a folder handed over with a workbook cannot reach outside
 * itself; -1 with errno set otherwise. */
static int
open_below (const char *folder,
            const char *relative)
{
  g_auto (GStrv) parts = g_strsplit (relative, "/", -1);
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  for (guint i = 0; fd >= 0 && parts[i] != NULL; i++)
    {
      gboolean last = parts[i + 1] == NULL;
      int next;

      if (parts[i][0] == '\0')
        continue;
      /* Not a FIFO's writer to wait for: the file is checked once open. */
      next = openat (fd, parts[i], O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last ? O_NONBLOCK : O_DIRECTORY));
      close (fd);
      fd = next;
    }
  return fd;
}

/* Reads an evidence file next to the import file; NULL after a problem. */
static GBytes *
read_evidence_file (InovdaImport *self,
                    const InovdaRecord *record,
                    const char *relative)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  struct stat buf;
  int fd;

  if (!safe_relative_path (relative))
    {
      /* Translators: %s is a file path found in the import file */
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_FILE_PATH),
                              _ ("The file path “%s” must be relative to the imported file, without “..”"), relative);
      return NULL;
    }
  fd = open_below (self->files_folder, relative);
  if (fd < 0 || fstat (fd, &buf) != 0 || !S_ISREG (buf.st_mode))
    {
      if (fd >= 0)
        close (fd);
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_FILE_PATH),
                              _ ("The evidence file %s is not next to the imported file"), relative);
      return NULL;
    }
  /* A regular file after all: reads may wait for it. */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  if (buf.st_size > INOVDA_IMPORT_MAX_FILE_SIZE)
    {
      close (fd);
      /* Translators: a file path, then a size in MiB */
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_FILE_PATH),
                              _ ("The evidence file %s is larger than %d MiB"), relative, INOVDA_IMPORT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* One byte more than the size, to see a file that grew meanwhile. */
  contents = g_malloc ((gsize) buf.st_size + 1);
  for (;;)
    {
      gssize n = read (fd, contents + length, (gsize) buf.st_size + 1 - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          /* Translators: a file path, then the system's reason */
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_FILE_PATH),
                                  _ ("The evidence file %s could not be read: %s"), relative, g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0 || (length += (gsize) n) > (gsize) buf.st_size)
        break;
    }
  close (fd);
  if (length != (gsize) buf.st_size)
    {
      _inovda_import_problem (self, value_where (record, INOVDA_KEY_FILE_PATH),
                              _ ("The evidence file %s changed while it was read"), relative);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static gboolean
import_evidence (InovdaImport *self,
                 const InovdaRecord *record,
                 GError **error)
{
  InovdaBulkEvidenceTarget target = { 0 };
  g_autofree char *owner = value_stripped (record, INOVDA_KEY_INDICATOR);
  g_autofree char *sha256 = value_stripped (record, INOVDA_KEY_SHA256);
  g_autofree char *relative = value_stripped (record, INOVDA_KEY_FILE_PATH);
  g_autofree char *tanggal = value_stripped (record, INOVDA_KEY_TANGGAL_SURAT);
  g_autofree char *region_code = NULL;
  g_autofree char *document = owner != NULL ? normalize_code (owner) : NULL;
  g_autoptr (GBytes) contents = NULL;
  gboolean has_innovation = !value_empty (record, INOVDA_KEY_UID) ||
                            !value_empty (record, INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME);
  gboolean known_new = FALSE;
  Innovation *innovation = NULL;
  InovdaBulkOutcome outcome;
  int year = 0;

  if (has_innovation)
    {
      innovation = resolve_innovation (self, record, error);
      if (innovation == NULL)
        return error == NULL || *error == NULL;
      if (self->submission != NULL && !check_submission_innovation (self, record, innovation->unit_id, innovation->item->uid))
        {
          innovation->item->outcome = INOVDA_IMPORT_REJECTED;
          return TRUE;
        }
    }
  else if (self->submission != NULL)
    {
      _inovda_import_problem (self, &record->where,
                              _ ("A unit's submission cannot hold evidence of the region's indicators (Indikator SPD)"));
      return TRUE;
    }

  if (innovation != NULL && document != NULL && inovda_profile_doc_from_code (document) >= 0)
    {
      target.innovation_id = innovation->id;
      target.owner = inovda_profile_doc_to_code (inovda_profile_doc_from_code (document));
      known_new = innovation->known_new;
    }
  else if (innovation != NULL)
    {
      const InovdaIndicator *indicator;
      Assessment *assessment;

      if (!check_year (self, record, &year) || !check_submission_year (self, record, year))
        return TRUE;
      indicator = check_indicator (self, record, year, INOVDA_ASPECT_SID, NULL);
      if (indicator == NULL)
        return TRUE;
      assessment = get_assessment (self, record, innovation, year, error);
      if (assessment == NULL)
        return error == NULL || *error == NULL;
      target.assessment_id = assessment->id;
      target.owner = indicator->id;
      known_new = assessment->known_new;
    }
  else
    {
      const InovdaIndicator *indicator;

      if (!check_region_code (self, record, &region_code) || !check_year (self, record, &year))
        return TRUE;
      if (!region_known (self, region_code))
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_REGION_CODE),
                                  _ ("There is no region %s in the file or the portfolio"), region_code);
          return TRUE;
        }
      indicator = check_indicator (self, record, year, INOVDA_ASPECT_SPD, NULL);
      if (indicator == NULL)
        return TRUE;
      touch_region (self, region_code);
      target.region_code = region_code;
      target.year = year;
      target.owner = indicator->id;
    }

  if (tanggal != NULL)
    {
      g_autofree char *date = normalize_date (tanggal);
      if (!inovda_date_is_valid (date))
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_TANGGAL_SURAT),
                                  /* Translators: YYYY-MM-DD and DD/MM/YYYY show how a
                                   * date may be written: use your language's letters for
                                   * year, month and day (Indonesian: TTTT-BB-HH and
                                   * HH/BB/TTTT) */
                                  _ ("Letter date “%s” is not a date (YYYY-MM-DD or DD/MM/YYYY)"), tanggal);
          return TRUE;
        }
      g_free (tanggal);
      tanggal = g_steal_pointer (&date);
    }

  if (sha256 != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (sha256, -1);
      gboolean hex = strlen (lower) == 64;

      for (const char *p = lower; hex && *p != '\0'; p++)
        hex = g_ascii_isxdigit (*p);
      if (!hex)
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_SHA256),
                                  _ ("“%s” is not a SHA-256 checksum (64 hexadecimal digits)"), sha256);
          return TRUE;
        }
      g_free (sha256);
      sha256 = g_steal_pointer (&lower);
    }

  if (sha256 == NULL || !inovda_portfolio_bulk_has_file (self->portfolio, sha256))
    {
      if (relative != NULL)
        {
          contents = read_evidence_file (self, record, relative);
          if (contents == NULL)
            return TRUE;
          if (sha256 != NULL)
            {
              g_autofree char *actual = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);
              if (!g_str_equal (actual, sha256))
                {
                  _inovda_import_problem (self, value_where (record, INOVDA_KEY_SHA256),
                                          _ ("The file %s does not match its SHA-256 checksum"), relative);
                  return TRUE;
                }
            }
        }
      else if (sha256 != NULL)
        {
          /* Translators: %s is a file name */
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_SHA256),
                                  _ ("The file %s is neither in the portfolio nor named by a file path next to the imported file"),
                                  value_text (record, INOVDA_KEY_FILE_NAME) ? value_text (record, INOVDA_KEY_FILE_NAME) : sha256);
          return TRUE;
        }
    }

  if (!value_empty (record, INOVDA_KEY_TAUTAN))
    {
      g_autofree char *link = value_stripped (record, INOVDA_KEY_TAUTAN);

      if (!inovda_link_is_valid (link))
        {
          _inovda_import_problem (self, value_where (record, INOVDA_KEY_TAUTAN),
                                  /* Translators: %s is the link given */
                                  _ ("Link “%s” is not a web address such as https://jdih.example.go.id/perda/12"), link);
          return TRUE;
        }
    }
  if (contents == NULL && sha256 == NULL && value_empty (record, INOVDA_KEY_TAUTAN) &&
      value_empty (record, INOVDA_KEY_NOMOR_SURAT))
    {
      _inovda_import_problem (self, &record->where, _ ("Evidence needs a file, a link or a letter number"));
      return TRUE;
    }

  if (!self->writing || (innovation != NULL && innovation->id == 0) ||
      (target.assessment_id == 0 && target.innovation_id == 0 && target.region_code == NULL))
    return TRUE;

  if (contents != NULL && (sha256 == NULL || !inovda_portfolio_bulk_has_file (self->portfolio, sha256)))
    self->counts.files_added++;
  if (!inovda_portfolio_bulk_evidence (self->portfolio, &target, known_new, contents, contents != NULL ? NULL : sha256,
                                       value_text (record, INOVDA_KEY_FILE_NAME),
                                       value_text (record, INOVDA_KEY_NOMOR_SURAT), tanggal,
                                       value_text (record, INOVDA_KEY_TENTANG), value_text (record, INOVDA_KEY_TAUTAN),
                                       &outcome, error))
    return FALSE;
  count (outcome, &self->counts.evidence_added, &self->counts.evidence_added, &self->counts.evidence_unchanged);
  if (innovation != NULL)
    mark_change (innovation, outcome, INOVDA_IMPORT_CHANGE_EVIDENCE);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The run                                                                */

gboolean
_inovda_import_record (InovdaImport *self,
                       const InovdaRecord *record,
                       GError **error)
{
  if ((++self->n_records & 0x3ff) == 0 && g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;

  switch (record->kind)
    {
    case INOVDA_RECORD_REGION:
      return import_region (self, record, error);
    case INOVDA_RECORD_UNIT:
      return import_unit (self, record, error);
    case INOVDA_RECORD_INNOVATION:
      return import_innovation (self, record, error);
    case INOVDA_RECORD_ASSESSMENT:
    case INOVDA_RECORD_SID:
      return import_sid (self, record, error);
    case INOVDA_RECORD_SPD:
      return import_spd (self, record, error);
    case INOVDA_RECORD_EVIDENCE:
      return import_evidence (self, record, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* Zip (XLSX), XML, or anything else the spreadsheet reader may know. */
static gboolean
sniff (const char *path,
       InovdaImportFormat *format,
       GError **error)
{
  guchar head[256];
  gssize n;
  gsize i = 0;
  int fd;

  fd = _inovda_file_open_regular (path, NULL, error);
  if (fd < 0)
    return FALSE;
  do
    n = read (fd, head, sizeof head);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    {
      int saved = errno;

      close (fd);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      return FALSE;
    }
  close (fd);

  /* XML after byte order marks and white space, else a spreadsheet. */
  *format = INOVDA_IMPORT_WORKBOOK;
  while (i + 3 <= (gsize) n && head[i] == 0xEF && head[i + 1] == 0xBB && head[i + 2] == 0xBF)
    i += 3;
  while (i < (gsize) n && g_ascii_isspace (head[i]))
    i++;
  if (i < (gsize) n && head[i] == '<')
    *format = INOVDA_IMPORT_XML;
  return TRUE;
}

/* year → InovdaCatalogue*: every year assessed in the portfolio as the
 * import leaves it (inside its transaction), that has a methodology. A
 * profile changed by the file (a date, a unit) may move any year an
 * innovation is reported in, not only the years the file names. */
static GHashTable *
scoring_catalogues (InovdaImport *self)
{
  GHashTable *catalogues = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) inovda_catalogue_unref);
  g_autoptr (GArray) years = inovda_portfolio_list_years (self->portfolio);
  GHashTableIter iter;
  gpointer year, catalogue;

  g_hash_table_iter_init (&iter, self->catalogues);
  while (g_hash_table_iter_next (&iter, &year, &catalogue))
    if (catalogue != NULL)
      g_hash_table_insert (catalogues, year, inovda_catalogue_ref (catalogue));
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      int y = g_array_index (years, int, i);

      if (!g_hash_table_contains (catalogues, GINT_TO_POINTER (y)))
        {
          InovdaCatalogue *found = inovda_portfolio_get_catalogue (self->portfolio, y, NULL);

          if (found != NULL)
            g_hash_table_insert (catalogues, GINT_TO_POINTER (y), found);
        }
    }
  return catalogues;
}

/* The kode wilayah whose index the file may move, or NULL for every
 * region. Inside the import's transaction: its own units are found too. */
static GHashTable *
touched_region_codes (InovdaImport *self)
{
  GHashTable *codes;
  GHashTableIter iter;
  gpointer code, unit_id;

  if (self->touched_every_region)
    return NULL;
  codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, self->touched_regions);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    g_hash_table_add (codes, g_strdup (code));
  g_hash_table_iter_init (&iter, self->touched_units);
  while (g_hash_table_iter_next (&iter, &unit_id, NULL))
    {
      char *unit_region = inovda_portfolio_bulk_unit_region (self->portfolio, *(gint64 *) unit_id);

      if (unit_region != NULL)
        g_hash_table_add (codes, unit_region);
    }
  return codes;
}

/**
 * inovda_import_run:
 * @dry_run: validate and count, but change nothing
 *
 * Returns: %FALSE with @error when the file or the portfolio could not be
 *   read or written (nothing changed either)
 */
gboolean
inovda_import_run (InovdaImport *self,
                   gboolean dry_run,
                   GCancellable *cancellable,
                   GError **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *label = NULL;
  g_autoptr (InovdaImportScores) after = NULL;
  g_autoptr (InovdaImportScores) before = NULL;
  g_autoptr (GHashTable) touched = NULL;
  g_autoptr (GHashTable) catalogues = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->n_records == 0, FALSE);

  basename = g_path_get_basename (self->path);
  if (inovda_portfolio_is_own_file (self->portfolio, self->path))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   /* Translators: %s is a file name */
                   _ ("%s is this portfolio itself: a portfolio cannot be imported into itself"), basename);
      return FALSE;
    }
  if (!sniff (self->path, &self->format, error))
    return FALSE;

  /* Translators: an undo label; %s is a file name */
  label = g_strdup_printf (_ ("Import %s"), basename);
  if (!inovda_portfolio_bulk_begin (self->portfolio, label, error))
    return FALSE;
  if (dry_run)
    inovda_portfolio_bulk_set_trial (self->portfolio);

  self->dry_run = dry_run;
  self->writing = TRUE;
  self->cancellable = cancellable;
  if (self->format == INOVDA_IMPORT_XML)
    ok = _inovda_xml_reader_read (self, self->path, cancellable, error);
  else
    ok = _inovda_workbook_reader_read (self, self->path, &self->format, cancellable, error);
  self->cancellable = NULL;

  for (guint i = 0; i < self->items->len; i++)
    {
      InovdaImportItem *item = g_ptr_array_index (self->items, i);
      self->counts.innovations[item->outcome]++;
    }

  /* A dry run writes every row before it rolls back, as an apply would,
   * and scores the portfolio as the import would leave it. */
  if (ok && dry_run && self->n_problems == 0)
    {
      ok = inovda_portfolio_bulk_flush (self->portfolio, error);
      if (ok)
        {
          touched = touched_region_codes (self);
          catalogues = scoring_catalogues (self);
          after = _inovda_import_scores_take (self->portfolio, catalogues, touched, cancellable, error);
          ok = after != NULL;
        }
    }
  if (!ok || dry_run || self->n_problems > 0)
    {
      inovda_portfolio_bulk_rollback (self->portfolio);
      if (after == NULL)
        return ok;
      before = _inovda_import_scores_take (self->portfolio, catalogues, touched, cancellable, error);
      if (before == NULL)
        return FALSE;
      self->score_changes = _inovda_import_scores_compare (before, after);
      return TRUE;
    }
  if (!inovda_portfolio_bulk_commit (self->portfolio, error))
    return FALSE;
  self->applied = TRUE;
  return TRUE;
}
