import { type Inputs, input } from '@golive/core';
import type { HealthOptions } from './check-health.js';
import { parseExpectStatus } from './expect-status.js';

/** The inputs of the health-check action, which `golive health` reads the same way. */
export const healthInputs = {
  urls: input.urls(),
  'expect-status': input.parsed('status codes like 200, 2xx or 200,204', parseExpectStatus, { default: '200' }),
  'expect-body': input.regex({ optional: true }),
  headers: input.headers({ optional: true }),
  timeout: input.duration({ default: '10s' }),
  wait: input.duration({ default: '2m' }),
  interval: input.duration({ default: '5s' }),
  samples: input.integer({ default: '10' }, { min: 0, max: 1000 }),
  'max-p95-ms': input.number({ optional: true }, { min: 0 }),
  'security-headers': input.boolean({ default: 'false' }),
};

export function healthOptions(inputs: Inputs<typeof healthInputs>): HealthOptions {
  return {
    urls: inputs.urls,
    expectStatus: inputs['expect-status'],
    expectBody: inputs['expect-body'],
    headers: inputs.headers,
    timeoutMs: inputs.timeout,
    waitMs: inputs.wait,
    intervalMs: inputs.interval,
    samples: inputs.samples,
    maxP95Ms: inputs['max-p95-ms'],
    securityHeaders: inputs['security-headers'],
  };
}
