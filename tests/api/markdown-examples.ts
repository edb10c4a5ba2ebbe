// Example requests and answers read from the Markdown docs: a fenced `sh` block holding one curl command, then a `json` block with its answer.

/** One curl command of the docs, and the answer shown right after it when there is one. */
export interface DocsExample {
  readonly file: string;
  readonly line: number;
  readonly command: string;
  /** The request as a path with its query string, e.g. `/search?q=…`. */
  readonly path: string;
  readonly expected?: unknown;
}

/** The address every example talks to. */
const LOCAL_ORIGIN = 'http://localhost:8787';

interface FencedBlock {
  readonly language: string;
  readonly text: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  for (const match of markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const start = match.index;
    blocks.push({
      language: match[1] ?? '',
      text: match[2] ?? '',
      line: markdown.slice(0, start).split('\n').length,
      start,
      end: start + match[0].length,
    });
  }
  return blocks;
}

/** Splits a shell command into words, honouring single and double quotes (enough for the docs' curl lines). */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  for (const match of command.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    words.push(match[1] ?? match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? '');
  }
  return words;
}

/** The path and query a curl command requests: its URL, plus `--data-urlencode` values when `-G` is given. */
export function requestPath(command: string): string {
  const words = shellWords(command.split('|')[0] ?? '');
  let url: URL | undefined;
  const data: string[] = [];
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (word === '--data-urlencode') {
      const pair = words[++index] ?? '';
      const equals = pair.indexOf('=');
      data.push(`${pair.slice(0, equals)}=${encodeURIComponent(pair.slice(equals + 1))}`);
    } else if (word.startsWith(LOCAL_ORIGIN)) {
      url = new URL(word);
    }
  }
  if (url === undefined) throw new Error(`no ${LOCAL_ORIGIN} URL in: ${command}`);
  const query = [url.search.slice(1), ...data].filter((part) => part !== '').join('&');
  return `${url.pathname}${query === '' ? '' : `?${query}`}`;
}

/** The curl commands of a `sh` block that talk to the local worker. */
function curlCommands(block: FencedBlock): string[] {
  return block.text
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('curl ') && line.includes(LOCAL_ORIGIN));
}

/**
 * Every curl example of a Markdown file. A `json` block that follows a `sh`
 * block with nothing but blank lines between is that command's answer, and
 * such a `sh` block must then hold exactly one command.
 */
export function docsExamples(file: string, markdown: string): DocsExample[] {
  const blocks = fencedBlocks(markdown);
  const examples: DocsExample[] = [];
  blocks.forEach((block, index) => {
    if (block.language !== 'sh') return;
    const commands = curlCommands(block);
    const next = blocks[index + 1];
    const answer = next?.language === 'json' && markdown.slice(block.end, next.start).trim() === '' ? next : undefined;
    if (answer !== undefined && commands.length !== 1) {
      throw new Error(
        `${file}:${block.line}: a sh block followed by its JSON answer must hold exactly one curl command (it holds ${commands.length})`,
      );
    }
    for (const command of commands) {
      const base = { file, line: block.line, command, path: requestPath(command) };
      examples.push(answer === undefined ? base : { ...base, expected: parseAnswer(file, answer) });
    }
  });
  return examples;
}

function parseAnswer(file: string, block: FencedBlock): unknown {
  try {
    return JSON.parse(block.text);
  } catch (error) {
    throw new Error(`${file}:${block.line}: the JSON answer does not parse (${String(error)})`);
  }
}
