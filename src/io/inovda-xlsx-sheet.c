/* inovda-xlsx-sheet.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xlsx-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "inovda-row-pipe.h"
#include "inovda-xlsx-private.h"
#include "inovda-xml-scanner.h"

/* Worksheets are most of a workbook's bytes, so they are read with the
 * scanner of inovda-xml-scanner.c rather than libxml2's reader: the same
 * checks where they matter, without a node per element. */

#define MAX_MERGES 1000000
/* Only the constant formulas TRUE() and FALSE() are looked at. */
#define MAX_FORMULA_TEXT 32

typedef enum
{
  CELL_NUMBER,
  CELL_SHARED,
  CELL_INLINE,
  CELL_FORMULA_STRING,
  CELL_BOOLEAN,
  CELL_ERROR,
  CELL_DATE,
} CellKind;

typedef enum
{
  CAPTURE_NONE,
  CAPTURE_VALUE,
  CAPTURE_FORMULA,
  CAPTURE_TEXT,
} Capture;

typedef struct
{
  InovdaSpreadsheet *book;
  InovdaXlsx *xlsx;
  guint sheet;
  InovdaXlsxPart *part;
  InovdaXmlScanner *scanner;
  InovdaRowFunc func;
  gpointer user_data;
  GCancellable *cancellable;
  InovdaRowBuffer row_buffer;
  GString *value;
  GString *formula;
  gsize text_start; /* of the inline text, written straight into the row buffer */
  GString *scratch;
  GString *attribute_scratch;
  guint64 n_cells;
  guint row;
  guint next_row;
  guint column;
  guint next_column;
  guint style;
  CellKind kind;
  Capture capture;
  gboolean in_row;
  gboolean in_cell;
  gboolean in_sheet_data;
  gboolean in_inline;
  gboolean in_phonetic;
} SheetReader;

/* With a literal @expected, the compiler turns this into a compare or two. */
#define name_is(name, length, expected) \
  ((length) == sizeof (expected) - 1 && memcmp ((name), (expected), sizeof (expected) - 1) == 0)

static gboolean
cell_error (SheetReader *reader,
            GError **error,
            const char *format,
            ...) G_GNUC_PRINTF (3, 4);

static gboolean
cell_error (SheetReader *reader,
            GError **error,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _inovda_spreadsheet_set_cell_error (reader->book, reader->sheet, reader->row, reader->column,
                                      error, "%s", message);
  return FALSE;
}

/* A fault in the sheet's markup, located as closely as the reader knows:
 * the cell it is in, its row, or the last row read. A worksheet is
 * usually one line of XML, so its line numbers tell a reader nothing. */
static gboolean
markup_error (SheetReader *reader,
              GError **error,
              const char *message)
{
  InovdaSheetPlace place = INOVDA_SHEET_PLACE_SHEET;

  if (reader->in_cell)
    return cell_error (reader, error, "%s", message);
  if (reader->in_row)
    place = INOVDA_SHEET_PLACE_ROW;
  else if (reader->in_sheet_data && reader->next_row > 0)
    place = INOVDA_SHEET_PLACE_AFTER_ROW;
  _inovda_spreadsheet_set_sheet_error (reader->book, reader->sheet, place, reader->row, error, "%s", message);
  return FALSE;
}

/* The scanner's flag is set by a call: only when it changes. */
static inline void
set_capture (SheetReader *reader,
             Capture capture)
{
  if ((reader->capture != CAPTURE_NONE) != (capture != CAPTURE_NONE))
    inovda_xml_scanner_set_want_text (reader->scanner, capture != CAPTURE_NONE);
  reader->capture = capture;
}

/* libxml2 refused what XML cannot hold; the scanner leaves the text of
 * cells to us. */
static gboolean
check_text (SheetReader *reader,
            const char *text,
            gsize length,
            gsize room,
            gboolean *has_underscore,
            GError **error)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gboolean ascii = TRUE;
  gboolean underscore = FALSE;
  gsize i = 0;

#ifdef __SSE2__
  /* Sixteen bytes at a time while none is special: compared as signed
   * bytes, those below 0x20 and those not ASCII are both less than 0x20.
   * The last block may reach past the text into the string's spare room
   * (@room bytes from @text), never past its allocation; those bytes are
   * masked off. */
  for (; i < length && i + 16 <= room; i += 16)
    {
      __m128i block = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + i));
      __m128i special = _mm_or_si128 (_mm_cmplt_epi8 (block, _mm_set1_epi8 (0x20)),
                                      _mm_cmpeq_epi8 (block, _mm_set1_epi8 ('_')));
      guint mask = (guint) _mm_movemask_epi8 (special);

      if (length - i < 16)
        mask &= (1u << (length - i)) - 1;
      if (mask != 0)
        break;
    }
