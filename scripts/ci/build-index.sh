#!/usr/bin/env bash
# CI step 2: build the index from the configured content (search.config.json), then prove a second build gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run --silent build:index
# A rebuild must find nothing to change: catches a non-deterministic build before it reaches the edge.
npm run --silent build:index -- --check
