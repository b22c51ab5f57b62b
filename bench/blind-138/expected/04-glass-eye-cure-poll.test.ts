// expect: no-reused-settled-promise
// The eventually() helper is given one statusOf() promise and re-awaits that same settled promise on every iteration, so it never sees the order progress past the first status it read.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

type CureStage = 'queued' | 'polymerising' | 'polishing' | 'cured';

interface CureStatus {
  orderId: string;
  stage: CureStage;
  updatedAt: number;
}

class CuringOven {
  private readonly jobs = new Map<string, { startedAt: number; stageMs: number }>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private ticks = 0;

  start(): void {
    this.timer = setInterval(() => this.ticks++, 5);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  submit(orderId: string, stageMs = 15): void {
    this.jobs.set(orderId, { startedAt: this.ticks, stageMs });
  }

  async statusOf(orderId: string): Promise<CureStatus> {
    const job = this.jobs.get(orderId);
    if (!job) throw new Error(`Unknown order ${orderId}`);
    await delay(1);
    const stages: CureStage[] = ['queued', 'polymerising', 'polishing', 'cured'];
    const elapsedMs = (this.ticks - job.startedAt) * 5;
    const index = Math.min(stages.length - 1, Math.floor(elapsedMs / job.stageMs));
    return { orderId, stage: stages[index]!, updatedAt: Date.now() };
  }
}

async function eventually<T>(
  probe: Promise<T>,
  ok: (value: T) => boolean,
  { tries = 40, intervalMs = 10 } = {},
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await probe;
    if (ok(last)) return last;
    await delay(intervalMs);
  }
  throw new Error(`condition not met after ${tries} tries; last value ${JSON.stringify(last)}`);
}

describe('CuringOven', () => {
  let oven: CuringOven;

  before(() => {
    oven = new CuringOven();
    oven.start();
  });

  after(() => {
    oven.stop();
  });

  test('a freshly submitted eye is queued', async () => {
    oven.submit('GE-5001');
    const status = await oven.statusOf('GE-5001');
    assert.equal(status.stage, 'queued');
  });

  test('an order eventually reaches the cured stage', async () => {
    oven.submit('GE-5002', 10);
    const status = await eventually(oven.statusOf('GE-5002'), (s) => s.stage === 'cured');
    assert.equal(status.orderId, 'GE-5002');
  });

  test('unknown orders are rejected', async () => {
    await assert.rejects(oven.statusOf('GE-0000'), /Unknown order/);
  });
});
