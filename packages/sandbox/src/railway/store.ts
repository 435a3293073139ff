import { randomUUID } from 'node:crypto';
import type { AppInstance } from '../app/sample-app.js';
import type { EdgeProxy } from '../routing/proxy.js';

export type DeploymentStatus =
  | 'BUILDING'
  | 'CRASHED'
  | 'DEPLOYING'
  | 'FAILED'
  | 'INITIALIZING'
  | 'NEEDS_APPROVAL'
  | 'QUEUED'
  | 'REMOVED'
  | 'REMOVING'
  | 'SKIPPED'
  | 'SLEEPING'
  | 'SUCCESS'
  | 'WAITING';

export interface LogLine {
  message: string;
  severity: 'info' | 'error';
  timestamp: string;
}

export interface Project {
  id: string;
  name: string;
  description: string | null;
  workspaceId: string;
  createdAt: string;
  updatedAt: string;
}

export interface Environment {
  id: string;
  name: string;
  projectId: string;
  createdAt: string;
  updatedAt: string;
}

export interface Service {
  id: string;
  name: string;
  projectId: string;
  createdAt: string;
  updatedAt: string;
}

export interface ServiceInstance {
  id: string;
  serviceId: string;
  environmentId: string;
  source: { image: string | null; repo: string | null };
  healthcheckPath: string | null;
  /** Seconds. */
  healthcheckTimeout: number | null;
  overlapSeconds: number | null;
  drainingSeconds: number | null;
  numReplicas: number;
  restartPolicyType: 'ALWAYS' | 'NEVER' | 'ON_FAILURE';
  restartPolicyMaxRetries: number;
  sleepApplication: boolean;
  startCommand: string | null;
  region: string | null;
  createdAt: string;
  updatedAt: string;
  /** The service domain's public URL in the sandbox. */
  proxy: EdgeProxy;
}

export interface Deployment {
  id: string;
  projectId: string;
  environmentId: string;
  serviceId: string;
  status: DeploymentStatus;
  createdAt: string;
  updatedAt: string;
  statusUpdatedAt: string;
  meta: Record<string, unknown>;
  /** Variables as they were when the deployment was made; a rollback restores them. */
  variables: Record<string, string>;
  image: string | null;
  canRollback: boolean;
  deploymentStopped: boolean;
  buildLogs: LogLine[];
  deployLogs: LogLine[];
  app?: AppInstance;
  restarts: number;
}

export interface Domain {
  id: string;
  kind: 'service' | 'custom';
  domain: string;
  environmentId: string;
  serviceId: string;
  projectId: string;
  targetPort: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectToken {
  id: string;
  name: string;
  token: string;
  projectId: string;
  environmentId: string;
  createdAt: string;
}

export const now = () => new Date().toISOString();
export const newId = () => randomUUID();

/** Everything the Railway simulator knows. Deployments are kept newest last. */
export class RailwayStore {
  readonly user = { id: newId(), email: 'ops@golive.example', name: 'golive sandbox', username: 'golive' };
  readonly workspaceId = newId();
  readonly projects: Project[] = [];
  readonly environments: Environment[] = [];
  readonly services: Service[] = [];
  readonly instances: ServiceInstance[] = [];
  readonly deployments: Deployment[] = [];
  readonly domains: Domain[] = [];
  readonly projectTokens: ProjectToken[] = [];
  /** Keyed by `environmentId/serviceId` (or `environmentId/` for shared variables). */
  readonly variables = new Map<string, Record<string, string>>();

  instance(environmentId: string, serviceId: string): ServiceInstance | undefined {
    return this.instances.find((i) => i.environmentId === environmentId && i.serviceId === serviceId);
  }

  deploymentsOf(environmentId: string, serviceId: string): Deployment[] {
    return this.deployments.filter((d) => d.environmentId === environmentId && d.serviceId === serviceId);
  }

  variablesOf(environmentId: string, serviceId: string | null): Record<string, string> {
    const key = `${environmentId}/${serviceId ?? ''}`;
    let vars = this.variables.get(key);
    if (!vars) {
      vars = {};
      this.variables.set(key, vars);
    }
    return vars;
  }
}
