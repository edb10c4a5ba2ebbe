// Plain-text report of an evaluation: the figures, then (with --misses) the queries that ranked their article worst.

import type { Evaluation, QueryOutcome } from './evaluate';
import type { Summary } from './metrics';

const figure = (value: number): string => value.toFixed(3);

function summaryLine(label: string, summary: Summary): string {
  return `${label.padEnd(10)} MRR@10 ${figure(summary.mrrAt10)}  R@1 ${figure(summary.recallAt1)}  R@10 ${figure(summary.recallAt10)}  nDCG@10 ${figure(summary.ndcgAt10)}  P@5 ${figure(summary.precisionAt5)}  (${summary.queries} queries)`;
}

/** The queries whose first relevant article ranked lowest (not found at all counts as worst). */
export function worstOutcomes(outcomes: readonly QueryOutcome[], count: number): QueryOutcome[] {
  const rankOf = (outcome: QueryOutcome): number => outcome.scores.firstRelevantRank ?? Number.POSITIVE_INFINITY;
  return [...outcomes]
    .sort((a, b) => rankOf(b) - rankOf(a) || a.id.localeCompare(b.id))
    .slice(0, count)
    .filter((o) => rankOf(o) > 1);
}

function printMisses(title: string, outcomes: readonly QueryOutcome[], count: number): void {
  console.log(`\n${title}`);
  for (const outcome of worstOutcomes(outcomes, count)) {
    const rank = outcome.scores.firstRelevantRank ?? 'not found';
    console.log(`  ${outcome.id}  rank ${rank}  q: ${outcome.text.trim()}`);
    console.log(
      `      expected ${outcome.expected.slice(0, 3).join(' ')}${outcome.expected.length > 3 ? ' …' : ''}  first: ${outcome.top[0] ?? '(nothing)'}`,
    );
  }
}

export function printEvaluation(evaluation: Evaluation, misses: number): void {
  const { summaries } = evaluation;
  const kib = (summaries.indexBytes / 1024).toFixed(0);
  console.log(
    `${summaries.articles} articles indexed (${kib} KiB) in ${summaries.buildSeconds.toFixed(1)}s; ${summaries.queryMilliseconds.toFixed(2)} ms a query`,
  );
  console.log(summaryLine('clean', summaries.clean));
  if (summaries.perturbed) {
    console.log(summaryLine('perturbed', summaries.perturbed));
    console.log(`perturbed/clean MRR ratio ${figure(summaries.perturbed.mrrRatio)}`);
  }
  if (misses > 0) {
    printMisses(`worst ${misses} (clean):`, evaluation.outcomes, misses);
    if (evaluation.perturbedOutcomes.length > 0) printMisses(`worst ${misses} (perturbed):`, evaluation.perturbedOutcomes, misses);
  }
}
