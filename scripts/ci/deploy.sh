#!/usr/bin/env bash
# Deploy: build the index, check the bundle, and `wrangler deploy`. Used by the workflow on main and by `npm run deploy`.
#   --skip-build  deploy the index-data/ already built (the workflow built and tested it in an earlier step)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${CI:-}" == "true" ]]; then
  # Unattended deploys authenticate with an API token; a person may use `wrangler login` instead.
  : "${CLOUDFLARE_API_TOKEN:?is not set: add it as a repository secret (see the README, Deploying)}"
  : "${CLOUDFLARE_ACCOUNT_ID:?is not set: add it as a repository secret (see the README, Deploying)}"
fi
if [[ "${1:-}" != "--skip-build" ]]; then
  npm run --silent build:index
fi
npm run --silent build:index -- --check
npm run --silent check:bundle
npx wrangler deploy
