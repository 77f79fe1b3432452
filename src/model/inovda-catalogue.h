/* inovda-catalogue.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One assessment year's methodology: indicators, weights, thresholds, the
 * divisor floor, the Skor Jumlah Inovasi rule and the predikat bands. It is
 * data read from data/methodology/iid-YYYY.xml (see io/inovda-catalogue-reader.h),
 * never hard-coded. The structs are read-only once loaded. */

#define INOVDA_LEVEL_MAX 3
#define INOVDA_MAX_INDICATORS 32

typedef enum
{
  INOVDA_ASPECT_SPD, /* satuan pemerintah daerah: one answer per region */
  INOVDA_ASPECT_SID, /* satuan inovasi daerah: one answer per innovation */
} InovdaAspect;

typedef enum
{
  INOVDA_INPUT_CHOICE,   /* the user chooses level 1, 2 or 3 */
  INOVDA_INPUT_VALUE,    /* a raw number; thresholds give the level */
  INOVDA_INPUT_CATEGORY, /* a code from a list (e.g. opini BPK); options give the level */
} InovdaIndicatorInput;

typedef enum
{
  INOVDA_DIRECTION_HIGHER_IS_BETTER,
  INOVDA_DIRECTION_LOWER_IS_BETTER,
} InovdaDirection;

typedef struct
{
  char *id;   /* "institusi" */
  char *name; /* "Institusi" — official name, never translated */
  InovdaAspect aspect;
} InovdaVariable;

typedef struct
{
  char *code;  /* "WTP" */
  char *label; /* "Wajar Tanpa Pengecualian" */
  int level;   /* 0..3 */
} InovdaValueOption;

/* A basis of Kemanfaatan (indicator 33): each has its own three levels. */
typedef struct
{
  char *id;   /* "a" … "f" */
  char *name; /* "Jumlah penerima manfaat (orang)" */
  char *levels[INOVDA_LEVEL_MAX];
  char *evidence;
} InovdaBasis;

typedef struct
{
  char *id;   /* unique within the catalogue: "1", "2a", "16" */
  int number; /* 2 */
  char *row;  /* "a", "b" or "" */
  InovdaAspect aspect;
  char *variable; /* an InovdaVariable id */
  char *name;     /* official name */
  gint64 weight;  /* bobot in hundredths: 0.75 is 75 */
  gboolean mandatory;
  gboolean provisional;           /* some value of this row is inferred */
  char *levels[INOVDA_LEVEL_MAX]; /* the official text of levels 1..3 */
  char *evidence;                 /* evidence rules (Indonesian), may be NULL */
  char *file_types;               /* "PDF", "JPG/JPEG/PNG", may be NULL */

  InovdaIndicatorInput input;

  /* INOVDA_INPUT_VALUE: a value reaches level k when it is at or beyond
   * threshold[k-1] in the indicator's direction (in INOVDA_VALUE_SCALE units);
   * the highest level reached wins. threshold[0] is used only when
   * has_level1_threshold; otherwise every value gives at least level 1. */
  InovdaDirection direction;
  gboolean has_level1_threshold;
  gint64 threshold[INOVDA_LEVEL_MAX];
  /* The values the measure can take, in INOVDA_VALUE_SCALE units */
  gboolean has_minimum, has_maximum;
  gint64 minimum, maximum;
  char *value_unit; /* "%", "poin", NULL */

  GPtrArray *options; /* InovdaValueOption*, INOVDA_INPUT_CATEGORY only */
  GPtrArray *bases;   /* InovdaBasis*, empty unless the indicator has bases */
} InovdaIndicator;

typedef struct
{
  gint64 lower; /* IID in hundredths: 6501 for 65.01 */
  char *label;  /* "Sangat Inovatif" — the ministry's words, never translated */
} InovdaPredikatBand;

typedef struct
{
  char *key;         /* "divisor-floor", "spd", "jumlah-factor", "indicator:33" … */
  char *description; /* why it is inferred */
} InovdaInference;

typedef struct _InovdaCatalogue InovdaCatalogue;

struct _InovdaCatalogue
{
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public, read-only >*/
  int year;
  gboolean provisional; /* status="provisional": some values are inferred */
  char *title;
  char *source;        /* the legal basis and the sources, as text */
  GPtrArray *inferred; /* InovdaInference* */

  GPtrArray *variables; /* InovdaVariable* */
  GPtrArray *spd;       /* InovdaIndicator*, aspect SPD, in catalogue order */
  GPtrArray *sid;       /* InovdaIndicator*, aspect SID, in catalogue order */
  GPtrArray *bands;     /* InovdaPredikatBand*, highest lower edge first */

  guint divisor_floor;  /* D in MAX(D, n) */
  gint64 jumlah_factor; /* hundredths: 38 for 0.38 */
  guint jumlah_cap;     /* 200 */
  guint yandas_min;     /* 0 = no yandas rule */
  gint64 max_total;     /* hundredths: 25000 */
  guint rancang_bangun_min_words;
  guint max_participations; /* 0 = no rule */
  char *eligible_from;      /* ISO date or NULL: penerapan window */
  char *eligible_to;        /* ISO date or NULL */
};

#define INOVDA_TYPE_CATALOGUE (inovda_catalogue_get_type ())

GType inovda_catalogue_get_type (void) G_GNUC_CONST;
InovdaCatalogue *inovda_catalogue_new (void);
InovdaCatalogue *inovda_catalogue_ref (InovdaCatalogue *self);
void inovda_catalogue_unref (InovdaCatalogue *self);

InovdaIndicator *inovda_indicator_new (void);
void inovda_indicator_free (InovdaIndicator *indicator);
InovdaBasis *inovda_basis_new (void);
void inovda_basis_free (InovdaBasis *basis);

const InovdaIndicator *inovda_catalogue_find_indicator (InovdaCatalogue *self,
                                                        const char *id);
int inovda_catalogue_indicator_index (InovdaCatalogue *self,
                                      InovdaAspect aspect,
                                      const char *id);
const InovdaVariable *inovda_catalogue_find_variable (InovdaCatalogue *self,
                                                      const char *id);
const InovdaBasis *inovda_indicator_find_basis (const InovdaIndicator *indicator,
                                                const char *basis_id);
gint64 inovda_catalogue_max_spd (InovdaCatalogue *self);
gint64 inovda_catalogue_max_kematangan (InovdaCatalogue *self);
gint64 inovda_catalogue_max_jumlah (InovdaCatalogue *self);
const char *inovda_catalogue_predikat_for (InovdaCatalogue *self,
                                           gint64 iid_hundredths);
int inovda_catalogue_band_index (InovdaCatalogue *self,
                                 gint64 iid_hundredths);

int inovda_indicator_level_for_value (const InovdaIndicator *indicator,
                                      gint64 value);
/* Whether @value is one the measure can take; if not, @range is set to
 * "0 to 100", "at least -100" … in the user's language. */
gboolean inovda_indicator_value_possible (const InovdaIndicator *indicator,
                                          gint64 value,
                                          char **range);
int inovda_indicator_level_for_code (const InovdaIndicator *indicator,
                                     const char *code);

#define INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI "Tidak Dapat Dinilai"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaCatalogue, inovda_catalogue_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaIndicator, inovda_indicator_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaBasis, inovda_basis_free)

G_END_DECLS
