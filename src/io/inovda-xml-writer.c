/* inovda-xml-writer.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xml-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>

#include "inovda-error.h"
#include "inovda-export-private.h"

/* The Inovda XML, written as the portfolio is walked: one <pemda> per
 * region with its units, innovations and one <penilaian> per year. */

#define NS "urn:inovda:pertukaran:1"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)

typedef struct
{
  InovdaPortfolio *portfolio;
  xmlTextWriter *writer;
  GCancellable *cancellable;
  InovdaExportFiles *files; /* NULL: files are not copied */
  const char *path;
} XmlExport;

static gboolean
writer_failed (XmlExport *export,
               GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s is a file path */
               _ ("Could not write %s"), export->path);
  return FALSE;
}

static int
attribute (XmlExport *export,
           const char *name,
           const char *value)
{
  if (value == NULL || *value == '\0')
    return 0;
  return xmlTextWriterWriteAttribute (export->writer, BAD_CAST name, BAD_CAST value);
}

static int
element (XmlExport *export,
         const char *name,
         const char *value)
{
  if (value == NULL || *value == '\0')
    return 0;
  return xmlTextWriterWriteElement (export->writer, BAD_CAST name, BAD_CAST value);
}

static int
level_attribute (XmlExport *export,
                 const char *name,
                 int level)
{
  char text[8];

  if (level < 0)
    return 0;
  g_snprintf (text, sizeof text, "%d", level);
  return attribute (export, name, text);
}

/* "waktu_uji_coba" is <waktu-uji-coba>. */
static char *
element_name (const char *code)
{
  return g_strdelimit (g_strdup (code), "_", '-');
}

