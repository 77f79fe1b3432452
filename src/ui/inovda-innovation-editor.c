/* inovda-innovation-editor.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-innovation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-date-row.h"
#include "inovda-innovation-editor.h"
#include "inovda-region-result.h"
#include "inovda-text-section.h"
#include "inovda-ui-keys.h"
#include "inovda-ui-layout.h"
#include "inovda-urusan-row.h"
#include "model/inovda-decimal.h"

#define SAVE_DELAY_MS 400
#define SAVE_MAX_DELAY_MS 2000

typedef enum
{
  GROUP_IDENTITY,
  GROUP_AFFAIRS,
  GROUP_DATES,
  GROUP_LOCATION,
  GROUP_DESIGN,
  GROUP_DESCRIPTION,
  N_GROUPS
} Group;

/* Where each profile field goes and in which years the ministry's form
 * asks for it (iid-methodology.md §11). A field outside its years still
 * shows when it holds a value, so nothing entered is ever hidden. */
static const struct
{
  InovdaField field;
  Group group;
  int from;
  int to;
} layout[] = {
  { INOVDA_FIELD_NAME, GROUP_IDENTITY, 0, G_MAXINT },
  { INOVDA_FIELD_TAHAPAN, GROUP_IDENTITY, 0, G_MAXINT },
  { INOVDA_FIELD_INISIATOR, GROUP_IDENTITY, 0, G_MAXINT },
  { INOVDA_FIELD_NAMA_INISIATOR, GROUP_IDENTITY, 2024, G_MAXINT },
  { INOVDA_FIELD_KLASIFIKASI, GROUP_IDENTITY, 2026, G_MAXINT },
  { INOVDA_FIELD_JENIS, GROUP_IDENTITY, 0, G_MAXINT },
  { INOVDA_FIELD_BENTUK, GROUP_IDENTITY, 0, G_MAXINT },
  { INOVDA_FIELD_URUSAN_UTAMA, GROUP_AFFAIRS, 0, G_MAXINT },
  { INOVDA_FIELD_TEMATIK, GROUP_AFFAIRS, 2023, 2024 },
  { INOVDA_FIELD_ASTA_CITA, GROUP_AFFAIRS, 2025, G_MAXINT },
  { INOVDA_FIELD_PKPN_KLASTER, GROUP_AFFAIRS, 2026, G_MAXINT },
  { INOVDA_FIELD_PKPN_PROGRAM, GROUP_AFFAIRS, 2026, G_MAXINT },
  { INOVDA_FIELD_PRIORITAS, GROUP_AFFAIRS, 2024, 2024 },
  { INOVDA_FIELD_MISI, GROUP_AFFAIRS, 2024, 2024 },
  { INOVDA_FIELD_COVID, GROUP_AFFAIRS, 0, 2022 },
  { INOVDA_FIELD_WAKTU_UJI_COBA, GROUP_DATES, 0, G_MAXINT },
  { INOVDA_FIELD_WAKTU_PENERAPAN, GROUP_DATES, 0, G_MAXINT },
  { INOVDA_FIELD_WAKTU_PENGEMBANGAN, GROUP_DATES, 2025, G_MAXINT },
  { INOVDA_FIELD_BERKEMBANG, GROUP_DATES, 2024, G_MAXINT },
  { INOVDA_FIELD_LOKASI, GROUP_LOCATION, 2025, G_MAXINT },
  { INOVDA_FIELD_LATITUDE, GROUP_LOCATION, 2025, G_MAXINT },
  { INOVDA_FIELD_LONGITUDE, GROUP_LOCATION, 2025, G_MAXINT },
  { INOVDA_FIELD_RANCANG_BANGUN, GROUP_DESIGN, 0, 2023 },
  { INOVDA_FIELD_RB_DASAR_HUKUM, GROUP_DESIGN, 2024, G_MAXINT },
  { INOVDA_FIELD_RB_PERMASALAHAN, GROUP_DESIGN, 2024, G_MAXINT },
  { INOVDA_FIELD_RB_ISU_STRATEGIS, GROUP_DESIGN, 2024, G_MAXINT },
  { INOVDA_FIELD_RB_METODE_PEMBAHARUAN, GROUP_DESIGN, 2024, G_MAXINT },
  { INOVDA_FIELD_RB_KEUNGGULAN, GROUP_DESIGN, 2024, G_MAXINT },
  { INOVDA_FIELD_RB_CARA_KERJA, GROUP_DESIGN, 2024, G_MAXINT },
  { INOVDA_FIELD_TUJUAN, GROUP_DESCRIPTION, 0, G_MAXINT },
  { INOVDA_FIELD_MANFAAT, GROUP_DESCRIPTION, 0, G_MAXINT },
  { INOVDA_FIELD_HASIL, GROUP_DESCRIPTION, 0, G_MAXINT },
};