#endif
  /* Then eight bytes at a time: the usual bit tricks for "has a byte less
   * than / equal to". */
  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, text + i, 8);
      if (((word | ((word - ones * 0x20) & ~word) | ((word ^ (ones * '_')) - ones)) & highs) != 0)
        break;
    }

  for (; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if (c >= 0x80)
        ascii = FALSE;
      else if (c == '_')
        underscore = TRUE;
      else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return cell_error (reader, error, "%s", _ ("This part of the workbook is damaged (a cell holds a control character)"));
    }
  if (!ascii && !g_utf8_validate_len (text, length, NULL))
    return cell_error (reader, error, "%s", _ ("This part of the workbook is damaged (a cell's text is not valid UTF-8)"));
  if (has_underscore != NULL)
    *has_underscore = underscore;
  return TRUE;
}

static gboolean
add_cell (SheetReader *reader,
          InovdaCellType type,
          const char *text,
          gsize length,
          GError **error)
{
  if (length == 0)
    return TRUE;
  _inovda_row_buffer_add_copy (&reader->row_buffer, reader->column, type, text, length);
  if (_inovda_row_buffer_text_size (&reader->row_buffer) > reader->book->limits.max_row_text)
    return cell_error (reader, error, _ ("This row holds more text than Inovda accepts"));
  return TRUE;
}

/* The inline text of the cell is already in the row's text, where
 * sheet_text wrote it: it only needs its NUL. */
static gboolean
keep_inline_text (SheetReader *reader,
                  gsize length,
                  GError **error)
{
  InovdaRowBuffer *buffer = &reader->row_buffer;

  if (length == 0)
    return TRUE;
  _inovda_string_append (buffer->text, "", 1);
  _inovda_row_buffer_add_pending (buffer, reader->column, INOVDA_CELL_STRING, NULL, reader->text_start);
  if (_inovda_row_buffer_text_size (buffer) > reader->book->limits.max_row_text)
    return cell_error (reader, error, _ ("This row holds more text than Inovda accepts"));
  return TRUE;
}

static void
drop_inline_text (SheetReader *reader)
{
  GString *row_text = reader->row_buffer.text;

  row_text->len = reader->text_start;
  row_text->str[row_text->len] = '\0';
}

static gboolean
add_shared_string (SheetReader *reader,
                   const char *value,
                   GError **error)
{
  InovdaXlsx *xlsx = reader->xlsx;
  guint64 index;
  guint32 offset;
  gsize length;

  if (!_inovda_xlsx_parse_index (value, &index))
    return cell_error (reader, error,
                       /* Translators: %s is the text found in the file */
                       _ ("The cell should refer to a shared text by its number, but holds “%s”"),
                       value);
  if (index >= xlsx->string_offsets->len)
    return cell_error (reader, error,
                       /* Translators: the first number is a position in a list, the second the list's length */
                       _ ("The cell refers to shared text number %llu, but the workbook has only %u; the file "
                          "is damaged"),
                       (unsigned long long) index, xlsx->string_offsets->len);

  offset = g_array_index (xlsx->string_offsets, guint32, index);
  length = (index + 1 < xlsx->string_offsets->len ? g_array_index (xlsx->string_offsets, guint32, index + 1)
                                                  : xlsx->strings->len) -
           offset - 1;
  if (length == 0)
    return TRUE;

  /* A shared text is stored once but handed on with every cell that refers
   * to it: as much as the cells would hold unpacked, lest a few kilobytes
   * of cells make gigabytes of text. */
  if (_inovda_xlsx_count_total (xlsx, length) > reader->book->limits.max_total_size)
    return cell_error (reader, error,
                       _ ("The cells repeat more shared text than Inovda accepts; the file is damaged or not a "
                          "normal workbook"));
  _inovda_row_buffer_add_borrowed (&reader->row_buffer, reader->column, INOVDA_CELL_STRING,
                                   (const char *) xlsx->strings->data + offset, length);
  if (_inovda_row_buffer_text_size (&reader->row_buffer) > reader->book->limits.max_row_text)
    return cell_error (reader, error, _ ("This row holds more text than Inovda accepts"));
  return TRUE;
}

static gboolean
add_number (SheetReader *reader,
            guint style,
            const char *value,
            gsize length,
            GError **error)
{
  FormatKind kind = style < reader->xlsx->xf_kinds->len ? reader->xlsx->xf_kinds->data[style] : FORMAT_NUMBER;

  if (!_inovda_xlsx_is_plain_number (value, length))
    return cell_error (reader, error,
                       /* Translators: %s is the text found in the file */
                       _ ("The cell should hold a number, but holds “%s”"),
                       value);

  if (kind == FORMAT_DATE || kind == FORMAT_DATETIME || kind == FORMAT_TIME)
    {
      g_string_truncate (reader->scratch, 0);
      if (_inovda_xlsx_serial_to_iso (g_ascii_strtod (value, NULL), reader->xlsx->date1904, kind, reader->scratch))
        return add_cell (reader, INOVDA_CELL_DATE, reader->scratch->str, reader->scratch->len, error);
    }
  return add_cell (reader, INOVDA_CELL_NUMBER, value, length, error);
}

