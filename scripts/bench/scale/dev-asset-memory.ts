// `npx tsx scripts/bench/scale/dev-asset-memory.ts --index DIR [--fetches 2000] [--batch 250] [--port 8791]`: what
// `wrangler dev` holds for each static asset a Worker reads. Serves DIR as assets to a Worker that does nothing but
// fetch pieces through the ASSETS binding and drop them (no Bahth code), and after each batch prints, as one JSON
// line, the fetches and bytes so far and the workerd process's open files and resident memory. Linux only (/proc).
//
// Why: through `wrangler dev` a 1M-article index made workerd abort ("JavaScript heap out of memory") after a few
// hundred searches, while the same engine in Node stays near its cache budget. This separates the local asset
// server's share from the engine's.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexArgument } from './index-argument';

const USAGE = 'npx tsx scripts/bench/scale/dev-asset-memory.ts --index DIR [--fetches 2000] [--batch 250] [--port 8791]';
const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    fetches: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '250' },
    port: { type: 'string', default: '8791' },
  },
});
const dir = resolve(indexArgument(values.index, USAGE));
const fetches = Number(values.fetches);
const batch = Number(values.batch);
const piecesPerRequest = 25;
if (!(fetches > 0 && batch >= piecesPerRequest)) throw new Error(USAGE);

// The term blocks and document pieces, in name order: what searches read most.
const names = readdirSync(join(dir, 'pieces')).filter((name) => name.endsWith('.terms') || name.endsWith('.bin') || name.endsWith('.rows'));

const WORKER = `
const NAMES = ${JSON.stringify(names)};
let next = 0;
export default {
  async fetch(request, env) {
    const count = Number(new URL(request.url).searchParams.get('n'));
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const response = await env.ASSETS.fetch(new Request('https://index-data.invalid/pieces/' + NAMES[next++ % NAMES.length]));
      bytes += (await response.arrayBuffer()).byteLength;
    }
    return new Response(String(bytes));
  },
};
`;

/** The workerd process wrangler started (the one serving the Worker), by its command line. */
function workerdPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (command.includes('workerd') && command.includes('serve')) return Number(entry);
    } catch {
      // The process ended while being looked at.
    }
  }
  return undefined;
}

function processFigures(pid: number): { openFiles: number; rssMiB: number } {
  const openFiles = readdirSync(`/proc/${pid}/fd`).length;
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { openFiles, rssMiB: Math.round(rssKiB / 1024) };
}

async function waitForServer(base: string, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error('wrangler dev stopped before serving');
    try {
      if ((await fetch(`${base}/?n=0`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('wrangler dev did not answer within 60 s');
}

const root = mkdtempSync(join(tmpdir(), 'bahth-dev-assets-'));
writeFileSync(join(root, 'worker.js'), WORKER);
writeFileSync(
  join(root, 'wrangler.toml'),
  [
    'name = "asset-memory-probe"',
    'main = "worker.js"',
    'compatibility_date = "2026-04-20"',
    '[assets]',
    `directory = "${dir}"`,
    'binding = "ASSETS"',
    'run_worker_first = true',
    '',
  ].join('\n'),
);
const base = `http://127.0.0.1:${values.port}`;
const wrangler = spawn('npx', ['wrangler', 'dev', '--config', join(root, 'wrangler.toml'), '--ip', '127.0.0.1', '--port', values.port], {
  cwd: process.cwd(),
  detached: true,
  stdio: 'ignore',
});
try {
  await waitForServer(base, wrangler);
  let done = 0;
  let bytes = 0;
  while (done < fetches) {
    for (let inBatch = 0; inBatch < batch && done < fetches; inBatch += piecesPerRequest) {
      const response = await fetch(`${base}/?n=${piecesPerRequest}`);
      if (!response.ok) throw new Error(`the probe Worker answered ${response.status} after ${done} fetches`);
      bytes += Number(await response.text());
      done += piecesPerRequest;
    }
    const pid = workerdPid();
    const figures = pid === undefined ? { openFiles: -1, rssMiB: -1 } : processFigures(pid);
    process.stdout.write(`${JSON.stringify({ fetches: done, fetchedMiB: Math.round(bytes / 1048576), ...figures })}\n`);
  }
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exitCode = 1;
} finally {
  if (wrangler.pid !== undefined) {
    try {
      process.kill(-wrangler.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  rmSync(root, { recursive: true, force: true });
}
