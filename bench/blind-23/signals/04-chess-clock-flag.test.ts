// expect: none
// The flag wait races once() against a timers/promises sleep that share one controller, and the finally block aborts it so the losing side is cancelled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

type Side = 'white' | 'black';

class TournamentClock extends EventEmitter {
  private remaining: Record<Side, number>;
  private running: Side | null = null;
  private tick: NodeJS.Timeout | undefined;
  private lastTickAt = 0;

  constructor(
    baseMs: number,
    private readonly incrementMs = 0,
  ) {
    super();
    this.remaining = { white: baseMs, black: baseMs };
  }

  start(side: Side): void {
    this.running = side;
    this.lastTickAt = Date.now();
    this.tick = setInterval(() => this.onTick(), 10);
  }

  press(): void {
    if (!this.running) return;
    this.onTick();
    this.remaining[this.running] += this.incrementMs;
    this.running = this.running === 'white' ? 'black' : 'white';
  }

  stop(): void {
    clearInterval(this.tick);
    this.tick = undefined;
    this.running = null;
  }

  timeLeft(side: Side): number {
    return this.remaining[side];
  }

  private onTick(): void {
    if (!this.running) return;
    const now = Date.now();
    this.remaining[this.running] -= now - this.lastTickAt;
    this.lastTickAt = now;
    if (this.remaining[this.running] <= 0) {
      const flagged = this.running;
      this.remaining[flagged] = 0;
      this.stop();
      this.emit('flag', flagged);
    }
  }
}

async function waitForFlag(clock: TournamentClock, withinMs: number): Promise<Side | 'no-flag'> {
  const ac = new AbortController();
  try {
    return await Promise.race([
      once(clock, 'flag', { signal: ac.signal }).then(([side]) => side as Side),
      sleep(withinMs, 'no-flag' as const, { signal: ac.signal }),
    ]);
  } finally {
    ac.abort();
  }
}

test('white flags when the base time runs out', async () => {
  const clock = new TournamentClock(60);
  clock.start('white');
  try {
    assert.equal(await waitForFlag(clock, 1_000), 'white');
    assert.equal(clock.timeLeft('white'), 0);
  } finally {
    clock.stop();
  }
});

test('increment keeps the side to move alive', async () => {
  const clock = new TournamentClock(80, 60);
  clock.start('white');
  try {
    await sleep(40);
    clock.press();
    await sleep(40);
    clock.press();
    assert.equal(await waitForFlag(clock, 30), 'no-flag');
    assert.ok(clock.timeLeft('white') > 0);
  } finally {
    clock.stop();
  }
});
