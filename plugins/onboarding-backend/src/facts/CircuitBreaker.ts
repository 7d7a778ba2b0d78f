/**
 * Stops calling a source that keeps failing: after `failureThreshold` failures in a row it
 * opens for `cooldownMs`, during which calls are refused at once; then one trial call is let
 * through (half-open): a success closes it, a failure opens it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt?: number;
  private trialInFlight = false;
  private lastError?: string;

  constructor(
    private readonly options: {
      failureThreshold: number;
      cooldownMs: number;
      clock?: () => number;
    },
  ) {}

  private now() {
    return this.options.clock?.() ?? Date.now();
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs
      ? 'half-open'
      : 'open';
  }

  /** Since when the breaker is open, and the failure that opened it. */
  get openSince(): { at: Date; error?: string } | undefined {
    return this.openedAt === undefined
      ? undefined
      : { at: new Date(this.openedAt), error: this.lastError };
  }

  /** Whether a call may go ahead now; in half-open, only one at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  onSuccess() {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
    this.lastError = undefined;
  }

  onFailure(error: string) {
    this.failures += 1;
    this.lastError = error;
    if (this.trialInFlight || this.failures >= this.options.failureThreshold) {
      this.openedAt = this.now();
    }
    this.trialInFlight = false;
  }
}
