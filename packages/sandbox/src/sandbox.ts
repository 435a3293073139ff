import { randomBytes } from 'node:crypto';
import { Fleet } from './app/fleet.js';
import { Versions } from './app/versions.js';
import { CallLog } from './calls.js';
import { parseSandboxConfig, type SandboxConfig, type SandboxConfigInput } from './config.js';
import { startControlApi } from './control.js';
import { Faults } from './faults.js';
import { startGitHubApi } from './github/server.js';
import { GitHubStore } from './github/store.js';
import { findPrometheus, startPrometheus } from './prometheus.js';
import { RailwayLifecycle } from './railway/lifecycle.js';
import { type RailwayTokens, seedRailway } from './railway/seed.js';
import { startRailwayApi } from './railway/server.js';
import { RailwayStore } from './railway/store.js';
import { VercelPlatform } from './vercel/platform.js';
import { startVercelApi } from './vercel/server.js';
import { VercelStore } from './vercel/store.js';

export interface RailwayServiceInfo {
  project: string;
  environment: string;
  service: string;
  projectId: string;
  environmentId: string;
  serviceId: string;
  /** The service domain: what users of the service reach. */
  url: string;
}

export interface VercelProjectInfo {
  name: string;
  id: string;
  /** The production domain. */
  url: string;
  productionDeploymentId: string | null;
}

export interface SandboxInfo {
  /** The sandbox's own API: faults and recorded calls. */
  controlUrl: string;
  railway: { apiUrl: string; graphqlUrl: string; tokens: RailwayTokens; services: RailwayServiceInfo[] };
  vercel: { apiUrl: string; token: string; teamId: string; teamSlug: string; projects: VercelProjectInfo[] };
  github: { apiUrl: string; token: string; owner: string; repo: string };
  /** Absent when Prometheus was not asked for or its binary is not on PATH; `prometheusNote` says which. */
  prometheus?: { url: string };
  prometheusNote?: string;
}

export interface Sandbox {
  info: SandboxInfo;
  config: SandboxConfig;
  faults: Faults;
  calls: CallLog;
  railway: { store: RailwayStore; lifecycle: RailwayLifecycle };
  vercel: VercelPlatform;
  github: GitHubStore;
  fleet: Fleet;
  stop(): Promise<void>;
}

/**
 * Starts the whole stand-in world on loopback ports chosen free. `stop()` ends
 * every server, app and child process, and is safe to call twice.
 */
export async function startSandbox(input: SandboxConfigInput | SandboxConfig = {}): Promise<Sandbox> {
  const config = parseSandboxConfig(input);
  // The plan's faults load after seeding, so the running versions are not affected.
  const faults = new Faults();
  const calls = new CallLog();
  const versions = new Versions(config.versions);
  const fleet = new Fleet();
  const closers: (() => Promise<void>)[] = [];
  const stop = async () => {
    const pending = closers.splice(0).reverse();
    for (const close of pending) await close().catch(() => {});
  };
  try {
    const store = new RailwayStore();
    const lifecycle = new RailwayLifecycle(store, versions, config.timings, faults, fleet);
    closers.push(async () => {
      await lifecycle.stop();
      await Promise.all(store.instances.map((i) => i.proxy.close()));
    });
    const tokens = await seedRailway(store, lifecycle, config);
    const api = await startRailwayApi({
      store,
      lifecycle,
      faults,
      calls,
      accountToken: tokens.account,
      rateLimitPerSecond: config.rateLimitPerSecond,
    });
    closers.push(() => api.close());

    const vercel = new VercelPlatform(new VercelStore(config.vercel.team), versions, config.timings, faults, fleet);
    closers.push(() => vercel.stop());
    for (const p of config.vercel.projects) await vercel.seed(await vercel.addProject(p.name, p.framework), p.version);
    const vercelToken = `vc_${randomBytes(16).toString('hex')}`;
    const vercelApi = await startVercelApi({
      platform: vercel,
      faults,
      calls,
      token: vercelToken,
      rateLimitPerSecond: config.rateLimitPerSecond,
    });
    closers.push(() => vercelApi.close());
    const github = new GitHubStore(config.github.owner, config.github.repo);
    github.pulls.push(...config.github.pulls);
    github.statuses.push(...config.github.statuses);
    for (const [ref, files] of Object.entries(config.github.files)) github.files.set(ref, new Map(Object.entries(files)));
    const githubToken = `ghs_${randomBytes(18).toString('hex')}`;
    const githubApi = await startGitHubApi({ store: github, faults, calls, token: githubToken });
    closers.push(() => githubApi.close());
    faults.load(config.faults);
    const control = await startControlApi(faults, calls);
    closers.push(() => control.close());

    let prometheus: { url: string } | undefined;
    let prometheusNote: string | undefined;
    const binary = config.prometheus ? findPrometheus() : undefined;
    if (binary) {
      const handle = await startPrometheus(binary, fleet);
      closers.push(() => handle.stop());
      prometheus = { url: handle.url };
    } else {
      prometheusNote = config.prometheus
        ? 'prometheus is not on PATH; metrics are still served at each app URL /metrics'
        : 'prometheus: false in the sandbox config';
    }

    const services: RailwayServiceInfo[] = store.instances.map((instance) => {
      const service = store.services.find((s) => s.id === instance.serviceId);
      const environment = store.environments.find((e) => e.id === instance.environmentId);
      const project = store.projects.find((p) => p.id === service?.projectId);
      return {
        project: project?.name ?? '',
        environment: environment?.name ?? '',
        service: service?.name ?? '',
        projectId: project?.id ?? '',
        environmentId: instance.environmentId,
        serviceId: instance.serviceId,
        url: instance.proxy.url,
      };
    });
    return {
      info: {
        controlUrl: control.url,
        railway: { apiUrl: api.url, graphqlUrl: `${api.url}/graphql/v2`, tokens, services },
        vercel: {
          apiUrl: vercelApi.url,
          token: vercelToken,
          teamId: config.vercel.team.id,
          teamSlug: config.vercel.team.slug,
          projects: vercel.store.projects.map((p) => ({
            name: p.name,
            id: p.id,
            url: p.proxy.url,
            productionDeploymentId: p.productionDeploymentId,
          })),
        },
        github: { apiUrl: githubApi.url, token: githubToken, owner: github.owner, repo: github.repo },
        ...(prometheus ? { prometheus } : { prometheusNote }),
      },
      config,
      faults,
      calls,
      railway: { store, lifecycle },
      vercel,
      github,
      fleet,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
