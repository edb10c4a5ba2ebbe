#!/usr/bin/env bash
# CI step 3: lint and format check (Biome), type-check, the test suite (which includes the deploy dry run), and the workflow lint.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run --silent lint
npm run typecheck
npm test
npm run --silent lint:workflows