static G_GNUC_NO_INLINE gboolean
finish_cell (SheetReader *reader,
             GError **error)
{
  GString *row_text = reader->row_buffer.text;
  const char *text = row_text->str + reader->text_start;
  gsize text_length = row_text->len - reader->text_start;
  const char *boolean;
  const char *value;
  gsize length;
  gboolean has_underscore;

  /* Inline text the cell does not keep is taken back out of the row. */
  if (reader->formula->len > 0 && _inovda_xlsx_constant_boolean (reader->formula, &boolean))
    {
      drop_inline_text (reader);
      return add_cell (reader, INOVDA_CELL_BOOLEAN, boolean, 1, error);
    }
  if (reader->kind != CELL_INLINE && text_length > 0)
    drop_inline_text (reader);

  switch (reader->kind)
    {
    case CELL_INLINE:
      if (!check_text (reader, text, text_length, row_text->allocated_len - reader->text_start, &has_underscore,
                       error))
        return FALSE;
      if (!has_underscore)
        return keep_inline_text (reader, text_length, error);
      g_string_truncate (reader->scratch, 0);
      _inovda_xlsx_append_xstring (reader->scratch, text, text_length);
      drop_inline_text (reader);
      return add_cell (reader, INOVDA_CELL_STRING, reader->scratch->str, reader->scratch->len, error);
    case CELL_FORMULA_STRING:
      if (!check_text (reader, reader->value->str, reader->value->len, reader->value->allocated_len, NULL, error))
        return FALSE;
      g_string_truncate (reader->scratch, 0);
      _inovda_xlsx_append_xstring (reader->scratch, reader->value->str, reader->value->len);
      return add_cell (reader, INOVDA_CELL_STRING, reader->scratch->str, reader->scratch->len, error);
    case CELL_SHARED:
    case CELL_BOOLEAN:
    case CELL_ERROR:
    case CELL_DATE:
    case CELL_NUMBER:
    default:
      break;
    }

  _inovda_xlsx_trim_string (reader->value);
  if (reader->value->len == 0)
    return TRUE;
  if (!check_text (reader, reader->value->str, reader->value->len, reader->value->allocated_len, NULL, error))
    return FALSE;
  value = reader->value->str;
  length = reader->value->len;

  switch (reader->kind)
    {
    case CELL_SHARED:
      return add_shared_string (reader, value, error);
    case CELL_BOOLEAN:
      if (strcmp (value, "1") == 0 || g_ascii_strcasecmp (value, "true") == 0)
        return add_cell (reader, INOVDA_CELL_BOOLEAN, "1", 1, error);
      if (strcmp (value, "0") == 0 || g_ascii_strcasecmp (value, "false") == 0)
        return add_cell (reader, INOVDA_CELL_BOOLEAN, "0", 1, error);
      return cell_error (reader, error,
                         /* Translators: %s is the text found in the file */
                         _ ("The cell should hold TRUE or FALSE, but holds “%s”"),
                         value);
    case CELL_ERROR:
      return add_cell (reader, INOVDA_CELL_ERROR, value, length, error);
    case CELL_DATE:
      g_string_truncate (reader->scratch, 0);
      if (!_inovda_xlsx_normalise_iso_date (value, reader->scratch))
        return cell_error (reader, error,
                           /* Translators: %s is the text found in the file */
                           _ ("The cell should hold a date, but holds “%s”, which is not a valid date"),
                           value);
      return add_cell (reader, INOVDA_CELL_DATE, reader->scratch->str, reader->scratch->len, error);
    case CELL_NUMBER:
      return add_number (reader, reader->style, value, length, error);
    case CELL_INLINE:
    case CELL_FORMULA_STRING:
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static gboolean
parse_cell_kind (const char *type,
                 gsize length,
                 CellKind *kind)
{
  if (length == 1)
    switch (type[0])
      {
      case 'n':
        *kind = CELL_NUMBER;
        return TRUE;
      case 's':
        *kind = CELL_SHARED;
        return TRUE;
      case 'b':
        *kind = CELL_BOOLEAN;
        return TRUE;
      case 'e':
        *kind = CELL_ERROR;
        return TRUE;
      case 'd':
        *kind = CELL_DATE;
        return TRUE;
      default:
        return FALSE;
      }
  if (name_is (type, length, "inlineStr"))
    *kind = CELL_INLINE;
  else if (name_is (type, length, "str"))
    *kind = CELL_FORMULA_STRING;
  else
    return FALSE;
  return TRUE;
}

/* The usual cell reference, "B7": capitals and a row number without a
 * leading zero. Anything else is left to _inovda_cell_reference_parse. */
static inline gboolean
parse_plain_reference (const char *text,
                       gsize length,
                       guint *column)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;
  guint letters = 0;
  guint col = 0;

  for (; p < end && (guint) (*p - 'A') < 26; p++)
    {
      if (++letters > 3)
        return FALSE;
      col = col * 26 + (guint) (*p - 'A' + 1);
    }
  if (letters == 0 || p == end || *p == '0' || end - p > 7)
    return FALSE;
  for (const guchar *digit = p; digit < end; digit++)
    if ((guint) (*digit - '0') > 9)
      return FALSE;
  /* A row of six digits at most is always in range; seven are compared as
   * text, which for digits of the same length orders them as numbers. */
  G_STATIC_ASSERT (INOVDA_SPREADSHEET_MAX_ROWS == 1048576);
  if ((end - p == 7 && memcmp (p, "1048576", 7) > 0) || col > INOVDA_SPREADSHEET_MAX_COLUMNS)
    return FALSE;
  *column = col - 1;
  return TRUE;
}

static gboolean
parse_index_length (const char *text,
                    gsize length,
                    guint64 *index)
{
  guint64 result = 0;

  if (length == 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]) || result > G_MAXUINT32)
        return FALSE;
      result = result * 10 + (guint64) (text[i] - '0');
    }
  *index = result;
  return TRUE;
}

