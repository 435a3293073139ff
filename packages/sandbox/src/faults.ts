import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { UserError } from '@golive/core';
import { parse } from 'yaml';
import { z } from 'zod';

/** A fault on an API call: by API and operation (a GraphQL field, or `METHOD /path`). */
export const requestFaultSchema = z.object({
  api: z.enum(['railway', 'vercel', 'github']),
  /** Railway: a root field such as `serviceInstanceDeployV2`; REST: `POST /v13/deployments` or a path prefix `/v2/files`. */
  match: z.string().min(1),
  status: z.number().int().min(100).max(599).optional(),
  /** Seconds, sent as Retry-After with the status. */
  retryAfter: z.number().min(0).optional(),
  latencyMs: z.number().min(0).optional(),
  /** Never answer (the client's time-out must fire). */
  hang: z.boolean().optional(),
  /** Close the connection without an answer. */
  reset: z.boolean().optional(),
  /** Answer 200 with a body that is not the JSON the client expects. */
  malformed: z.boolean().optional(),
  /** Fail this many times, then behave; unlimited when absent. */
  times: z.number().int().min(1).optional(),
});

/** A fault on what a deployment does once created. */
export const deploymentFaultSchema = z.object({
  platform: z.enum(['railway', 'vercel']),
  /** Railway service or Vercel project name. */
  service: z.string().min(1),
  kind: z.enum(['build-failure', 'crash-after-start', 'never-healthy']),
  times: z.number().int().min(1).optional(),
});

export const faultPlanSchema = z.object({
  requests: z.array(requestFaultSchema).default([]),
  deployments: z.array(deploymentFaultSchema).default([]),
});

export type RequestFault = z.output<typeof requestFaultSchema>;
export type DeploymentFault = z.output<typeof deploymentFaultSchema>;
export type FaultPlanInput = z.input<typeof faultPlanSchema>;

/** The faults in force; each one with `times` is used up as it fires. */
export class Faults {
  private requests: RequestFault[] = [];
  private deployments: DeploymentFault[] = [];

  load(plan: FaultPlanInput): void {
    const parsed = faultPlanSchema.parse(plan);
    this.requests.push(...parsed.requests);
    this.deployments.push(...parsed.deployments);
  }

  /** Reads a plan from a YAML or JSON file; a bad one is a UserError naming the file. */
  loadFile(path: string): void {
    let plan: unknown;
    try {
      plan = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new UserError(`fault plan ${path}: ${(error as Error).message.split('\n')[0]}`);
    }
    const result = faultPlanSchema.safeParse(plan);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new UserError(`fault plan ${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    this.load(result.data);
  }

  clear(): void {
    this.requests = [];
    this.deployments = [];
  }

  list(): { requests: RequestFault[]; deployments: DeploymentFault[] } {
    return { requests: [...this.requests], deployments: [...this.deployments] };
  }

  /** The fault for this call, if any, counting it as fired. */
  takeRequest(api: RequestFault['api'], operation: string): RequestFault | undefined {
    const fault = this.requests.find((f) => f.api === api && matches(f.match, operation));
    if (fault) this.use(this.requests, fault);
    return fault;
  }

  takeDeployment(platform: DeploymentFault['platform'], service: string): DeploymentFault | undefined {
    const fault = this.deployments.find((f) => f.platform === platform && f.service === service);
    if (fault) this.use(this.deployments, fault);
    return fault;
  }

  private use<T extends { times?: number }>(list: T[], fault: T): void {
    if (fault.times === undefined) return;
    fault.times -= 1;
    if (fault.times <= 0) list.splice(list.indexOf(fault), 1);
  }
}

/** `POST /v13/deployments` matches exactly or as a prefix; a bare path matches any method. */
function matches(pattern: string, operation: string): boolean {
  if (pattern === operation) return true;
  const [method, path] = operation.includes(' ') ? operation.split(' ', 2) : ['', operation];
  const [pMethod, pPath] = pattern.includes(' ') ? pattern.split(' ', 2) : ['', pattern];
  if (pMethod && pMethod !== method) return false;
  return Boolean(pPath && path?.startsWith(pPath));
}

/**
 * Acts out a request fault. Returns true when the response is handled (the
 * caller stops); false when the fault only added latency.
 */
export async function actOut(fault: RequestFault, res: ServerResponse, errorBody: (status: number) => unknown): Promise<boolean> {
  if (fault.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
  // Never answered: the connection stays open until the client gives up or the sandbox stops.
  if (fault.hang) return true;
  if (fault.reset) {
    res.socket?.destroy();
    return true;
  }
  if (fault.malformed) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"truncated": ');
    return true;
  }
  if (fault.status) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    res.writeHead(fault.status, headers);
    res.end(JSON.stringify(errorBody(fault.status)));
    return true;
  }
  return false;
}
