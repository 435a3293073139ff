import { randomBytes } from 'node:crypto';
import type { AppInstance } from '../app/sample-app.js';
import type { EdgeProxy } from '../routing/proxy.js';

export type ReadyState = 'QUEUED' | 'INITIALIZING' | 'BUILDING' | 'READY' | 'ERROR' | 'CANCELED';

export interface FileRef {
  file: string;
  sha?: string;
  size?: number;
  data?: string;
  encoding?: 'base64' | 'utf-8';
}

export interface VercelDeployment {
  id: string;
  name: string;
  projectId: string;
  ownerId: string;
  target: 'production' | 'staging' | null;
  readyState: ReadyState;
  readySubstate?: 'STAGED' | 'ROLLING' | 'PROMOTED';
  createdAt: number;
  buildingAt?: number;
  ready?: number;
  meta: Record<string, string>;
  alias: string[];
  aliasAssigned: boolean;
  /** Production domains move to it when it is ready (false: a staged deployment). */
  autoAssign: boolean;
  /** It has served production, so a rollback may return to it. */
  servedProduction: boolean;
  errorCode?: string;
  errorMessage?: string;
  version: string;
  files: Map<string, Buffer>;
  app?: AppInstance;
  /** Set at creation: the app's URL host is the deployment URL. */
  host: string;
}

export interface Stage {
  targetPercentage: number;
  duration?: number | null;
  requireApproval?: boolean;
  linearShift?: boolean;
}

export interface RollingReleaseConfig {
  target: 'production';
  stages: Stage[];
  advancementType: 'automatic' | 'manual-approval';
}

export interface RollingRelease {
  state: 'ACTIVE' | 'COMPLETE' | 'ABORTED';
  substate: 'PAUSED' | null;
  currentDeploymentId: string | null;
  canaryDeploymentId: string;
  queuedDeploymentId: string | null;
  advancementType: RollingReleaseConfig['advancementType'];
  stages: Stage[];
  activeIndex: number | null;
  startedAt: number;
  updatedAt: number;
  timer?: NodeJS.Timeout;
}

export interface AliasRequest {
  type: 'promote' | 'rollback';
  jobStatus: 'pending' | 'in-progress' | 'succeeded' | 'failed' | 'skipped';
  fromDeploymentId: string | null;
  toDeploymentId: string;
  fromRollingReleaseId?: string;
  requestedAt: number;
}

export interface VercelProject {
  id: string;
  name: string;
  accountId: string;
  framework: string | null;
  createdAt: number;
  updatedAt: number;
  autoAssignCustomDomains: boolean;
  rollingRelease: RollingReleaseConfig | null;
  lastAliasRequest: AliasRequest | null;
  rollbackDescription?: { userId: string; username: string; description: string; createdAt: number };
  productionDeploymentId: string | null;
  release: RollingRelease | null;
  /** The production domain. */
  proxy: EdgeProxy;
}

export const vercelId = (prefix: string) => `${prefix}_${randomBytes(14).toString('base64url').replace(/[-_]/g, 'x').slice(0, 24)}`;

export class VercelStore {
  readonly user = { id: vercelId('usr').replace('usr_', ''), username: 'golive' };
  readonly projects: VercelProject[] = [];
  readonly deployments: VercelDeployment[] = [];
  /** Uploaded files by sha1. */
  readonly blobs = new Map<string, Buffer>();

  constructor(readonly team: { id: string; slug: string }) {}

  project(idOrName: string): VercelProject | undefined {
    return this.projects.find((p) => p.id === idOrName || p.name === idOrName);
  }

  deployment(idOrUrl: string): VercelDeployment | undefined {
    const host = idOrUrl.replace(/^https?:\/\//, '');
    return this.deployments.find((d) => d.id === idOrUrl || d.host === host || d.alias.includes(host));
  }
}