/* The value of the unprefixed attribute @name, or NULL; an attribute with
 * an invalid reference reads as "". */
static const char *
find_attribute (SheetReader *reader,
                const InovdaXmlAttribute *attributes,
                guint n_attributes,
                const char *name,
                gsize *length)
{
  for (guint i = 0; i < n_attributes; i++)
    if (!attributes[i].prefixed && attributes[i].name_length == strlen (name) &&
        memcmp (attributes[i].name, name, attributes[i].name_length) == 0)
      {
        const char *value = inovda_xml_attribute_value (&attributes[i], reader->attribute_scratch, length);

        if (value == NULL)
          *length = 0;
        return value != NULL ? value : "";
      }
  return NULL;
}

static gboolean
start_row (SheetReader *reader,
           const InovdaXmlAttribute *attributes,
           guint n_attributes,
           gboolean empty,
           GError **error)
{
  guint row = reader->next_row;
  gsize length;
  const char *value = find_attribute (reader, attributes, n_attributes, "r", &length);

  if (value != NULL)
    {
      guint64 number;

      if (!parse_index_length (value, length, &number) || number == 0 || number > INOVDA_SPREADSHEET_MAX_ROWS)
        return markup_error (reader, error, _ ("A row has an invalid number"));
      if (number - 1 < reader->next_row)
        return markup_error (reader, error, _ ("The rows are out of order or a row appears twice"));
      row = (guint) number - 1;
    }

  if (row >= INOVDA_SPREADSHEET_MAX_ROWS)
    return markup_error (reader, error, _ ("The sheet has more rows than a spreadsheet may have"));

  reader->row = row;
  reader->next_row = row + 1;
  reader->next_column = 0;
  reader->in_row = !empty;
  return TRUE;
}

static G_GNUC_NO_INLINE gboolean
end_row (SheetReader *reader,
         GError **error)
{
  reader->in_row = FALSE;
  return _inovda_spreadsheet_emit_row (reader->book, reader->sheet, reader->row, &reader->row_buffer,
                                       reader->func, reader->user_data, reader->cancellable, error);
}

static gboolean
read_cell_attributes (SheetReader *reader,
                      const InovdaXmlAttribute *attributes,
                      guint n_attributes,
                      GError **error)
{
  guint column = reader->next_column;

  reader->kind = CELL_NUMBER;
  reader->style = 0;

  for (guint i = 0; i < n_attributes; i++)
    {
      const InovdaXmlAttribute *attribute = &attributes[i];
      const char *value;
      gsize length;

      if (attribute->name_length != 1 || attribute->prefixed)
        continue;
      value = inovda_xml_attribute_value (attribute, reader->attribute_scratch, &length);
      if (value == NULL)
        return markup_error (reader, error, _ ("A cell has an invalid reference"));

      if (attribute->name[0] == 'r')
        {
          guint row;
          gboolean has_row;

          if (!parse_plain_reference (value, length, &column) &&
              !_inovda_cell_reference_parse (value, length, &row, &has_row, &column))
            return markup_error (reader, error, _ ("A cell has an invalid reference"));
        }
      else if (attribute->name[0] == 's')
        {
          guint64 number;

          if (!parse_index_length (value, length, &number))
            return markup_error (reader, error, _ ("A cell has an invalid format number"));
          reader->style = (guint) MIN (number, G_MAXUINT);
        }
      else if (attribute->name[0] == 't' && !parse_cell_kind (value, length, &reader->kind))
        {
          g_autofree char *type = g_utf8_make_valid (value, (gssize) MIN (length, 64));

          reader->column = column;
          return cell_error (reader, error,
                             /* Translators: %s is the type found in the file */
                             _ ("The cell has an unknown type “%s”"),
                             type);
        }
    }

  if (column >= INOVDA_SPREADSHEET_MAX_COLUMNS)
    return markup_error (reader, error, _ ("The sheet has more columns than a spreadsheet may have"));
  reader->column = column;
  reader->next_column = column + 1;
  return TRUE;
}

/* Out of line, as are finish_cell and end_row: the handlers of the other
 * tags are then short. */
