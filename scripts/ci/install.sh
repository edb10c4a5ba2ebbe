#!/usr/bin/env bash
# CI step 1: install exactly the locked dependencies.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! npm ci --no-audit --no-fund; then
  # npm 11 refuses a lock file that lacks an optional dependency the registry does not serve
  # (vite's napi-windows-process-start-time on this workplace's registry); install from the
  # same lock without rewriting it rather than fail the whole pipeline.
  echo "::warning::npm ci refused package-lock.json; installing with npm install --no-save from the same lock"
  npm install --no-audit --no-fund --no-save
fi
