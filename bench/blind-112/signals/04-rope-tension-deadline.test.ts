// expect: no-leaked-race
// withDeadline races the sensor read against a setTimeout that is never cleared when the read wins, so every successful read leaves a pending deadline timer behind.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface TensionSensor {
  read(span: string): Promise<number>;
}

class DeadlineExceeded extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = 'DeadlineExceeded';
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new DeadlineExceeded(what, ms)), ms);
  });
  return Promise.race([work, deadline]);
}

class RopeTensionMonitor {
  constructor(
    private readonly sensor: TensionSensor,
    private readonly deadlineMs: number,
  ) {}

  async tensionKn(span: string): Promise<number> {
    const raw = await withDeadline(this.sensor.read(span), this.deadlineMs, `tension read on ${span}`);
    return Math.round(raw * 10) / 10;
  }

  async withinLimits(spans: string[], minKn: number, maxKn: number): Promise<string[]> {
    const out: string[] = [];
    for (const span of spans) {
      const kn = await this.tensionKn(span);
      if (kn < minKn || kn > maxKn) out.push(span);
    }
    return out;
  }
}

describe('RopeTensionMonitor', () => {
  const latencies = new Map<string, number>();
  let monitor: RopeTensionMonitor;

  before(() => {
    latencies.set('T1-T2', 5).set('T2-T3', 5).set('T3-T4', 200);
    const sensor: TensionSensor = {
      async read(span) {
        await sleep(latencies.get(span) ?? 0);
        return span === 'T2-T3' ? 412.37 : 398.04;
      },
    };
    monitor = new RopeTensionMonitor(sensor, 50);
  });

  after(() => {
    latencies.clear();
  });

  test('rounds the tension to one decimal', async () => {
    assert.equal(await monitor.tensionKn('T1-T2'), 398);
  });

  test('flags spans outside the haul-rope limits', async () => {
    assert.deepEqual(await monitor.withinLimits(['T1-T2', 'T2-T3'], 390, 410), ['T2-T3']);
  });

  test('gives up on a sensor that stops answering', async () => {
    await assert.rejects(monitor.tensionKn('T3-T4'), { name: 'DeadlineExceeded' });
  });
});
