#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb in a configured, built build directory and checks that it
# holds what installer/CMakeLists.txt installs (build/installer/package-manifest.txt)
# and that dpkg-shlibdeps filled in its dependencies.
#   bash installer/check-package.sh [build-dir]
set -euo pipefail
build=$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../build}" && pwd)
manifest=$build/installer/package-manifest.txt

if [[ ! -f $manifest ]]; then
  echo "package: $manifest missing; configure the build first" >&2
  exit 1
fi
if [[ ! -s $manifest ]]; then
  echo "package: skipped (no tessera, tessera-cli or tessera-bench target yet)"
  exit 0
fi

cd "$build"
if ! log=$(cpack -G DEB 2>&1); then
  echo "$log" >&2
  echo "package: cpack -G DEB failed" >&2
  exit 1
fi
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' <<<"$log" | tail -n 1)
if [[ -z $deb || ! -f $deb ]]; then
  echo "$log" >&2
  echo "package: cpack did not report a .deb" >&2
  exit 1
fi

contents=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
missing=0
while IFS= read -r path; do
  [[ -z $path ]] && continue
  if ! grep -qxF -- "$path" <<<"$contents"; then
    echo "package: $(basename "$deb") lacks $path" >&2
    missing=1
  fi
done <"$manifest"

depends=$(dpkg-deb --field "$deb" Depends)
if [[ $depends != *libc6* ]]; then
  echo "package: Depends has no shared-library dependencies (dpkg-shlibdeps not run?): $depends" >&2
  missing=1
fi
((missing == 0)) || exit 1

echo "package: $deb ($(du -h "$deb" | cut -f1)) holds all $(grep -c . "$manifest") expected files"
echo "package: Depends: $depends"
