// Starts `wrangler dev` on the test configuration for the browser tests, and stops it (with its workerd child).

import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface RunningWorker {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/health`);
    return response.ok;
  } catch {
    return false;
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode} before serving; see ${logPath}`);
    if (await isHealthy(baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer ${baseUrl}/health within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logPath}`);
}

/** Kills the process group wrangler leads (wrangler and workerd), politely first. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Runs `wrangler dev --config tests/wrangler.toml` on port and resolves once /health answers. */
export async function startWranglerDev(root: string, port: number, inspectorPort: number): Promise<RunningWorker> {
  const wrangler = createRequire(join(root, 'package.json')).resolve('wrangler/bin/wrangler.js');
  const logDirectory = join(root, 'test-results');
  mkdirSync(logDirectory, { recursive: true });
  const logPath = join(logDirectory, 'wrangler-dev.log');
  const log = createWriteStream(logPath);
  const args = ['dev', '--config', 'tests/wrangler.toml', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort)];
  const child = spawn(process.execPath, [wrangler, ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  // If vitest itself is interrupted, teardown never runs: take the server down with this process.
  const killOnExit = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // Already stopped.
    }
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopGroup(child);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, logPath);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
