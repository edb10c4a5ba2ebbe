#!/usr/bin/env bash
# Measures a full build of the 9,958-article news corpus against a rebuild after a one-article change,
# in CPU seconds (user + sys), which a busy machine distorts far less than wall time.
# Usage: scripts/build/measure-incremental.sh [corpus.jsonl]   (default ../shared/data/news-jawhara.jsonl)
set -euo pipefail
corpus="${1:-../shared/data/news-jawhara.jsonl}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$corpus" "$work/news.jsonl"
build() { /usr/bin/time -f "$1: %e s wall, %U s user, %S s sys" npm run --silent build:index -- --content "$work/news.jsonl" --out "$work/index" --quiet; }

build "full build"
sed -i '5000s/"title": "/"title": "عاجل /' "$work/news.jsonl"
build "rebuild after a one-article change"
npm run --silent build:index -- --content "$work/news.jsonl" --out "$work/index" --check
