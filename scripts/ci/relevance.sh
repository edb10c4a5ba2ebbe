#!/usr/bin/env bash
# CI step 4: the relevance evaluation, failing when MRR@10 drops below the threshold kept in scripts/ci/relevance-thresholds.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsx scripts/ci/relevance-gate.ts "$@"
