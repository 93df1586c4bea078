import type { Clock } from '../core/clock.js';

/**
 * Sliding-window limits: an overall budget per second and a per-conversation budget (Teams allows
 * 7 sends per second per conversation and 30 requests per second per app per tenant; we stay below).
 * `delayFor` returns how long to wait before the next send for a key; `record` books a send.
 */
export class RateLimiter {
  private readonly overall: number[] = [];
  private readonly perKey = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly overallPerSecond = 25,
    private readonly perKeyPerSecond = 7,
  ) {}

  delayFor(key: string): number {
    const now = this.clock.now().getTime();
    prune(this.overall, now);
    const keyed = this.perKey.get(key) ?? [];
    prune(keyed, now);
    const waitOverall = this.overall.length >= this.overallPerSecond ? this.overall[0]! + 1000 - now : 0;
    const waitKey = keyed.length >= this.perKeyPerSecond ? keyed[0]! + 1000 - now : 0;
    return Math.max(0, waitOverall, waitKey);
  }

  record(key: string): void {
    const now = this.clock.now().getTime();
    this.overall.push(now);
    const keyed = this.perKey.get(key) ?? [];
    keyed.push(now);
    this.perKey.set(key, keyed);
    if (this.perKey.size > 10_000) this.perKey.clear();
  }
}

function prune(times: number[], now: number): void {
  while (times.length > 0 && times[0]! <= now - 1000) times.shift();
}
