import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpServer, type TestServer } from '@golive/core/testing';
import { buildSchema, type DocumentNode, execute, type GraphQLError, Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import type { CallLog } from '../calls.js';
import { actOut, type Faults } from '../faults.js';
import { PerSecondLimit } from '../http/rate-limit.js';
import { context, sendJson } from '../http/router.js';
import type { RailwayLifecycle } from './lifecycle.js';
import { type Auth, createRoot } from './resolvers.js';
import type { RailwayStore } from './store.js';

export const railwaySdl = readFileSync(new URL('./railway.graphql', import.meta.url), 'utf8');

export interface RailwayApiOptions {
  store: RailwayStore;
  lifecycle: RailwayLifecycle;
  faults: Faults;
  calls: CallLog;
  accountToken: string;
  /** Requests per second per credential before 429. */
  rateLimitPerSecond: number;
}

const traceId = () => String(BigInt(`0x${randomUUID().replace(/-/g, '').slice(0, 15)}`));

function formatError(error: GraphQLError, code: string) {
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { code },
    traceId: traceId(),
  };
}

function rootFields(document: DocumentNode, operationName?: string): string[] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
}

/** Railway's public API: `POST /graphql/v2`, executed against golive's subset of the real schema. */
export async function startRailwayApi(options: RailwayApiOptions): Promise<TestServer> {
  const schema = buildSchema(railwaySdl);
  const root = createRoot(options.store, options.lifecycle);
  const rate = new PerSecondLimit(options.rateLimitPerSecond);

  const authOf = (req: IncomingMessage): Auth => {
    const projectToken = req.headers['project-access-token'];
    if (typeof projectToken === 'string' && projectToken) {
      const token = options.store.projectTokens.find((t) => t.token === projectToken);
      return token
        ? { kind: 'project', projectId: token.projectId, environmentId: token.environmentId, tokenId: token.id }
        : { kind: 'bad-project-token' };
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    return bearer === options.accountToken ? { kind: 'account' } : { kind: 'none' };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const ctx = context(req, res);
    if (ctx.url.pathname !== '/graphql/v2' || req.method !== 'POST') {
      sendJson(res, 404, { message: 'Not Found', requestId: randomUUID() });
      return;
    }
    const credential = String(req.headers['project-access-token'] ?? req.headers.authorization ?? 'anonymous');
    const decision = rate.take(credential);
    const rateHeaders = {
      'x-ratelimit-limit': String(decision.limit),
      'x-ratelimit-remaining': String(decision.remaining),
      'x-ratelimit-reset': new Date(decision.reset * 1000).toISOString(),
    };
    if (decision.limited) {
      options.calls.record({ api: 'railway', operation: '(rate limited)', status: 429 });
      sendJson(res, 429, { data: null }, { ...rateHeaders, 'retry-after': '1' });
      return;
    }

    let request: { query?: string; variables?: Record<string, unknown>; operationName?: string };
    try {
      request = await ctx.json();
    } catch {
      sendJson(res, 400, {
        errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' }, traceId: traceId() }],
      });
      return;
    }
    let document: DocumentNode;
    try {
      document = parse(request.query ?? '');
    } catch (error) {
      sendJson(res, 400, { errors: [formatError(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')] }, rateHeaders);
      return;
    }
    const invalid = validate(schema, document);
    if (invalid.length) {
      sendJson(res, 400, { errors: invalid.map((e) => formatError(e, 'GRAPHQL_VALIDATION_FAILED')) }, rateHeaders);
      return;
    }
    const fields = rootFields(document, request.operationName);
    for (const field of fields) {
      const fault = options.faults.takeRequest('railway', field);
      if (
        fault &&
        (await actOut(fault, res, () => ({ errors: [{ message: 'Problem processing request', traceId: traceId() }], data: null })))
      ) {
        options.calls.record({ api: 'railway', operation: field, status: fault.status ?? 0, body: request.variables });
        return;
      }
    }
    const result = await execute({
      schema,
      document,
      rootValue: root,
      contextValue: { auth: authOf(req) },
      variableValues: request.variables,
      operationName: request.operationName,
    });
    for (const field of fields) options.calls.record({ api: 'railway', operation: field, status: 200, body: request.variables });
    if (!('data' in result) || result.data === undefined) {
      sendJson(res, 400, { errors: (result.errors ?? []).map((e) => formatError(e, 'BAD_USER_INPUT')) }, rateHeaders);
      return;
    }
    const body = result.errors?.length
      ? { errors: result.errors.map((e) => formatError(e, 'INTERNAL_SERVER_ERROR')), data: result.data }
      : { data: result.data };
    sendJson(res, 200, body, rateHeaders);
  };

  return startHttpServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: String(error), traceId: traceId() }] });
    });
  });
}
