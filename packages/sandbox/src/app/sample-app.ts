import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpServer, type TestServer } from '@golive/core/testing';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppBehaviour } from './behaviour.js';

export interface AppOptions {
  version: string;
  deploymentId: string;
  behaviour: AppBehaviour;
  /** Static files served as they are, by path: a Vercel deployment's upload. */
  files?: Map<string, Buffer>;
  random?: () => number;
}

export interface AppInstance {
  url: string;
  port: number;
  version: string;
  deploymentId: string;
  startedAt: number;
  readonly crashed: boolean;
  onCrash(listener: () => void): void;
  /** Called once when the app stops serving, by stop() or a crash. */
  onStop(listener: () => void): void;
  stop(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

const ORDERS = [
  { id: 'ord_1', item: 'espresso', quantity: 2 },
  { id: 'ord_2', item: 'croissant', quantity: 1 },
];

/**
 * The sample service every sandbox deployment runs: health endpoints, an API,
 * static pages and Prometheus metrics, behaving as its version says.
 */
export async function startSampleApp(options: AppOptions): Promise<AppInstance> {
  const { behaviour, version, deploymentId } = options;
  const random = options.random ?? Math.random;
  const registry = new Registry();
  registry.setDefaultLabels({ version, deployment: deploymentId });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({ name: 'app_info', help: 'Version of the running app', registers: [registry] }).set(1);

  const startedAt = Date.now();
  let crashed = false;
  const crashListeners: (() => void)[] = [];
  const stopListeners: (() => void)[] = [];
  let stopped = false;
  const notifyStopped = () => {
    if (stopped) return;
    stopped = true;
    for (const listener of stopListeners) listener();
  };

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://app');
    const route = routeOf(url.pathname, options.files);
    const t0 = performance.now();
    const headers: Record<string, string> = {
      'x-golive-version': version,
      'x-golive-deployment': deploymentId,
      ...(behaviour.securityHeaders ? SECURITY_HEADERS : {}),
    };
    const send = (status: number, body: string, type = 'application/json') => {
      requests.inc({ method: req.method ?? 'GET', route, status: String(status) });
      duration.observe({ route }, (performance.now() - t0) / 1000);
      res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (route === '/metrics') {
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(text);
      return;
    }
    const jitter = behaviour.latencyJitterMs ? (random() * 2 - 1) * behaviour.latencyJitterMs : 0;
    const latency = Math.max(0, behaviour.latencyMs + jitter);
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    if (route === '/healthz' || route === '/health/live' || route === '/health/ready') {
      const warming = Date.now() - startedAt < behaviour.slowStartMs;
      const ok = behaviour.healthy && !(warming && route !== '/health/live');
      send(ok ? 200 : 503, JSON.stringify({ status: ok ? 'ok' : warming ? 'starting' : 'unhealthy', version }));
      return;
    }
    if (random() < behaviour.errorRate) {
      send(500, JSON.stringify({ error: 'internal error', version }));
      return;
    }
    const file = options.files?.get(url.pathname === '/' ? '/index.html' : url.pathname);
    if (file) {
      const type = url.pathname.endsWith('.css')
        ? 'text/css'
        : url.pathname.endsWith('.js')
          ? 'text/javascript'
          : 'text/html; charset=utf-8';
      send(200, file.toString('utf8'), type);
    } else if (route === '/') {
      send(200, `<!doctype html><title>golive sample app</title><h1>golive sample app ${version}</h1>`, 'text/html; charset=utf-8');
    } else if (route === '/api/orders' && req.method === 'POST') {
      send(201, JSON.stringify({ id: `ord_${Date.now()}`, version }));
    } else if (route === '/api/orders') {
      send(200, JSON.stringify({ orders: ORDERS, version }));
    } else if (route === '/api/orders/:id') {
      const order = ORDERS.find((o) => o.id === url.pathname.split('/').pop());
      send(order ? 200 : 404, JSON.stringify(order ?? { error: 'not found' }));
    } else {
      send(404, JSON.stringify({ error: 'not found' }));
    }
  };

  const server: TestServer = await startHttpServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  let crashTimer: NodeJS.Timeout | undefined;
  if (behaviour.crashAfterMs !== undefined) {
    crashTimer = setTimeout(() => {
      crashed = true;
      void server.close();
      notifyStopped();
      for (const listener of crashListeners) listener();
    }, behaviour.crashAfterMs);
    crashTimer.unref();
  }
  return {
    url: server.url,
    port: server.port,
    version,
    deploymentId,
    startedAt,
    get crashed() {
      return crashed;
    },
    onCrash: (listener) => crashListeners.push(listener),
    onStop: (listener) => stopListeners.push(listener),
    stop: async () => {
      clearTimeout(crashTimer);
      notifyStopped();
      await server.close();
    },
  };
}

/** Route labels with bounded cardinality: ids collapse to a placeholder. */
function routeOf(pathname: string, files?: Map<string, Buffer>): string {
  if (pathname.startsWith('/api/orders/')) return '/api/orders/:id';
  if (files?.has(pathname)) return '/static';
  return ['/', '/healthz', '/health/live', '/health/ready', '/metrics', '/api/orders'].includes(pathname) ? pathname : 'other';
}
