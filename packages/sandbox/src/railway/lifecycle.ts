import { sleep } from '@golive/core';
import type { AppBehaviour } from '../app/behaviour.js';
import type { Fleet } from '../app/fleet.js';
import { startSampleApp } from '../app/sample-app.js';
import { type Versions, versionOfImage } from '../app/versions.js';
import type { Faults } from '../faults.js';
import type { Timings } from '../timings.js';
import { type Deployment, type DeploymentStatus, type LogLine, newId, now, type RailwayStore, type ServiceInstance } from './store.js';

export interface DeployRequest {
  image: string | null;
  variables: Record<string, string>;
  meta: Record<string, unknown>;
}

/** Re-reads the status after an await: another call may have moved it on. */
function stillIn(d: Deployment, status: DeploymentStatus): boolean {
  return d.status === status;
}

const IN_PROGRESS: DeploymentStatus[] = ['INITIALIZING', 'QUEUED', 'WAITING', 'BUILDING', 'DEPLOYING'];

/**
 * Railway's deployment lifecycle: INITIALIZING → BUILDING → DEPLOYING → SUCCESS,
 * or FAILED (build error, healthcheck timeout: the previous deployment keeps
 * serving), CRASHED after start; one active deployment per service instance, the
 * superseded one REMOVING → REMOVED after the overlap.
 */
export class RailwayLifecycle {
  private readonly stopping = new AbortController();

  constructor(
    private readonly store: RailwayStore,
    private readonly versions: Versions,
    private readonly timings: Timings,
    private readonly faults: Faults,
    private readonly fleet: Fleet,
  ) {}

  create(instance: ServiceInstance, request: DeployRequest): Deployment {
    const deployment = this.newDeployment(instance, request);
    const service = this.store.services.find((s) => s.id === instance.serviceId);
    const environment = this.store.environments.find((e) => e.id === instance.environmentId);
    void this.run(deployment, instance, `${environment?.name ?? ''}/${service?.name ?? ''}`, service?.name ?? '').catch(() => {
      // Stopping the sandbox aborts every lifecycle; nothing is left to report.
    });
    return deployment;
  }

  private newDeployment(instance: ServiceInstance, request: DeployRequest): Deployment {
    const service = this.store.services.find((s) => s.id === instance.serviceId);
    const at = now();
    const deployment: Deployment = {
      id: newId(),
      projectId: service?.projectId ?? '',
      environmentId: instance.environmentId,
      serviceId: instance.serviceId,
      status: 'INITIALIZING',
      createdAt: at,
      updatedAt: at,
      statusUpdatedAt: at,
      meta: { ...request.meta, image: request.image, serviceManifest: { deploy: { numReplicas: instance.numReplicas } } },
      variables: { ...request.variables },
      image: request.image,
      canRollback: false,
      deploymentStopped: false,
      buildLogs: [],
      deployLogs: [],
      restarts: 0,
    };
    this.store.deployments.push(deployment);
    return deployment;
  }

  private setStatus(d: Deployment, status: DeploymentStatus): void {
    d.status = status;
    d.statusUpdatedAt = d.updatedAt = now();
  }

  private log(lines: LogLine[], message: string, severity: LogLine['severity'] = 'info'): void {
    lines.push({ message, severity, timestamp: now() });
  }

  private async wait(ms: number): Promise<void> {
    await sleep(ms, this.stopping.signal);
  }

  private async run(d: Deployment, instance: ServiceInstance, label: string, serviceName: string): Promise<void> {
    this.log(d.buildLogs, `Initializing deployment of ${label}`);
    await this.wait(this.timings.initializeMs);
    if (!stillIn(d, 'INITIALIZING')) return;
    this.setStatus(d, 'BUILDING');
    this.log(d.buildLogs, `Using image ${d.image ?? '(none)'}`);
    const fault = this.faults.takeDeployment('railway', serviceName);
    await this.wait(this.timings.buildMs);
    // A cancel may have come during the build.
    if (!stillIn(d, 'BUILDING')) return;
    if (fault?.kind === 'build-failure' || !d.image) {
      this.log(
        d.buildLogs,
        d.image
          ? 'ERROR: failed to build: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1'
          : 'ERROR: no image configured for this service',
        'error',
      );
      this.setStatus(d, 'FAILED');
      return;
    }
    this.log(d.buildLogs, `Build time: ${(this.timings.buildMs / 1000).toFixed(2)} seconds`);
    d.canRollback = true;
    this.setStatus(d, 'DEPLOYING');

    const version = versionOfImage(d.image);
    const behaviour: AppBehaviour = { ...this.versions.behaviour(version) };
    if (fault?.kind === 'never-healthy') behaviour.healthy = false;
    if (fault?.kind === 'crash-after-start') behaviour.crashAfterMs = 300;
    await this.startApp(d, instance, version, behaviour);

    if (instance.healthcheckPath) {
      const passed = await this.healthcheck(d, instance);
      if (!stillIn(d, 'DEPLOYING')) return;
      if (!passed) {
        this.setStatus(d, 'FAILED');
        await d.app?.stop();
        d.app = undefined;
        return;
      }
    }
    if (!stillIn(d, 'DEPLOYING')) return;
    this.activate(d, instance);
  }