/* The ministry's own names of these value lists: not translated, like the
 * urusan (iid-methodology.md §10.1). */
static const char *const tematik_names[] = {
  "Digitalisasi Layanan Pemerintahan",
  "Penanggulangan Kemiskinan",
  "Kemudahan Investasi",
  "Prioritas Aktual Presiden",
  "Non Tematik",
};
static const char *const pkpn_names[] = {
  "Kedaulatan Pangan",
  "Kemandirian Energi dan Air",
  "Pendidikan",
  "Kesehatan",
  "Hilirisasi dan Industrialisasi",
  "Infrastruktur Perumahan dan Ketahanan Bencana",
  "Ekonomi Kerakyatan dan Desa",
  "Penurunan Kemiskinan",
  "Non PKPN",
};
static const char *const covid_names[] = { "COVID-19", "Non COVID-19" };
static const char *const boolean_codes[] = { "ya", "tidak", NULL };

typedef struct
{
  InovdaInnovationEditor *self; /* borrowed */
  InovdaField field;
  GtkWidget *widget;    /* AdwEntryRow, InovdaDateRow, AdwComboRow or InovdaTextSection */
  GtkWidget *error_row; /* under a row; NULL for a text section */
  GtkLabel *error_label;
  char *error;
  char *stored;  /* the value last read from the store */
  gboolean read; /* whether @stored is that of the innovation shown */
  guint save_id;
  gint64 pending_since; /* monotonic time of the first change not saved */
} Slot;

struct _InovdaInnovationEditor
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkBox *eligibility_box;
  GtkImage *eligibility_icon;
  GtkLabel *eligibility_label;
  GtkButton *problem_button;
  AdwPreferencesGroup *assessment_group;
  AdwComboRow *status_row;
  AdwPreferencesGroup *identity_group;
  AdwPreferencesGroup *affairs_group;
  AdwPreferencesGroup *dates_group;
  AdwPreferencesGroup *location_group;
  AdwPreferencesGroup *design_group;
  AdwPreferencesGroup *description_group;
  GtkBox *design_box;
  GtkBox *description_box;
  GtkLabel *words_label;

  /* Borrowed from the widget tree */
  InovdaUrusanRow *urusan_row;

  /* Owned references */
  InovdaPortfolio *portfolio;
  Slot slots[INOVDA_N_FIELDS];

  gint64 innovation_id;
  guint ineligible;      /* InovdaIneligible bits of the year shown */
  char *empty_mandatory; /* the first mandatory indicator without a level, or NULL */
  char *first_at_risk;   /* the first claimed level without evidence, or NULL */
  int year;
  guint min_words;
  guint loading : 1;
};

G_DEFINE_FINAL_TYPE (InovdaInnovationEditor, inovda_innovation_editor, ADW_TYPE_BIN)

static void reload (InovdaInnovationEditor *self);

/* ------------------------------------------------------------------------ */
/* Choices                                                                  */

static const char *const *
choice_codes (InovdaField field)
{
  const InovdaFieldInfo *info = inovda_field_get_info (field);

  if (info->kind == INOVDA_FIELD_KIND_BOOLEAN)
    return boolean_codes;
  return info->choices;
}

static guint
n_choices (InovdaField field)
{
  const char *const *codes;
  guint n = 0;

  if (inovda_field_get_info (field)->kind == INOVDA_FIELD_KIND_URUSAN)
    {
      inovda_urusan_get_all (&n);
      return n;
    }
  codes = choice_codes (field);
  while (codes != NULL && codes[n] != NULL)
    n++;
  return n;
}

static const char *
choice_code (InovdaField field,
             guint index)
{
  if (inovda_field_get_info (field)->kind == INOVDA_FIELD_KIND_URUSAN)
    {
      guint n_urusan;
      const InovdaUrusan *urusan = inovda_urusan_get_all (&n_urusan);

      return index < n_urusan ? urusan[index].code : NULL;
    }
  return index < n_choices (field) ? choice_codes (field)[index] : NULL;
}

