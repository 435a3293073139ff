import { afterEach, describe, expect, it } from 'vitest';
import { type LogSink, setLogSink, silentSink } from '../src/log.js';
import { waitFor } from '../src/wait-for.js';

afterEach(() => setLogSink(silentSink));

function capture(): string[] {
  const lines: string[] = [];
  const sink: LogSink = { ...silentSink, info: (m) => lines.push(m) };
  setLogSink(sink);
  return lines;
}

describe('waitFor', () => {
  it('returns the value once the probe is done, logging state changes', async () => {
    const lines = capture();
    let n = 0;
    const result = await waitFor(
      async () => {
        n++;
        return { done: n >= 3, value: n, state: n < 2 ? 'BUILDING' : 'DEPLOYING' };
      },
      { what: 'deployment d1', deadlineMs: 5000, intervalMs: 10 },
    );
    expect(result).toMatchObject({ done: true, value: 3, probes: 3 });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^waiting for deployment d1: \d+ ms elapsed, last: BUILDING$/);
    expect(lines[1]).toContain('last: DEPLOYING');
  });

  it('gives up at the deadline with the last state, probing once at the deadline', async () => {
    capture();
    const started = Date.now();
    const result = await waitFor(async () => ({ done: false, value: 'x', state: 'QUEUED' }), {
      what: 'x',
      deadlineMs: 300,
      intervalMs: 100,
      factor: 1,
    });
    expect(result.done).toBe(false);
    expect(result.state).toBe('QUEUED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(600);
    expect(result.probes).toBeGreaterThanOrEqual(4);
  });

  it('logs progress at least every progress period even when the state does not change', async () => {
    const lines = capture();
    await waitFor(async () => ({ done: false, value: 0, state: 'same' }), {
      what: 'x',
      deadlineMs: 500,
      intervalMs: 50,
      factor: 1,
      progressEveryMs: 150,
    });
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });

  it('backs off by the factor up to the maximum interval', async () => {
    capture();
    const times: number[] = [];
    await waitFor(
      async () => {
        times.push(Date.now());
        return { done: times.length === 4, value: 0, state: 's' };
      },
      { what: 'x', deadlineMs: 5000, intervalMs: 50, factor: 2, maxIntervalMs: 150 },
    );
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[1]).toBeGreaterThanOrEqual(95);
    expect(gaps[2]).toBeGreaterThanOrEqual(145);
    expect(gaps[2]).toBeLessThan(250);
  });
});
