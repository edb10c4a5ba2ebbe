#!/usr/bin/env bash
# Measures incremental builds against a full build, as BENCHMARKS.md reports them: a full build of all but
# the last 100 articles of a corpus, then, each incrementally, adding those 100, editing 10, deleting 10, and
# rebuilding with nothing changed. Prints per step the wall and CPU seconds (user + sys: a busy machine
# distorts CPU far less than wall time), peak memory, and the files and bytes that differ from the index
# before (what a deploy uploads).
# Usage: scripts/build/measure-incremental.sh [corpus.jsonl | corpus.jsonl.gz] [work folder]
#        (default ../shared/data/news-jawhara.jsonl and a fresh temporary folder)
# BUILD_HEAP_MB, when set, caps V8's heap for each build (--max-old-space-size); by default Node's own limit
# holds for the main thread and batch threads grow to the heap sized for their batch, which the flag would
# override (docs/content.md, "Memory and cores").
# The other Node flags are npm run build:index's (docs/content.md, "Node flags").
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/data/news-jawhara.jsonl}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work/content"
read_corpus() { if [[ "$corpus" == *.gz ]]; then zcat "$corpus"; else cat "$corpus"; fi; }
total="$(read_corpus | wc -l)"
read_corpus | sed -n "1,$((total - 100))p" > "$work/content/news.jsonl"

step() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" \
    node ${BUILD_HEAP_MB:+--max-old-space-size="$BUILD_HEAP_MB"} --max-semi-space-size=64 --interrupt-budget=270000 scripts/run-bundled.mjs scripts/build-index.ts \
    --no-config --content "$work/content" --out "$work/index" --json "$@" > "$work/$name.json"
  node -e '
    const [name, timeFile, summaryFile] = process.argv.slice(1);
    const fs = require("fs");
    const [wall, user, sys, rss] = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
    const s = JSON.parse(fs.readFileSync(summaryFile, "utf8"));
    const c = s.changes;
    console.log(JSON.stringify({ step: name, wallSeconds: wall, cpuSeconds: +(user + sys).toFixed(2), peakRssMiB: Math.round(rss / 1024),
      mode: c.mode, added: c.added, edited: c.edited, deleted: c.deleted, merges: c.merged, segments: s.segments,
      files: s.files, bytes: s.rawBytes, changedFiles: s.uploaded.files, changedBytes: s.uploaded.bytes }));
  ' "$name" "$work/$name.time" "$work/$name.json"
}

step full --full
# Kept to compare the full build with another commit's (its piece names are content hashes).
cp "$work/index/manifest.json" "$work/full-manifest.json"
read_corpus | tail -n 100 >> "$work/content/news.jsonl"
step add-100
# Ten articles spread over the corpus get a sentence more; ten others are removed. The file is streamed
# line by line: at 300k articles it is past the longest string V8 allows.
rewrite_ten() {
  local mode=$1 file="$work/content/news.jsonl"
  node -e '
    const fs = require("fs");
    const readline = require("readline");
    const [file, mode, total] = process.argv.slice(1);
    const every = Math.floor(Number(total) / 10);
    const picked = new Set(Array.from({ length: 10 }, (_, k) => k * every + (mode === "edit" ? 5 : 10)));
    const out = fs.createWriteStream(`${file}.next`);
    (async () => {
      let index = 0;
      for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
        if (line.trim() === "") continue;
        if (!picked.has(index)) out.write(`${line}\n`);
        else if (mode === "edit") { const article = JSON.parse(line); article.body += " تصحيح."; out.write(`${JSON.stringify(article)}\n`); }
        index++;
      }
      out.end(() => fs.renameSync(`${file}.next`, file));
    })();
  ' "$file" "$mode" "$(wc -l < "$file")"
}
rewrite_ten edit
step edit-10
rewrite_ten delete
step delete-10
step unchanged
npm run --silent build:index -- --no-config --content "$work/content" --out "$work/index" --check
