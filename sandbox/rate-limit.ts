// HighLevel's per-location limits: a burst window (100 requests / 10 s) and a daily quota
// (200,000), reported on every answer in X-RateLimit-* headers.
export interface RateLimitConfig {
  max: number;
  intervalMs: number;
}

const dailyLimit = 200_000;

export class RateLimiter {
  private windowStart = 0;
  private used = 0;
  private dailyUsed = 0;

  constructor(public config: RateLimitConfig | false) {}

  // Counts one request; returns the headers and whether it is over the burst limit.
  hit(): { headers: Record<string, string>; limited: boolean } {
    const { max, intervalMs } = this.config || { max: 100, intervalMs: 10_000 };
    const now = Date.now();
    if (now - this.windowStart >= intervalMs) {
      this.windowStart = now;
      this.used = 0;
    }
    this.used++;
    this.dailyUsed++;
    const limited = this.config !== false && this.used > max;
    return {
      limited,
      headers: {
        'X-RateLimit-Limit-Daily': String(dailyLimit),
        'X-RateLimit-Daily-Remaining': String(Math.max(0, dailyLimit - this.dailyUsed)),
        'X-RateLimit-Interval-Milliseconds': String(intervalMs),
        'X-RateLimit-Max': String(max),
        'X-RateLimit-Remaining': String(Math.max(0, max - this.used)),
      },
    };
  }

  reset(): void {
    this.windowStart = 0;
    this.used = 0;
    this.dailyUsed = 0;
  }
}
