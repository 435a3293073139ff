import { HttpError, request } from '@golive/core';
import type { StatusExpectation } from './expect-status.js';

export interface ProbeOptions {
  expectStatus: StatusExpectation;
  expectBody?: RegExp;
  headers?: Record<string, string>;
  timeoutMs: number;
}

export interface Probe {
  ok: boolean;
  status?: number;
  ms?: number;
  /** Why the probe failed, in words; absent when it passed. */
  reason?: string;
  headers?: Headers;
}

/** One GET, judged against the expected status and body. Never throws for the network. */
export async function probeUrl(url: string, options: ProbeOptions): Promise<Probe> {
  try {
    const res = await request({
      url,
      headers: { 'user-agent': 'golive-health-check', ...options.headers },
      timeoutMs: options.timeoutMs,
      deadlineMs: options.timeoutMs,
      // The caller polls; a retry here would hide flapping and skew latency.
      retry: 'never',
      what: 'GET',
    });
    const base = { status: res.status, ms: Math.round(res.ms), headers: res.headers };
    if (!options.expectStatus.matches(res.status)) {
      return { ...base, ok: false, reason: `status ${res.status}, expected ${options.expectStatus.text}` };
    }
    if (options.expectBody && !options.expectBody.test(res.body)) {
      return { ...base, ok: false, reason: `body does not match /${options.expectBody.source}/` };
    }
    return { ...base, ok: true };
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, reason: error.message.replace(/^GET to /, '') };
    throw error;
  }
}
