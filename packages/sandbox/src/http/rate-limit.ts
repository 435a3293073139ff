export interface RateDecision {
  limited: boolean;
  limit: number;
  remaining: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

/** A fixed one-second window per credential, as the simulated APIs enforce it. */
export class PerSecondLimit {
  private readonly windows = new Map<string, { second: number; count: number }>();

  constructor(private readonly limit: number) {}

  take(key: string): RateDecision {
    const second = Math.floor(Date.now() / 1000);
    const window = this.windows.get(key);
    const count = window?.second === second ? window.count + 1 : 1;
    this.windows.set(key, { second, count });
    return { limited: count > this.limit, limit: this.limit, remaining: Math.max(0, this.limit - count), reset: second + 1 };
  }
}
