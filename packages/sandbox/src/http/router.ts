import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  body(): Promise<Buffer>;
  json<T = unknown>(): Promise<T>;
}

export type Handler = (ctx: RequestContext) => unknown;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/** A small method + path router: `/:version/projects/:id` style patterns. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    // `:name` is one segment; `:name*` is the rest of the path, slashes and all.
    const source = path.replace(/\/:([A-Za-z]+)(\*?)/g, (_m, key: string, rest: string) => {
      keys.push(key);
      return rest ? '/(.+)' : '/([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler });
    return this;
  }

  /** Finds the route for a request; undefined when none matches. */
  match(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(m[i + 1] as string);
      });
      return { handler: route.handler, params };
    }
    return undefined;
  }
}

export function context(req: IncomingMessage, res: ServerResponse, params: Record<string, string> = {}): RequestContext {
  let cached: Promise<Buffer> | undefined;
  const body = () => {
    cached ??= new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
    return cached;
  };
  return {
    req,
    res,
    url: new URL(req.url ?? '/', 'http://127.0.0.1'),
    params,
    body,
    async json<T>() {
      const raw = (await body()).toString('utf8');
      return (raw ? JSON.parse(raw) : {}) as T;
    },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
