import { z } from 'zod';

/** How one version of the sample app behaves; every field has a healthy default. */
export const appBehaviourSchema = z.object({
  /** Share of /api and page requests answered 500, from 0 to 1. */
  errorRate: z.number().min(0).max(1).default(0),
  /** Added latency per request: a uniform draw in [latencyMs - jitter, latencyMs + jitter]. */
  latencyMs: z.number().min(0).default(5),
  latencyJitterMs: z.number().min(0).default(3),
  /** Health endpoints answer 503 for this long after start. */
  slowStartMs: z.number().min(0).default(0),
  /** The process dies this long after start. */
  crashAfterMs: z.number().min(0).optional(),
  /** False: the health endpoints never answer 200. */
  healthy: z.boolean().default(true),
  /** False: no CSP, framing, nosniff or HSTS headers. */
  securityHeaders: z.boolean().default(true),
});

export type AppBehaviour = z.output<typeof appBehaviourSchema>;
export type AppBehaviourInput = z.input<typeof appBehaviourSchema>;

/** The versions every sandbox knows: blue and green are healthy; the rest show one failure each. */
export const builtInVersions: Record<string, AppBehaviourInput> = {
  blue: {},
  green: {},
  slow: { latencyMs: 400, latencyJitterMs: 100 },
  errors: { errorRate: 0.3 },
  broken: { healthy: false },
  crashing: { crashAfterMs: 1500 },
  'slow-start': { slowStartMs: 3000 },
  insecure: { securityHeaders: false },
};