static G_GNUC_NO_INLINE gboolean
start_cell (SheetReader *reader,
            const InovdaXmlAttribute *attributes,
            guint n_attributes,
            gboolean empty,
            GError **error)
{
  guint n_styles = reader->xlsx->xf_kinds->len;

  if (!reader->in_row)
    return markup_error (reader, error, _ ("A cell lies outside a row"));
  if (!read_cell_attributes (reader, attributes, n_attributes, error))
    return FALSE;
  if (++reader->n_cells > reader->book->limits.max_cells)
    return cell_error (reader, error,
                       /* Translators: %llu is a number of cells */
                       _ ("The sheet has more than %llu cells, more than Inovda accepts"),
                       (unsigned long long) reader->book->limits.max_cells);
  if (reader->style >= n_styles && (reader->style > 0 || n_styles > 0))
    return cell_error (reader, error,
                       /* Translators: the first number is a position in a list, the second the list's length */
                       _ ("The cell uses cell format number %u, but the workbook defines only %u; "
                          "the file is damaged"),
                       reader->style, n_styles);

  _inovda_string_clear (reader->value);
  _inovda_string_clear (reader->formula);
  reader->text_start = reader->row_buffer.text->len;
  reader->in_cell = !empty;
  return TRUE;
}

static gboolean
add_merge (SheetReader *reader,
           const InovdaXmlAttribute *attributes,
           guint n_attributes,
           GError **error)
{
  GArray *merges = ((InovdaSheet *) g_ptr_array_index (reader->book->sheets, reader->sheet))->merges;
  gsize length;
  const char *ref = find_attribute (reader, attributes, n_attributes, "ref", &length);
  const char *colon;
  const char *second;
  gsize second_length;
  InovdaCellRange range;
  gboolean has_first_row, has_last_row;

  if (ref == NULL)
    return TRUE;
  colon = memchr (ref, ':', length);
  second = colon != NULL ? colon + 1 : ref;
  second_length = colon != NULL ? length - (gsize) (second - ref) : length;
  if (!_inovda_cell_reference_parse (ref, colon != NULL ? (gsize) (colon - ref) : length,
                                     &range.first_row, &has_first_row, &range.first_column) ||
      !_inovda_cell_reference_parse (second, second_length, &range.last_row, &has_last_row, &range.last_column) ||
      !has_first_row || !has_last_row)
    {
      g_autofree char *shown = g_utf8_make_valid (ref, (gssize) MIN (length, 64));
      /* Translators: %s is the reference found, such as A:A */
      g_autofree char *message = g_strdup_printf (_ ("The merged range “%s” is not a reference such as A1:C1"), shown);

      return markup_error (reader, error, message);
    }
  if (merges->len >= MAX_MERGES)
    return markup_error (reader, error, _ ("The sheet has more merged ranges than Inovda accepts"));

  if (range.first_row > range.last_row)
    {
      guint swap = range.first_row;
      range.first_row = range.last_row;
      range.last_row = swap;
    }
  if (range.first_column > range.last_column)
    {
      guint swap = range.first_column;
      range.first_column = range.last_column;
      range.last_column = swap;
    }
  g_array_append_val (merges, range);
  return TRUE;
}

static gboolean
capture_text (SheetReader *reader,
              Capture capture,
              const char *text,
              gsize length,
              GError **error)
{
  GString *target;
  gsize start = 0;

  switch (capture)
    {
    case CAPTURE_VALUE:
      target = reader->value;
      break;
    case CAPTURE_TEXT:
      target = reader->row_buffer.text;
      start = reader->text_start;
      break;
    case CAPTURE_FORMULA:
      if (reader->formula->len <= MAX_FORMULA_TEXT)
        g_string_append_len (reader->formula, text, (gssize) MIN (length, MAX_FORMULA_TEXT + 1));
      return TRUE;
    case CAPTURE_NONE:
    default:
      return TRUE;
    }

  if (target->len - start + length > INOVDA_SPREADSHEET_MAX_CELL_TEXT)
    return cell_error (reader, error, _ ("The cell holds more than 32,767 characters"));
  _inovda_string_append (target, text, length);
  return TRUE;
}

static gboolean
sheet_text (gpointer user_data,
            const char *text,
            gsize length,
            GError **error)
{
  SheetReader *reader = user_data;

  return capture_text (reader, reader->capture, text, length, error);
}

/* ` r="B7"`, ` s="3"` or ` t="s"` at @q: fills @attribute and returns
 * what follows, or NULL for anything else. */
static inline const char *
take_plain_attribute (const char *q,
                      InovdaXmlAttribute *attribute)
{
  const char *v = q + 4;

  if (q[0] != ' ' || (q[1] != 'r' && q[1] != 's' && q[1] != 't') || q[2] != '=' || q[3] != '"')
    return NULL;
  /* Letters and digits are all that the values of r, s and t hold. */
  while (g_ascii_isalnum (*v))
    v++;
  if (*v != '"')
    return NULL;
  attribute->name = q + 1;
  attribute->name_length = 1;
  attribute->value = q + 4;
  attribute->value_length = (gsize) (v - q - 4);
  attribute->has_reference = FALSE;
  attribute->prefixed = FALSE;
  return v + 1;
}

/* Nearly every cell of a worksheet is written in one of a few forms:
 *   <c r="B7" s="3" t="inlineStr"><is><t>text</t></is></c>
 *   <c r="B7" s="3" t="s"><v>12</v></c>
 *   <c r="B7" s="3"/>
 * Such a cell, whole in the scanner's buffer, is read here in one pass
 * rather than as up to six tags of the scanner, through the same
 * start_cell, capture_text and finish_cell. Anything else (another
 * attribute, a space or a quote of another kind, a reference, a formula,
 * rich text, a cell cut by the end of the buffer) is left to the
 * scanner, which reads every form. */
