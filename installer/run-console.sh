#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs dependencies, builds the console if needed, and starts it.
#   bash installer/run-console.sh [tessera arguments...]
# Safe to run again: later runs only rebuild what changed.
set -euo pipefail
# shellcheck source=installer/build-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/build-common.sh"

tessera_install_deps
tessera_configure TESSERA_BUILD_GUI=ON
cmake --build "$TESSERA_BUILD_DIR" --target tessera -j"$(nproc)"

exe=$TESSERA_BUILD_DIR/app/tessera/tessera
if [[ ! -x $exe ]]; then
  echo "run-console: the build did not produce $exe" >&2
  exit 1
fi

# No screen to show a window on (a server, a container, ssh without -X):
# run on a virtual X display rather than fail, and say so.
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "run-console: no DISPLAY or WAYLAND_DISPLAY. Run it from a desktop session," \
         "or install xvfb and use: xvfb-run -a $exe" >&2
    exit 1
  fi
  cat >&2 <<MSG
run-console: no DISPLAY or WAYLAND_DISPLAY, so Tessera runs on a virtual X
             display (xvfb-run -a) and its window is not visible from here.
             To see it, run this command in a desktop session (or over ssh -X).
             Stop it with Ctrl+C.
MSG
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$exe" "$@"
fi

exec "$exe" "$@"