static char *
choice_label (InovdaField field,
              guint index)
{
  const char *code = choice_code (field, index);

  switch ((int) field)
    {
    case INOVDA_FIELD_TAHAPAN:
      return g_strdup (inovda_tahapan_get_label (inovda_tahapan_from_code (code)));
    case INOVDA_FIELD_INISIATOR:
      return g_strdup (inovda_inisiator_get_label (inovda_inisiator_from_code (code)));
    case INOVDA_FIELD_JENIS:
      return g_strdup (inovda_jenis_get_label (inovda_jenis_from_code (code)));
    case INOVDA_FIELD_BENTUK:
      return g_strdup (inovda_bentuk_get_label (inovda_bentuk_from_code (code)));
    case INOVDA_FIELD_KLASIFIKASI:
      return g_strdup (inovda_klasifikasi_get_label (inovda_klasifikasi_from_code (code)));
    case INOVDA_FIELD_TEMATIK:
      return g_strdup (index < G_N_ELEMENTS (tematik_names) ? tematik_names[index] : code);
    case INOVDA_FIELD_PKPN_KLASTER:
      return g_strdup (index < G_N_ELEMENTS (pkpn_names) ? pkpn_names[index] : code);
    case INOVDA_FIELD_COVID:
      return g_strdup (index < G_N_ELEMENTS (covid_names) ? covid_names[index] : code);
    case INOVDA_FIELD_ASTA_CITA:
      return g_strdup_printf ("Asta Cita %s", code);
    case INOVDA_FIELD_URUSAN_UTAMA:
      return g_strdup_printf ("%s %s", code, inovda_urusan_lookup (code)->name);
    case INOVDA_FIELD_BERKEMBANG:
      return g_strdup (index == 0 ? _ ("Yes") : _ ("No"));
    default:
      return g_strdup (code);
    }
}

/* Row 0 of every choice list is “not set”. */
static guint
choice_position (InovdaField field,
                 const char *code)
{
  guint n = n_choices (field);

  for (guint i = 0; code != NULL && i < n; i++)
    if (g_str_equal (choice_code (field, i), code))
      return i + 1;
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Slots                                                                    */

static gboolean
is_choice (Slot *slot)
{
  return ADW_IS_COMBO_ROW (slot->widget);
}

static void
slot_show_error (Slot *slot,
                 const char *message)
{
  g_free (slot->error);
  slot->error = g_strdup (message);

  if (INOVDA_IS_TEXT_SECTION (slot->widget))
    inovda_text_section_set_error (INOVDA_TEXT_SECTION (slot->widget), message);
  else
    {
      gtk_label_set_label (slot->error_label, message != NULL ? message : "");
      gtk_widget_set_visible (slot->error_row, message != NULL && gtk_widget_get_visible (slot->widget));
      if (message != NULL)
        gtk_widget_add_css_class (slot->widget, "error");
      else
        gtk_widget_remove_css_class (slot->widget, "error");
    }

  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (slot->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (slot->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The value the widget holds, in the store's form (not yet normalised). */
static gboolean
slot_get_value (Slot *slot,
                char **value,
                GError **error)
{
  *value = NULL;

  if (INOVDA_IS_DATE_ROW (slot->widget))
    return inovda_date_row_get_date (INOVDA_DATE_ROW (slot->widget), value, error);
  if (INOVDA_IS_TEXT_SECTION (slot->widget))
    {
      *value = inovda_text_section_get_text (INOVDA_TEXT_SECTION (slot->widget));
      return TRUE;
    }
  if (is_choice (slot))
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (slot->widget));

      *value = selected > 0 && selected != GTK_INVALID_LIST_POSITION
                   ? g_strdup (choice_code (slot->field, selected - 1))
                   : NULL;
      return TRUE;
    }
  *value = g_strdup (gtk_editable_get_text (GTK_EDITABLE (slot->widget)));
  return TRUE;
}

/* Whether the widget already holds @stored, as the store would normalise it. */
static gboolean
slot_shows (Slot *slot,
            const char *stored)
{
  g_autofree char *value = NULL;
  g_autofree char *normalized = NULL;

  if (!slot_get_value (slot, &value, NULL) ||
      !inovda_field_validate (slot->field, value != NULL ? value : "", &normalized, NULL))
    return FALSE;
  if (normalized != NULL && normalized[0] == '\0')
    g_clear_pointer (&normalized, g_free);
  return g_strcmp0 (normalized, stored) == 0;
}

/* A coordinate as the locale writes decimals (-3,316694 in Indonesian);
 * the store keeps a point and accepts either when the text is saved. */
static char *
shown_text (Slot *slot,
            const char *value)
{
  char *text = g_strdup (value != NULL ? value : "");
  char *point;

  if (inovda_field_get_info (slot->field)->kind == INOVDA_FIELD_KIND_DECIMAL &&
      (point = strchr (text, '.')) != NULL)
    *point = inovda_decimal_mark ();
  return text;
}

static void
slot_set_value (Slot *slot,
                const char *value)
{
  InovdaInnovationEditor *self = slot->self;

  self->loading = TRUE;
  if (INOVDA_IS_DATE_ROW (slot->widget))
    inovda_date_row_set_date (INOVDA_DATE_ROW (slot->widget), value);
  else if (INOVDA_IS_TEXT_SECTION (slot->widget))
    inovda_text_section_set_text (INOVDA_TEXT_SECTION (slot->widget), value);
  else if (is_choice (slot))
    adw_combo_row_set_selected (ADW_COMBO_ROW (slot->widget), choice_position (slot->field, value));
  else
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (slot->widget));
      g_autofree char *text = shown_text (slot, value);

      gtk_editable_set_text (GTK_EDITABLE (slot->widget), text);
      if (gtk_widget_has_focus (slot->widget) || gtk_widget_get_focus_child (slot->widget) != NULL)
        gtk_editable_set_position (GTK_EDITABLE (slot->widget), position);
    }
  self->loading = FALSE;
}