static gssize
take_cell (gpointer user_data,
           const char *start,
           const char *end,
           GError **error)
{
  SheetReader *reader = user_data;
  InovdaXmlAttribute attributes[3];
  guint n_attributes = 0;
  const char *q = start + 2;
  const char *text;
  const char *stop;
  const char *close;
  gsize close_length;
  Capture capture;

  if (start[1] != 'c' || start[2] != ' ' || !reader->in_row || reader->in_cell || !reader->in_sheet_data)
    return 0;
  while (*q == ' ')
    {
      if (n_attributes == G_N_ELEMENTS (attributes))
        return 0;
      q = take_plain_attribute (q, &attributes[n_attributes]);
      if (q == NULL)
        return 0;
      for (guint i = 0; i < n_attributes; i++)
        if (attributes[i].name[0] == attributes[n_attributes].name[0])
          return 0;
      n_attributes++;
    }
  if (q >= end)
    return 0;

  if (q[0] == '/' && q[1] == '>' && q + 2 <= end)
    {
      if (!start_cell (reader, attributes, n_attributes, TRUE, error))
        return -1;
      return q + 2 - start;
    }
  if (*q++ != '>')
    return 0;
  if (memcmp (q, "<v>", 3) == 0)
    {
      text = q + 3;
      close = "</v></c>";
      capture = CAPTURE_VALUE;
    }
  else if (memcmp (q, "<is><t>", 7) == 0)
    {
      text = q + 7;
      close = "</t></is></c>";
      capture = CAPTURE_TEXT;
    }
  else if (memcmp (q, "</c>", 4) == 0)
    {
      text = q;
      close = "</c>";
      capture = CAPTURE_NONE;
    }
  else
    return 0;
  close_length = strlen (close);
  stop = _inovda_xml_find_text_stop (text, end);
  if (stop >= end || (gsize) (end - stop) < close_length || memcmp (stop, close, close_length) != 0)
    return 0;

  if (!start_cell (reader, attributes, n_attributes, FALSE, error) ||
      !capture_text (reader, capture, text, (gsize) (stop - text), error))
    return -1;
  reader->in_cell = FALSE;
  if (!finish_cell (reader, error))
    return -1;
  return stop + close_length - start;
}

static G_GNUC_NO_INLINE gboolean
next_row (SheetReader *reader,
          const InovdaXmlAttribute *attributes,
          guint n_attributes,
          gboolean empty,
          GError **error)
{
  if (reader->in_row && !end_row (reader, error))
    return FALSE;
  if (!start_row (reader, attributes, n_attributes, empty, error))
    return FALSE;
  return reader->in_row || end_row (reader, error);
}

static void
cell_start_element (SheetReader *reader,
                    const char *name,
                    gsize length,
                    gboolean empty)
{
  if (name_is (name, length, "v"))
    set_capture (reader, empty ? CAPTURE_NONE : CAPTURE_VALUE);
  else if (name_is (name, length, "f"))
    set_capture (reader, empty ? CAPTURE_NONE : CAPTURE_FORMULA);
  else if (name_is (name, length, "is"))
    reader->in_inline = !empty;
  else if (name_is (name, length, "rPh"))
    reader->in_phonetic = !empty;
  else if (name_is (name, length, "t") && reader->in_inline && !reader->in_phonetic)
    set_capture (reader, empty ? CAPTURE_NONE : CAPTURE_TEXT);
}

static G_GNUC_NO_INLINE gboolean
start_outside_sheet_data (SheetReader *reader,
                          const char *name,
                          gsize length,
                          const InovdaXmlAttribute *attributes,
                          guint n_attributes,
                          gboolean empty,
                          GError **error)
{
  if (name_is (name, length, "sheetData"))
    reader->in_sheet_data = !empty;
  else if (name_is (name, length, "mergeCell"))
    return add_merge (reader, attributes, n_attributes, error);
  return TRUE;
}

/* Called for every tag: the rare cases are out of line, so that the common
 * ones need no registers saved. */
static gboolean
sheet_start_element (gpointer user_data,
                     const char *name,
                     gsize length,
                     const InovdaXmlAttribute *attributes,
                     guint n_attributes,
                     gboolean empty,
                     GError **error)
{
  SheetReader *reader = user_data;

  if (reader->in_cell)
    {
      cell_start_element (reader, name, length, empty);
      return TRUE;
    }
  if (G_UNLIKELY (!reader->in_sheet_data))
    return start_outside_sheet_data (reader, name, length, attributes, n_attributes, empty, error);

  if (name_is (name, length, "c"))
    return start_cell (reader, attributes, n_attributes, empty, error);
  if (name_is (name, length, "row"))
    return next_row (reader, attributes, n_attributes, empty, error);
  return TRUE;
}

