// Content loading: files and folders → validated articles in a stable order, or every problem found.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Article, articleInputSchema } from '../../src/content/article';
import { isUnchanged, type RecogniseHash, type UnchangedArticle } from '../../src/indexing/build-index';
import { rememberSourceHash } from '../../src/indexing/index-articles';
import { type ContentProblem, isProblem, type RawRecord, type ReadResult } from './content-problem';
import { decodeUtf8 } from './decode-file';
import { readHtmlArticle } from './read-html-article';
import { type RecogniseLine, readJsonArray, streamJsonLines } from './read-json-articles';
import { frontMatterLine, readMarkdownArticle } from './read-markdown-article';

/** `file` names the file in messages; `path` is where it is, for what it points at (a Markdown body_file). */
type TextReader = (file: string, text: string, path: string) => Promise<ReadResult>;

/** How a format is read: whole files decoded to text, or line-delimited files streamed one line at a time. */
type ContentFormat = { readonly kind: 'text'; readonly read: TextReader } | { readonly kind: 'lines' };

/** Content formats by file-name suffix. */
export const CONTENT_FORMATS: Readonly<Record<string, ContentFormat>> = {
  '.jsonl': { kind: 'lines' }, // one article a line: streamed, so a dump of any size fits in memory line by line
  '.jsonl.gz': { kind: 'lines' }, // large dumps travel gzipped; inflated while streamed, never unpacked to disk
  '.json': { kind: 'text', read: readJsonArray }, // an array (or one object): needs the whole text to parse
  '.md': { kind: 'text', read: readMarkdownArticle }, // one article per file, fields in front matter
  '.markdown': { kind: 'text', read: readMarkdownArticle }, // the long spelling of .md
  '.html': { kind: 'text', read: readHtmlArticle }, // one saved page per file
  '.htm': { kind: 'text', read: readHtmlArticle }, // the short spelling of .html
};

/** The format of a file by the end of its name, or undefined when no reader takes it. */
export function contentFormatOf(path: string): ContentFormat | undefined {
  const name = path.toLowerCase();
  const suffix = Object.keys(CONTENT_FORMATS).find((candidate) => name.endsWith(candidate));
  return suffix === undefined ? undefined : CONTENT_FORMATS[suffix];
}

export interface LoadedContent {
  readonly articles: Article[];
  readonly problems: ContentProblem[];
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
    } else if (contentFormatOf(path)) {
      files.push(path);
    } else if (explicit) {
      problems.push({ file: path, line: 1, message: `unsupported file type; use one of ${Object.keys(CONTENT_FORMATS).join(', ')}` });
    }
  };
  for (const path of paths) visit(path, true);
  return { files, problems };
}

/** A file's raw records and problems in file order, and the line to blame for a bad field of a record. */
interface FileRecords {
  readonly items: AsyncIterable<RawRecord | ContentProblem | UnchangedArticle> | Iterable<RawRecord | ContentProblem>;
  lineOf(record: RawRecord, key: string): number;
}

async function openRecords(path: string, file: string, recognise: RecogniseLine | undefined): Promise<FileRecords> {
  const format = contentFormatOf(path)!;
  if (format.kind === 'lines') return { items: streamJsonLines(path, file, recognise), lineOf: (record) => record.line };
  const decoded = decodeUtf8(file, readFileSync(path));
  if ('problem' in decoded) return { items: [decoded.problem], lineOf: (record) => record.line };
  const read = await format.read(file, decoded.text, path);
  // Markdown records start at line 1; a bad field is blamed on its own front-matter line.
  const lineOf = (record: RawRecord, key: string): number => (format.read === readMarkdownArticle ? frontMatterLine(decoded.text, key) : record.line);
  return { items: [...read.problems, ...read.records], lineOf };
}

/**
 * Where each id was first used, file by file: a file's ids by line. A plain
 * id → "file:line" map made a million strings that an incremental build of a
 * million articles never shows; the place is spelled out only for a duplicate.
 */
