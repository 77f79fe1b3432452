#!/usr/bin/python3
# make-fixtures.py
#
# Copyright 2026 The Inovda authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the fixtures of tests/test-spreadsheet.c in this folder.

    /usr/bin/python3 tests/data/spreadsheet/make-fixtures.py [--only-handmade]
    /usr/bin/python3 tests/data/spreadsheet/make-fixtures.py --benchmark OUT.xlsx

Hand-made files are written with the standard zipfile module. The files of
other programs need python3-openpyxl (Debian's, so the system interpreter),
libreoffice-calc-nogui (soffice) and gnumeric (ssconvert); a missing program
is reported and its files are kept as they are. --benchmark writes a
100,000 rows x 10 columns workbook for measuring the reader; it is not
committed.
"""

import datetime
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '</Types>')


def path(name):
    return os.path.join(HERE, name)


def write_zip(name, parts, stored=()):
    """parts: list of (entry name, text or bytes); entries in stored are not compressed."""
    with zipfile.ZipFile(path(name), "w") as archive:
        for entry, data in parts:
            info = zipfile.ZipInfo(entry, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED if entry in stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def relationships(rels, rel_ns=REL):
    body = ""
    for rel_id, kind, target, *mode in rels:
        extra = ' TargetMode="External"' if mode else ""
        body += ('<Relationship Id="%s" Type="%s/%s" Target="%s"%s/>'
                 % (rel_id, rel_ns, kind, target, extra))
    return DECL + '<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL, body)


def workbook(sheets, date1904=None, ns=MAIN, rel_ns=REL):
    pr = '<workbookPr date1904="%s"/>' % date1904 if date1904 is not None else ""
    body = "".join('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (name, i + 1, rel_id)
                   for i, (name, rel_id) in enumerate(sheets))
    return DECL + ('<workbook xmlns="%s" xmlns:r="%s">%s<sheets>%s</sheets></workbook>'
                   % (ns, rel_ns, pr, body))


def styles(formats=(), xfs=(0,)):
    fmts = "".join('<numFmt numFmtId="%d" formatCode="%s"/>' % (i, code.replace('"', "&quot;"))
                   for i, code in formats)
    fmts = '<numFmts count="%d">%s</numFmts>' % (len(formats), fmts) if formats else ""
    cell_xfs = "".join('<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"/>' % f
                       for f in xfs)
    # A dxf numFmt must not be taken for a cell format.
    return DECL + (
        '<styleSheet xmlns="%s">%s<fonts count="1"><font><sz val="11"/></font></fonts>'
        '<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>'
        '<cellXfs count="%d">%s</cellXfs>'
        '<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="yyyy"/></dxf></dxfs>'
        '</styleSheet>' % (MAIN, fmts, len(xfs), cell_xfs))


def shared_strings(items):
    """items: plain text, or the inner XML of <si> when it starts with "<"."""
    body = "".join("<si>%s</si>" % (item if item.startswith("<") else "<t>%s</t>" % item)
                   for item in items)
    return DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
        MAIN, len(items), len(items), body)


def worksheet(rows, after=""):
    return DECL + ('<worksheet xmlns="%s" xmlns:r="%s"><sheetData>%s</sheetData>%s</worksheet>'
                   % (MAIN, REL, rows, after))


def simple_book(name, sheet_xml, strings=None, style_xml=None, date1904=None, extra=(),
                stored=()):
    """One sheet "Sheet1" at xl/worksheets/sheet1.xml."""
    rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    if style_xml is not None:
        rels.append(("rId2", "styles", "styles.xml"))
    if strings is not None:
        rels.append(("rId3", "sharedStrings", "sharedStrings.xml"))
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([("Sheet1", "rId1")], date1904)),
        ("xl/_rels/workbook.xml.rels", relationships(rels)),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    if style_xml is not None:
        parts.append(("xl/styles.xml", style_xml))
    if strings is not None:
        parts.append(("xl/sharedStrings.xml", strings if isinstance(strings, str)
                      else shared_strings(strings)))
    write_zip(name, parts + list(extra), stored)


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


# Hand-made edge cases

def make_edge_cases():
    """x: prefixes, rel: prefix, absolute and ../ targets, SharedStrings.xml
    with a capital S, date1904="1", rows and cells without r, shared
    formulas, t="e", t="str", t="d", <v/>, 1E-3, rich and phonetic runs,
    [$-421] dates, a chart sheet, a hidden sheet, an External relationship,
    merged cells and sheet order unlike the file names."""
    x = 'xmlns:x="%s"' % MAIN
    wb = DECL + (
        '<x:workbook %s xmlns:rel="%s"><x:workbookPr date1904="1"/><x:sheets>'
        '<x:sheet name="Data" sheetId="1" rel:id="rId3"/>'
        '<x:sheet name="Grafik" sheetId="2" rel:id="rId4"/>'
        '<x:sheet name="Tersembunyi" sheetId="3" state="hidden" rel:id="rId5"/>'
        '<x:sheet name="O&apos;Brien &amp; Co" sheetId="4" rel:id="rId6"/>'
        '</x:sheets></x:workbook>' % (x, REL))
    # The External relationship comes first: taken for the shared strings,
    # it would point at a missing part.
    wb_rels = relationships([
        ("rId7", "sharedStrings", "../../../../etc/passwd", "External"),
        ("rId1", "styles", "styles.xml"),
        ("rId2", "sharedStrings", "/xl/SharedStrings.xml"),
        ("rId3", "worksheet", "worksheets/sheet2.xml"),
        ("rId4", "chartsheet", "chartsheets/sheet1.xml"),
        ("rId5", "worksheet", "../xl/worksheets/./sheet3.xml"),
        ("rId6", "worksheet", "/xl/worksheets/sheet1.xml"),
    ])
    sst = DECL + (
        '<x:sst %s count="6" uniqueCount="6">'
        '<x:si><x:t>Nama</x:t></x:si>'
        '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Inovasi </x:t></x:r>'
        '<x:r><x:t>Daerah</x:t></x:r></x:si>'
        '<x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh>'
        '<x:phoneticPr fontId="1"/></x:si>'
        '<x:si><x:t/></x:si>'
        '<x:si><x:t>Satu_x000D_&#10;Dua A_x005F_x0041_B</x:t></x:si>'
        '<x:si><x:t xml:space="preserve">  spasi  </x:t></x:si>'
        '</x:sst>' % x)
    style = DECL + (
        '<x:styleSheet %s><x:numFmts count="1">'
        '<x:numFmt numFmtId="164" formatCode="[$-421]dd\\ mmmm\\ yyyy;@"/></x:numFmts>'
        '<x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="14"/>'
        '<x:xf numFmtId="164" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>' % x)
    data = DECL + (
        '<x:worksheet %s><x:dimension ref="A1:F9"/><x:sheetData>'
        '<x:row r="1">'
        '<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>'
        '<x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c>'
        '<x:c r="E1" t="s"><x:v>4</x:v></x:c><x:c r="F1" t="s"><x:v>5</x:v></x:c></x:row>'
        '<x:row>'
        '<x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:rPr><x:i/></x:rPr>'
        '<x:t>line</x:t></x:r><x:rPh sb="0" eb="1"><x:t>IN</x:t></x:rPh></x:is></x:c>'
        '<x:c t="str"><x:f>A2&amp;""</x:f><x:v>inline</x:v></x:c>'
        '<x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>'
        '<x:c t="d"><x:v>2020-08-15T00:00:00</x:v></x:c>'
        '<x:c><x:v/></x:c>'
        '<x:c><x:v>1E-3</x:v></x:c></x:row>'
        '<x:row r="4">'
        '<x:c r="A4" s="1"><x:v>43831</x:v></x:c>'
        '<x:c r="B4" s="2"><x:v>45351</x:v></x:c>'
        '<x:c r="C4"><x:v>3273012345678901</x:v></x:c>'
        '<x:c r="D4"><x:f t="shared" ref="D4:D6" si="0">C4*2</x:f><x:v>6546024691357802</x:v></x:c>'
        '</x:row>'
        '<x:row>'
        '<x:c t="b"><x:v>1</x:v></x:c>'
        '<x:c t="b"><x:f aca="false">TRUE()</x:f><x:v>1</x:v></x:c>'
        '<x:c t="str"><x:f>FALSE()</x:f><x:v>FALSE</x:v></x:c>'
        '<x:c><x:f t="shared" si="0"/><x:v>10</x:v></x:c>'
        '<x:c><x:f>C2*2</x:f><x:v></x:v></x:c>'
        '<x:c t="d"><x:v>2024-02-29T13:45:00</x:v></x:c></x:row>'
        '<x:row r="7"><x:c r="B7" t="n" s="0"><x:v>-2.50E+3</x:v></x:c>'
        '<x:c r="D7" t="e"><x:v>#N/A</x:v></x:c><x:c r="E7" s="1"/></x:row>'
        '</x:sheetData><x:mergeCells count="2"><x:mergeCell ref="A1:C1"/>'
        '<x:mergeCell ref="D7:E8"/></x:mergeCells></x:worksheet>' % x)
    hidden = worksheet('<row r="1">%s</row>' % inline("A1", "rahasia"))
    first = worksheet('<row r="2">%s</row>' % inline("B2", "O&apos;Brien"))
    write_zip("edge-cases.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "/xl/workbook.xml")])),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", wb_rels),
        ("xl/SharedStrings.xml", sst),
        ("xl/styles.xml", style),
        ("xl/Worksheets/Sheet2.xml", data),
        ("xl/worksheets/sheet3.xml", hidden),
        ("xl/worksheets/sheet1.xml", first),
        ("xl/chartsheets/sheet1.xml", DECL + '<chartsheet xmlns="%s"/>' % MAIN),
    ])


def make_strict():
    """Strict OOXML: other namespace URIs for the main namespace and the
    relationship types; date1904="true"."""
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")], STRICT_REL)),
        ("xl/workbook.xml", workbook([("Strict", "rId1")], "true", STRICT_MAIN, STRICT_REL)),
        ("xl/_rels/workbook.xml.rels", relationships([
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId2", "sharedStrings", "sharedStrings.xml"),
            ("rId3", "styles", "styles.xml")], STRICT_REL)),
        ("xl/sharedStrings.xml", DECL + '<sst xmlns="%s"><si><t>ketat</t></si></sst>' % STRICT_MAIN),
        ("xl/styles.xml", DECL + '<styleSheet xmlns="%s"><cellXfs count="2"><xf numFmtId="0"/>'
         '<xf numFmtId="14"/></cellXfs></styleSheet>' % STRICT_MAIN),
        ("xl/worksheets/sheet1.xml", DECL + (
            '<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
            '<c r="B1" s="1"><v>0</v></c><c r="C1" t="d"><v>2024-03-01</v></c></row>'
            '</sheetData></worksheet>' % STRICT_MAIN)),
    ]
    write_zip("strict.xlsx", parts)


DATE_FORMATS = [
    (164, "[$-421]dd\\ mmmm\\ yyyy;@"),
    (165, "yyyy\\-mm\\-dd\\ hh:mm"),
    (166, '"Tanggal "dd/mm/yyyy'),
    (167, '0.00\\ "hari"'),
    (168, "[h]:mm"),
    (169, "[Red]#,##0.00"),
    (171, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"),
    (172, "h:mm AM/PM"),
    (173, "m/d/yy"),
    (174, "General"),
    (175, "0.0E+00"),
    (176, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)'),
    (177, "dd/mm/yyyy hh:mm:ss"),
    (178, "mm:ss"),
    (179, "[mm]:ss"),
]

# (serial, numFmtId) per row, in the 1900 system; the test knows the results.
DATE_ROWS = [
    ("1", 14), ("59", 14), ("60", 14), ("61", 14), ("45351.57291666666", 22),
    ("0.5", 20), ("1.5", 46), ("45292", 164), ("45292.75", 165), ("45292", 166),
    ("3", 167), ("1.25", 168), ("45292", 169), ("45292", 171), ("0.75", 172),
    ("45292", 173), ("45292", 174), ("12345", 175), ("1500", 176),
    ("45292.999999", 177), ("0.000694444444", 178), ("0.5", 179), ("0", 14),
    ("-1", 14), ("2958466", 14), ("45292.9", 14), ("1E+4", 14), ("43831", 0),
]


def make_dates():
    xf_ids = [0] + sorted({f for _, f in DATE_ROWS if f != 0})
    rows = ""
    for i, (serial, fmt) in enumerate(DATE_ROWS, start=1):
        rows += ('<row r="%d">%s<c r="B%d" s="%d"><v>%s</v></c></row>'
                 % (i, inline("A%d" % i, "%s/%d" % (serial, fmt)), i, xf_ids.index(fmt), serial))
    n = len(DATE_ROWS)
    rows += '<row r="%d"><c r="B%d" t="d"><v>2024-03-01</v></c></row>' % (n + 1, n + 1)
    rows += '<row r="%d"><c r="B%d" t="d"><v>13:45:30.6</v></c></row>' % (n + 2, n + 2)
    rows += ('<row r="%d"><c r="B%d" t="d"><v>2024-12-31T23:59:59.7+07:00</v></c></row>'
             % (n + 3, n + 3))
    simple_book("dates-1900.xlsx", worksheet(rows), style_xml=styles(DATE_FORMATS, xf_ids),
                date1904="false")
    simple_book("dates-1904.xlsx",
                worksheet('<row r="1"><c r="A1" s="1"><v>43831</v></c>'
                          '<c r="B1" s="1"><v>0</v></c><c r="C1" s="1"><v>60</v></c></row>'),
                style_xml=styles((), (0, 14)), date1904="1")


# Broken and hostile files

def make_hostile():
    write_zip("not-xlsx.zip", [("readme.txt", "Bukan buku kerja.\n")])
    write_zip("document.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "word/document.xml")])),
        ("word/document.xml", DECL + '<w:document xmlns:w="http://schemas.openxmlformats.org/'
         'wordprocessingml/2006/main"><w:body/></w:document>'),
    ])
    write_zip("opendocument.ods", [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", DECL + "<office:document-content xmlns:office="
         "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
    ], stored=("mimetype",))

    ok_sheet = worksheet('<row r="1">%s<c r="B1"><v>12345</v></c></row>' % inline("A1", "baik"))
    simple_book("small.xlsx", ok_sheet)
    with open(path("small.xlsx"), "rb") as f:
        whole = f.read()
    with open(path("truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])

    # The value 12345 is stored uncompressed; 12346 breaks only the CRC.
    simple_book("crc.xlsx", ok_sheet, stored=("xl/worksheets/sheet1.xml",))
    with open(path("crc.xlsx"), "rb") as f:
        data = f.read()
    assert data.count(b"<v>12345</v>") == 1
    with open(path("crc.xlsx"), "wb") as f:
        f.write(data.replace(b"<v>12345</v>", b"<v>12346</v>"))

    # The same faults in a deflated part, which Inovda unpacks itself
    # where it is built with ISA-L: the entry is written stored and then
    # marked deflated, so that its bytes are exactly the stream given.
    sheet_bytes = ok_sheet.encode()
    whole_stream = raw_deflate(sheet_bytes)
    write_as_deflated("deflate-crc.xlsx", ok_sheet, whole_stream, zlib.crc32(sheet_bytes) ^ 1)
    write_as_deflated("deflate-damaged.xlsx", ok_sheet, b"\x07" + whole_stream[1:],
                      zlib.crc32(sheet_bytes))
    write_as_deflated("deflate-cut.xlsx", ok_sheet, whole_stream[: len(whole_stream) // 2],
                      zlib.crc32(sheet_bytes))

    padding = " " * (4 * 1024 * 1024)
    big_sheet = worksheet('<row r="1">%s</row>%s' % (inline("A1", "besar"), padding))
    simple_book("bomb-declared.xlsx", big_sheet)
    set_declared_size("bomb-declared.xlsx", "xl/worksheets/sheet1.xml", 0xC0000000)
    simple_book("bomb-lying.xlsx", big_sheet)
    set_declared_size("bomb-lying.xlsx", "xl/worksheets/sheet1.xml", 1000)
    simple_book("bomb-total.xlsx", worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                                             + " " * (600 * 1024)),
                strings=shared_strings(["besar"])[:-6] + " " * (600 * 1024) + "</sst>")

    lol = ['<!ENTITY lol "lol">'] + [
        '<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % (i - 1 if i > 1 else "")) * 10)
        for i in range(1, 10)]
    laughs = ('<?xml version="1.0"?>\n<!-- a comment - and <tags> -->\n<!DOCTYPE lolz [\n%s\n]>\n'
              '<sst xmlns="%s"><si><t>&lol9;</t></si></sst>' % ("\n".join(lol), MAIN))
    simple_book("billion-laughs.xlsx", ok_sheet, strings=laughs)
    xxe = ('<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n<!ENTITY xxe SYSTEM "file:///etc/hostname">'
           '\n]>\n<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;'
           '</t></is></c></row></sheetData></worksheet>' % MAIN)
    simple_book("xxe.xlsx", xxe)
    simple_book("xxe-utf16.xlsx",
                xxe.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
                .encode("utf-16"))

    # An Inovda sheet name on a chart sheet: listed, but not a worksheet.
    write_zip("chart-sheet.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([("Inovasi", "rId1"), ("Indikator SID", "rId2")])),
        ("xl/_rels/workbook.xml.rels", relationships([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                      ("rId2", "chartsheet", "chartsheets/sheet1.xml")])),
        ("xl/worksheets/sheet1.xml", ok_sheet),
        ("xl/chartsheets/sheet1.xml", DECL + '<chartsheet xmlns="%s"/>' % MAIN),
    ])

    simple_book("dotdot-entry.xlsx", ok_sheet, extra=[("../../inovda-evil.txt", "jahat\n")])
    escape = "../../../../tmp/inovda-evil/sheet1.xml"
    write_zip("dotdot-target.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([("Sheet1", "rId1")])),
        ("xl/_rels/workbook.xml.rels", relationships([("rId1", "worksheet", escape)])),
        (escape, ok_sheet),
    ])

    # The sheet of a million empty styled cells is written by the test:
    # deflate cannot make it a few kilobytes.

    simple_book("sst-range.xlsx",
                worksheet('<row r="5"><c r="B5" t="s"><v>2</v></c><c r="C5" t="s"><v>99</v></c></row>'),
                strings=["satu", "dua", "tiga"])
    simple_book("style-range.xlsx",
                worksheet('<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="57"><v>2</v></c></row>'),
                style_xml=styles((), (0, 14)))
    broken = DECL + ('<worksheet xmlns="%s">\n<sheetData>\n<row r="1">\n'
                     '<c r="A1"><v>1</v></row>\n</sheetData>\n</worksheet>\n' % MAIN)
    simple_book("not-well-formed.xlsx", broken)
    simple_book("bad-date.xlsx", worksheet('<row r="3"><c r="B3" t="d"><v>2023-02-29</v></c></row>'))
    simple_book("bad-number.xlsx", worksheet('<row r="2"><c r="A2"><v>12abc</v></c></row>'))
    simple_book("unknown-type.xlsx", worksheet('<row r="4"><c r="D4" t="x"><v>1</v></c></row>'))
    simple_book("rows-out-of-order.xlsx",
                worksheet('<row r="5"><c r="A5"><v>1</v></c></row>\n'
                          '<row r="3"><c r="A3"><v>2</v></c></row>'))
    simple_book("duplicate-cell.xlsx",
                worksheet('<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>2</v></c>'
                          '<c r="B2"><v>3</v></c></row>'))


def raw_deflate(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def write_as_deflated(name, sheet, stream, crc):
    """A small book whose sheet entry holds @stream, marked deflated, with
    @crc and the sheet's length as its CRC and size."""
    entry = "xl/worksheets/sheet1.xml"
    simple_book(name, stream, stored=(entry,))
    patch_entry(name, entry, method=8, crc=crc, size=len(sheet.encode()))


def set_declared_size(name, entry, size):
    """Overwrites the uncompressed size of @entry, as a forged archive would."""
    patch_entry(name, entry, size=size)


def patch_entry(name, entry, method=None, crc=None, size=None):
    """Overwrites the method, CRC or uncompressed size of @entry in its
    local header and in the central directory."""
    with open(path(name), "rb") as f:
        data = bytearray(f.read())
    encoded = entry.encode()
    patched = 0
    # signature, offsets of method, CRC, uncompressed size, name length, name
    headers = ((b"PK\x03\x04", 8, 14, 22, 26, 30), (b"PK\x01\x02", 10, 16, 24, 28, 46))
    for signature, method_at, crc_at, size_at, length_at, name_at in headers:
        start = 0
        while True:
            at = data.find(signature, start)
            if at < 0:
                break
            (name_length,) = struct.unpack_from("<H", data, at + length_at)
            if data[at + name_at: at + name_at + name_length] == encoded:
                if method is not None:
                    struct.pack_into("<H", data, at + method_at, method)
                if crc is not None:
                    struct.pack_into("<I", data, at + crc_at, crc)
                if size is not None:
                    struct.pack_into("<I", data, at + size_at, size)
                patched += 1
            start = at + 4
    assert patched == 2, patched
    with open(path(name), "wb") as f:
        f.write(data)


def make_csv():
    with open(path("bom-comma.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + (
            'Nama Inovasi,Perangkat Daerah,Tanggal\r\n'
            '"Sistem ""Cepat"", Tepat",Dinas Kesehatan,15/03/2024\r\n'
            '"Dua\r\nbaris",,2024-03-01\r\n'
            '\r\n'
            'Akhir,Bappeda,').encode("utf-8"))
    with open(path("semicolon.csv"), "wb") as f:
        f.write("Nama;Anggaran;Catatan\nPuskesmas Keliling;1,5;\"a;b\"\n".encode("utf-8"))
    with open(path("invalid-utf8.csv"), "wb") as f:
        f.write(b'Nama,Catatan\n"satu\ndua",ok\nbaik,baik\nCaf\xe9,x\n')
    with open(path("nul.csv"), "wb") as f:
        f.write(b'Nama,Catatan\nsatu,dua\ntiga,em\x00pat\n')
    with open(path("unterminated.csv"), "wb") as f:
        f.write(b'Nama,Catatan\nsatu,dua\ntiga,"tidak\nditutup\n')
    with open(path("utf16.csv"), "wb") as f:
        f.write("Nama,Catatan\r\nsatu,dua\r\n".encode("utf-16"))
    with open(path("notes.txt"), "wb") as f:
        f.write("Catatan rapat\nTidak ada pemisah di sini\n".encode("utf-8"))


# Files written by other programs

SOURCE_ROWS = [
    # nama, perangkat daerah, tanggal uji coba (date), tanggal penerapan (text),
    # anggaran, NIK, aktif
    ("Puskesmas Keliling", "Dinas Kesehatan", datetime.date(2024, 3, 1), "15/03/2024",
     1500000, 3273012345678901, True),
    ("Sistem Antrean Daring", "RSUD Ulin", datetime.date(2023, 11, 20), "01/12/2023",
     2750000.5, 6371010101010001, False),
    ("Lapor Cepat", "Diskominfo", datetime.date(2024, 2, 29), "29/02/2024",
     0.001, 6372020202020002, True),
]

HEADERS = ["Nama Inovasi", "Perangkat Daerah", "Tanggal Uji Coba", "Tanggal Penerapan",
           "Anggaran", "Anggaran x2", "NIK", "Aktif"]


def make_openpyxl_source(out, order):
    """A workbook with a merged title row, the headers in @order, real and
    text dates, a formula column and a second sheet."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Inovasi"
    sheet.cell(row=1, column=1, value="Daftar Inovasi Daerah")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(order))
    column = {name: order.index(name) + 1 for name in order}
    for name in order:
        sheet.cell(row=2, column=column[name], value=name)
    budget = get_column_letter(column["Anggaran"])
    for i, (nama, unit, trial, applied, anggaran, nik, aktif) in enumerate(SOURCE_ROWS):
        r = 3 + i
        values = {"Nama Inovasi": nama, "Perangkat Daerah": unit, "Tanggal Uji Coba": trial,
                  "Tanggal Penerapan": applied, "Anggaran": anggaran,
                  "Anggaran x2": "=%s%d*2" % (budget, r), "NIK": nik, "Aktif": aktif}
        for name in order:
            cell = sheet.cell(row=r, column=column[name], value=values[name])
            if name == "Tanggal Uji Coba":
                cell.number_format = "DD/MM/YYYY"
            elif name == "NIK":
                cell.number_format = "0"
    notes = book.create_sheet("Catatan")
    notes["A1"] = "Dibuat untuk pengujian"
    book.save(out)


def run(command, **kwargs):
    print("  $", " ".join(command))
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)


def make_real_files():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("python3-openpyxl is missing: real-program fixtures kept as they are")
        return

    make_openpyxl_source(path("openpyxl.xlsx"), HEADERS)
    with tempfile.TemporaryDirectory() as work:
        soffice = shutil.which("soffice")
        if soffice is None:
            print("soffice is missing (libreoffice-calc-nogui): LibreOffice fixtures kept")
        else:
            profile = "-env:UserInstallation=file://%s/lo-profile" % work
            order = ["Aktif", "NIK", "Nama Inovasi", "Tanggal Penerapan", "Anggaran x2",
                     "Anggaran", "Perangkat Daerah", "Tanggal Uji Coba"]
            source = os.path.join(work, "libreoffice.xlsx")
            make_openpyxl_source(source, order)
            outdir = os.path.join(work, "lo")
            run([soffice, profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                 "--outdir", outdir, source])
            shutil.copy(os.path.join(outdir, "libreoffice.xlsx"), path("libreoffice.xlsx"))
            run([soffice, profile, "--headless", "--convert-to",
                 "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false",
                 "--outdir", outdir, path("libreoffice.xlsx")])
            shutil.copy(os.path.join(outdir, "libreoffice.csv"), path("libreoffice.csv"))
            run([soffice, profile, "--headless", "--convert-to", "xls", "--outdir", outdir,
                 path("libreoffice.xlsx")])
            shutil.copy(os.path.join(outdir, "libreoffice.xls"), path("legacy.xls"))

        ssconvert = shutil.which("ssconvert")
        if ssconvert is None:
            print("ssconvert is missing (gnumeric): Gnumeric fixture kept")
        else:
            order = ["Perangkat Daerah", "Tanggal Penerapan", "Anggaran", "Nama Inovasi",
                     "Aktif", "Tanggal Uji Coba", "NIK", "Anggaran x2"]
            source = os.path.join(work, "gnumeric-source.xlsx")
            make_openpyxl_source(source, order)
            run([ssconvert, "--recalc", source, path("gnumeric.xlsx")],
                stderr=subprocess.DEVNULL)


# Benchmark input (not committed)

def make_benchmark(out, rows=100000, columns=10):
    """Half the columns are text from 5,000 distinct values, half numbers."""
    rng = random.Random(7)
    words = ["Inovasi %05d" % i for i in range(5000)]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")]))
        archive.writestr("xl/workbook.xml", workbook([("Data", "rId1")]))
        archive.writestr("xl/_rels/workbook.xml.rels", relationships([
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId2", "sharedStrings", "sharedStrings.xml"),
            ("rId3", "styles", "styles.xml")]))
        archive.writestr("xl/sharedStrings.xml", shared_strings(["<t>%s</t>" % w for w in words]))
        archive.writestr("xl/styles.xml", styles((), (0, 14)))
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(('%s<worksheet xmlns="%s"><sheetData>' % (DECL, MAIN)).encode())
            for r in range(1, rows + 1):
                cells = []
                for c in range(columns):
                    ref = "%s%d" % (chr(ord("A") + c), r)
                    if c % 2 == 0:
                        cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, rng.randrange(5000)))
                    elif c == 3:
                        cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, 44000 + rng.randrange(2000)))
                    else:
                        cells.append('<c r="%s"><v>%.2f</v></c>' % (ref, rng.random() * 1e6))
                sheet.write(('<row r="%d">%s</row>' % (r, "".join(cells))).encode())
            sheet.write(b"</sheetData></worksheet>")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--benchmark":
        make_benchmark(sys.argv[2])
        return
    make_edge_cases()
    make_strict()
    make_dates()
    make_hostile()
    make_csv()
    if "--only-handmade" not in sys.argv:
        make_real_files()


if __name__ == "__main__":
    main()
