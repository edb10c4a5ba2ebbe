import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/eval/evaluate';
import { loadArticles } from '../../scripts/content/load-articles';

const { articles } = loadArticles(['content/sample']);

describe('evaluate', () => {
  it('ranks through the worker path: the seed query finds the seed article first, also as users misspell it', async () => {
    const set = {
      queries: [
        { id: 'seed', text: 'لافروف' },
        { id: 'typo', text: 'لافرورف' },
      ],
      qrels: new Map([
        ['seed', new Map([['seed-lavrov-morocco-visit', 1]])],
        ['typo', new Map([['seed-lavrov-morocco-visit', 1]])],
      ]),
    };
    const evaluation = await evaluate(articles, set, { perturb: true });
    expect(evaluation.summaries.clean).toMatchObject({ queries: 2, mrrAt10: 1, recallAt1: 1 });
    expect(evaluation.summaries.perturbed?.mrrRatio).toBe(1);
  });

  it('skips queries without judgments and counts an unfound article as a miss', async () => {
    const set = {
      queries: [
        { id: 'unjudged', text: 'مراكش' },
        { id: 'missing', text: 'كلمةغيرموجودة' },
      ],
      qrels: new Map([['missing', new Map([['seed-lavrov-morocco-visit', 1]])]]),
    };
    const evaluation = await evaluate(articles, set, { perturb: false });
    expect(evaluation.outcomes.map((outcome) => outcome.id)).toEqual(['missing']);
    expect(evaluation.summaries.clean.mrrAt10).toBe(0);
  });
});
