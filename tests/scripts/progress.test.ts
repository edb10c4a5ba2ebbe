// Build progress: a redrawn line on a terminal, a line per finished stage in a log, nothing when quiet.

import { describe, expect, it } from 'vitest';
import { createProgress, LOG_LINE_EVERY } from '../../scripts/build/progress';

function record(isTTY: boolean, quiet = false): { output: () => string; progress: ReturnType<typeof createProgress> } {
  let text = '';
  const progress = createProgress({ isTTY, write: (chunk: string) => (text += chunk) }, { quiet });
  return { output: () => text, progress };
}

describe('createProgress', () => {
  it('redraws one terminal line with every stage so far', () => {
    const { output, progress } = record(true);
    progress.update('read', 9958, 9958);
    progress.update('indexed', 9958, 9958);
    expect(output().split('\r\x1b[2K').at(-1)).toBe('9,958/9,958 articles read · 9,958/9,958 articles indexed');
  });

  it('writes one plain line per finished stage when not on a terminal', () => {
    const { output, progress } = record(false);
    progress.update('indexed', 250, 500);
    progress.update('indexed', 500, 500);
    expect(output()).toBe('build-index: 500 articles indexed\n');
  });

  it('counts a streamed stage without a total, and logs each multiple of LOG_LINE_EVERY it passes', () => {
    const terminal = record(true);
    terminal.progress.update('read', 1200);
    expect(terminal.output().split('\r\x1b[2K').at(-1)).toBe('1,200 articles read');
    const log = record(false);
    for (const done of [250, LOG_LINE_EVERY - 1, LOG_LINE_EVERY + 249, LOG_LINE_EVERY + 500, 2 * LOG_LINE_EVERY])
      log.progress.update('indexed', done);
    log.progress.update('indexed', 2 * LOG_LINE_EVERY + 7, 2 * LOG_LINE_EVERY + 7);
    expect(log.output()).toBe(
      'build-index: 100,249 articles indexed so far\nbuild-index: 200,000 articles indexed so far\nbuild-index: 200,007 articles indexed\n',
    );
  });

  it('says what the build does between stages: a line in a log, the end of the status line on a terminal', () => {
    const log = record(false);
    log.progress.note('merging 50 segments into one');
    expect(log.output()).toBe('build-index: merging 50 segments into one\n');
    const terminal = record(true);
    terminal.progress.update('indexed', 1200);
    terminal.progress.note('merging 50 segments into one');
    expect(terminal.output().split('\r\x1b[2K').at(-1)).toBe('1,200 articles indexed · merging 50 segments into one');
  });

  it('writes nothing when quiet', () => {
    const { output, progress } = record(true, true);
    progress.update('read', 1, 1);
    progress.finish();
    expect(output()).toBe('');
  });
});
