import { productionDomain } from './platform.js';
import type { RollingRelease, VercelDeployment, VercelProject, VercelStore } from './store.js';

/** A deployment as `GET /v13/deployments/{id}` answers it. */
export function deploymentView(store: VercelStore, d: VercelDeployment): Record<string, unknown> {
  const project = store.projects.find((p) => p.id === d.projectId);
  return {
    id: d.id,
    name: d.name,
    url: d.host,
    inspectorUrl: `https://vercel.com/${store.team.slug}/${d.name}/${d.id.replace('dpl_', '')}`,
    projectId: d.projectId,
    ownerId: d.ownerId,
    target: d.target,
    readyState: d.readyState,
    status: d.readyState,
    ...(d.readySubstate ? { readySubstate: d.readySubstate } : {}),
    type: 'LAMBDAS',
    createdAt: d.createdAt,
    createdIn: 'iad1',
    buildingAt: d.buildingAt ?? d.createdAt,
    bootedAt: d.createdAt,
    ...(d.ready ? { ready: d.ready } : {}),
    buildSkipped: false,
    build: { env: [] },
    env: [],
    creator: { uid: store.user.id, username: store.user.username },
    meta: d.meta,
    alias: d.alias,
    aliasAssigned: d.aliasAssigned,
    aliasError: null,
    ...(d.errorCode ? { errorCode: d.errorCode, errorMessage: d.errorMessage, errorStep: 'build' } : {}),
    isInConcurrentBuildsQueue: false,
    isInSystemBuildsQueue: false,
    plan: 'pro',
    projectSettings: {},
    public: false,
    regions: ['iad1'],
    routes: null,
    version: 2,
    ...(project ? { project: { id: project.id, name: project.name, framework: project.framework } } : {}),
  };
}

/** A deployment as the list endpoints answer it. */
export function listedDeploymentView(store: VercelStore, d: VercelDeployment): Record<string, unknown> {
  const project = store.projects.find((p) => p.id === d.projectId);
  return {
    uid: d.id,
    name: d.name,
    url: d.host,
    created: d.createdAt,
    createdAt: d.createdAt,
    buildingAt: d.buildingAt ?? d.createdAt,
    ...(d.ready ? { ready: d.ready } : {}),
    state: d.readyState,
    readyState: d.readyState,
    ...(d.readySubstate ? { readySubstate: d.readySubstate } : {}),
    type: 'LAMBDAS',
    creator: { uid: store.user.id, username: store.user.username },
    inspectorUrl: `https://vercel.com/${store.team.slug}/${d.name}/${d.id.replace('dpl_', '')}`,
    meta: d.meta,
    target: d.target,
    aliasAssigned: d.aliasAssigned,
    aliasError: null,
    projectId: d.projectId,
    isRollbackCandidate: d.servedProduction && d.id !== project?.productionDeploymentId,
  };
}

function stageView(release: RollingRelease, index: number | null) {
  if (index === null) return null;
  const stage = release.stages[index];
  if (!stage) return null;
  return {
    index,
    isFinalStage: index === release.stages.length - 1,
    targetPercentage: stage.targetPercentage,
    requireApproval: stage.requireApproval ?? false,
    duration: stage.duration ?? null,
    linearShift: stage.linearShift ?? false,
  };
}

function summary(store: VercelStore, id: string | null) {
  const d = id ? store.deployments.find((x) => x.id === id) : undefined;
  if (!d) return null;
  return {
    id: d.id,
    name: d.name,
    url: d.host,
    createdAt: d.createdAt,
    readyState: d.readyState,
    readyStateAt: d.ready ?? d.createdAt,
    target: d.target,
    source: 'cli',
  };
}

/** The rolling-release document, as GET, start, approve-stage and complete answer it. */
export function releaseView(store: VercelStore, release: RollingRelease | null): Record<string, unknown> | null {
  if (!release) return null;
  const active = release.state === 'ABORTED' ? null : release.activeIndex;
  const stage = active === null ? undefined : release.stages[active];
  return {
    state: release.state,
    substate: release.substate,
    currentDeployment: summary(store, release.currentDeploymentId),
    canaryDeployment: summary(store, release.canaryDeploymentId),
    queuedDeploymentId: release.queuedDeploymentId,
    advancementType: release.advancementType,
    stages: release.stages.map((_, i) => stageView(release, i)),
    activeStage: stageView(release, active),
    nextStage: release.state === 'ACTIVE' ? stageView(release, (release.activeIndex ?? -1) + 1) : null,
    startedAt: release.startedAt,
    updatedAt: release.updatedAt,
    ...(stage ? { currentCanaryPercentage: stage.targetPercentage } : {}),
  };
}

/** A project as `GET /v9/projects/{idOrName}` answers it. */
export function projectView(store: VercelStore, project: VercelProject): Record<string, unknown> {
  const production = store.deployments.find((d) => d.id === project.productionDeploymentId);
  return {
    id: project.id,
    name: project.name,
    accountId: project.accountId,
    framework: project.framework,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    autoAssignCustomDomains: project.autoAssignCustomDomains,
    alias: [
      {
        domain: productionDomain(project),
        environment: 'production',
        target: 'PRODUCTION',
        createdAt: project.createdAt,
        deployment: null,
      },
    ],
    defaultResourceConfig: { fluid: false, functionDefaultRegions: ['iad1'] },
    resourceConfig: { fluid: false, functionDefaultRegions: ['iad1'] },
    deploymentExpiration: { expirationDays: 180 },
    directoryListing: false,
    nodeVersion: '22.x',
    live: false,
    lastAliasRequest: project.lastAliasRequest,
    ...(project.rollbackDescription ? { rollbackDescription: project.rollbackDescription } : {}),
    rollingRelease: project.rollingRelease,
    skewProtectionMaxAge: project.rollingRelease ? 86400 : 0,
    targets: production ? { production: targetView(store, production) } : {},
    latestDeployments: store.deployments
      .filter((d) => d.projectId === project.id)
      .slice(-5)
      .reverse()
      .map((d) => targetView(store, d)),
  };
}

function targetView(store: VercelStore, d: VercelDeployment) {
  return {
    id: d.id,
    url: d.host,
    name: d.name,
    createdAt: d.createdAt,
    createdIn: 'iad1',
    creator: { uid: store.user.id, username: store.user.username, email: 'ops@golive.example' },
    deploymentHostname: d.host,
    plan: 'pro',
    previewCommentsEnabled: false,
    private: true,
    readyState: d.readyState,
    ...(d.readySubstate ? { readySubstate: d.readySubstate } : {}),
    type: 'LAMBDAS',
    userId: store.user.id,
    target: d.target,
    alias: d.alias,
    aliasAssigned: d.aliasAssigned,
    aliasError: null,
    meta: d.meta,
    buildingAt: d.buildingAt ?? d.createdAt,
    ...(d.ready ? { readyAt: d.ready } : {}),
  };
}