class FirstUses {
  private readonly byId = new Map<string, number>();
  private readonly files: string[] = [];

  /** Starts the next file; what `use` records from now on is in it. */
  enterFile(file: string): void {
    this.files.push(file);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Records the id's first use at `line` of the current file. */
  use(id: string, line: number): void {
    // One number: the file's index above 2^32 lines, the line below.
    this.byId.set(id, (this.files.length - 1) * 2 ** 32 + line);
  }

  /** "file:line" of the id's first use, or undefined when it was not used yet. */
  placeOf(id: string): string | undefined {
    const place = this.byId.get(id);
    return place === undefined ? undefined : `${this.files[Math.floor(place / 2 ** 32)]}:${place % 2 ** 32}`;
  }
}

/** Validates one record: the article, or the problems that keep it out (bad fields, an id used before). */
function validateRecord(record: RawRecord, lineOf: FileRecords['lineOf'], seen: FirstUses): Article | ContentProblem[] {
  const { file } = record;
  const result = articleInputSchema.safeParse(record.fields);
  if (!result.success) {
    return result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'article');
      const message = record.fields[key] === undefined && key !== 'article' ? `${key} is missing` : issue.message;
      return { file, line: lineOf(record, key), message };
    });
  }
  const idLine = lineOf(record, 'id');
  const firstSeen = seen.placeOf(result.data.id);
  if (firstSeen !== undefined) {
    return [{ file, line: idLine, message: `duplicate id "${result.data.id}" (first used at ${firstSeen}); ids must be unique across all content` }];
  }
  seen.use(result.data.id, idLine);
  if (record.sourceHash !== undefined) rememberSourceHash(result.data, record.sourceHash);
  return result.data;
}

/**
 * Reads, parses and validates articles one at a time, in a stable order,
 * pushing every problem onto `problems` as it is found: nothing is thrown for
 * bad content, so the author can fix everything in one pass. A build that
 * streams never holds the whole corpus; JSONL files, plain or gzipped, are
 * read line by line.
 *
 * Given `recognise` (an incremental build), a JSONL line whose bytes hash to
 * an article of the previous index comes back as an UnchangedArticle, neither
 * parsed nor validated again, unless its id was already used in this content
 * (then it is parsed, and reported as a duplicate).
 */
export async function* streamArticles(
  paths: readonly string[],
  problems: ContentProblem[],
  displayRoot = process.cwd(),
  recognise?: RecogniseHash,
): AsyncGenerator<Article | UnchangedArticle> {
  const listed = listContentFiles(paths);
  problems.push(...listed.problems);
  const seen = new FirstUses();
  let found = 0;
  for (const path of listed.files) {
    const file = relative(displayRoot, path) || path;
    seen.enterFile(file);
    const recogniseLine: RecogniseLine | undefined =
      recognise &&
      ((hash, line) => {
        const id = recognise(hash);
        if (id === undefined || seen.has(id)) return undefined;
        seen.use(id, line);
        return { unchangedId: id, hash };
      });
    const { items, lineOf } = await openRecords(path, file, recogniseLine);
    for await (const item of items) {
      if (isProblem(item)) {
        problems.push(item);
        continue;
      }
      if (isUnchanged(item)) {
        found++;
        yield item;
        continue;
      }
      const validated = validateRecord(item, lineOf, seen);
      if (Array.isArray(validated)) problems.push(...validated);
      else {
        found++;
        yield validated;
      }
    }
  }
  if (problems.length === 0 && found === 0) {
    problems.push({ file: paths.join(', '), line: 1, message: `no articles found; add ${Object.keys(CONTENT_FORMATS).join(', ')} files` });
  }
}

/** Reads, parses and validates every article into memory, with every problem found (see streamArticles). */
export async function loadArticles(paths: readonly string[], displayRoot = process.cwd()): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  for await (const article of streamArticles(paths, problems, displayRoot)) if (!isUnchanged(article)) articles.push(article);
  return { articles, problems };
}
