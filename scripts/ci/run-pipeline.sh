#!/usr/bin/env bash
# Runs the steps of .github/workflows/verify.yml locally, in the same order, then the deploy step of push.yml as a dry run.
# This is what the workflow would do for a pushed commit; .ci/run may call it.
set -euo pipefail
cd "$(dirname "$0")/../.."
step() { echo "::group::$1" ; shift; "$@"; echo "::endgroup::"; }
if [[ "${1:-}" != "--no-install" ]]; then step install scripts/ci/install.sh; fi
step build-index scripts/ci/build-index.sh
step test scripts/ci/test.sh
step relevance scripts/ci/relevance.sh
step deploy-dry-run scripts/ci/deploy.sh --skip-build --dry-run
