import { CircuitBreaker } from './CircuitBreaker';

describe('CircuitBreaker', () => {
  it('opens after the threshold, refuses during the cooldown, then lets one trial through', () => {
    let now = 0;
    const breaker = new CircuitBreaker({
      failureThreshold: 3,
      cooldownMs: 1000,
      clock: () => now,
    });
    for (let i = 0; i < 2; i++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.onFailure('HTTP 503');
    }
    expect(breaker.state).toBe('closed');
    breaker.onFailure('HTTP 503');
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.openSince).toEqual({ at: new Date(0), error: 'HTTP 503' });

    now = 1000;
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false); // one trial at a time
    breaker.onFailure('timeout');
    expect(breaker.state).toBe('open'); // a failed trial opens it again at once

    now = 2000;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.openSince).toBeUndefined();
  });

  it('counts failures in a row only: a success in between resets the count', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 10 });
    breaker.onFailure('a');
    breaker.onSuccess();
    breaker.onFailure('b');
    expect(breaker.state).toBe('closed');
  });
});
