import { startHttpServer, type TestServer } from '@golive/core/testing';
import type { CallLog } from './calls.js';
import { type Faults, faultPlanSchema } from './faults.js';
import { context, Router, sendJson } from './http/router.js';

/**
 * The sandbox's own API, for tests and people driving a running sandbox:
 * `POST /faults` adds a fault plan, `DELETE /faults` clears it, `GET /faults`
 * and `GET /calls` show what is set and what was called.
 */
export async function startControlApi(faults: Faults, calls: CallLog): Promise<TestServer> {
  const router = new Router()
    .on('GET', '/faults', (ctx) => sendJson(ctx.res, 200, faults.list()))
    .on('POST', '/faults', async (ctx) => {
      const result = faultPlanSchema.safeParse(await ctx.json().catch(() => undefined));
      if (!result.success) {
        const issue = result.error.issues[0];
        sendJson(ctx.res, 400, { error: `${issue?.path.join('.') || '(root)'}: ${issue?.message}` });
        return;
      }
      faults.load(result.data);
      sendJson(ctx.res, 200, faults.list());
    })
    .on('DELETE', '/faults', (ctx) => {
      faults.clear();
      sendJson(ctx.res, 200, faults.list());
    })
    .on('GET', '/calls', (ctx) => sendJson(ctx.res, 200, calls.calls));
  return startHttpServer((req, res) => {
    const ctx = context(req, res);
    const route = router.match(req.method ?? 'GET', ctx.url.pathname);
    if (!route) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    ctx.params = route.params;
    Promise.resolve(route.handler(ctx)).catch((error: unknown) => sendJson(res, 500, { error: String(error) }));
  });
}
