import { GraphQLError } from 'graphql';
import type { RailwayLifecycle } from './lifecycle.js';
import { type Deployment, type DeploymentStatus, type Domain, newId, now, type RailwayStore, type ServiceInstance } from './store.js';

export type Auth =
  | { kind: 'account' }
  | { kind: 'project'; projectId: string; environmentId: string; tokenId: string }
  | { kind: 'none' }
  | { kind: 'bad-project-token' };

export interface RailwayContext {
  auth: Auth;
}

const notAuthorized = () => new GraphQLError('Not Authorized');
const notFound = (what: string) => new GraphQLError(`${what} not found`);

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/** Relay connection over a list, cursors being the node ids. */
function connection<T extends { id: string }>(items: T[], args: ConnectionArgs = {}) {
  let start = 0;
  if (args.after) start = items.findIndex((i) => i.id === args.after) + 1;
  const slice = items.slice(start, args.first ? start + args.first : undefined);
  return {
    edges: slice.map((node) => ({ cursor: node.id, node })),
    pageInfo: {
      startCursor: slice[0]?.id ?? null,
      endCursor: slice.at(-1)?.id ?? null,
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
    },
  };
}

/**
 * Root resolvers of the Railway simulator. Objects are returned as views whose
 * relation fields are functions, which graphql-js's default resolver calls.
 */
