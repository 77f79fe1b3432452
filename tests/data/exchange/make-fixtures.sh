#!/bin/sh
# Makes libreoffice-moved.xlsx: the demo's submission template for 63/BAPENDA
# with its columns moved (written by test-exchange-workbook), then opened and
# saved again by LibreOffice Calc.
# usage: tests/data/exchange/make-fixtures.sh BUILD_DIR
set -eu
build=${1:?usage: make-fixtures.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

INOVDA_FIXTURE_OUT="$work/moved.xlsx" G_TEST_SRCDIR="$here/../.." LC_ALL=C.UTF-8 \
  "$build/tests/test-exchange-workbook" -p /inovda/exchange/workbook/make-fixture >/dev/null
mkdir "$work/lo"
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/lo" "$work/moved.xlsx" >/dev/null
cp "$work/lo/moved.xlsx" "$here/libreoffice-moved.xlsx"
