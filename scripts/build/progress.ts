// Build progress: articles read, indexed and files written; one redrawn line on a terminal, plain lines otherwise.

export type Stage = 'read' | 'indexed' | 'written';

export interface Progress {
  /** Reports that `done` items of a stage are finished, of `total` when it is known; done === total ends the stage. */
  update(stage: Stage, done: number, total?: number): void;
  /** Says what the build does now, between stages (a merge of a large build takes minutes with no count to show). */
  note(text: string): void;
  /** Ends the progress display (clears the live line on a terminal). */
  finish(): void;
}

export interface ProgressTarget {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const UNITS: Record<Stage, string> = { read: 'articles read', indexed: 'articles indexed', written: 'files written' };
const STAGES: readonly Stage[] = ['read', 'indexed', 'written'];

/** A log gets a line each time a stage of unknown length passes another multiple of this, so an hour-long build shows it is alive. */
export const LOG_LINE_EVERY = 100_000;

const count = (value: number): string => value.toLocaleString('en');

/** No progress at all: --quiet and --json builds. */
export const silentProgress: Progress = { update: () => undefined, note: () => undefined, finish: () => undefined };

/** A terminal: one status line, redrawn at most every 100 ms, showing every stage so far. */
function terminalProgress(target: ProgressTarget): Progress {
  const counts = new Map<Stage, string>();
  let now = '';
  let lastDraw = 0;
  let drawn = false;
  const draw = (): void => {
    drawn = true;
    target.write(`\r\x1b[2K${[...STAGES.flatMap((s) => counts.get(s) ?? []), ...(now === '' ? [] : [now])].join(' · ')}`);
  };
  return {
    update(stage, done, total) {
      counts.set(stage, `${total === undefined ? count(done) : `${count(done)}/${count(total)}`} ${UNITS[stage]}`);
      const time = Date.now();
      if (done !== total && time - lastDraw < 100) return;
      lastDraw = time;
      draw();
    },
    note(text) {
      now = text;
      draw();
    },
    finish() {
      if (drawn) target.write('\r\x1b[2K');
    },
  };
}

/** A log (CI, a pipe): one line when each stage completes, nothing in between. */
function lineProgress(target: ProgressTarget): Progress {
  const logged = new Map<Stage, number>();
  return {
    update(stage, done, total) {
      if (done === total) target.write(`build-index: ${count(done)} ${UNITS[stage]}\n`);
      else if (total === undefined && Math.floor(done / LOG_LINE_EVERY) > (logged.get(stage) ?? 0)) {
        logged.set(stage, Math.floor(done / LOG_LINE_EVERY));
        target.write(`build-index: ${count(done)} ${UNITS[stage]} so far\n`);
      }
    },
    note: (text) => target.write(`build-index: ${text}\n`),
    finish: () => undefined,
  };
}

/** Picks the display for where the output goes. */
export function createProgress(target: ProgressTarget, options: { quiet: boolean }): Progress {
  if (options.quiet) return silentProgress;
  return target.isTTY ? terminalProgress(target) : lineProgress(target);
}