static void
save_slot (Slot *slot)
{
  InovdaInnovationEditor *self = slot->self;
  g_autoptr (GError) error = NULL;
  g_autofree char *value = NULL;

  g_clear_handle_id (&slot->save_id, g_source_remove);
  if (self->portfolio == NULL || self->innovation_id == 0)
    return;

  if (!slot_get_value (slot, &value, &error) ||
      !inovda_portfolio_set_field (self->portfolio, self->innovation_id, slot->field, value != NULL ? value : "", &error))
    {
      slot_show_error (slot, error->message);
      return;
    }
  slot_show_error (slot, NULL);
}

static void
save_timeout_cb (gpointer data)
{
  Slot *slot = data;

  slot->save_id = 0;
  save_slot (slot);
}

/* Typing is saved after a pause, so that a word is one edit, and at the
 * latest SAVE_MAX_DELAY_MS after the first change not saved: waiting for a
 * pause only, a crash or a power cut during a long stretch of typing would
 * lose all of it. */
static void
schedule_save (Slot *slot)
{
  gint64 now = g_get_monotonic_time ();
  gint64 waited_ms;

  if (slot->save_id == 0)
    slot->pending_since = now;
  waited_ms = (now - slot->pending_since) / 1000;
  g_clear_handle_id (&slot->save_id, g_source_remove);
  slot->save_id = g_timeout_add_once ((guint) CLAMP (SAVE_MAX_DELAY_MS - waited_ms, 0, SAVE_DELAY_MS),
                                      save_timeout_cb, slot);
}

static void
update_words (InovdaInnovationEditor *self)
{
  guint words = 0;
  char text[64];

  for (guint f = INOVDA_FIELD_RANCANG_BANGUN; f <= INOVDA_FIELD_RB_CARA_KERJA; f++)
    words += inovda_text_section_get_words (INOVDA_TEXT_SECTION (self->slots[f].widget));

  /* Translators: the words of the whole design against the minimum of the
   * year's methodology, e.g. “287 / 300 words”. */
  g_snprintf (text, sizeof text, _ ("%u / %u words"), words, self->min_words);
  gtk_label_set_label (self->words_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->words_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->words_label), "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->words_label), words >= self->min_words ? "success" : "warning");
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
text_changed_cb (GtkWidget *widget,
                 Slot *slot)
{
  if (slot->self->loading)
    return;
  if (INOVDA_IS_TEXT_SECTION (widget) && slot->field >= INOVDA_FIELD_RANCANG_BANGUN &&
      slot->field <= INOVDA_FIELD_RB_CARA_KERJA)
    update_words (slot->self);
  schedule_save (slot);
}

static void
save_now_cb (GtkWidget *widget,
             Slot *slot)
{
  if (slot->self->loading)
    return;
  save_slot (slot);
}

static void
choice_selected_cb (GtkWidget *widget,
                    GParamSpec *pspec,
                    Slot *slot)
{
  if (slot->self->loading)
    return;
  save_slot (slot);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                Slot *slot)
{
  if (slot->save_id != 0)
    save_slot (slot);
}

static void
urusan_lain_changed_cb (InovdaInnovationEditor *self,
                        InovdaUrusanRow *row)
{
  g_auto (GStrv) codes = NULL;
  g_autoptr (GError) error = NULL;

  if (self->loading || self->portfolio == NULL || self->innovation_id == 0)
    return;

  codes = inovda_urusan_row_get_codes (row);
  if (!inovda_portfolio_set_urusan_lain (self->portfolio, self->innovation_id,
                                         (const char *const *) codes, &error))
    g_warning ("Could not change the other affairs: %s", error->message);
}

static void
status_selected_cb (InovdaInnovationEditor *self,
                    GParamSpec *pspec,
                    AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (self->loading || self->portfolio == NULL || self->innovation_id == 0 ||
      selected == GTK_INVALID_LIST_POSITION)
    return;

  /* Row 0 withdraws the innovation from the year; undo brings it back. */
  if (selected == 0)
    ok = inovda_portfolio_remove_assessment (self->portfolio, self->innovation_id, self->year, &error);
  else
    ok = inovda_portfolio_set_status (self->portfolio, self->innovation_id, self->year,
                                      (InovdaStatus) (selected - 1), &error);
  if (!ok)
    g_warning ("Could not change the status: %s", error->message);
}

static void
portfolio_changed_cb (InovdaInnovationEditor *self,
                      InovdaPortfolio *portfolio)
{
  reload (self);
}

/* ------------------------------------------------------------------------ */
/* Building and loading                                                     */

static GtkWidget *
new_error_row (Slot *slot)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");

  slot->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (slot->error_label, 0);
  gtk_label_set_wrap (slot->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (slot->error_label), "caption");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (slot->error_label));
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (box, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_visible (row, FALSE);
  return row;
}

