// expect: none
// waitForStrike removes its listener and clears its timer on the first match or on timeout, so the promise settles exactly once on every path.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Strike {
  bell: number;
  velocity: number;
  at: number;
}

class StrikeScheduler extends EventEmitter {
  private readonly queue: Array<{ bell: number; velocity: number; dueAt: number }> = [];
  private ticker: NodeJS.Timeout | undefined;

  schedule(bell: number, velocity: number, delayMs: number): void {
    this.queue.push({ bell, velocity, dueAt: Date.now() + delayMs });
    this.queue.sort((a, b) => a.dueAt - b.dueAt);
  }

  start(tickMs = 5): void {
    this.ticker ??= setInterval(() => this.tick(), tickMs);
  }

  stop(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private tick(): void {
    const now = Date.now();
    while (this.queue.length > 0 && this.queue[0].dueAt <= now) {
      const next = this.queue.shift()!;
      this.emit('strike', { bell: next.bell, velocity: next.velocity, at: now } satisfies Strike);
    }
  }

  waitForStrike(bell: number, timeoutMs: number): Promise<Strike> {
    return new Promise<Strike>((resolve, reject) => {
      const onStrike = (strike: Strike) => {
        if (strike.bell !== bell) return;
        clearTimeout(timer);
        this.off('strike', onStrike);
        resolve(strike);
      };
      const timer = setTimeout(() => {
        this.off('strike', onStrike);
        reject(new Error(`bell ${bell} was not struck within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('strike', onStrike);
    });
  }
}

describe('StrikeScheduler', () => {
  const scheduler = new StrikeScheduler();

  before(() => scheduler.start());
  after(() => scheduler.stop());

  test('resolves with the first strike of the requested bell', async () => {
    scheduler.schedule(3, 0.4, 10);
    scheduler.schedule(7, 0.9, 20);
    scheduler.schedule(7, 0.2, 40);
    const strike = await scheduler.waitForStrike(7, 500);
    assert.equal(strike.bell, 7);
    assert.equal(strike.velocity, 0.9);
  });

  test('leaves no listeners behind after resolving', async () => {
    scheduler.schedule(12, 0.5, 5);
    await scheduler.waitForStrike(12, 500);
    assert.equal(scheduler.listenerCount('strike'), 0);
  });

  test('rejects when the bell is never struck', async () => {
    scheduler.schedule(1, 0.5, 5);
    await assert.rejects(scheduler.waitForStrike(23, 60), /bell 23 was not struck/);
    assert.equal(scheduler.listenerCount('strike'), 0);
  });

  test('strikes in chronological order regardless of scheduling order', async () => {
    const seen: number[] = [];
    const record = (s: Strike) => seen.push(s.bell);
    scheduler.on('strike', record);
    scheduler.schedule(5, 0.5, 30);
    scheduler.schedule(4, 0.5, 10);
    await scheduler.waitForStrike(5, 500);
    scheduler.off('strike', record);
    assert.deepEqual(seen, [4, 5]);
  });
});
