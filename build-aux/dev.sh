#!/usr/bin/env bash
# Sets up a Debian 12 machine for Inovda, builds it, and then either starts
# the application or runs every test.
#
#   build-aux/dev.sh run     install what is missing, build, start Inovda
#   build-aux/dev.sh test    install what is missing, build, run all tests
#   build-aux/dev.sh fuzz TARGET [SECONDS]
#                            run a fuzz target of tests/fuzz (clang, libFuzzer,
#                            AddressSanitizer) for SECONDS (default 600)
#
# BUILD_DIR (default: build) chooses the build folder.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}

PACKAGES=(
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libxml2-dev libzip-dev libisal-dev libxlsxwriter-dev libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream libxml2-utils python3 shared-mime-info
  fonts-cantarell fonts-dejavu-core
)
# Tests also compare with LibreOffice and openpyxl, inspect PDFs, parse the
# Flatpak manifests and format numbers in Indonesian; without these they
# skip those checks and say so.
TEST_PACKAGES=(xvfb xauth libreoffice-calc-nogui poppler-utils python3-openpyxl flatpak-builder locales)

install_missing () {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

as_root () {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

has_indonesian_locale () {
  locale -a 2>/dev/null | grep -qi '^id_ID\.utf-\?8$'
}

# The Indonesian locale, for the tests of decimal commas and dates and the
# Indonesian screenshots. Enabled in /etc/locale.gen, as Debian does it, so
# that a later locale-gen keeps it.
ensure_indonesian_locale () {
  has_indonesian_locale && return 0
  echo "Generating the id_ID.UTF-8 locale"
  as_root sh -c "grep -q '^id_ID.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'id_ID.UTF-8 UTF-8' >> /etc/locale.gen" || true
  as_root locale-gen --keep-existing >/dev/null || true
  has_indonesian_locale || echo "The id_ID.UTF-8 locale could not be generated: the Indonesian checks will run in English" >&2
}

configure () {
  if [ -f "$BUILD_DIR/build.ninja" ]; then
    meson setup --reconfigure "$BUILD_DIR" "$@" >/dev/null
  else
    rm -rf "$BUILD_DIR"
    meson setup "$BUILD_DIR" "$@"
  fi
}

case "${1:-}" in
  run)
    install_missing "${PACKAGES[@]}"
    configure
    ninja -C "$BUILD_DIR"
    # Run from the build tree: schemas and translations come from there.
    export GSETTINGS_SCHEMA_DIR="$PWD/$BUILD_DIR/data"
    export INOVDA_LOCALEDIR="$PWD/$BUILD_DIR/po"
    # The portfolio's MIME type, as an installed build has it. Without it GIO
    # reads a .inovda file to guess its type (the file chooser does), and
    # closing that read drops the application's own SQLite locks on it.
    mkdir -p "$BUILD_DIR/share/mime/packages"
    cp data/io.github.inovda.Inovda.mime.xml "$BUILD_DIR/share/mime/packages/"
    update-mime-database "$BUILD_DIR/share/mime"
    export XDG_DATA_DIRS="$PWD/$BUILD_DIR/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
    exec "$BUILD_DIR/src/ui/inovda" "${@:2}"
    ;;
  test)
    install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    ensure_indonesian_locale
    configure -Dwerror=true
    ninja -C "$BUILD_DIR"
    status=0
    # -noreset: by default Xvfb resets whenever its last client leaves, and a
    # UI test that connects during that reset fails with "cannot open display".
    xvfb-run -a -s '-noreset -screen 0 1280x1024x24' meson test -C "$BUILD_DIR" --print-errorlogs || status=$?
    python3 build-aux/test-summary.py "$BUILD_DIR/meson-logs/testlog.json"
    exit $status
    ;;
  fuzz)
    target=${2:?usage: $0 fuzz fuzz-spreadsheet|fuzz-import|fuzz-catalogue [SECONDS]}
    install_missing "${PACKAGES[@]}" clang
    BUILD_DIR=${BUILD_DIR_FUZZ:-build-fuzz}
    export CC=clang
    configure -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
    ninja -C "$BUILD_DIR" "tests/fuzz/$target"
    # New inputs go to the build folder; the committed seeds are read only.
    mkdir -p "$BUILD_DIR/corpus/$target"
    ASAN_OPTIONS=detect_leaks=0 "$BUILD_DIR/tests/fuzz/$target" \
      "$BUILD_DIR/corpus/$target" "tests/fuzz/corpus/$target" \
      -max_total_time="${3:-600}" -timeout=10 -rss_limit_mb=3000 -max_len=131072 \
      -artifact_prefix="$BUILD_DIR/$target-" -print_final_stats=1
    ;;
  *)
    echo "usage: $0 run|test|fuzz" >&2
    exit 1
    ;;
esac