static GtkWidget *
new_choice_row (InovdaField field)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint n = n_choices (field);

  gtk_string_list_append (labels, _ ("Not set"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = choice_label (field, i);

      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  inovda_ui_combo_row_show_full_labels (ADW_COMBO_ROW (row));
  return row;
}

static void
build_slot (InovdaInnovationEditor *self,
            InovdaField field,
            Group group)
{
  const InovdaFieldInfo *info = inovda_field_get_info (field);
  AdwPreferencesGroup *groups[N_GROUPS] = {
    self->identity_group,
    self->affairs_group,
    self->dates_group,
    self->location_group,
    self->design_group,
    self->description_group,
  };
  Slot *slot = &self->slots[field];
  /* Under the group's own title "Design", the design in one text (the
   * 2023 form's) is named for what it is. */
  const char *label = field == INOVDA_FIELD_RANCANG_BANGUN
                          /* Translators: the whole rancang bangun in one text, under the heading "Design" */
                          ? _ ("Full text")
                          : inovda_field_get_label (field);

  slot->self = self;
  slot->field = field;

  switch (info->kind)
    {
    case INOVDA_FIELD_KIND_LONG_TEXT:
      slot->widget = inovda_text_section_new (label);
      inovda_ui_mark_saved_as_typed (slot->widget);
      g_signal_connect (slot->widget, "changed", G_CALLBACK (text_changed_cb), slot);
      gtk_box_append (group == GROUP_DESIGN ? self->design_box : self->description_box, slot->widget);
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), slot);
        gtk_widget_add_controller (GTK_WIDGET (inovda_text_section_get_view (INOVDA_TEXT_SECTION (slot->widget))),
                                   focus);
      }
      return;

    case INOVDA_FIELD_KIND_DATE:
      slot->widget = inovda_date_row_new ();
      inovda_ui_mark_saved_as_typed (slot->widget);
      g_signal_connect (slot->widget, "changed", G_CALLBACK (text_changed_cb), slot);
      g_signal_connect (slot->widget, "date-chosen", G_CALLBACK (save_now_cb), slot);
      g_signal_connect (slot->widget, "entry-activated", G_CALLBACK (save_now_cb), slot);
      break;

    case INOVDA_FIELD_KIND_ENUM:
    case INOVDA_FIELD_KIND_URUSAN:
    case INOVDA_FIELD_KIND_BOOLEAN:
      slot->widget = new_choice_row (field);
      g_signal_connect (slot->widget, "notify::selected", G_CALLBACK (choice_selected_cb), slot);
      break;

    case INOVDA_FIELD_KIND_TEXT:
    case INOVDA_FIELD_KIND_DECIMAL:
    default:
      slot->widget = adw_entry_row_new ();
      inovda_ui_mark_saved_as_typed (slot->widget);
      g_signal_connect (slot->widget, "changed", G_CALLBACK (text_changed_cb), slot);
      g_signal_connect (slot->widget, "entry-activated", G_CALLBACK (save_now_cb), slot);
      if (info->kind == INOVDA_FIELD_KIND_DECIMAL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (slot->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        _ ("Decimal degrees, such as -3.316694"), -1);
      break;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (slot->widget), label);
  if (info->required)
    gtk_accessible_update_property (GTK_ACCESSIBLE (slot->widget), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE, -1);
  if (!is_choice (slot))
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), slot);
      gtk_widget_add_controller (slot->widget, focus);
    }
  adw_preferences_group_add (groups[group], slot->widget);
  slot->error_row = new_error_row (slot);
  adw_preferences_group_add (groups[group], slot->error_row);

  if (field == INOVDA_FIELD_URUSAN_UTAMA)
    {
      self->urusan_row = INOVDA_URUSAN_ROW (inovda_urusan_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->urusan_row), _ ("Other government affairs"));
      g_signal_connect_object (self->urusan_row, "changed", G_CALLBACK (urusan_lain_changed_cb),
                               self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (groups[group], GTK_WIDGET (self->urusan_row));
    }
}

