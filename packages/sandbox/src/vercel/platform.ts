import { createHash } from 'node:crypto';
import { sleep } from '@golive/core';
import type { AppBehaviour } from '../app/behaviour.js';
import type { Fleet } from '../app/fleet.js';
import { startSampleApp } from '../app/sample-app.js';
import type { Versions } from '../app/versions.js';
import type { Faults } from '../faults.js';
import { startProxy } from '../routing/proxy.js';
import type { Timings } from '../timings.js';
import {
  type RollingRelease,
  type RollingReleaseConfig,
  type Stage,
  type VercelDeployment,
  type VercelProject,
  type VercelStore,
  vercelId,
} from './store.js';

/** A refusal with Vercel's error code and HTTP status. */
export class VercelApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface CreateRequest {
  project: VercelProject;
  name: string;
  target: 'production' | 'staging' | null;
  meta: Record<string, string>;
  files: Map<string, Buffer>;
  version: string;
  /** `autoAssignCustomDomains: false`: ready, but the production domains stay where they are. */
  staged?: boolean;
}

/**
 * Vercel's deployment and release behaviour: QUEUED → INITIALIZING → BUILDING →
 * READY (or ERROR, CANCELED); production domains move on auto-assign, promote and
 * rollback; rolling releases split production traffic by stage.
 */
export class VercelPlatform {
  private readonly stopping = new AbortController();

  constructor(
    readonly store: VercelStore,
    private readonly versions: Versions,
    private readonly timings: Timings,
    private readonly faults: Faults,
    private readonly fleet: Fleet,
  ) {}

  /** A new project with its production domain; a first deploy of a new name makes one, as Vercel does. */
  async addProject(name: string, framework: string | null): Promise<VercelProject> {
    const proxy = await startProxy({
      name,
      notFound: { status: 404, body: 'The deployment could not be found on Vercel.\n\nDEPLOYMENT_NOT_FOUND' },
      badGateway: { status: 502, body: 'An error occurred with this application.\n\nNO_RESPONSE_FROM_FUNCTION' },
      stickyCookie: `_vcrr_${createHash('sha1').update(name).digest('hex').slice(0, 12)}`,
    });
    const project: VercelProject = {
      id: vercelId('prj'),
      name,
      accountId: this.store.team.id,
      framework,
      createdAt: Date.now(),
      updatedAt: Date.now(),
      autoAssignCustomDomains: true,
      rollingRelease: null,
      lastAliasRequest: null,
      productionDeploymentId: null,
      release: null,
      proxy,
    };
    this.store.projects.push(project);
    return project;
  }

  async create(request: CreateRequest): Promise<VercelDeployment> {
    const { project } = request;
    const fault = this.faults.takeDeployment('vercel', project.name);
    const behaviour: AppBehaviour = { ...this.versions.behaviour(request.version) };
    if (fault?.kind === 'never-healthy') behaviour.healthy = false;
    if (fault?.kind === 'crash-after-start') behaviour.crashAfterMs = 300;
    const id = vercelId('dpl');
    const app = await startSampleApp({ version: request.version, deploymentId: id, behaviour, files: request.files });
    this.fleet.add(app, {
      platform: 'vercel',
      service: project.name,
      environment: request.target ?? 'preview',
      version: request.version,
      deployment: id,
    });
    const deployment: VercelDeployment = {
      id,
      name: request.name,
      projectId: project.id,
      ownerId: this.store.team.id,
      target: request.target,
      readyState: 'QUEUED',
      createdAt: Date.now(),
      meta: request.meta,
      alias: [],
      aliasAssigned: false,
      autoAssign: request.target === 'production' && project.autoAssignCustomDomains && !request.staged,
      servedProduction: false,
      version: request.version,
      files: request.files,
      app,
      host: new URL(app.url).host,
    };
    this.store.deployments.push(deployment);
    void this.build(deployment, project, fault?.kind === 'build-failure').catch(() => {});
    return deployment;
  }

