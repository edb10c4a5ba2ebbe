#!/usr/bin/env bash
# Deploy: build the index, check it and the bundle, then `wrangler deploy`. Used by the push workflow on main and by `npm run deploy`.
#   --skip-build  deploy the index-data/ already built (it is still checked against the content)
#   --dry-run     do everything but the upload (wrangler deploy --dry-run), as run-pipeline.sh does
set -euo pipefail
cd "$(dirname "$0")/../.."
build=true
dry_run=false
for argument in "$@"; do
  case "$argument" in
    --skip-build) build=false ;;
    --dry-run) dry_run=true ;;
    *) echo "deploy.sh: unknown option $argument (use --skip-build, --dry-run)" >&2; exit 2 ;;
  esac
done
if [[ "${CI:-}" == "true" && "$dry_run" == "false" ]]; then
  # Unattended deploys authenticate with an API token; a person may use `wrangler login` instead.
  : "${CLOUDFLARE_API_TOKEN:?is not set: add it as a repository secret (see docs/deploying.md)}"
  : "${CLOUDFLARE_ACCOUNT_ID:?is not set: add it as a repository secret (see docs/deploying.md)}"
fi
if [[ "$build" == "true" ]]; then
  npm run --silent build:index
fi
# wrangler bundles the browser code (src/client/) before the worker: see [build] in wrangler.toml.
# Never ship an index that the current content and code would not build.
npm run --silent build:index -- --check
npm run --silent check:bundle
if [[ "$dry_run" == "true" ]]; then
  outdir="$(mktemp -d)"
  trap 'rm -rf "$outdir"' EXIT
  npx wrangler deploy --dry-run --outdir "$outdir"
else
  npx wrangler deploy
fi