static gboolean
sheet_end_element (gpointer user_data,
                   const char *name,
                   gsize length,
                   GError **error)
{
  SheetReader *reader = user_data;

  if (reader->in_cell)
    {
      if (name_is (name, length, "c"))
        {
          reader->in_cell = FALSE;
          set_capture (reader, CAPTURE_NONE);
          reader->in_inline = FALSE;
          reader->in_phonetic = FALSE;
          return finish_cell (reader, error);
        }
      if (name_is (name, length, "v") || name_is (name, length, "f") || name_is (name, length, "t"))
        set_capture (reader, CAPTURE_NONE);
      else if (name_is (name, length, "rPh"))
        reader->in_phonetic = FALSE;
      else if (name_is (name, length, "is"))
        reader->in_inline = FALSE;
      return TRUE;
    }
  if (name_is (name, length, "row") && reader->in_row)
    return end_row (reader, error);
  if (name_is (name, length, "sheetData"))
    reader->in_sheet_data = FALSE;
  return TRUE;
}

static gssize
sheet_read (gpointer source,
            char *buffer,
            gsize size,
            GError **error)
{
  InovdaXlsxPart *part = source;
  int n;

  if (g_cancellable_set_error_if_cancelled (part->cancellable, error))
    return -1;
  n = _inovda_xlsx_part_read (part, buffer, (int) MIN (size, (gsize) G_MAXINT));
  if (n < 0)
    {
      g_propagate_error (error, g_steal_pointer (&part->read_error));
      return -1;
    }
  return n;
}

/* Gives the scanner's own errors a location and a message for people. */
static void
locate_scan_error (SheetReader *reader,
                   GError **error)
{
  g_autoptr (GError) scan_error = NULL;
  int line;

  if (error == NULL || *error == NULL || (*error)->domain != INOVDA_XML_SCAN_ERROR)
    return;
  scan_error = g_steal_pointer (error);
  line = inovda_xml_scanner_get_line (reader->scanner);
  if (scan_error->code == INOVDA_XML_SCAN_ERROR_DOCTYPE)
    _inovda_xlsx_set_doctype_error (reader->part, line, error);
  else
    {
      /* Translators: %s is the XML parser's explanation */
      g_autofree char *message = g_strdup_printf (_ ("This part of the workbook is damaged (%s)"), scan_error->message);

      markup_error (reader, error, message);
    }
}

typedef struct
{
  InovdaSpreadsheet *book;
  guint sheet;
  GCancellable *cancellable;
} SheetJob;

/* Batches a sheet read ahead may fill while the caller still works through
 * the sheet before it: 20 MB of Indikator SID's rows (1.2 MB a batch),
 * never more than about 33 MB whatever the sheet (inovda-row-pipe.c);
 * the pipe keeps its batches once the caller reads the sheet. The parser
 * of Indikator SID is faster than the import's storing of its rows, so
 * a deeper read-ahead only holds more memory: 16 and 64 batches import
 * the national workbook in the same time, in 78 and 190 MB. */
#define READ_AHEAD_BATCHES 16

static gboolean read_sheet_rows (gpointer data,
                                 InovdaRowFunc func,
                                 gpointer user_data,
                                 GError **error);
static gboolean parse_sheet (SheetJob *job,
                             InovdaRowFunc func,
                             gpointer user_data,
                             GError **error);

static SheetJob *
sheet_job_new (InovdaSpreadsheet *book,
               guint sheet,
               GCancellable *cancellable)
{
  SheetJob *job = g_new0 (SheetJob, 1);

  job->book = book;
  job->sheet = sheet;
  job->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  return job;
}

static void
sheet_job_free (gpointer data)
{
  SheetJob *job = data;

  g_clear_object (&job->cancellable);
  g_free (job);
}

/* The sheet read after @sheet, if the caller said, and not yet started;
 * never @sheet itself, which is being read (announced twice in a row):
 * two readers of one sheet would both fill in its merges. */
static int
next_in_read_order (InovdaSpreadsheet *book,
                    guint sheet)
{
  GArray *order = book->read_order;

  for (guint i = 0; order != NULL && i + 1 < order->len; i++)
    if (g_array_index (order, guint, i) == sheet)
      {
        guint next = g_array_index (order, guint, i + 1);

        return next < book->sheets->len && next != sheet && book->read_ahead[next] == NULL ? (int) next : -1;
      }
  return -1;
}

/* Starts reading the sheet after @sheet in the announced order, unless it
 * is being read already. While @sheet's own parser runs, the new one is
 * held until that ends (sheet_parsed) or the caller reaches its sheet:
 * three busy threads on two cores would take from the caller's thread,
 * the import's longest, and the parser it waits for. */
static void
read_ahead (InovdaSpreadsheet *book,
            guint sheet,
            GCancellable *cancellable)
{
  int next;

  g_mutex_lock (&book->read_ahead_lock);
  next = next_in_read_order (book, sheet);
  if (next >= 0 && !g_cancellable_is_cancelled (cancellable))
    {
      SheetJob *job = sheet_job_new (book, (guint) next, cancellable);

      book->parsed[next] = FALSE;
      book->read_ahead[next] =
          _inovda_row_pipe_start (read_sheet_rows, job, sheet_job_free, READ_AHEAD_BATCHES, !book->parsed[sheet]);
      if (book->read_ahead[next] == NULL)
        sheet_job_free (job);
    }
  g_mutex_unlock (&book->read_ahead_lock);
}

