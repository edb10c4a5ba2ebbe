import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../scripts/content/load-articles';
import { evaluate } from '../../scripts/eval/evaluate';

const { articles } = await loadArticles(['content/sample']);

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

  it('ranks with the boosts of the build configuration when given, as the built index would', async () => {
    const pair = [
      { id: 'in-title', title: 'مهرجان الربيع', body: 'افتتح مساء أمس في المدينة.' },
      { id: 'in-body', title: 'أخبار ثقافية', body: 'يستمر المهرجان أسبوعا، والمهرجان يستقبل الفرق، وفي المهرجان عروض.' },
    ];
    const set = { queries: [{ id: 'q', text: 'مهرجان' }], qrels: new Map([['q', new Map([['in-body', 1]])]]) };
    const defaults = await evaluate(pair, set, { perturb: false });
    const bodyFirst = await evaluate(pair, set, { perturb: false, boosts: { title: 0.1, titleStems: 0.1, body: 10, bodyStems: 10 } });
    expect(defaults.summaries.clean.recallAt1).toBe(0);
    expect(bodyFirst.summaries.clean.recallAt1).toBe(1);
  });

  it('ranks the same set with the lunr-ar peer, whose stemmer meets ال but not the typo, and whose query keeps no trailing ؟', async () => {
    const set = {
      queries: [
        { id: 'question', text: 'ما هو المهرجان؟' },
        { id: 'typo', text: 'لافرورف' },
      ],
      qrels: new Map([
        ['question', new Map([['in-body', 1]])],
        ['typo', new Map([['in-title', 1]])],
      ]),
    };
    const pair = [
      { id: 'in-title', title: 'لافروف في الرباط', body: 'زار وزير الخارجية الروسي المغرب.' },
      { id: 'in-body', title: 'أخبار ثقافية', body: 'يستمر مهرجان المدينة أسبوعا.' },
    ];
    const evaluation = await evaluate(pair, set, { perturb: false, peer: 'lunr' });
    const topOf = new Map(evaluation.outcomes.map((outcome) => [outcome.id, outcome.top]));
    expect(topOf.get('question')?.[0]).toBe('in-body');
    expect(topOf.get('typo')).not.toContain('in-title');
    expect(evaluation.summaries.clean).toMatchObject({ queries: 2, mrrAt10: 0.5 });
  });
});
