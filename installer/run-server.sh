#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs dependencies, builds tessera-server if needed, initialises its data
# directory with a demo venue the first time, and runs it in the foreground.
#   bash installer/run-server.sh [--data DIR] [--listen ADDRESS:PORT]
# DIR defaults to $TESSERA_SERVER_DATA or ~/.local/share/tessera-server;
# ADDRESS:PORT to 0.0.0.0:8443. Stop it with Ctrl+C (or SIGTERM).
set -euo pipefail
# shellcheck source=installer/build-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/build-common.sh"

data=${TESSERA_SERVER_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/tessera-server}
listen=0.0.0.0:8443
while (($#)); do
  case $1 in
    --data) data=$2; shift 2 ;;
    --listen) listen=$2; shift 2 ;;
    *) echo "run-server: unknown argument $1 (use --data DIR, --listen ADDRESS:PORT)" >&2; exit 2 ;;
  esac
done

tessera_install_deps
tessera_configure
cmake --build "$TESSERA_BUILD_DIR" --target tessera-server -j"$(nproc)"

exe=$TESSERA_BUILD_DIR/app/tessera-server/tessera-server
if [[ ! -x $exe ]]; then
  echo "run-server: the build did not produce $exe" >&2
  exit 1
fi
if [[ ! -f $data/server.db ]]; then
  echo "run-server: initialising $data with a demo venue" >&2
  "$exe" init --data "$data" --demo
fi
echo "run-server: terminals pin $data/tls/ca.pem (its fingerprint is in the init output above," \
     "or: openssl x509 -in $data/tls/ca.pem -noout -fingerprint -sha256)" >&2
exec "$exe" run --data "$data" --listen "$listen"
