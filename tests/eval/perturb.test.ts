import { describe, expect, it } from 'vitest';
import { perturbQuery, REWRITES } from '../../scripts/eval/perturb';
import { analyzeWord } from '../../src/analysis/pipeline';

const EXAMPLES: Record<string, string> = {
  'hamza dropped': 'أكتوبر',
  'hamza misplaced': 'اسلام',
  'teh marbuta as heh': 'مدينة',
  'alef maksura as yeh': 'مستشفى',
  'article dropped': 'المغرب',
  'conjunction added': 'مراكش',
  'preposition added': 'المغرب',
  'tashkeel added': 'مراكش',
  tatweel: 'كتاب',
  'Arabic-Indic digits': '2023',
  'Persian keyboard': 'كتاب',
};

describe('perturbQuery', () => {
  it.each(REWRITES.map((rewrite) => [rewrite.name, rewrite] as const))('applies the rewrite "%s" to a word it fits', (name, rewrite) => {
    const word = EXAMPLES[name]!;
    const rewritten = rewrite.apply(word, () => 0.25);
    expect(rewritten).not.toBeNull();
    expect(rewritten).not.toBe(word);
  });

  it('rewrites the same query the same way every run', () => {
    expect(perturbQuery('q7', 'متى زار لافروف المغرب؟')).toEqual(perturbQuery('q7', 'متى زار لافروف المغرب؟'));
  });

  it('keeps spelling rewrites within what the analysis folds back', () => {
    const spelling = ['hamza dropped', 'teh marbuta as heh', 'alef maksura as yeh', 'tashkeel added', 'tatweel', 'Persian keyboard'];
    for (const rewrite of REWRITES.filter((r) => spelling.includes(r.name))) {
      const word = EXAMPLES[rewrite.name]!;
      expect(analyzeWord(rewrite.apply(word, () => 0.25)!)?.surface, rewrite.name).toBe(analyzeWord(word)?.surface);
    }
  });
});