  private async build(d: VercelDeployment, project: VercelProject, fails: boolean): Promise<void> {
    await sleep(this.timings.initializeMs / 2, this.stopping.signal);
    if (d.readyState !== 'QUEUED') return;
    d.readyState = 'INITIALIZING';
    await sleep(this.timings.initializeMs / 2, this.stopping.signal);
    if (d.readyState !== 'INITIALIZING') return;
    d.readyState = 'BUILDING';
    d.buildingAt = Date.now();
    await sleep(this.timings.buildMs, this.stopping.signal);
    if (d.readyState !== 'BUILDING') return;
    if (fails) {
      d.readyState = 'ERROR';
      d.errorCode = 'BUILD_FAILED';
      d.errorMessage = 'Command "npm run build" exited with 1';
      await d.app?.stop();
      d.app = undefined;
      return;
    }
    d.readyState = 'READY';
    d.ready = Date.now();
    if (d.target !== 'production') {
      d.alias.push(`${project.name}-git-main-${this.store.team.slug}.vercel.app`);
      d.aliasAssigned = true;
      return;
    }
    if (!d.autoAssign) {
      d.readySubstate = 'STAGED';
      d.aliasAssigned = true;
      return;
    }
    if (project.rollingRelease && project.productionDeploymentId && !this.activeRelease(project)) {
      // A rolling release starts on ready; the canary's aliases wait for it.
      this.startRelease(project, d);
      return;
    }
    this.makeProduction(project, d);
  }

  cancel(d: VercelDeployment): void {
    if (!['QUEUED', 'INITIALIZING', 'BUILDING'].includes(d.readyState)) {
      throw new VercelApiError(400, 'deployment_not_cancelable', `The deployment ${d.id} cannot be canceled because it is ${d.readyState}`);
    }
    d.readyState = 'CANCELED';
    void d.app?.stop();
    d.app = undefined;
  }

  /** The production domains now serve `d`. */
  private makeProduction(project: VercelProject, d: VercelDeployment): void {
    const previous = this.store.deployments.find((x) => x.id === project.productionDeploymentId);
    if (previous && previous !== d) {
      previous.alias = previous.alias.filter((a) => a !== productionDomain(project));
      if (previous.readySubstate === 'PROMOTED') previous.readySubstate = undefined;
    }
    project.productionDeploymentId = d.id;
    d.servedProduction = true;
    d.readySubstate = 'PROMOTED';
    if (!d.alias.includes(productionDomain(project))) d.alias.push(productionDomain(project));
    d.aliasAssigned = true;
    project.updatedAt = Date.now();
    if (d.app) project.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
  }

  private activeRelease(project: VercelProject): RollingRelease | undefined {
    return project.release?.state === 'ACTIVE' ? project.release : undefined;
  }

  promote(project: VercelProject, d: VercelDeployment): 201 | 202 {
    if (d.readyState !== 'READY') throw new VercelApiError(400, 'deployment_not_ready', `Deployment ${d.id} is not ready`);
    if (d.target !== 'production') {
      throw new VercelApiError(
        400,
        'invalid_target',
        `Deployment ${d.id} is not a production deployment; create a production deployment from it instead`,
      );
    }
    const release = this.activeRelease(project);
    if (release) {
      if (release.canaryDeploymentId === d.id) {
        this.completeRelease(project, release);
        return 201;
      }
      release.queuedDeploymentId = d.id;
      return 202;
    }
    if (project.rollingRelease && project.productionDeploymentId && project.productionDeploymentId !== d.id) {
      project.autoAssignCustomDomains = true;
      this.startRelease(project, d);
      return 201;
    }
    this.aliasJob(project, 'promote', d, () => {
      project.autoAssignCustomDomains = true;
      this.makeProduction(project, d);
    });
    return 201;
  }