export function createRoot(store: RailwayStore, lifecycle: RailwayLifecycle) {
  const can = (ctx: RailwayContext, projectId: string, environmentId?: string) => {
    if (ctx.auth.kind === 'account') return;
    if (ctx.auth.kind === 'project' && ctx.auth.projectId === projectId && (!environmentId || environmentId === ctx.auth.environmentId))
      return;
    throw notAuthorized();
  };
  const accountOnly = (ctx: RailwayContext) => {
    if (ctx.auth.kind !== 'account') throw notAuthorized();
  };

  const serviceDomainHost = (instance: ServiceInstance) => new URL(instance.proxy.url).host;

  const domainsOf = (environmentId: string, serviceId: string) => ({
    serviceDomains: store.domains
      .filter((d) => d.kind === 'service' && d.environmentId === environmentId && d.serviceId === serviceId)
      .map(domainView),
    customDomains: store.domains
      .filter((d) => d.kind === 'custom' && d.environmentId === environmentId && d.serviceId === serviceId)
      .map((d) => ({ ...domainView(d), status: { verified: true, certificateStatus: 'CERTIFICATE_STATUS_TYPE_VALID' } })),
  });
  const domainView = (d: Domain) => ({ ...d, suffix: d.kind === 'service' ? d.domain.split(':')[0] : null });

  const deploymentView = (d: Deployment): Record<string, unknown> => {
    const instance = store.instance(d.environmentId, d.serviceId);
    const host = instance ? serviceDomainHost(instance) : null;
    return {
      ...d,
      canRedeploy: d.status !== 'INITIALIZING' && d.status !== 'BUILDING',
      suggestAddServiceDomain: false,
      staticUrl: host,
      url: host,
      instances: [{ id: `${d.id}-0`, status: instanceStatus(d.status) }],
      service: () => serviceView(store.services.find((s) => s.id === d.serviceId)),
      environment: () => environmentView(store.environments.find((e) => e.id === d.environmentId)),
    };
  };
  const instanceView = (i: ServiceInstance | undefined): Record<string, unknown> | undefined => {
    if (!i) return undefined;
    const service = store.services.find((s) => s.id === i.serviceId);
    const list = store.deploymentsOf(i.environmentId, i.serviceId);
    return {
      ...i,
      serviceName: service?.name,
      latestDeployment: () => {
        const latest = list.at(-1);
        return latest ? deploymentView(latest) : null;
      },
      activeDeployments: () => list.filter((d) => d.status === 'SUCCESS').map(deploymentView),
      domains: () => domainsOf(i.environmentId, i.serviceId),
      service: () => serviceView(service),
    };
  };
  const environmentView = (e: (typeof store.environments)[number] | undefined): Record<string, unknown> | undefined =>
    e && {
      ...e,
      isEphemeral: false,
      serviceInstances: (args: ConnectionArgs) =>
        connection(
          store.instances.filter((i) => i.environmentId === e.id).map((i) => instanceView(i) as { id: string }),
          args,
        ),
    };
  const serviceView = (s: (typeof store.services)[number] | undefined): Record<string, unknown> | undefined =>
    s && {
      ...s,
      icon: null,
      project: () => projectView(store.projects.find((p) => p.id === s.projectId)),
      serviceInstances: (args: ConnectionArgs) =>
        connection(
          store.instances.filter((i) => i.serviceId === s.id).map((i) => instanceView(i) as { id: string }),
          args,
        ),
    };
  const projectView = (p: (typeof store.projects)[number] | undefined): Record<string, unknown> | undefined =>
    p && {
      ...p,
      baseEnvironmentId: store.environments.find((e) => e.projectId === p.id)?.id ?? null,
      environments: (args: ConnectionArgs) =>
        connection(
          store.environments.filter((e) => e.projectId === p.id).map((e) => environmentView(e) as { id: string }),
          args,
        ),
      services: (args: ConnectionArgs) =>
        connection(
          store.services.filter((s) => s.projectId === p.id).map((s) => serviceView(s) as { id: string }),
          args,
        ),
    };

  const findDeployment = (id: string, ctx: RailwayContext) => {
    const d = store.deployments.find((x) => x.id === id);
    if (!d) throw ctx.auth.kind === 'none' ? notAuthorized() : notFound('Deployment');
    can(ctx, d.projectId, d.environmentId);
    return d;
  };
  const findInstance = (environmentId: string, serviceId: string, ctx: RailwayContext) => {
    const instance = store.instance(environmentId, serviceId);
    if (!instance) throw ctx.auth.kind === 'none' ? notAuthorized() : notFound('ServiceInstance');
    const service = store.services.find((s) => s.id === serviceId);
    can(ctx, service?.projectId ?? '', environmentId);
    return instance;
  };
  const deployInstance = (instance: ServiceInstance, meta: Record<string, unknown>) =>
    lifecycle.create(instance, {
      image: instance.source.image,
      variables: { ...store.variablesOf(instance.environmentId, null), ...store.variablesOf(instance.environmentId, instance.serviceId) },
      meta,
    });
  const logs = (
    lines: { message: string; severity: string; timestamp: string }[],
    args: { limit?: number | null; filter?: string | null },
  ) => {
    const filtered = args.filter ? lines.filter((l) => l.message.includes(args.filter as string)) : lines;
    return args.limit ? filtered.slice(-args.limit) : filtered;
  };
  const variablesChanged = (environmentId: string, serviceId: string | null | undefined, skipDeploys: boolean | null | undefined) => {
    if (skipDeploys) return;
    for (const instance of store.instances.filter((i) => i.environmentId === environmentId && (!serviceId || i.serviceId === serviceId))) {
      if (store.deploymentsOf(instance.environmentId, instance.serviceId).some((d) => d.status === 'SUCCESS')) {
        deployInstance(instance, { reason: 'variables changed' });
      }
    }
  };

  type Args = Record<string, unknown> & { input?: Record<string, unknown> };
  return {
    me: (_: Args, ctx: RailwayContext) => {
      accountOnly(ctx);
      return store.user;
    },
    projectToken: (_: Args, ctx: RailwayContext) => {
      if (ctx.auth.kind !== 'project') throw new GraphQLError('Project Token not found');
      const { tokenId } = ctx.auth;
      const token = store.projectTokens.find((t) => t.id === tokenId);
      return {
        ...token,
        displayToken: `${token?.token.slice(0, 4)}…`,
        project: () => projectView(store.projects.find((p) => p.id === token?.projectId)),
        environment: () => environmentView(store.environments.find((e) => e.id === token?.environmentId)),
      };
    },
    project: ({ id }: { id: string }, ctx: RailwayContext) => {
      const p = store.projects.find((x) => x.id === id);
      if (!p) throw ctx.auth.kind === 'none' ? notAuthorized() : new GraphQLError('Project not found');
      can(ctx, p.id);
      return projectView(p);
    },
    environment: ({ id }: { id: string }, ctx: RailwayContext) => {
      const e = store.environments.find((x) => x.id === id);
      if (!e) throw notFound('Environment');
      can(ctx, e.projectId, e.id);
      return environmentView(e);
    },
    environments: (args: { projectId: string } & ConnectionArgs, ctx: RailwayContext) => {
      can(ctx, args.projectId);
      const visible = store.environments.filter(
        (e) => e.projectId === args.projectId && (ctx.auth.kind !== 'project' || e.id === ctx.auth.environmentId),
      );
      return connection(
        visible.map((e) => environmentView(e) as { id: string }),
        args,
      );
    },
    service: ({ id }: { id: string }, ctx: RailwayContext) => {
      const s = store.services.find((x) => x.id === id);
      if (!s) throw notFound('Service');
      can(ctx, s.projectId);
      return serviceView(s);
    },
    serviceInstance: ({ environmentId, serviceId }: { environmentId: string; serviceId: string }, ctx: RailwayContext) =>
      instanceView(findInstance(environmentId, serviceId, ctx)),
    deployments: (
      args: {
        input: {
          projectId?: string;
          environmentId?: string;
          serviceId?: string;
          status?: { in?: DeploymentStatus[]; notIn?: DeploymentStatus[] };
        };
      } & ConnectionArgs,
      ctx: RailwayContext,
    ) => {
      const { input } = args;
      if (ctx.auth.kind === 'none') throw notAuthorized();
      const list = store.deployments
        .filter(
          (d) => (!input.projectId || d.projectId === input.projectId) && (!input.environmentId || d.environmentId === input.environmentId),
        )
        .filter((d) => (!input.serviceId || d.serviceId === input.serviceId) && (!input.status?.in || input.status.in.includes(d.status)))
        .filter((d) => !input.status?.notIn?.includes(d.status))
        .filter(
          (d) =>
            ctx.auth.kind === 'account' ||
            (ctx.auth.kind === 'project' && d.projectId === ctx.auth.projectId && d.environmentId === ctx.auth.environmentId),
        )
        .reverse();
      return connection(list.map(deploymentView) as { id: string }[], args);
    },
    deployment: ({ id }: { id: string }, ctx: RailwayContext) => deploymentView(findDeployment(id, ctx)),
    buildLogs: (args: { deploymentId: string; limit?: number; filter?: string }, ctx: RailwayContext) =>
      logs(findDeployment(args.deploymentId, ctx).buildLogs, args),
    deploymentLogs: (args: { deploymentId: string; limit?: number; filter?: string }, ctx: RailwayContext) =>
      logs(findDeployment(args.deploymentId, ctx).deployLogs, args),
    domains: (args: { environmentId: string; projectId: string; serviceId: string }, ctx: RailwayContext) => {
      can(ctx, args.projectId, args.environmentId);
      return domainsOf(args.environmentId, args.serviceId);
    },
    variables: (args: { environmentId: string; projectId: string; serviceId?: string }, ctx: RailwayContext) => {
      can(ctx, args.projectId, args.environmentId);
      return {
        ...store.variablesOf(args.environmentId, null),
        ...(args.serviceId ? store.variablesOf(args.environmentId, args.serviceId) : {}),
      };
    },

    serviceInstanceDeployV2: (args: { environmentId: string; serviceId: string; commitSha?: string }, ctx: RailwayContext) => {
      const instance = findInstance(args.environmentId, args.serviceId, ctx);
      return deployInstance(instance, args.commitSha ? { commitHash: args.commitSha, reason: 'deploy' } : { reason: 'deploy' }).id;
    },
    serviceInstanceDeploy: (args: { environmentId: string; serviceId: string; commitSha?: string }, ctx: RailwayContext) => {
      deployInstance(
        findInstance(args.environmentId, args.serviceId, ctx),
        args.commitSha ? { commitHash: args.commitSha, reason: 'deploy' } : { reason: 'deploy' },
      );
      return true;
    },
    serviceInstanceRedeploy: (args: { environmentId: string; serviceId: string }, ctx: RailwayContext) => {
      const instance = findInstance(args.environmentId, args.serviceId, ctx);
      const latest = store.deploymentsOf(instance.environmentId, instance.serviceId).at(-1);
      lifecycle.create(instance, {
        image: latest?.image ?? instance.source.image,
        variables: latest?.variables ?? {},
        meta: { ...latest?.meta, reason: 'redeploy' },
      });
      return true;
    },
    deploymentRedeploy: ({ id }: { id: string }, ctx: RailwayContext) => {
      const d = findDeployment(id, ctx);
      const instance = findInstance(d.environmentId, d.serviceId, ctx);
      return deploymentView(
        lifecycle.create(instance, { image: d.image, variables: d.variables, meta: { ...d.meta, reason: 'redeploy' } }),
      );
    },
    deploymentRollback: ({ id }: { id: string }, ctx: RailwayContext) => {
      const d = findDeployment(id, ctx);
      // canRollback is set once an image was built and kept; a build still running has none yet.
      if (!d.canRollback || ['INITIALIZING', 'QUEUED', 'WAITING', 'BUILDING', 'DEPLOYING'].includes(d.status)) {
        throw new GraphQLError('Deployment cannot be rolled back');
      }
      const instance = findInstance(d.environmentId, d.serviceId, ctx);
      lifecycle.create(instance, { image: d.image, variables: d.variables, meta: { ...d.meta, reason: 'rollback', rolledBackFrom: d.id } });
      return true;
    },
    deploymentRestart: async ({ id }: { id: string }, ctx: RailwayContext) => {
      const d = findDeployment(id, ctx);
      if (!(await lifecycle.restart(d, findInstance(d.environmentId, d.serviceId, ctx))))
        throw new GraphQLError('Deployment cannot be restarted');
      return true;
    },
    deploymentRemove: ({ id }: { id: string }, ctx: RailwayContext) => {
      const d = findDeployment(id, ctx);
      void lifecycle.retire(d).catch(() => {});
      return true;
    },
    deploymentCancel: ({ id }: { id: string }, ctx: RailwayContext) => {
      if (!lifecycle.cancel(findDeployment(id, ctx))) throw new GraphQLError('Deployment cannot be cancelled');
      return true;
    },
    serviceInstanceUpdate: (
      args: { environmentId?: string; serviceId: string; input: Partial<ServiceInstance> & { source?: { image?: string; repo?: string } } },
      ctx: RailwayContext,
    ) => {
      const targets = store.instances.filter(
        (i) => i.serviceId === args.serviceId && (!args.environmentId || i.environmentId === args.environmentId),
      );
      if (targets.length === 0) throw notFound('ServiceInstance');
      for (const instance of targets) {
        findInstance(instance.environmentId, instance.serviceId, ctx);
        const { source, ...rest } = args.input;
        for (const [key, value] of Object.entries(rest)) if (value !== undefined) Object.assign(instance, { [key]: value });
        if (source) instance.source = { image: source.image ?? instance.source.image, repo: source.repo ?? instance.source.repo };
        instance.updatedAt = now();
      }
      return true;
    },
    variableUpsert: (
      {
        input,
      }: { input: { environmentId: string; projectId: string; serviceId?: string; name: string; value: string; skipDeploys?: boolean } },
      ctx: RailwayContext,
    ) => {
      can(ctx, input.projectId, input.environmentId);
      store.variablesOf(input.environmentId, input.serviceId ?? null)[input.name] = input.value;
      variablesChanged(input.environmentId, input.serviceId, input.skipDeploys);
      return true;
    },
    variableCollectionUpsert: (
      {
        input,
      }: {
        input: {
          environmentId: string;
          projectId: string;
          serviceId?: string;
          variables: Record<string, string>;
          replace?: boolean;
          skipDeploys?: boolean;
        };
      },
      ctx: RailwayContext,
    ) => {
      can(ctx, input.projectId, input.environmentId);
      const vars = store.variablesOf(input.environmentId, input.serviceId ?? null);
      if (input.replace) for (const key of Object.keys(vars)) delete vars[key];
      Object.assign(vars, input.variables);
      variablesChanged(input.environmentId, input.serviceId, input.skipDeploys);
      return true;
    },
    variableDelete: (
      { input }: { input: { environmentId: string; projectId: string; serviceId?: string; name: string } },
      ctx: RailwayContext,
    ) => {
      can(ctx, input.projectId, input.environmentId);
      delete store.variablesOf(input.environmentId, input.serviceId ?? null)[input.name];
      variablesChanged(input.environmentId, input.serviceId, false);
      return true;
    },
    serviceDomainCreate: ({ input }: { input: { environmentId: string; serviceId: string; targetPort?: number } }, ctx: RailwayContext) => {
      const instance = findInstance(input.environmentId, input.serviceId, ctx);
      const existing = store.domains.find(
        (d) => d.kind === 'service' && d.environmentId === input.environmentId && d.serviceId === input.serviceId,
      );
      if (existing) throw new GraphQLError('Service already has a service domain');
      const service = store.services.find((s) => s.id === input.serviceId);
      const domain: Domain = {
        id: newId(),
        kind: 'service',
        domain: serviceDomainHost(instance),
        environmentId: input.environmentId,
        serviceId: input.serviceId,
        projectId: service?.projectId ?? '',
        targetPort: input.targetPort ?? null,
        createdAt: now(),
        updatedAt: now(),
      };
      store.domains.push(domain);
      return domainView(domain);
    },
    serviceDomainDelete: ({ id }: { id: string }, ctx: RailwayContext) => deleteDomain(id, 'service', ctx),
    customDomainCreate: (
      { input }: { input: { domain: string; environmentId: string; projectId: string; serviceId: string; targetPort?: number } },
      ctx: RailwayContext,
    ) => {
      can(ctx, input.projectId, input.environmentId);
      findInstance(input.environmentId, input.serviceId, ctx);
      if (store.domains.some((d) => d.domain === input.domain)) throw new GraphQLError('Domain is already in use');
      const domain: Domain = {
        id: newId(),
        kind: 'custom',
        ...input,
        targetPort: input.targetPort ?? null,
        createdAt: now(),
        updatedAt: now(),
      };
      store.domains.push(domain);
      return { ...domainView(domain), status: { verified: true, certificateStatus: 'CERTIFICATE_STATUS_TYPE_VALID' } };
    },
    customDomainDelete: ({ id }: { id: string }, ctx: RailwayContext) => deleteDomain(id, 'custom', ctx),
  };

  function deleteDomain(id: string, kind: Domain['kind'], ctx: RailwayContext): boolean {
    const at = store.domains.findIndex((d) => d.id === id && d.kind === kind);
    const domain = store.domains[at];
    if (!domain) throw notFound('Domain');
    can(ctx, domain.projectId, domain.environmentId);
    store.domains.splice(at, 1);
    return true;
  }
}

function instanceStatus(status: DeploymentStatus): string {
  switch (status) {
    case 'SUCCESS':
      return 'RUNNING';
    case 'CRASHED':
      return 'CRASHED';
    case 'REMOVED':
      return 'REMOVED';
    case 'REMOVING':
      return 'REMOVING';
    case 'FAILED':
      return 'EXITED';
    default:
      return 'INITIALIZING';
  }
}