  private async startApp(d: Deployment, instance: ServiceInstance, version: string, behaviour: AppBehaviour): Promise<void> {
    this.log(d.deployLogs, 'Starting Container');
    d.app = await startSampleApp({ version, deploymentId: d.id, behaviour });
    const service = this.store.services.find((s) => s.id === d.serviceId)?.name ?? '';
    const environment = this.store.environments.find((e) => e.id === d.environmentId)?.name ?? '';
    this.fleet.add(d.app, { platform: 'railway', service, environment, version, deployment: d.id });
    this.log(d.deployLogs, `listening on port ${d.app.port} (version ${version})`);
    d.app.onCrash(() => this.crashed(d, instance, version, behaviour));
  }

  private async healthcheck(d: Deployment, instance: ServiceInstance): Promise<boolean> {
    const windowMs = (instance.healthcheckTimeout ?? 300) * 1000;
    this.log(d.buildLogs, '====================\nStarting Healthcheck\n====================');
    this.log(d.buildLogs, `Path: ${instance.healthcheckPath}`);
    this.log(d.buildLogs, `Retry window: ${instance.healthcheckTimeout ?? 300}s`);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      if (d.status !== 'DEPLOYING' || !d.app) return false;
      let ok = false;
      try {
        const res = await fetch(`${d.app.url}${instance.healthcheckPath}`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        ok = res.status === 200;
      } catch {
        ok = false;
      }
      if (ok) {
        this.log(d.buildLogs, '[1/1] Healthcheck succeeded!');
        return true;
      }
      const left = windowMs - (Date.now() - started);
      if (left <= 0) {
        this.log(d.buildLogs, '1/1 replicas never became healthy!', 'error');
        this.log(d.buildLogs, 'Healthcheck failed!', 'error');
        return false;
      }
      this.log(d.buildLogs, `Attempt #${attempt} failed with service unavailable. Continuing to retry for ${Math.ceil(left / 1000)}s`);
      await this.wait(Math.min(this.timings.healthcheckIntervalMs, left));
    }
  }

  /** The new deployment takes the traffic; the one it replaces goes after the overlap. */
  private activate(d: Deployment, instance: ServiceInstance): void {
    this.setStatus(d, 'SUCCESS');
    this.log(d.deployLogs, 'Deployment is active');
    if (d.app) instance.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
    const superseded = this.store
      .deploymentsOf(d.environmentId, d.serviceId)
      .filter((other) => other !== d && (other.status === 'SUCCESS' || other.status === 'CRASHED' || other.status === 'SLEEPING'));
    for (const old of superseded)
      void this.retire(old, (instance.overlapSeconds ?? 0) * 1000, (instance.drainingSeconds ?? 0) * 1000).catch(() => {});
  }

  /** SUCCESS → REMOVING → REMOVED: the overlap, SIGTERM, the draining window, then gone. */
  async retire(d: Deployment, overlapMs = 0, drainingMs = 0): Promise<void> {
    if (overlapMs) await this.wait(overlapMs);
    if (d.status === 'REMOVED' || d.status === 'REMOVING') return;
    this.setStatus(d, 'REMOVING');
    this.log(d.deployLogs, 'Stopping Container');
    await this.wait(Math.max(50, drainingMs));
    await d.app?.stop();
    d.app = undefined;
    d.deploymentStopped = true;
    this.setStatus(d, 'REMOVED');
    const instance = this.store.instance(d.environmentId, d.serviceId);
    if (instance?.proxy.route.stable?.deploymentId === d.id) instance.proxy.setRoute({});
  }

  private crashed(d: Deployment, instance: ServiceInstance, version: string, behaviour: AppBehaviour): void {
    this.log(d.deployLogs, 'Process exited with code 1', 'error');
    d.app = undefined;
    if (d.status !== 'SUCCESS' && d.status !== 'DEPLOYING') return;
    const retries = instance.restartPolicyType === 'NEVER' ? 0 : instance.restartPolicyMaxRetries;
    if (d.restarts < retries) {
      d.restarts++;
      this.log(d.deployLogs, `Restarting container (attempt ${d.restarts} of ${retries})`);
      void this.startApp(d, instance, version, behaviour)
        .then(() => {
          if (d.status === 'SUCCESS' && d.app) instance.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
        })
        .catch(() => {});
      return;
    }
    this.setStatus(d, 'CRASHED');
  }

  cancel(d: Deployment): boolean {
    if (!IN_PROGRESS.includes(d.status) || d.status === 'DEPLOYING') return false;
    this.setStatus(d, 'REMOVED');
    this.log(d.buildLogs, 'Deployment cancelled');
    return true;
  }

  /** deploymentRestart: the same deployment, a fresh container. */
  async restart(d: Deployment, instance: ServiceInstance): Promise<boolean> {
    if (d.status !== 'CRASHED' && d.status !== 'SUCCESS') return false;
    await d.app?.stop();
    const version = versionOfImage(d.image);
    const behaviour = this.versions.behaviour(version);
    d.restarts = 0;
    await this.startApp(d, instance, version, behaviour);
    this.setStatus(d, 'SUCCESS');
    if (d.app) instance.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
    return true;
  }

  /** A deployment that is already running when the sandbox starts, as a team's current production. */
  async seed(instance: ServiceInstance, request: DeployRequest): Promise<Deployment> {
    // No build: the first deployment predates the sandbox.
    const d = this.newDeployment(instance, request);
    d.status = 'DEPLOYING';
    d.canRollback = true;
    const version = versionOfImage(d.image);
    await this.startApp(d, instance, version, this.versions.behaviour(version));
    this.activate(d, instance);
    return d;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.store.deployments.map((d) => d.app?.stop()));
  }
}