  rollback(project: VercelProject, d: VercelDeployment, description: string | null): void {
    if (d.readyState !== 'READY' || !d.servedProduction) {
      throw new VercelApiError(
        400,
        'invalid_rollback_target',
        `Deployment ${d.id} has not served production and cannot be a rollback target`,
      );
    }
    const release = this.activeRelease(project);
    project.autoAssignCustomDomains = false;
    if (description)
      project.rollbackDescription = { userId: this.store.user.id, username: this.store.user.username, description, createdAt: Date.now() };
    if (release) {
      clearTimeout(release.timer);
      release.state = 'ABORTED';
      release.activeIndex = null;
      release.updatedAt = Date.now();
      const canary = this.store.deployments.find((x) => x.id === release.canaryDeploymentId);
      if (canary) canary.readySubstate = undefined;
    }
    this.aliasJob(
      project,
      'rollback',
      d,
      () => {
        this.makeProduction(project, d);
      },
      release?.canaryDeploymentId,
    );
  }

  /** Records the alias request, then moves the domains after a short job, as Vercel does. */
  private aliasJob(
    project: VercelProject,
    type: 'promote' | 'rollback',
    d: VercelDeployment,
    apply: () => void,
    fromRollingReleaseId?: string,
  ): void {
    const request = {
      type,
      jobStatus: 'in-progress' as const,
      fromDeploymentId: project.productionDeploymentId,
      toDeploymentId: d.id,
      requestedAt: Date.now(),
      ...(fromRollingReleaseId ? { fromRollingReleaseId } : {}),
    };
    project.lastAliasRequest = request;
    void sleep(this.timings.aliasMs, this.stopping.signal)
      .then(() => {
        if (project.lastAliasRequest !== request) return;
        apply();
        project.lastAliasRequest = { ...request, jobStatus: 'succeeded' };
      })
      .catch(() => {});
  }

  setReleaseConfig(
    project: VercelProject,
    body: { enabled?: boolean; advancementType?: string; stages?: Stage[] },
  ): RollingReleaseConfig | null {
    if (body.enabled === false) {
      project.rollingRelease = null;
      return null;
    }
    const advancementType = body.advancementType === 'automatic' ? 'automatic' : 'manual-approval';
    const stages = [...(body.stages ?? [])];
    if (stages.length === 0) throw new VercelApiError(400, 'bad_request', 'stages must have at least one stage before 100%');
    if (stages.at(-1)?.targetPercentage !== 100) stages.push({ targetPercentage: 100 });
    let last = 0;
    for (const [i, stage] of stages.entries()) {
      const final = i === stages.length - 1;
      if (!final && (stage.targetPercentage < 1 || stage.targetPercentage > 99 || stage.targetPercentage <= last)) {
        throw new VercelApiError(400, 'bad_request', 'stage percentages must rise from 1 to 99, then end at 100');
      }
      if (!final && advancementType === 'automatic' && !stage.duration)
        throw new VercelApiError(400, 'bad_request', 'automatic stages need a duration in minutes');
      last = stage.targetPercentage;
    }
    project.rollingRelease = {
      target: 'production',
      advancementType,
      stages: stages.map((s, i) => ({
        targetPercentage: s.targetPercentage,
        duration: i === stages.length - 1 || advancementType === 'manual-approval' ? null : (s.duration ?? null),
        requireApproval: advancementType === 'manual-approval' && i < stages.length - 1,
        linearShift: false,
      })),
    };
    project.updatedAt = Date.now();
    return project.rollingRelease;
  }

  startRelease(project: VercelProject, canary: VercelDeployment): RollingRelease {
    const active = this.activeRelease(project);
    if (active?.canaryDeploymentId === canary.id) return active;
    if (active)
      throw new VercelApiError(409, 'rolling_release_active', 'A rolling release is already in progress; complete or abort it first');
    const config = project.rollingRelease;
    if (!config) throw new VercelApiError(400, 'rolling_release_not_configured', 'Rolling releases are not enabled for this project');
    if (canary.readyState !== 'READY' || canary.target !== 'production') {
      throw new VercelApiError(400, 'invalid_canary', `Deployment ${canary.id} is not a ready production deployment`);
    }
    const release: RollingRelease = {
      state: 'ACTIVE',
      substate: null,
      currentDeploymentId: project.productionDeploymentId,
      canaryDeploymentId: canary.id,
      queuedDeploymentId: null,
      advancementType: config.advancementType,
      stages: config.stages,
      activeIndex: 0,
      startedAt: Date.now(),
      updatedAt: Date.now(),
    };
    project.release = release;
    canary.readySubstate = 'ROLLING';
    this.applyStage(project, release);
    return release;
  }

