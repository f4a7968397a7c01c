#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translation sources after strings changed in the code:
# tessera_zh_CN.ts gets every new string (to translate: none may stay
# "unfinished"), tessera_en.ts only the plural (%n) messages, whose English
# singular and plural forms are written by hand. Contexts are the classes'
# full names (tessera::…), as tr() looks them up at run time. (The CMake
# update_translations target parses without the project's namespaces and
# would rename the contexts: do not use it.)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
sources=(core ui cli app server sync handover)
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts translations/tessera_zh_CN.ts
"$lupdate" -silent -pluralonly -no-obsolete -locations none -target-language en \
  "${sources[@]}" -ts translations/tessera_en.ts 2>/dev/null
for ts in translations/tessera_zh_CN.ts translations/tessera_en.ts; do
  left=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$ts: $left unfinished"
done
