#!/usr/bin/env bash
# CI step 1: install exactly the locked dependencies.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm ci --no-audit --no-fund
