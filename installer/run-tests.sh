#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs dependencies, builds everything with warnings as errors, runs the
# whole test suite, then builds and checks the Debian package.
#   bash installer/run-tests.sh
# Exits with ctest's status (or the package check's, if the tests passed).
# Needs no display: the tests use QT_QPA_PLATFORM=offscreen.
set -euo pipefail
# shellcheck source=installer/build-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/build-common.sh"

tessera_install_deps
tessera_configure TESSERA_WERROR=ON TESSERA_BUILD_TESTS=ON
cmake --build "$TESSERA_BUILD_DIR" -j"$(nproc)"

tests_status=0
ctest --test-dir "$TESSERA_BUILD_DIR" --output-on-failure -j2 --timeout 600 || tests_status=$?

package_status=0
bash "$TESSERA_ROOT/installer/check-package.sh" "$TESSERA_BUILD_DIR" || package_status=$?

if ((tests_status != 0)); then
  echo "run-tests: ctest FAILED (status $tests_status)" >&2
  exit "$tests_status"
fi
if ((package_status != 0)); then
  echo "run-tests: tests passed, package check FAILED" >&2
  exit "$package_status"
fi
echo "run-tests: all tests passed; package step ok (built and checked, or skipped as said above)"
