// readFileLines: a plain or gzipped file → its numbered lines, whatever the chunk boundaries, with bad bytes named by line.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { LineReadError, type NumberedLine, readFileLines } from '../../scripts/content/read-file-lines';

const folder = mkdtempSync(join(tmpdir(), 'bahth-lines-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fileHolding(name: string, bytes: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

async function linesOf(path: string): Promise<NumberedLine[]> {
  const lines: NumberedLine[] = [];
  for await (const line of readFileLines(path)) lines.push(line);
  return lines;
}

async function errorOf(path: string): Promise<LineReadError> {
  try {
    await linesOf(path);
  } catch (error) {
    if (error instanceof LineReadError) return error;
    throw error;
  }
  throw new Error(`${path} was read without an error`);
}

describe('readFileLines', () => {
  it('numbers the lines of a plain file, with or without a final newline, and drops a leading byte-order mark', async () => {
    expect(await linesOf(fileHolding('a.jsonl', '\uFEFFأول\n\nثالث'))).toEqual([
      { line: 1, text: 'أول' },
      { line: 2, text: '' },
      { line: 3, text: 'ثالث' },
    ]);
  });

  it('reads a gzipped file as the text it holds', async () => {
    expect(await linesOf(fileHolding('b.jsonl.gz', gzipSync('سطر\nآخر\n')))).toEqual([
      { line: 1, text: 'سطر' },
      { line: 2, text: 'آخر' },
    ]);
  });

  it('keeps Arabic letters whole when a line spans several read chunks', async () => {
    // 3 MiB of two-byte letters, odd-offset so chunk borders fall inside letters.
    const long = `x${'ب'.repeat(3 * 1024 * 512)}`;
    const lines = await linesOf(fileHolding('c.jsonl.gz', gzipSync(`${long}\n${long}\n`)));
    expect(lines.map((line) => line.text === long)).toEqual([true, true]);
  });

  it('names the line of bytes that are not UTF-8', async () => {
    const error = await errorOf(fileHolding('d.jsonl', Buffer.concat([Buffer.from('سليم\n'), Buffer.from([0xe9, 0x0a])])));
    expect([error.line, error.message]).toEqual([2, 'not valid UTF-8; re-save the file with UTF-8 encoding']);
  });

  it('names the line where a gzip stream is cut short', async () => {
    const whole = gzipSync(`${'سطر طويل '.repeat(2000)}\n${'و'.repeat(50_000)}\n`);
    const error = await errorOf(fileHolding('e.jsonl.gz', whole.subarray(0, whole.length - 30)));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^the gzip data is damaged or cut short here \(unexpected end of file\)/);
  });
});