static void
fill_status_row (InovdaInnovationEditor *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _ ("Not reported"));
  for (int i = INOVDA_STATUS_DRAF; i <= INOVDA_STATUS_DITOLAK; i++)
    gtk_string_list_append (labels, inovda_status_get_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (labels));
}

static void
update_visibility (InovdaInnovationEditor *self)
{
  gboolean any[N_GROUPS] = { FALSE };
  AdwPreferencesGroup *groups[N_GROUPS] = {
    self->identity_group,
    self->affairs_group,
    self->dates_group,
    self->location_group,
    self->design_group,
    self->description_group,
  };

  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    {
      Slot *slot = &self->slots[layout[i].field];
      gboolean in_form = self->year >= layout[i].from && self->year <= layout[i].to;
      gboolean visible = in_form || (slot->stored != NULL && slot->stored[0] != '\0');

      gtk_widget_set_visible (slot->widget, visible);
      if (slot->error_row != NULL)
        gtk_widget_set_visible (slot->error_row, visible && slot->error != NULL);
      any[layout[i].group] |= visible;
    }
  for (guint g = 0; g < N_GROUPS; g++)
    gtk_widget_set_visible (GTK_WIDGET (groups[g]), any[g]);
}

static void
update_eligibility (InovdaInnovationEditor *self,
                    InovdaInnovation *innovation)
{
  g_autoptr (InovdaRegion) region = NULL;
  g_autoptr (InovdaRegionResult) result = NULL;
  g_autofree char *text = NULL;
  const InovdaInnovationScore *score = NULL;
  int index = -1;

  region = inovda_portfolio_get_region (self->portfolio, inovda_innovation_get_region_code (innovation), NULL);
  if (region != NULL)
    result = inovda_region_result_load (self->portfolio, region, self->year);
  if (result != NULL && result->region_year != NULL)
    {
      index = inovda_region_year_find (result->region_year, self->innovation_id);
      if (index >= 0)
        score = inovda_region_result_get_innovation_score (result, INOVDA_PROJECTION_KLAIM, index);
      self->min_words = result->catalogue->rancang_bangun_min_words;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->eligibility_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->eligibility_icon), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->eligibility_icon), "dim-label");

  if (result == NULL || result->error != NULL)
    {
      gtk_image_set_from_icon_name (self->eligibility_icon, "dialog-information-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->eligibility_icon), "dim-label");
      text = g_strdup (result != NULL && result->error != NULL ? result->error->message : "");
    }
  else if (score == NULL)
    {
      gtk_image_set_from_icon_name (self->eligibility_icon, "dialog-information-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->eligibility_icon), "dim-label");
      /* Translators: %d is the assessment year. */
      text = g_strdup_printf (_ ("Not reported for %d. Choose a status to report it; only reported innovations count in the IID."),
                              self->year);
    }
  else if (score->n_at_risk > 0)
    {
      gtk_image_set_from_icon_name (self->eligibility_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->eligibility_icon), "warning");
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %d is the assessment year, %u a number of indicators */
                                           "Counted in the IID for %d, but %u claimed level has no evidence yet and may be rejected at verification.",
                                           "Counted in the IID for %d, but %u claimed levels have no evidence yet and may be rejected at verification.",
                                           score->n_at_risk),
                              self->year, score->n_at_risk);
    }
  else if (score->ineligible == 0)
    {
      gtk_image_set_from_icon_name (self->eligibility_icon, "emblem-ok-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->eligibility_icon), "success");
      /* Translators: %d is the assessment year. */
      text = g_strdup_printf (_ ("Counted in the IID for %d."), self->year);
    }
  else
    {
      g_autofree char *problems = inovda_region_result_describe_problems (result, index);

      gtk_image_set_from_icon_name (self->eligibility_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->eligibility_icon), "warning");
      /* Translators: %d is the assessment year, %s the reasons, one per line. */
      text = g_strdup_printf (_ ("Not counted in the IID for %d:\n%s"), self->year, problems != NULL ? problems : "");
    }
  gtk_label_set_label (self->eligibility_label, text);
  self->ineligible = score != NULL ? score->ineligible : 0;
  g_clear_pointer (&self->empty_mandatory, g_free);
  g_clear_pointer (&self->first_at_risk, g_free);
  if (score != NULL && score->first_empty_mandatory >= 0 &&
      (guint) score->first_empty_mandatory < result->catalogue->sid->len)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (result->catalogue->sid, score->first_empty_mandatory);

      self->empty_mandatory = g_strdup (indicator->id);
    }
  if (score != NULL && score->first_at_risk >= 0 && (guint) score->first_at_risk < result->catalogue->sid->len)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (result->catalogue->sid, score->first_at_risk);

      self->first_at_risk = g_strdup (indicator->id);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problem_button), self->ineligible != 0 || self->first_at_risk != NULL);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->status_row,
                              score != NULL || inovda_innovation_get_status (innovation) != NULL
                                  ? (guint) MAX (0, inovda_status_from_code (inovda_innovation_get_status (innovation))) + 1
                                  : 0);
  self->loading = FALSE;
}

