#!/usr/bin/env bash
# CI step 2: build the index from the configured content (search.config.json), check it, then exercise an
# incremental build: one article added to a copy of the content must be built incrementally and pass --check.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run --silent build:index
# A rebuild must find nothing to change: catches a non-deterministic build before it reaches the edge.
npm run --silent build:index -- --check

# The copy stands two folders deep in the repository, as content/sample does, so the seed article's body_file resolves.
content="tmp/ci-content"
index="tmp/ci-index"
rm -rf "$content" "$index"
trap 'rm -rf "$content" "$index"' EXIT
mkdir -p tmp
cp -r content/sample "$content"
npm run --silent build:index -- --no-config --content "$content" --out "$index" --full --quiet
printf '%s\n' '{"id":"ci-incremental","title":"خبر يضيفه التكامل المستمر","body":"يضاف هذا الخبر ليبنى الفهرس بناء تدريجيا."}' >> "$content/news.jsonl"
summary="$(npm run --silent build:index -- --no-config --content "$content" --out "$index" --json)"
node -e '
  const { changes } = JSON.parse(process.argv[1]);
  if (changes.mode !== "incremental" || changes.added !== 1 || changes.edited + changes.deleted !== 0) {
    console.error("expected an incremental build adding one article, got", changes);
    process.exit(1);
  }
  console.log("incremental build: " + JSON.stringify(changes));
' "$summary"
npm run --silent build:index -- --no-config --content "$content" --out "$index" --check
