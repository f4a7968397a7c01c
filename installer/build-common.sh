# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by run-console.sh and run-tests.sh (sourced, not run).
# Sets TESSERA_ROOT and TESSERA_BUILD_DIR; defines the steps both scripts take.

TESSERA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TESSERA_BUILD_DIR=${TESSERA_BUILD_DIR:-$TESSERA_ROOT/build}

tessera_install_deps() {
  bash "$TESSERA_ROOT/installer/install-deps.sh"
}

# tessera_configure [NAME=VALUE ...]
# Configures with Ninja (RelWithDebInfo) when build/ is new, and re-runs CMake
# only when a requested cache value differs, so a second run costs nothing.
tessera_configure() {
  local cache=$TESSERA_BUILD_DIR/CMakeCache.txt need=0 opt home
  local args=()
  if [[ ! -f $cache ]]; then
    need=1
    args+=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
  else
    home=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")
    if [[ $home != "$TESSERA_ROOT" ]]; then
      echo "error: $TESSERA_BUILD_DIR was configured for $home, not $TESSERA_ROOT;" \
           "remove it and run again" >&2
      return 1
    fi
    # An interrupted configure leaves a cache but no build system.
    [[ -f $TESSERA_BUILD_DIR/build.ninja || -f $TESSERA_BUILD_DIR/Makefile ]] || need=1
  fi
  for opt in "$@"; do
    args+=("-D$opt")
    grep -q "^${opt%%=*}:[A-Z]*=${opt#*=}\$" "$cache" 2>/dev/null || need=1
  done
  if ((need)); then
    cmake -S "$TESSERA_ROOT" -B "$TESSERA_BUILD_DIR" "${args[@]}"
  else
    echo "configure: $TESSERA_BUILD_DIR is up to date (CMake re-runs itself if a CMakeLists.txt changed)"
  fi
}