/* Follows the store without disturbing what the user is typing: a widget
 * is only rewritten when the stored value changed behind it (an undo, an
 * import) and no save of it is pending. */
static void
reload (InovdaInnovationEditor *self)
{
  g_autoptr (InovdaInnovation) innovation = NULL;
  g_autofree char *title = NULL;
  const char *const *urusan_lain;
  g_auto (GStrv) shown_urusan = NULL;

  if (self->portfolio == NULL || self->innovation_id == 0)
    return;

  innovation = inovda_portfolio_get_innovation_in_year (self->portfolio, self->innovation_id, self->year, NULL);
  if (innovation == NULL)
    return;

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      Slot *slot = &self->slots[f];
      const char *stored = inovda_innovation_get_field (innovation, f);

      if (slot->save_id != 0 || (slot->read && g_strcmp0 (stored, slot->stored) == 0))
        continue;

      g_free (slot->stored);
      slot->stored = g_strdup (stored);
      slot->read = TRUE;
      if (!slot_shows (slot, stored))
        {
          slot_set_value (slot, stored);
          slot_show_error (slot, NULL);
        }
    }

  urusan_lain = inovda_innovation_get_urusan_lain (innovation);
  shown_urusan = inovda_urusan_row_get_codes (self->urusan_row);
  if (!g_strv_equal ((const char *const *) shown_urusan, urusan_lain != NULL ? urusan_lain : (const char *const[]){ NULL }))
    {
      self->loading = TRUE;
      inovda_urusan_row_set_codes (self->urusan_row, urusan_lain);
      self->loading = FALSE;
    }

  /* Translators: a group title; %d is the assessment year. */
  title = g_strdup_printf (_ ("Assessment %d"), self->year);
  adw_preferences_group_set_title (self->assessment_group, title);

  update_eligibility (self, innovation);
  update_visibility (self);
  update_words (self);
}

static void
forget (InovdaInnovationEditor *self)
{
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      Slot *slot = &self->slots[f];

      g_clear_handle_id (&slot->save_id, g_source_remove);
      g_clear_pointer (&slot->stored, g_free);
      slot->read = FALSE;
      g_clear_pointer (&slot->error, g_free);
      if (slot->widget != NULL)
        slot_show_error (slot, NULL);
    }
}

/* ------------------------------------------------------------------------ */

static void
inovda_innovation_editor_dispose (GObject *object)
{
  InovdaInnovationEditor *self = INOVDA_INNOVATION_EDITOR (object);

  forget (self);
  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (inovda_innovation_editor_parent_class)->dispose (object);
}

static void
inovda_innovation_editor_finalize (GObject *object)
{
  InovdaInnovationEditor *self = INOVDA_INNOVATION_EDITOR (object);

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      g_free (self->slots[f].stored);
      g_free (self->slots[f].error);
    }
  g_free (self->empty_mandatory);
  g_free (self->first_at_risk);

  G_OBJECT_CLASS (inovda_innovation_editor_parent_class)->finalize (object);
}

/* Scrolls the form to @widget and puts the cursor there. The focus goes
 * first: the viewport scrolls to a newly focused widget on its own. */
static void
reveal (InovdaInnovationEditor *self,
        GtkWidget *widget)
{
  gtk_widget_grab_focus (widget);
  inovda_ui_scroll_to (self->scrolled_window, widget, 48);
}