  approveStage(project: VercelProject, canaryId: string, nextStageIndex: number): RollingRelease {
    const release = this.releaseFor(project, canaryId);
    if (nextStageIndex !== (release.activeIndex ?? -1) + 1 || nextStageIndex >= release.stages.length) {
      throw new VercelApiError(400, 'invalid_stage', `nextStageIndex must be ${(release.activeIndex ?? -1) + 1}`);
    }
    if (nextStageIndex === release.stages.length - 1) {
      this.completeRelease(project, release);
      return release;
    }
    release.activeIndex = nextStageIndex;
    this.applyStage(project, release);
    return release;
  }

  complete(project: VercelProject, canaryId: string): RollingRelease {
    const release = this.releaseFor(project, canaryId);
    this.completeRelease(project, release);
    return release;
  }

  private releaseFor(project: VercelProject, canaryId: string): RollingRelease {
    const release = this.activeRelease(project);
    if (!release) throw new VercelApiError(400, 'no_active_rolling_release', 'There is no active rolling release for this project');
    if (release.canaryDeploymentId !== canaryId) {
      throw new VercelApiError(
        400,
        'canary_mismatch',
        `The active rolling release's canary is ${release.canaryDeploymentId}, not ${canaryId}`,
      );
    }
    return release;
  }

  private completeRelease(project: VercelProject, release: RollingRelease): void {
    clearTimeout(release.timer);
    release.state = 'COMPLETE';
    release.activeIndex = release.stages.length - 1;
    release.updatedAt = Date.now();
    const canary = this.store.deployments.find((d) => d.id === release.canaryDeploymentId);
    if (canary) this.makeProduction(project, canary);
  }

  /** Routes the stage's share of production to the canary; automatic stages schedule the next. */
  private applyStage(project: VercelProject, release: RollingRelease): void {
    const stage = release.stages[release.activeIndex ?? 0] as Stage;
    const canary = this.store.deployments.find((d) => d.id === release.canaryDeploymentId);
    const stable = this.store.deployments.find((d) => d.id === release.currentDeploymentId);
    release.updatedAt = Date.now();
    if (canary?.app) {
      project.proxy.setRoute({
        stable: stable?.app ? { url: stable.app.url, deploymentId: stable.id } : undefined,
        canary: { url: canary.app.url, deploymentId: canary.id },
        canaryPercent: stage.targetPercentage,
      });
    }
    if (release.advancementType === 'automatic' && stage.duration) {
      release.timer = setTimeout(() => {
        if (release.state !== 'ACTIVE') return;
        const next = (release.activeIndex ?? 0) + 1;
        if (next >= release.stages.length - 1) this.completeRelease(project, release);
        else {
          release.activeIndex = next;
          this.applyStage(project, release);
        }
      }, stage.duration * this.timings.minuteMs);
      release.timer.unref();
    }
  }

  /** A production deployment already live when the sandbox starts. */
  async seed(project: VercelProject, version: string): Promise<VercelDeployment> {
    const d = await this.create({
      project,
      name: project.name,
      target: 'production',
      meta: { goliveVersion: version },
      files: new Map(),
      version,
    });
    d.readyState = 'READY';
    d.buildingAt = d.ready = d.createdAt;
    this.makeProduction(project, d);
    return d;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    for (const project of this.store.projects) clearTimeout(project.release?.timer);
    await Promise.all(this.store.deployments.map((d) => d.app?.stop()));
    await Promise.all(this.store.projects.map((p) => p.proxy.close()));
  }
}

export function productionDomain(project: VercelProject): string {
  return new URL(project.proxy.url).host;
}
