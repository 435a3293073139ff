import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { startHttpServer, type TestServer } from '@golive/core/testing';

export interface Backend {
  url: string;
  deploymentId: string;
}

/** What a public URL serves: one backend, or a canary split by percentage with a sticky cookie. */
export interface Route {
  stable?: Backend;
  canary?: Backend;
  canaryPercent?: number;
}

export interface EdgeProxy {
  url: string;
  name: string;
  route: Route;
  setRoute(route: Route): void;
  close(): Promise<void>;
}

export interface ProxyOptions {
  name: string;
  /** The body when nothing is deployed, as the real platform words it. */
  notFound: { status: number; body: string };
  /** The body when the backend does not answer. */
  badGateway: { status: number; body: string };
  /** Cookie that keeps a visitor on one side of a canary. */
  stickyCookie?: string;
}

/**
 * A public URL in front of deployments, as a platform's edge is: promote,
 * rollback and canary stages change what it serves, observable from outside.
 */
export async function startProxy(options: ProxyOptions): Promise<EdgeProxy> {
  let route: Route = {};
  const cookie = options.stickyCookie ?? `_golive_${createHash('sha1').update(options.name).digest('hex').slice(0, 8)}`;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://edge');
    let backend = route.stable;
    const setCookie: string[] = [];
    if (route.canary && route.canaryPercent !== undefined) {
      const force =
        url.searchParams.get('vcrrForceCanary') === 'true' ? 0 : url.searchParams.get('vcrrForceStable') === 'true' ? 99 : undefined;
      let bucket = force ?? Number(cookieValue(req.headers.cookie, cookie) ?? Number.NaN);
      if (!(bucket >= 0 && bucket < 100)) bucket = Math.floor(Math.random() * 100);
      setCookie.push(`${cookie}=${bucket}; Path=/; HttpOnly; SameSite=Lax`);
      if (bucket < route.canaryPercent) backend = route.canary;
    }
    if (!backend) {
      res.writeHead(options.notFound.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(options.notFound.body);
      return;
    }
    const target = new URL(backend.url);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host, 'x-forwarded-host': req.headers.host ?? '' },
      },
      (answer) => {
        const headers = { ...answer.headers };
        if (setCookie.length) headers['set-cookie'] = [...(answer.headers['set-cookie'] ?? []), ...setCookie];
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(options.badGateway.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(options.badGateway.body);
    });
    req.pipe(upstream);
  };
  const server: TestServer = await startHttpServer(handler);
  return {
    url: server.url,
    name: options.name,
    get route() {
      return route;
    },
    setRoute(next) {
      route = next;
    },
    close: () => server.close(),
  };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(/;\s*/) ?? []) {
    const at = part.indexOf('=');
    if (part.slice(0, at) === name) return part.slice(at + 1);
  }
  return undefined;
}
