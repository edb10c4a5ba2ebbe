// Markdown content: YAML front matter holds the fields, the Markdown body becomes plain text.

import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type matter from 'gray-matter';
import type { ContentProblem, ReadResult } from './content-problem';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'br', 'hr', 'div']);

/**
 * The parsers Markdown needs, imported on first use: a build of JSONL content
 * (the usual large dump) never loads them, which saves about 0.2 CPU-seconds
 * of module loading on every incremental build.
 */
const loadMarkdownTools = (() => {
  let loading: Promise<MarkdownTools> | undefined;
  return (): Promise<MarkdownTools> => {
    loading ??= Promise.all([import('gray-matter'), import('marked'), import('htmlparser2'), import('yaml')]).then(
      ([matter, { marked }, { Parser }, { parse }]) => ({ matter: matter.default, marked, Parser, parseYaml: parse }),
    );
    return loading;
  };
})();

interface MarkdownTools {
  readonly matter: typeof matter;
  readonly marked: typeof import('marked').marked;
  readonly Parser: typeof import('htmlparser2').Parser;
  readonly parseYaml: typeof import('yaml').parse;
}

/** Renders Markdown with marked and keeps its text, one line per block. */
function markdownToText(markdown: string, { marked, Parser }: MarkdownTools): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const lines: string[] = [];
  let current = '';
  const endBlock = (): void => {
    if (current.trim()) lines.push(current.trim().replace(/[ \t]+/g, ' '));
    current = '';
  };
  const parser = new Parser(
    {
      ontext: (text) => {
        current += text;
      },
      onopentag: (name) => {
        if (BLOCK_TAGS.has(name)) endBlock();
      },
      onclosetag: (name) => {
        if (BLOCK_TAGS.has(name)) endBlock();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  endBlock();
  return lines.join('\n');
}

/** The line of a front-matter key, so a problem with it points at it. */
export function frontMatterLine(text: string, key: string): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, position) => position > 0 && new RegExp(`^${key}\\s*:`).test(line));
  return index >= 0 ? index + 1 : 1;
}

/**
 * Front matter is read as YAML 1.2 (the yaml package's core schema), which has
 * no timestamp type: `date: 2023-02-30` stays the text the author wrote and is
 * validated as such, where YAML 1.1 would quietly turn it into 2 March.
 */
const frontMatterEngines = ({ parseYaml }: MarkdownTools): Record<'yaml', (text: string) => object> => ({
  yaml: (text: string): object => (parseYaml(text) as object | null) ?? {},
});

export async function readMarkdownArticle(file: string, text: string, path: string): Promise<ReadResult> {
  const tools = await loadMarkdownTools();
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = tools.matter(text, { engines: frontMatterEngines(tools) });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { records: [], problems: [{ file, line: 1, message: `invalid front matter (${reason})` }] };
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.data as Record<string, unknown>)) fields[key] = value;
  fields.id ??= basename(file, extname(file));
  const problems: ContentProblem[] = [];
  let body = parsed.content;
  // `body_file` lets a Markdown file carry the fields of an article whose text is kept elsewhere. It is
  // resolved from where the file is, not from its display name, which is relative to the build's folder.
  if (typeof fields.body_file === 'string') {
    const bodyPath = resolve(dirname(path), fields.body_file);
    try {
      body = readFileSync(bodyPath, 'utf8');
    } catch {
      problems.push({
        file,
        line: frontMatterLine(text, 'body_file'),
        message: `body_file ${fields.body_file} cannot be read (looked for ${bodyPath})`,
      });
    }
    delete fields.body_file;
    fields.body = body;
  } else {
    fields.body = markdownToText(body, tools);
  }
  return { records: problems.length ? [] : [{ file, line: 1, fields }], problems };
}
