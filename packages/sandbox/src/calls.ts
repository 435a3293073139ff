/** One API call as a simulator saw it, so tests can assert what was done and not done twice. */
export interface Call {
  api: 'railway' | 'vercel' | 'github';
  /** A GraphQL root field (`deploymentRollback`) or `METHOD /path`. */
  operation: string;
  status: number;
  body?: unknown;
  at: number;
}

export class CallLog {
  readonly calls: Call[] = [];

  record(call: Omit<Call, 'at'>): void {
    this.calls.push({ ...call, at: Date.now() });
  }

  of(api: Call['api'], operation?: string | RegExp): Call[] {
    return this.calls.filter(
      (c) =>
        c.api === api &&
        (operation === undefined || (typeof operation === 'string' ? c.operation === operation : operation.test(c.operation))),
    );
  }

  clear(): void {
    this.calls.length = 0;
  }
}