/* The first reason the innovation is not counted, where it can be fixed. */
static void
show_problem_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  InovdaInnovationEditor *self = INOVDA_INNOVATION_EDITOR (widget);

  if (self->ineligible & INOVDA_INELIGIBLE_STATUS)
    reveal (self, GTK_WIDGET (self->status_row));
  else if (self->ineligible & (INOVDA_INELIGIBLE_NO_PENERAPAN_DATE | INOVDA_INELIGIBLE_OUTSIDE_WINDOW))
    reveal (self, self->slots[INOVDA_FIELD_WAKTU_PENERAPAN].widget);
  else if (self->ineligible & INOVDA_INELIGIBLE_RANCANG_BANGUN)
    reveal (self, self->slots[INOVDA_FIELD_RB_DASAR_HUKUM].widget);
  else if ((self->ineligible & INOVDA_INELIGIBLE_MANDATORY_EMPTY) && self->empty_mandatory != NULL)
    gtk_widget_activate_action (widget, "innovations.show-indicator", "s", self->empty_mandatory);
  else if (self->ineligible & INOVDA_INELIGIBLE_MANDATORY_EMPTY)
    gtk_widget_activate_action (widget, "innovations.show-indicators", NULL);
  else if (self->ineligible == 0 && self->first_at_risk != NULL)
    gtk_widget_activate_action (widget, "innovations.show-indicator", "s", self->first_at_risk);
}

static void
inovda_innovation_editor_class_init (InovdaInnovationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_innovation_editor_dispose;
  object_class->finalize = inovda_innovation_editor_finalize;

  gtk_widget_class_set_css_name (widget_class, "inovdainnovationeditor");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-innovation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, eligibility_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, eligibility_icon);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, eligibility_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, assessment_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, identity_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, affairs_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, dates_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, location_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, design_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, description_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, design_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, description_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, words_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationEditor, problem_button);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.show-problem", NULL, show_problem_action);
}

static void
inovda_innovation_editor_init (InovdaInnovationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_ui_combo_row_show_full_labels (self->status_row);

  fill_status_row (self);
  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    build_slot (self, layout[i].field, layout[i].group);
  update_words (self);
}

GtkWidget *
inovda_innovation_editor_new (void)
{
  return g_object_new (INOVDA_TYPE_INNOVATION_EDITOR, NULL);
}

/**
 * inovda_innovation_editor_load:
 * @self: an editor
 * @portfolio: (nullable): the portfolio, %NULL to show nothing
 * @innovation_id: the innovation
 * @year: the assessment year of the status and eligibility
 *
 * Shows an innovation; loading the one already shown keeps the form as it is.
 */
void
inovda_innovation_editor_load (InovdaInnovationEditor *self,
                               InovdaPortfolio *portfolio,
                               gint64 innovation_id,
                               int year)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_EDITOR (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio && self->innovation_id == innovation_id && self->year == year)
    return;

  /* Whatever is still being typed belongs to the innovation shown so far. */
  inovda_innovation_editor_save_pending (self);
  forget (self);

  if (self->portfolio != portfolio)
    {
      if (self->portfolio != NULL)
        g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_set_object (&self->portfolio, portfolio);
      if (portfolio != NULL)
        g_signal_connect_object (portfolio, "changed", G_CALLBACK (portfolio_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }

  self->innovation_id = portfolio != NULL ? innovation_id : 0;
  self->year = year;
  reload (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

gint64
inovda_innovation_editor_get_innovation_id (InovdaInnovationEditor *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION_EDITOR (self), 0);

  return self->innovation_id;
}

/**
 * inovda_innovation_editor_get_field_widget:
 *
 * Returns: (transfer none): the widget editing @field: an #AdwEntryRow,
 *   an #InovdaDateRow, an #AdwComboRow or an #InovdaTextSection
 */
GtkWidget *
inovda_innovation_editor_get_field_widget (InovdaInnovationEditor *self,
                                           InovdaField field)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION_EDITOR (self), NULL);
  g_return_val_if_fail (field < INOVDA_N_FIELDS, NULL);

  return self->slots[field].widget;
}

const char *
inovda_innovation_editor_get_field_error (InovdaInnovationEditor *self,
                                          InovdaField field)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION_EDITOR (self), NULL);
  g_return_val_if_fail (field < INOVDA_N_FIELDS, NULL);

  return self->slots[field].error;
}

/* Saves now every change still waiting for the typing pause. */
void
inovda_innovation_editor_save_pending (InovdaInnovationEditor *self)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_EDITOR (self));

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (self->slots[f].save_id != 0)
      save_slot (&self->slots[f]);
}
