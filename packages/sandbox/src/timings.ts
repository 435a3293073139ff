import { z } from 'zod';

/** How long the simulated platforms take; short by default so tests and demos are quick. */
export const timingsSchema = z.object({
  initializeMs: z.number().min(0).default(100),
  buildMs: z.number().min(0).default(400),
  /** Pause between healthcheck attempts while DEPLOYING. */
  healthcheckIntervalMs: z.number().min(10).default(200),
  /** From READY to promote/rollback jobs succeeding on Vercel. */
  aliasMs: z.number().min(0).default(300),
  /** A rolling-release stage with a duration of one minute lasts this long. */
  minuteMs: z.number().min(1).default(1000),
});

export type Timings = z.output<typeof timingsSchema>;
