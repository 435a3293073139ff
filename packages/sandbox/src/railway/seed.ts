import { randomBytes } from 'node:crypto';
import type { SandboxConfig } from '../config.js';
import { startProxy } from '../routing/proxy.js';
import type { RailwayLifecycle } from './lifecycle.js';
import { newId, now, type RailwayStore } from './store.js';

export interface RailwayTokens {
  account: string;
  projects: { project: string; environment: string; token: string }[];
}

/** Creates the configured projects, each service running its configured image in every environment. */
export async function seedRailway(store: RailwayStore, lifecycle: RailwayLifecycle, config: SandboxConfig): Promise<RailwayTokens> {
  const tokens: RailwayTokens = { account: `rw_acct_${randomBytes(12).toString('hex')}`, projects: [] };
  for (const p of config.railway.projects) {
    const at = now();
    const project = { id: newId(), name: p.name, description: null, workspaceId: store.workspaceId, createdAt: at, updatedAt: at };
    store.projects.push(project);
    for (const environmentName of p.environments) {
      const environment = { id: newId(), name: environmentName, projectId: project.id, createdAt: at, updatedAt: at };
      store.environments.push(environment);
      const token = `rw_proj_${randomBytes(12).toString('hex')}`;
      store.projectTokens.push({
        id: newId(),
        name: `golive ${environmentName}`,
        token,
        projectId: project.id,
        environmentId: environment.id,
        createdAt: at,
      });
      tokens.projects.push({ project: p.name, environment: environmentName, token });
    }
    for (const s of p.services) {
      const service = { id: newId(), name: s.name, projectId: project.id, createdAt: at, updatedAt: at };
      store.services.push(service);
      for (const environment of store.environments.filter((e) => e.projectId === project.id)) {
        const proxy = await startProxy({
          name: `${s.name}-${environment.name}`,
          notFound: { status: 404, body: 'Application not found' },
          badGateway: { status: 502, body: 'Application failed to respond' },
        });
        const instance = {
          id: newId(),
          serviceId: service.id,
          environmentId: environment.id,
          source: { image: s.image, repo: null },
          healthcheckPath: s.healthcheckPath,
          healthcheckTimeout: s.healthcheckTimeout,
          overlapSeconds: s.overlapSeconds,
          drainingSeconds: s.drainingSeconds,
          numReplicas: 1,
          restartPolicyType: 'ON_FAILURE' as const,
          restartPolicyMaxRetries: s.restartPolicyMaxRetries,
          sleepApplication: false,
          startCommand: null,
          region: 'us-west2',
          createdAt: at,
          updatedAt: at,
          proxy,
        };
        store.instances.push(instance);
        store.domains.push({
          id: newId(),
          kind: 'service',
          domain: new URL(proxy.url).host,
          environmentId: environment.id,
          serviceId: service.id,
          projectId: project.id,
          targetPort: null,
          createdAt: at,
          updatedAt: at,
        });
        await lifecycle.seed(instance, {
          image: s.image,
          variables: {},
          meta: { reason: 'deploy', commitHash: randomBytes(20).toString('hex') },
        });
      }
    }
  }
  return tokens;
}