static gboolean
write_file_attributes (XmlExport *export,
                       const InovdaDumpEvidence *evidence,
                       GError **error)
{
  const char *location = NULL;

  if (evidence->sha256 != NULL && export->files != NULL)
    {
      location = _inovda_export_files_copy (export->files, evidence, error);
      if (location == NULL)
        return FALSE;
    }
  if (attribute (export, "berkas", evidence->file_name) < 0 ||
      attribute (export, "sha256", evidence->sha256) < 0 ||
      attribute (export, "lokasi-berkas", location) < 0 ||
      attribute (export, "tautan", evidence->tautan) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
write_evidence (XmlExport *export,
                const InovdaDumpAnswer *answer,
                GError **error)
{
  for (guint i = 0; i < answer->n_evidence; i++)
    {
      const InovdaDumpEvidence *evidence = &answer->evidence[i];

      if (xmlTextWriterStartElement (export->writer, BAD_CAST "bukti") < 0 ||
          attribute (export, "nomor-surat", evidence->nomor_surat) < 0 ||
          attribute (export, "tanggal", evidence->tanggal_surat) < 0 ||
          attribute (export, "tentang", evidence->tentang) < 0)
        return writer_failed (export, error);
      if (!write_file_attributes (export, evidence, error))
        return FALSE;
      if (xmlTextWriterEndElement (export->writer) < 0)
        return writer_failed (export, error);
    }
  return TRUE;
}

static gboolean
region_cb (const InovdaDumpRegion *region,
           gpointer user_data,
           GError **error)
{
  XmlExport *export = user_data;

  if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
    return FALSE;
  if (xmlTextWriterStartElement (export->writer, BAD_CAST "pemda") < 0 ||
      attribute (export, "kode", region->code) < 0 ||
      attribute (export, "nama", region->name) < 0 ||
      attribute (export, "jenis", region->level) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
unit_cb (const InovdaDumpUnit *unit,
         gpointer user_data,
         GError **error)
{
  XmlExport *export = user_data;

  if (xmlTextWriterStartElement (export->writer, BAD_CAST "perangkat-daerah") < 0 ||
      attribute (export, "kode", unit->code) < 0 ||
      attribute (export, "nama", unit->name) < 0 ||
      attribute (export, "singkatan", unit->short_name) < 0 ||
      xmlTextWriterEndElement (export->writer) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
write_field (XmlExport *export,
             const InovdaDumpInnovation *innovation,
             InovdaField field)
{
  const char *value = innovation->fields[field];
  g_autofree char *name = NULL;

  switch ((int) field)
    {
    case INOVDA_FIELD_INISIATOR:
      if (value == NULL && innovation->fields[INOVDA_FIELD_NAMA_INISIATOR] == NULL)
        return TRUE;
      return xmlTextWriterStartElement (export->writer, BAD_CAST "inisiator") >= 0 &&
             attribute (export, "jenis", value) >= 0 &&
             (innovation->fields[INOVDA_FIELD_NAMA_INISIATOR] == NULL ||
              xmlTextWriterWriteString (export->writer, BAD_CAST innovation->fields[INOVDA_FIELD_NAMA_INISIATOR]) >= 0) &&
             xmlTextWriterEndElement (export->writer) >= 0;

    case INOVDA_FIELD_NAMA_INISIATOR:
      return TRUE;

    case INOVDA_FIELD_URUSAN_UTAMA:
      if (value != NULL &&
          (xmlTextWriterStartElement (export->writer, BAD_CAST "urusan") < 0 ||
           attribute (export, "utama", "true") < 0 ||
           xmlTextWriterWriteString (export->writer, BAD_CAST value) < 0 ||
           xmlTextWriterEndElement (export->writer) < 0))
        return FALSE;
      for (guint i = 0; innovation->urusan_lain != NULL && innovation->urusan_lain[i] != NULL; i++)
        if (g_strcmp0 (innovation->urusan_lain[i], value) != 0 &&
            element (export, "urusan", innovation->urusan_lain[i]) < 0)
          return FALSE;
      return TRUE;

    default:
      name = element_name (inovda_field_get_info (field)->code);
      return element (export, name, value) >= 0;
    }
}

static gboolean
innovation_cb (const InovdaDumpInnovation *innovation,
               gpointer user_data,
               GError **error)
{
  XmlExport *export = user_data;

  if (xmlTextWriterStartElement (export->writer, BAD_CAST "inovasi") < 0 ||
      attribute (export, "id", innovation->uid) < 0 ||
      attribute (export, "perangkat-daerah", innovation->unit_code) < 0)
    return writer_failed (export, error);
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (!write_field (export, innovation, f))
      return writer_failed (export, error);
  for (guint i = 0; i < innovation->n_documents; i++)
    {
      const InovdaDumpEvidence *document = &innovation->documents[i];

      if (xmlTextWriterStartElement (export->writer, BAD_CAST "dokumen") < 0 ||
          attribute (export, "jenis", document->owner) < 0)
        return writer_failed (export, error);
      if (!write_file_attributes (export, document, error))
        return FALSE;
      if (xmlTextWriterEndElement (export->writer) < 0)
        return writer_failed (export, error);
    }
  if (xmlTextWriterEndElement (export->writer) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
year_begin_cb (const char *region_code,
               int year,
               gpointer user_data,
               GError **error)
{
  XmlExport *export = user_data;

  if (xmlTextWriterStartElement (export->writer, BAD_CAST "penilaian") < 0 ||
      xmlTextWriterWriteFormatAttribute (export->writer, BAD_CAST "tahun", "%d", year) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
spd_cb (const char *region_code,
        int year,
        const InovdaDumpAnswer *answer,
        gpointer user_data,
        GError **error)
{
  XmlExport *export = user_data;

  if (xmlTextWriterStartElement (export->writer, BAD_CAST "spd") < 0 ||
      attribute (export, "indikator", answer->indicator) < 0 ||
      (answer->answered && answer->raw_value == NULL && level_attribute (export, "level", answer->level) < 0) ||
      attribute (export, "nilai", answer->raw_value) < 0 ||
      (answer->answered && level_attribute (export, "level-verifikasi", answer->verified) < 0))
    return writer_failed (export, error);
  if (!write_evidence (export, answer, error))
    return FALSE;
  if (xmlTextWriterEndElement (export->writer) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
assessment_cb (const InovdaDumpAssessment *assessment,
               gpointer user_data,
               GError **error)
{
  XmlExport *export = user_data;

  if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
    return FALSE;
  if (xmlTextWriterStartElement (export->writer, BAD_CAST "sid") < 0 ||
      attribute (export, "inovasi", assessment->uid) < 0 ||
      attribute (export, "status", assessment->status) < 0 ||
      element (export, "catatan-pengembangan", assessment->development_note) < 0)
    return writer_failed (export, error);

  for (guint i = 0; i < assessment->n_answers; i++)
    {
      const InovdaDumpAnswer *answer = &assessment->answers[i];

      if (xmlTextWriterStartElement (export->writer, BAD_CAST "indikator") < 0 ||
          attribute (export, "nomor", answer->indicator) < 0 ||
          (answer->answered && level_attribute (export, "level", answer->level) < 0) ||
          attribute (export, "basis", answer->basis) < 0 ||
          (answer->answered && level_attribute (export, "level-verifikasi", answer->verified) < 0))
        return writer_failed (export, error);
      if (!write_evidence (export, answer, error))
        return FALSE;
      if (xmlTextWriterEndElement (export->writer) < 0)
        return writer_failed (export, error);
    }
  if (xmlTextWriterEndElement (export->writer) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
end_cb (const char *region_code,
        gpointer user_data,
        GError **error)
{
  XmlExport *export = user_data;

  if (xmlTextWriterEndElement (export->writer) < 0)
    return writer_failed (export, error);
  return TRUE;
}

static gboolean
year_end_cb (const char *region_code,
             int year,
             gpointer user_data,
             GError **error)
{
  return end_cb (region_code, user_data, error);
}

static const InovdaDumpVisitor visitor = {
  region_cb,
  unit_cb,
  innovation_cb,
  year_begin_cb,
  spd_cb,
  assessment_cb,
  year_end_cb,
  end_cb,
};

/**
 * inovda_export_xml:
 *
 * Writes the Inovda XML. With @options->with_files, every evidence file is
 * also copied once into the folder PATH-berkas next to @path and named by
 * its lokasi-berkas attribute, so the export imports back complete.
 */
gboolean
inovda_export_xml (InovdaPortfolio *portfolio,
                   const char *path,
                   const InovdaExportOptions *options,
                   GCancellable *cancellable,
                   GError **error)
{
  InovdaDumpFilter filter = { 0 };
  g_autoptr (xmlTextWriter) writer = NULL;
  g_autoptr (InovdaExportFiles) files = NULL;
  g_autofree char *partial = NULL;
  XmlExport export = { portfolio, NULL, cancellable, NULL, path };
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!inovda_portfolio_check_output (portfolio, path, error))
    return FALSE;

  if (options != NULL)
    {
      filter.region_code = options->region_code;
      filter.year = options->year;
      if (options->with_files)
        {
          files = _inovda_export_files_new (portfolio, path);
          export.files = files;
        }
    }

  partial = g_strconcat (path, ".partial", NULL);
  writer = xmlNewTextWriterFilename (partial, 0);
  if (writer == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: a file path, then the system's reason */
                   _ ("Could not write %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  export.writer = writer;

  ok = xmlTextWriterSetIndent (writer, 1) >= 0 &&
       xmlTextWriterSetIndentString (writer, BAD_CAST "  ") >= 0 &&
       xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL) >= 0 &&
       xmlTextWriterStartElementNS (writer, NULL, BAD_CAST "inovda", BAD_CAST NS) >= 0 &&
       xmlTextWriterWriteAttribute (writer, BAD_CAST "versi", BAD_CAST "1") >= 0;
  if (!ok)
    writer_failed (&export, error);
  else
    ok = inovda_portfolio_dump (portfolio, &filter, &visitor, &export, error);

  if (ok && (xmlTextWriterEndDocument (writer) < 0 || xmlTextWriterFlush (writer) < 0))
    ok = writer_failed (&export, error);
  g_clear_pointer (&writer, xmlFreeTextWriter);

  if (ok && g_rename (partial, path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Could not write %s: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (partial);
  return ok;
}
