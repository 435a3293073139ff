import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError, request, requestJson } from '../src/http.js';
import { addSecret, clearSecrets } from '../src/redact.js';
import { startHttpServer, type TestServer, unusedPort } from '../src/testing/http-server.js';

const fast = { attempts: 4, baseMs: 10, capMs: 40 };
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  clearSecrets();
});

describe('request', () => {
  it('retries 503 on GET with backoff, then returns the answer', async () => {
    let calls = 0;
    server = await startHttpServer((_req, res) => {
      calls++;
      res.writeHead(calls < 3 ? 503 : 200).end('ok');
    });
    const res = await request({ url: server.url, retryPolicy: fast });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(3);
    expect(calls).toBe(3);
  });

  it('does not retry a POST on 503, but does on 429 (the server did no work)', async () => {
    let calls = 0;
    server = await startHttpServer((_req, res) => {
      calls++;
      res.writeHead(503).end();
    });
    expect((await request({ url: server.url, method: 'POST', body: 'x', retryPolicy: fast })).status).toBe(503);
    expect(calls).toBe(1);

    await server.close();
    calls = 0;
    server = await startHttpServer((_req, res) => {
      calls++;
      if (calls === 1) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(201).end();
    });
    expect((await request({ url: server.url, method: 'POST', body: 'x', retryPolicy: fast })).status).toBe(201);
    expect(calls).toBe(2);
  });

  it('honours Retry-After in seconds', async () => {
    const times: number[] = [];
    server = await startHttpServer((_req, res) => {
      times.push(Date.now());
      if (times.length === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else res.writeHead(200).end();
    });
    const res = await request({ url: server.url, retryPolicy: fast });
    expect(res.status).toBe(200);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(950);
  });

  it('gives up when Retry-After is past the deadline, returning the 429', async () => {
    server = await startHttpServer((_req, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    const started = Date.now();
    const res = await request({ url: server.url, deadlineMs: 2000, retryPolicy: fast });
    expect(res.status).toBe(429);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('times out an attempt that hangs, naming the URL and the limit', async () => {
    server = await startHttpServer(() => {});
    const error = await request({ url: server.url, timeoutMs: 200, retry: 'never' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('timeout');
    expect((error as HttpError).message).toContain('timed out after 200 ms');
  });

  it('stops at the total deadline across retries', async () => {
    server = await startHttpServer(() => {});
    const started = Date.now();
    const error = await request({ url: server.url, timeoutMs: 300, deadlineMs: 800, retryPolicy: { ...fast, attempts: 50 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('classifies a refused connection and retries it', async () => {
    const port = await unusedPort();
    let retries = 0;
    const error = await request({
      url: `http://127.0.0.1:${port}/`,
      method: 'POST',
      retryPolicy: fast,
      onRetry: () => {
        retries++;
      },
    }).catch((e: unknown) => e);
    expect((error as HttpError).kind).toBe('refused');
    expect((error as HttpError).message).toContain('connection refused');
    expect(retries).toBe(3);
  });

  it('classifies a redirect loop', async () => {
    server = await startHttpServer((req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end());
    const error = await request({ url: `${server.url}/a`, retry: 'never' }).catch((e: unknown) => e);
    expect((error as HttpError).kind).toBe('redirect-loop');
  });

  it('classifies a connection reset mid-response', async () => {
    server = await startHttpServer((req) => req.socket.destroy());
    const error = await request({ url: server.url, retry: 'never' }).catch((e: unknown) => e);
    expect((error as HttpError).kind).toBe('reset');
  });
});

describe('requestJson', () => {
  const schema = z.object({ id: z.string() });

  it('validates the body with the schema', async () => {
    server = await startHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"d1"}'));
    expect(await requestJson({ url: server.url, schema })).toEqual({ id: 'd1' });
  });

  it('reports an unexpected shape with its path', async () => {
    server = await startHttpServer((_req, res) => res.writeHead(200).end('{"id":5}'));
    await expect(requestJson({ url: server.url, schema })).rejects.toThrow(/unexpected shape at id/);
  });

  it('never puts the token in the error, even when the server echoes it', async () => {
    const token = 'tok_9f8e7d6c5b4a39281706';
    addSecret(token);
    server = await startHttpServer((req, res) => res.writeHead(401).end(`bad credentials: ${req.headers.authorization} (${token})`));
    const error = (await requestJson({
      url: `${server.url}/?token=${token}`,
      schema,
      headers: { authorization: `Bearer ${token}` },
      what: 'Vercel API',
    }).catch((e: unknown) => e)) as HttpError;
    expect(error.kind).toBe('status');
    expect(error.status).toBe(401);
    expect(error.message).toContain('Vercel API answered HTTP 401');
    expect(error.message).not.toContain(token);
    expect(String(error.stack)).not.toContain(token);
  });
});
