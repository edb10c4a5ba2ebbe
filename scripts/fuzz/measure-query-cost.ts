// CPU budget probe: the most expensive queries the API accepts, timed through loadEngine → runSearch (the /search pipeline) → presentHits in Node.

import { parseArgs } from 'node:util';
import { presentHits } from '../../src/api/present-hits';
import { MAX_LIMIT } from '../../src/api/schemas';
import { type Engine, loadEngine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { runSearch } from '../../src/search/run-search';
import { DEFAULT_SNIPPET_LENGTH } from '../../src/snippets/make-snippet';
import { createDiskReader } from './read-index-from-disk';

const COMMON_WORDS = [
  'تونس',
  'وزير',
  'الحكومة',
  'رئيس',
  'الجمهورية',
  'الشعب',
  'البرلمان',
  'الانتخابات',
  'الامن',
  'الداخلية',
  'الصحة',
  'التعليم',
  'الاقتصاد',
  'الدينار',
  'الوطني',
  'العام',
  'اليوم',
  'المجلس',
  'الوزارة',
  'السياسي',
  'الاتحاد',
  'الشغل',
  'الجهة',
  'الدولة',
  'العمل',
  'المواطنين',
  'القطاع',
  'الوضع',
  'الحزب',
  'الأمن',
  'حركة',
  'نداء',
  'النهضة',
];

/** Query classes that stress the engine: each a name, why it is expensive, and the query text. */
export const COSTLY_QUERIES: readonly { readonly name: string; readonly why: string; readonly q: string }[] = [
  { name: 'one letter', why: 'a one-letter word matches wherever the letter stands alone', q: 'م' },
  { name: 'two-letter prefix ال', why: 'expands to every word with the article', q: 'ال' },
  { name: 'two-letter prefix تو', why: 'expands to thousands of words', q: 'تو' },
  { name: 'article + one letter', why: 'الم expands to every al-m word', q: 'الم' },
  { name: 'conjunction + article', why: 'وال expands to every wa-al word', q: 'وال' },
  { name: 'three-letter prefix', why: 'a short stem prefix still expands widely', q: 'حكو' },
  { name: 'widest three-letter prefix', why: 'است opens 543 words (find-widest-prefixes.ts)', q: 'است' },
  { name: 'common word as prefix', why: 'the most frequent word, still being typed', q: 'تونس' },
  { name: 'common word, whole', why: 'matches 40% of the corpus', q: 'تونس ' },
  { name: 'many common words', why: 'every word is a separate OR branch over four fields', q: COMMON_WORDS.join(' ').slice(0, 200) },
  { name: 'one word repeated', why: 'the same branch evaluated again per repeat', q: 'تونس '.repeat(40).slice(0, 200) },
  { name: 'many letters', why: '28 one-letter words', q: 'ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي' },
  { name: 'common words + short prefix', why: 'many branches and a wide prefix', q: `${COMMON_WORDS.slice(0, 12).join(' ')} ال` },
  { name: 'phrase of common words', why: '7,625 articles hold both words; confirming means reading their text', q: '"تونس اليوم"' },
  { name: 'negated phrase', why: 'every match of تونس must be read to rule the phrase out', q: 'تونس -"رئيس الحكومة"' },
  { name: 'rare word', why: 'the baseline: few postings', q: 'مراكش ' },
];

interface Cost {
  readonly search: number;
  readonly present: number;
}

function cpuMilliseconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function measureOnce(engine: Engine, q: string): Promise<Cost & { total: number; words: number }> {
  const before = process.cpuUsage();
  const parsed = parseQuery(q);
  const outcome = await runSearch(engine, { query: parsed, filters: NO_FILTERS, sort: 'relevance', facets: [], offset: 0, limit: MAX_LIMIT });
  const search = cpuMilliseconds(before);
  const middle = process.cpuUsage();
  await presentHits(engine, outcome.page, { query: parsed, highlight: true, snippetLength: DEFAULT_SNIPPET_LENGTH });
  return { search, present: cpuMilliseconds(middle), total: outcome.total, words: parsed.words.length };
}

/** The /search route's defaults: no category, source, tag or date filter. */
const NO_FILTERS = { categories: [], sources: [], tags: [] };

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { index: { type: 'string', default: 'index-data' }, runs: { type: 'string', default: '7' } } });
  const engine = await loadEngine(createDiskReader(values.index));
  const runs = Number(values.runs);
  console.log(`| query class | words | hits | search CPU ms (median / max) | 50 snippets CPU ms (median / max) |`);
  console.log(`| --- | ---: | ---: | ---: | ---: |`);
  for (const { name, q } of COSTLY_QUERIES) {
    await measureOnce(engine, q); // warm: shards loaded, words memoised, as in a warm isolate
    const costs = [];
    for (let run = 0; run < runs; run++) costs.push(await measureOnce(engine, q));
    const searches = costs.map((cost) => cost.search);
    const presents = costs.map((cost) => cost.present);
    const first = costs[0]!;
    console.log(
      `| ${name} | ${first.words} | ${first.total} | ${median(searches).toFixed(1)} / ${Math.max(...searches).toFixed(1)} | ${median(presents).toFixed(1)} / ${Math.max(...presents).toFixed(1)} |`,
    );
  }
}

await main();
