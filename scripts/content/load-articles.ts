// Content loading: files and folders → validated articles in a stable order, or every problem found.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { articleInputSchema, type Article } from '../../src/content/article';
import type { ContentProblem, RawRecord, ReadResult } from './content-problem';
import { decodeUtf8 } from './decode-file';
import { readHtmlArticle } from './read-html-article';
import { readJsonArray, readJsonLines } from './read-json-articles';
import { frontMatterLine, readMarkdownArticle } from './read-markdown-article';

type Reader = (file: string, text: string) => ReadResult;

/** Content formats by file extension. */
export const READERS: Readonly<Record<string, Reader>> = {
  '.jsonl': readJsonLines,
  '.json': readJsonArray,
  '.md': readMarkdownArticle,
  '.markdown': readMarkdownArticle,
  '.html': readHtmlArticle,
  '.htm': readHtmlArticle,
};

export interface LoadedContent {
  readonly articles: Article[];
  readonly problems: ContentProblem[];
  readonly files: string[];
}

/** Every content file under the given paths, sorted so the article order never depends on the file system. */
export function listContentFiles(paths: readonly string[]): { files: string[]; problems: ContentProblem[] } {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  const visit = (path: string, explicit: boolean): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      problems.push({ file: path, line: 1, message: 'does not exist; pass --content with a file or folder of articles' });
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith('.')) visit(join(path, entry), false);
    } else if (READERS[extname(path).toLowerCase()]) {
      files.push(path);
    } else if (explicit) {
      problems.push({ file: path, line: 1, message: `unsupported file type; use one of ${Object.keys(READERS).join(', ')}` });
    }
  };
  for (const path of paths) visit(path, true);
  return { files, problems };
}

function problemLine(record: RawRecord, text: string, key: string): number {
  return extname(record.file).startsWith('.m') ? frontMatterLine(text, key) : record.line;
}

/**
 * Reads, parses and validates every article. Nothing is thrown for bad
 * content: every problem is collected so the author can fix them in one pass.
 */
export function loadArticles(paths: readonly string[], displayRoot = process.cwd()): LoadedContent {
  const listed = listContentFiles(paths);
  const problems = [...listed.problems];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const path of listed.files) {
    const file = relative(displayRoot, path) || path;
    const decoded = decodeUtf8(file, readFileSync(path));
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const read = READERS[extname(path).toLowerCase()]!(file, decoded.text);
    problems.push(...read.problems);
    for (const record of read.records) {
      const result = articleInputSchema.safeParse(record.fields);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const key = String(issue.path[0] ?? 'article');
          const message = record.fields[key] === undefined && key !== 'article' ? `${key} is missing` : issue.message;
          problems.push({ file, line: problemLine(record, decoded.text, key), message });
        }
        continue;
      }
      const where = `${file}:${problemLine(record, decoded.text, 'id')}`;
      const firstSeen = seen.get(result.data.id);
      if (firstSeen !== undefined) {
        problems.push({ file, line: problemLine(record, decoded.text, 'id'), message: `duplicate id "${result.data.id}" (first used at ${firstSeen}); ids must be unique across all content` });
        continue;
      }
      seen.set(result.data.id, where);
      articles.push(result.data);
    }
  }
  if (problems.length === 0 && articles.length === 0) {
    problems.push({ file: paths.join(', '), line: 1, message: `no articles found; add ${Object.keys(READERS).join(', ')} files` });
  }
  return { articles, problems, files: listed.files };
}
