/// <reference types="vite/client" />
// The examples of README.md and docs/ against the worker on the sample corpus, so no documented answer goes stale.

import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { type DocsExample, docsExamples } from './markdown-examples';
import { exampleDifferences } from './matches-example';

const markdownFiles: Record<string, string> = import.meta.glob(['../../README.md', '../../docs/*.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const examples: DocsExample[] = Object.entries(markdownFiles).flatMap(([file, text]) => docsExamples(file.replace('../../', ''), text));
const answered = examples.filter((example) => example.expected !== undefined);
const unanswered = examples.filter((example) => example.expected === undefined);

async function fetchExample(example: DocsExample): Promise<Response> {
  return SELF.fetch(`https://example.com${example.path}`);
}

describe('the docs examples', () => {
  it('are found in README.md and docs/api.md', () => {
    expect(answered.some((example) => example.file === 'README.md')).toBe(true);
    expect(answered.filter((example) => example.file === 'docs/api.md').length).toBeGreaterThanOrEqual(5);
  });

  it.each(answered.map((example) => [`${example.file}:${example.line}`, example] as const))(
    '%s answers what the docs show',
    async (_where, example) => {
      const response = await fetchExample(example);
      const body = await response.json();
      const differences = exampleDifferences(body, example.expected);
      expect(differences, `${example.command}\nanswered ${response.status}`).toEqual([]);
    },
  );

  it.each(unanswered.map((example) => [`${example.file}:${example.line} ${example.path}`, example] as const))(
    '%s answers 200',
    async (_where, example) => {
      const response = await fetchExample(example);
      await response.arrayBuffer();
      expect(response.status, example.command).toBe(200);
    },
  );
});

describe('exampleDifferences', () => {
  it('reports a value the worker answers differently', () => {
    expect(exampleDifferences({ total: 3 }, { total: 2 })).toEqual(['$.total: the worker answers 3, the docs show 2']);
  });

  it('reports a field the docs leave out without saying so, and accepts it with "…": "…"', () => {
    expect(exampleDifferences({ id: 'a', score: 1 }, { id: 'a' })).toHaveLength(1);
    expect(exampleDifferences({ id: 'a', score: 1 }, { id: 'a', '…': '…' })).toEqual([]);
  });

  it('reports missing or extra array elements unless the array ends in "…"', () => {
    expect(exampleDifferences([1, 2], [1])).toHaveLength(1);
    expect(exampleDifferences([1, 2], [1, '…'])).toEqual([]);
    expect(exampleDifferences([], [1, '…'])).toHaveLength(2);
  });

  it('accepts a longer text for one that ends in "…", but not another text', () => {
    expect(exampleDifferences('أكد الاتحاد الإفريقي', 'أكد …')).toEqual([]);
    expect(exampleDifferences('قال الاتحاد', 'أكد …')).toHaveLength(1);
  });
});
