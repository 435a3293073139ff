import { readFileSync } from 'node:fs';
import { UserError } from '@golive/core';
import { parse } from 'yaml';
import { z } from 'zod';
import { appBehaviourSchema } from './app/behaviour.js';
import { faultPlanSchema } from './faults.js';
import { timingsSchema } from './timings.js';

const railwayServiceSchema = z.object({
  name: z.string().min(1),
  /** The image the service runs; its tag picks the sample app's version. */
  image: z.string().min(1).default('ghcr.io/golive-example/shop-api:blue'),
  healthcheckPath: z.string().nullable().default('/healthz'),
  /** Seconds, as Railway counts them. */
  healthcheckTimeout: z.number().int().min(1).default(10),
  overlapSeconds: z.number().int().min(0).default(0),
  drainingSeconds: z.number().int().min(0).default(0),
  restartPolicyMaxRetries: z.number().int().min(0).default(0),
});

const railwayProjectSchema = z.object({
  name: z.string().min(1),
  environments: z.array(z.string().min(1)).min(1).default(['production', 'staging']),
  services: z.array(railwayServiceSchema).prefault([{ name: 'api' }]),
});

const vercelProjectSchema = z.object({
  name: z.string().min(1),
  /** The version the current production deployment runs. */
  version: z.string().default('blue'),
  framework: z.string().nullable().default('nextjs'),
});

export const sandboxConfigSchema = z.object({
  railway: z.object({ projects: z.array(railwayProjectSchema).prefault([{ name: 'shop' }]) }).prefault({}),
  vercel: z
    .object({
      team: z.object({ id: z.string().default('team_golivesandbox'), slug: z.string().default('golive-example') }).prefault({}),
      projects: z.array(vercelProjectSchema).prefault([{ name: 'shop-web' }]),
    })
    .prefault({}),
  github: z
    .object({
      owner: z.string().default('golive-example'),
      repo: z.string().default('shop'),
      pulls: z
        .array(
          z.object({
            number: z.number().int().min(1),
            title: z.string().default('Change'),
            headSha: z.string().default('1111111111111111111111111111111111111111'),
            headRef: z.string().default('feature'),
            baseSha: z.string().default('0000000000000000000000000000000000000000'),
            baseRef: z.string().default('main'),
            files: z.array(z.string()).default([]),
            reviews: z
              .array(z.object({ user: z.string(), state: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED']) }))
              .default([]),
          }),
        )
        .default([]),
      statuses: z
        .array(z.object({ sha: z.string(), context: z.string(), state: z.enum(['success', 'failure', 'pending', 'error']) }))
        .default([]),
      /** Repository files by ref, then path: what the contents API serves. */
      files: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    })
    .prefault({}),
  versions: z.record(z.string(), appBehaviourSchema.partial()).default({}),
  timings: timingsSchema.prefault({}),
  rateLimitPerSecond: z.number().int().min(1).default(50),
  /** Start Prometheus when its binary is on PATH. */
  prometheus: z.boolean().default(true),
  faults: faultPlanSchema.prefault({}),
});

export type SandboxConfig = z.output<typeof sandboxConfigSchema>;
export type SandboxConfigInput = z.input<typeof sandboxConfigSchema>;

export function parseSandboxConfig(input: unknown, source = 'sandbox config'): SandboxConfig {
  const result = sandboxConfigSchema.safeParse(input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`${source}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return result.data;
}

export function loadSandboxConfig(path: string): SandboxConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`sandbox config ${path}: cannot read the file; expected a YAML or JSON sandbox config`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new UserError(`sandbox config ${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseSandboxConfig(data, `sandbox config ${path}`);
}
