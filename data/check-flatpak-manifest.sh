#!/bin/sh
# check-flatpak-manifest.sh — parse Flatpak manifests with flatpak-builder
#
# Copyright 2026 The Inovda authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-flatpak-manifest.sh MANIFEST...
#
# flatpak-builder --show-manifest exits 0 even for unknown keys and wrongly
# typed values, so any warning on stderr counts as a failure. Exits 77 (a
# skip for meson) when flatpak-builder is not installed.

set -u

if [ "$#" -eq 0 ]; then
  echo "usage: $0 MANIFEST..." >&2
  exit 2
fi

builder=${FLATPAK_BUILDER:-$(command -v flatpak-builder || true)}
if [ -z "$builder" ]; then
  echo "flatpak-builder not found, skipping"
  exit 77
fi

# flatpak-builder creates its state folder in the working directory.
workdir=$(mktemp -d) || exit 1
trap 'rm -rf "$workdir"' EXIT

status=0
for manifest in "$@"; do
  case "$manifest" in
    /*) path=$manifest ;;
    *) path=$(pwd)/$manifest ;;
  esac

  (cd "$workdir" && "$builder" --show-manifest "$path") >"$workdir/stdout" 2>"$workdir/stderr"
  rc=$?

  if [ "$rc" -ne 0 ] || grep -E -q 'WARNING|Unknown property|Failed to deserialize' "$workdir/stderr"; then
    echo "FAIL: $manifest (exit status $rc)"
    cat "$workdir/stderr"
    status=1
  else
    echo "ok: $manifest"
  fi
done

exit "$status"
