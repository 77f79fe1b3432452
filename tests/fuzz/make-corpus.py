#!/usr/bin/env python3
# Writes the seed inputs of the fuzz targets into corpus/TARGET/ from the
# test fixtures and from exports of the demo portfolio.
#
#   tests/fuzz/make-corpus.py build/src/cli/inovda-cli
#
# Workbooks become "parts" inputs (see fuzz-input.h): their entries stored
# as text, without the theme and document properties the readers never
# open, each worksheet cut to its first rows so that the fuzzer's
# mutations stay cheap. Inputs that once found a defect are added by hand
# (crash-*), never by this script; it leaves them alone.

import csv
import io
import os
import re
import xml.etree.ElementTree as ET
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data')
CATALOGUES = os.path.join(HERE, '..', '..', 'data', 'methodology')
HEADER = b'INOVDA-PARTS\n'
MAX_ROWS = 12
SKIPPED = re.compile(r'^(docProps/|xl/theme/|xl/printerSettings/|xl/media/)')
ROW = re.compile(rb'<(?:\w+:)?row\b.*?</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>', re.S)


def cut_rows(xml):
    rows = list(ROW.finditer(xml))
    if len(rows) <= MAX_ROWS:
        return xml
    return xml[:rows[MAX_ROWS].start()] + xml[rows[-1].end():]


def parts(path):
    out = [HEADER]
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if SKIPPED.match(info.filename) or info.is_dir():
                continue
            content = archive.read(info)
            if re.search(r'worksheets/[^/]+\.xml$', info.filename, re.I):
                content = cut_rows(content)
            out.append(b'@@ ' + info.filename.encode() + b'\n' + content + b'\n')
    return b''.join(out).rstrip(b'\n')


def first_sheet_as_csv(path):
    """The first worksheet of one of our own exports (inline strings and
    numbers only) as UTF-8 CSV, cut as the parts are."""
    ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read('xl/worksheets/sheet1.xml'))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator='\n')
    for row in root.findall('.//m:sheetData/m:row', ns)[:MAX_ROWS]:
        cells = {}
        for cell in row.findall('m:c', ns):
            column = re.match(r'[A-Z]+', cell.get('r')).group(0)
            index = 0
            for letter in column:
                index = index * 26 + ord(letter) - 64
            text = ''.join(t.text or '' for t in cell.iter('{%s}t' % ns['m']))
            value = cell.find('m:v', ns)
            cells[index - 1] = text if value is None else value.text
        writer.writerow([cells.get(i, '') for i in range(max(cells) + 1)] if cells else [])
    return out.getvalue().encode()


def worksheets(path):
    """The worksheets of a workbook, cut as the parts are, each after the
    byte that sets fuzz-xml-scanner's chunk size."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if re.search(r'worksheets/[^/]+\.xml$', info.filename, re.I):
                yield info.filename, b'\x07' + cut_rows(archive.read(info))


def write(target, name, content):
    folder = os.path.join(HERE, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(content)


def is_zip(path):
    with open(path, 'rb') as f:
        return f.read(4) == b'PK\x03\x04'


def seed_files(target, folder, suffixes=('.xlsx', '.xls', '.csv', '.ods', '.zip', '.xml')):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(suffixes) or not os.path.isfile(path):
            continue
        with open(path, 'rb') as f:
            raw = f.read()
        if len(raw) <= 65536:
            write(target, name, raw)
        if name.endswith('.xlsx') and is_zip(path):
            try:
                content = parts(path)
            except Exception:
                continue  # damaged on purpose: kept as it is above
            if len(content) <= 131072:  # not the bombs
                write(target, name + '.parts', content)


def demo_exports(cli):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, 'demo.inovda')
        run = lambda *args: subprocess.run([cli, '--db', db, *args], check=True, capture_output=True)
        run('demo')
        files = {
            'demo-workbook.xlsx': ['export', '--format', 'workbook', '--region', '63.09'],
            'demo-ministry-list.xlsx': ['export', '--format', 'ministry-list', '--region', '63.09'],
            'demo-template.xlsx': ['template', '--unit', 'DISPORA', '--region', '63'],
            'demo-region.xml': ['export', '--format', 'xml', '--region', '63.06'],
        }
        for name, args in files.items():
            out = os.path.join(tmp, name)
            if args[0] == 'template':
                run('template', out, *args[1:])
            else:
                run('export', out, *args[1:])
            if name == 'demo-ministry-list.xlsx':
                write('fuzz-import', 'demo-ministry-list.csv', first_sheet_as_csv(out))
            if name.endswith('.xlsx'):
                for part, content in worksheets(out):
                    if len(content) <= 32768:
                        write('fuzz-xml-scanner', name + '-' + os.path.basename(part), content)
                write('fuzz-import', name + '.parts', parts(out))
                write('fuzz-spreadsheet', name + '.parts', parts(out))
            else:
                with open(out, 'rb') as f:
                    write('fuzz-import', name, f.read())


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: make-corpus.py PATH/TO/inovda-cli')
    seed_files('fuzz-spreadsheet', os.path.join(DATA, 'spreadsheet'))
    for name in ('libreoffice.xlsx', 'gnumeric.xlsx', 'openpyxl.xlsx', 'edge-cases.xlsx', 'strict.xlsx'):
        for part, content in worksheets(os.path.join(DATA, 'spreadsheet', name)):
            write('fuzz-xml-scanner', name + '-' + os.path.basename(part), content)
    seed_files('fuzz-import', os.path.join(DATA, 'exchange'))
    seed_files('fuzz-import', os.path.join(DATA, 'exchange-ui'))
    demo_exports(sys.argv[1])
    seed_files('fuzz-catalogue', os.path.join(DATA, 'catalogue'), ('.xml',))
    seed_files('fuzz-catalogue', CATALOGUES, ('.xml',))


if __name__ == '__main__':
    main()
