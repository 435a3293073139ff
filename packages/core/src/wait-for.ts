import { formatDuration } from './duration.js';
import { log } from './log.js';
import { sleep } from './sleep.js';

export interface ProbeResult<T> {
  done: boolean;
  value: T;
  /** A short description of the last observed state, for the progress log. */
  state: string;
}

export interface WaitOptions {
  /** What is awaited, as it should read in the log: "https://api.example.com healthy". */
  what: string;
  /** Total time allowed, in ms. The probe runs once more at the deadline. */
  deadlineMs: number;
  /** First pause between probes, in ms. */
  intervalMs: number;
  /** Growth of the pause after each unfinished probe; 1 keeps it constant. */
  factor?: number;
  maxIntervalMs?: number;
  /** A progress line at least this often while waiting. */
  progressEveryMs?: number;
  signal?: AbortSignal;
}

export interface WaitResult<T> {
  done: boolean;
  value: T;
  state: string;
  elapsedMs: number;
  probes: number;
}

/**
 * golive's one polling helper: probe until done or the deadline passes, logging
 * what it waits for, the time elapsed and the last state whenever the state
 * changes and at least every 15 s. It returns rather than throws on time-out, so
 * the caller decides how a time-out reads.
 */
export async function waitFor<T>(probe: () => Promise<ProbeResult<T>>, options: WaitOptions): Promise<WaitResult<T>> {
  const started = Date.now();
  const deadline = started + options.deadlineMs;
  const factor = options.factor ?? 1.5;
  const maxInterval = options.maxIntervalMs ?? Math.max(options.intervalMs, 30_000);
  const progressEvery = options.progressEveryMs ?? 15_000;
  let interval = options.intervalMs;
  let lastLogged = started;
  let lastState: string | undefined;
  for (let probes = 1; ; probes++) {
    const result = await probe();
    const now = Date.now();
    const elapsedMs = now - started;
    if (result.done || now >= deadline) {
      return { ...result, elapsedMs, probes };
    }
    if (result.state !== lastState || now - lastLogged >= progressEvery) {
      log.info(`waiting for ${options.what}: ${formatDuration(elapsedMs)} elapsed, last: ${result.state}`);
      lastLogged = now;
      lastState = result.state;
    }
    await sleep(Math.max(0, Math.min(interval, deadline - now, progressEvery)), options.signal);
    interval = Math.min(maxInterval, interval * factor);
  }
}
