import { type $ZodType, safeParse } from 'zod/v4/core';
import { formatDuration } from './duration.js';
import { redact } from './redact.js';
import { backoffDelay, DEFAULT_RETRY, isIdempotent, parseRetryAfter, RETRYABLE_STATUS, type RetryPolicy } from './retry.js';
import { sleep } from './sleep.js';

export type HttpErrorKind =
  | 'timeout'
  | 'dns'
  | 'refused'
  | 'reset'
  | 'tls'
  | 'redirect-loop'
  | 'network'
  | 'status'
  | 'invalid-body'
  | 'deadline';

/** A failed HTTP exchange. Its message never holds a header value or a registered secret. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly kind: HttpErrorKind,
    readonly url: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(redact(message), options);
  }
}

export interface HttpRequest {
  url: string | URL;
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON with `content-type: application/json`. */
  json?: unknown;
  body?: string | Uint8Array;
  /** Per attempt, headers and body included. */
  timeoutMs?: number;
  /** For all attempts and waits together. */
  deadlineMs?: number;
  /**
   * `auto` (default) retries idempotent methods; `always` also retries other
   * methods the caller knows to be safe (a GraphQL query); `never` does one attempt.
   */
  retry?: 'auto' | 'always' | 'never';
  retryPolicy?: RetryPolicy;
  redirect?: 'follow' | 'manual';
  /** Names the service in messages: "Railway API", "health probe". */
  what?: string;
  signal?: AbortSignal;
  /** Called before each retry, so long waits show in the log. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  url: string;
  /** Time from sending the request to the last byte of the body. */
  ms: number;
  attempts: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_MS = 120_000;

/**
 * golive's one HTTP helper. Returns every response, whatever its status; throws
 * `HttpError` only when no response could be had (after the retries the policy allows).
 */
export async function request(req: HttpRequest): Promise<HttpResponse> {
  const method = (req.method ?? (req.json !== undefined || req.body ? 'POST' : 'GET')).toUpperCase();
  const url = String(req.url);
  const policy = req.retryPolicy ?? DEFAULT_RETRY;
  const mode = req.retry ?? 'auto';
  const started = Date.now();
  const deadline = started + (req.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const what = req.what ?? 'request';
  const headers: Record<string, string> = { ...req.headers };
  let body = req.body;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] ??= 'application/json';
  }

  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - Date.now();
    const attemptTimeout = Math.max(1, Math.min(timeoutMs, remaining));
    const signals = [AbortSignal.timeout(attemptTimeout)];
    if (req.signal) signals.push(req.signal);
    const t0 = performance.now();
    let retryReason: string;
    let retryAfterMs: number | undefined;
    let lastError: HttpError | undefined;
    let response: HttpResponse | undefined;
    try {
      const res = await fetch(url, {
        method,
        headers,
        body,
        redirect: req.redirect ?? 'follow',
        signal: AbortSignal.any(signals),
      });
      const text = await res.text();
      response = {
        status: res.status,
        headers: res.headers,
        body: text,
        url: res.url || url,
        ms: performance.now() - t0,
        attempts: attempt,
      };
      if (!RETRYABLE_STATUS.has(res.status)) return response;
      retryReason = `HTTP ${res.status}`;
      retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    } catch (error) {
      if (req.signal?.aborted) throw req.signal.reason;
      lastError = classifyFetchError(error, url, what, attemptTimeout);
      retryReason = lastError.message;
    }

    // A 429 or a refused connection means the server did no work: safe to repeat.
    const safe =
      mode === 'always' || (mode === 'auto' && (isIdempotent(method) || response?.status === 429 || lastError?.kind === 'refused'));
    const canRetry = mode !== 'never' && safe && attempt < policy.attempts;
    const delay = retryAfterMs ?? backoffDelay(attempt - 1, policy);
    if (!canRetry || Date.now() + delay >= deadline) {
      if (response) return response;
      if (canRetry) {
        throw new HttpError(
          `${what} ${method} ${url}: gave up after ${attempt} attempts in ${formatDuration(Date.now() - started)}: ${retryReason}`,
          'deadline',
          url,
          undefined,
          { cause: lastError },
        );
      }
      throw lastError as HttpError;
    }
    req.onRetry?.({ attempt, delayMs: delay, reason: retryReason });
    await sleep(delay, req.signal);
  }
}

export interface JsonRequest<T> extends HttpRequest {
  /** Any zod schema, classic or mini. */
  schema: $ZodType<T>;
}

/**
 * A request whose 2xx body must be JSON of the given shape. A non-2xx answer
 * becomes `HttpError('status')` with a short, redacted excerpt of the body.
 */
export async function requestJson<T>(req: JsonRequest<T>): Promise<T> {
  const headers = { accept: 'application/json', ...req.headers };
  const res = await request({ ...req, headers });
  const what = req.what ?? 'request';
  if (res.status < 200 || res.status > 299) {
    throw new HttpError(`${what} answered HTTP ${res.status}: ${excerpt(res.body)}`, 'status', res.url, res.status);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.body);
  } catch (error) {
    throw new HttpError(`${what} answered with a body that is not JSON: ${excerpt(res.body)}`, 'invalid-body', res.url, res.status, {
      cause: error,
    });
  }
  const result = safeParse(req.schema, parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new HttpError(
      `${what} answered with an unexpected shape at ${at}: ${issue?.message ?? 'invalid'}`,
      'invalid-body',
      res.url,
      res.status,
    );
  }
  return result.data;
}

function excerpt(body: string, max = 200): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(empty body)';
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_OSSL/;

/** Turns fetch's opaque "fetch failed" into a reason a person can act on. */
export function classifyFetchError(error: unknown, url: string, what: string, timeoutMs: number): HttpError {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string; cause?: { code?: string } } };
  const host = safeHost(url);
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return new HttpError(`${what} to ${url} timed out after ${formatDuration(timeoutMs)}`, 'timeout', url, undefined, { cause: error });
  }
  const cause = err?.cause;
  const code = cause?.code ?? cause?.cause?.code ?? '';
  const causeMessage = cause?.message ?? err?.message ?? String(error);
  if (/redirect count exceeded/i.test(causeMessage)) {
    return new HttpError(`${what} to ${url}: redirect loop (more than 20 redirects)`, 'redirect-loop', url, undefined, { cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new HttpError(`${what} to ${url}: DNS lookup failed for ${host} (${code})`, 'dns', url, undefined, { cause: error });
  }
  if (code === 'ECONNREFUSED') {
    return new HttpError(`${what} to ${url}: connection refused by ${host} (nothing is listening)`, 'refused', url, undefined, {
      cause: error,
    });
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return new HttpError(`${what} to ${url}: connection to ${host} timed out`, 'timeout', url, undefined, { cause: error });
  }
  if (TLS_CODE.test(code)) {
    return new HttpError(`${what} to ${url}: TLS error (${code}): ${causeMessage}`, 'tls', url, undefined, { cause: error });
  }
  if (
    ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'].includes(code) ||
    /terminated|other side closed/i.test(causeMessage)
  ) {
    return new HttpError(`${what} to ${url}: connection reset by ${host} before a complete response`, 'reset', url, undefined, {
      cause: error,
    });
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new HttpError(`${what} to ${url}: ${host} is unreachable (${code})`, 'network', url, undefined, { cause: error });
  }
  return new HttpError(`${what} to ${url} failed: ${causeMessage}${code ? ` (${code})` : ''}`, 'network', url, undefined, { cause: error });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
