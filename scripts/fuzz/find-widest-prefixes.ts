// Finds the prefixes the query caps still allow that expand to the most index words, and times them: the worst case after the caps.

import { parseArgs } from 'node:util';
import { analyzeText } from '../../src/analysis/pipeline';
import { loadEngine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { prefixCore, QUERY_LIMITS } from '../../src/query/query-limits';
import { findArticles } from '../../src/search/search';
import { createDiskReader } from './read-index-from-disk';

/** Every prefix at the minimum length the caps allow, with or without an article, and how many distinct words it expands to. */
function countExpansions(words: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    const core = prefixCore(word);
    const article = word.slice(0, word.length - core.length);
    if (core.length < QUERY_LIMITS.minPrefixLetters.value) continue;
    const prefix = article + core.slice(0, QUERY_LIMITS.minPrefixLetters.value);
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return counts;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { index: { type: 'string', default: 'index-data' }, top: { type: 'string', default: '8' } } });
  const engine = await loadEngine(createDiskReader(values.index));
  const words = new Set<string>();
  for (let ordinal = 0; ordinal < engine.ordinalLimit; ordinal++) {
    const [document] = await engine.documents([ordinal]);
    for (const token of analyzeText(`${document!.title} ${document!.body}`)) {
      if (token.analysis) words.add(token.analysis.surface);
    }
  }
  const widest = [...countExpansions(words)].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  console.log(`${words.size} distinct words; widest prefixes the caps allow:`);
  console.log('| prefix | words it expands to | hits | search CPU ms (median of 5) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [prefix, count] of widest) {
    const query = parseQuery(prefix);
    await findArticles(engine, query);
    const costs: number[] = [];
    let hits = 0;
    for (let run = 0; run < 5; run++) {
      const before = process.cpuUsage();
      hits = (await findArticles(engine, query)).total;
      const used = process.cpuUsage(before);
      costs.push((used.user + used.system) / 1000);
    }
    costs.sort((a, b) => a - b);
    console.log(`| ${prefix} | ${count} | ${hits} | ${costs[2]!.toFixed(1)} |`);
  }
}

await main();
