// The worker's own search path, run in Node: articles → buildIndex → artefacts in memory → loadEngine → parseQuery → findArticles.

import { type Article, articleInputSchema } from '../../src/content/article';
import { type BuildOptions, buildIndexFiles } from '../../src/indexing/build-index';
import { createMemoryReader } from '../../src/loading/artefact-reader';
import { type Engine, loadEngine } from '../../src/loading/load-engine';
import { parseQuery } from '../../src/query/parse-query';
import { findArticles } from '../../src/search/search';

/**
 * Validates articles with the content schema (as build:index does), builds the
 * index (with the configured boosts, when given) and loads it through the worker's loader.
 */
export async function buildEngine(articles: readonly Article[], options: Pick<BuildOptions, 'boosts'> = {}): Promise<Engine> {
  return (await buildSizedEngine(articles, options)).engine;
}

/** As buildEngine, with the bytes of every file the build wrote. */
export async function buildSizedEngine(
  articles: readonly Article[],
  options: Pick<BuildOptions, 'boosts'> = {},
): Promise<{ engine: Engine; indexBytes: number }> {
  const validated = articles.map((article, index) => {
    const result = articleInputSchema.safeParse(article);
    if (!result.success) throw new Error(`article ${index} (${article.id}) is invalid: ${result.error.message}`);
    return result.data;
  });
  const built = await buildIndexFiles(validated, options);
  const indexBytes = [...built.files.values()].reduce(
    (sum, contents) => sum + (typeof contents === 'string' ? Buffer.byteLength(contents) : contents.length),
    0,
  );
  return { engine: await loadEngine(createMemoryReader(built.files)), indexBytes };
}

/** The article ids a query returns, best first, exactly as the /search route ranks them. */
export async function rankArticleIds(engine: Engine, query: string, limit: number): Promise<string[]> {
  const parsed = parseQuery(query);
  const result = await findArticles(engine, parsed);
  const documents = await engine.documents(result.top(limit).map((article) => article.ordinal));
  return documents.map((document) => document.id);
}
