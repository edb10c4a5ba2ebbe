// JSON and JSONL content: one article per line (streamed, plain or gzipped), or an array of articles, each remembered with its line.

import type { UnchangedArticle } from '../../src/indexing/build-index';
import { type ContentProblem, isProblem, lineAt, type RawRecord, type ReadResult } from './content-problem';
import { decodeLine, LineReadError, readFileLineBytes } from './read-file-lines';
import { sourceHash } from './source-hash';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Converts JSON.parse's "at position N" (or "line L column C") into a line of the text. */
function lineOfJsonError(text: string, error: unknown, baseLine = 1): number {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) return baseLine + lineAt(text, Number(position[1])) - 1;
  const line = /line (\d+)/.exec(message);
  return line ? baseLine + Number(line[1]) - 1 : baseLine;
}

function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `invalid JSON (${message.replace(/^JSON\.parse: /, '')})`;
}

/** One JSONL line → its article record, a problem naming the line, or nothing for a blank line. */
export function parseJsonLine(file: string, line: number, rawLine: string): RawRecord | ContentProblem | null {
  if (rawLine.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(rawLine);
  } catch (error) {
    return { file, line, message: describeJsonError(error) };
  }
  if (!isObject(value)) return { file, line, message: 'each line must be one JSON object (an article)' };
  return { file, line, fields: value };
}

/**
 * Decides, from the hash of a line's bytes, that the line need not be parsed:
 * the previous index holds it unchanged. Returns what stands for it, or undefined to parse it.
 */
export type RecogniseLine = (hash: string, line: number) => UnchangedArticle | undefined;

/**
 * The records of a JSONL file (gzipped when named `.jsonl.gz`), streamed one
 * line at a time; bad lines and unreadable bytes come back as problems with their line.
 * Each record carries the hash of its line's bytes, and a line `recognise`
 * knows comes back as what it returned, neither decoded nor parsed.
 */
export async function* streamJsonLines(
  path: string,
  file: string,
  recognise?: RecogniseLine,
): AsyncGenerator<RawRecord | ContentProblem | UnchangedArticle> {
  try {
    for await (const { line, bytes } of readFileLineBytes(path)) {
      const hash = sourceHash(bytes);
      const unchanged = recognise?.(hash, line);
      if (unchanged !== undefined) {
        yield unchanged;
        continue;
      }
      const parsed = parseJsonLine(file, line, decodeLine(bytes, line));
      if (parsed !== null) yield { ...parsed, ...(isProblem(parsed) ? {} : { sourceHash: hash }) };
    }
  } catch (error) {
    if (!(error instanceof LineReadError)) throw error;
    yield { file, line: error.line, message: error.message };
  }
}

/** Start line of each top-level array element, found with a real parser (yaml reads JSON with positions). */
async function elementLines(text: string): Promise<number[]> {
  // Imported on first use: JSONL content, the usual large dump, never needs it.
  const { isMap, isSeq, parseDocument } = await import('yaml');
  const document = parseDocument(text, { keepSourceTokens: false });
  if (!isSeq(document.contents)) return [];
  return document.contents.items.map((item) => {
    const range = isMap(item) || isSeq(item) ? item.range : (item as { range?: [number, number, number] }).range;
    return range ? lineAt(text, range[0]) : 1;
  });
}

export async function readJsonArray(file: string, text: string): Promise<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { records: [], problems: [{ file, line: lineOfJsonError(text, error), message: describeJsonError(error) }] };
  }
  const items = Array.isArray(value) ? value : [value];
  const lines = Array.isArray(value) ? await elementLines(text) : [1];
  const records: RawRecord[] = [];
  const problems: ContentProblem[] = [];
  items.forEach((item, index) => {
    const line = lines[index] ?? 1;
    if (!isObject(item)) problems.push({ file, line, message: 'each element of the array must be a JSON object (an article)' });
    else records.push({ file, line, fields: item });
  });
  return { records, problems };
}