/* Called by the parser of @sheet as it ends: lets the sheet read ahead
 * begin. */
static void
sheet_parsed (InovdaSpreadsheet *book,
              guint sheet)
{
  g_mutex_lock (&book->read_ahead_lock);
  if (book->read_ahead != NULL)
    {
      book->parsed[sheet] = TRUE;
      for (guint i = 0; i < book->sheets->len; i++)
        if (book->read_ahead[i] != NULL)
          _inovda_row_pipe_release (book->read_ahead[i]);
    }
  g_mutex_unlock (&book->read_ahead_lock);
}

/* Any sheet being read ahead, taken from the book; NULL when none is. */
static InovdaRowPipe *
take_read_ahead (InovdaSpreadsheet *book)
{
  g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&book->read_ahead_lock);

  for (guint i = 0; book->read_ahead != NULL && i < book->sheets->len; i++)
    if (book->read_ahead[i] != NULL)
      return g_steal_pointer (&book->read_ahead[i]);
  return NULL;
}

void
_inovda_xlsx_discard_read_ahead (InovdaSpreadsheet *book)
{
  InovdaRowPipe *pipe;

  while ((pipe = take_read_ahead (book)) != NULL)
    _inovda_row_pipe_discard (pipe);
}

/* Runs in the row pipe's worker thread. */
static gboolean
read_sheet_rows (gpointer data,
                 InovdaRowFunc func,
                 gpointer user_data,
                 GError **error)
{
  SheetJob *job = data;
  gboolean ok = parse_sheet (job, func, user_data, error);

  sheet_parsed (job->book, job->sheet);
  return ok;
}

static gboolean
parse_sheet (SheetJob *job,
             InovdaRowFunc func,
             gpointer user_data,
             GError **error)
{
  static const InovdaXmlScannerHandlers handlers = {
    .start_element = sheet_start_element,
    .end_element = sheet_end_element,
    .text = sheet_text,
    .take_element = take_cell,
  };
  InovdaSheet *info = g_ptr_array_index (job->book->sheets, job->sheet);
  g_autoptr (InovdaXlsxPart) part = NULL;
  SheetReader reader = { 0 };
  gboolean ok;

  g_array_set_size (info->merges, 0);
  if (!_inovda_xlsx_part_open_entry (job->book, info->part, TRUE, job->cancellable, &part, error))
    return FALSE;

  reader.book = job->book;
  reader.xlsx = job->book->xlsx;
  reader.sheet = job->sheet;
  reader.part = part;
  reader.func = func;
  reader.user_data = user_data;
  reader.cancellable = job->cancellable;
  reader.value = g_string_sized_new (64);
  reader.formula = g_string_sized_new (MAX_FORMULA_TEXT + 1);
  reader.scratch = g_string_sized_new (64);
  reader.attribute_scratch = g_string_sized_new (64);
  reader.scanner = inovda_xml_scanner_new (sheet_read, part, &handlers, &reader);
  _inovda_row_buffer_init (&reader.row_buffer);

  ok = inovda_xml_scanner_run (reader.scanner, error) && _inovda_xlsx_part_finish (part, error);
  if (!ok)
    locate_scan_error (&reader, error);
  g_clear_pointer (&part, _inovda_xlsx_part_free);

  _inovda_row_buffer_clear (&reader.row_buffer);
  inovda_xml_scanner_free (reader.scanner);
  g_string_free (reader.value, TRUE);
  g_string_free (reader.formula, TRUE);
  g_string_free (reader.scratch, TRUE);
  g_string_free (reader.attribute_scratch, TRUE);
  return ok;
}

gboolean
_inovda_xlsx_read_sheet (InovdaSpreadsheet *self,
                         guint sheet,
                         InovdaRowFunc func,
                         gpointer user_data,
                         GCancellable *cancellable,
                         GError **error)
{
  InovdaSheet *info = g_ptr_array_index (self->sheets, sheet);
  SheetJob job = { self, sheet, cancellable };
  InovdaRowPipe *pipe;

  g_mutex_lock (&self->read_ahead_lock);
  pipe = self->read_ahead != NULL ? g_steal_pointer (&self->read_ahead[sheet]) : NULL;
  /* Its parser starts below. */
  if (pipe == NULL && self->read_ahead != NULL)
    self->parsed[sheet] = FALSE;
  g_mutex_unlock (&self->read_ahead_lock);
  /* Out of the announced order: what was read ahead is of no use. */
  if (pipe == NULL)
    _inovda_xlsx_discard_read_ahead (self);
  /* The next sheet is read while this one is: whichever of the two
   * threads waits for the caller leaves the processor to the other. */
  read_ahead (self, sheet, cancellable);

  if (pipe != NULL ? _inovda_row_pipe_finish (pipe, func, user_data, cancellable, error)
                   : _inovda_row_pipe_run (read_sheet_rows, &job, func, user_data, cancellable, error))
    return TRUE;
  g_array_set_size (info->merges, 0);
  return FALSE;
}
