// expect: no-multiple-settle
// The withTimeout helper never clears its timer, so after the wrapped promise resolves the timer still fires and calls reject on the already-settled promise.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface LashingReading {
  poleId: string;
  tensionKgf: number;
  deflectionMm: number;
}

class ScaffoldSensorHub extends EventEmitter {
  private readings = new Map<string, LashingReading>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private source: () => LashingReading[], private periodMs = 5) {
    super();
  }

  start(): void {
    this.timer = setInterval(() => {
      for (const r of this.source()) {
        this.readings.set(r.poleId, r);
        if (r.deflectionMm > 40) this.emit('alarm', r);
      }
      this.emit('sweep', this.readings.size);
    }, this.periodMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  latest(poleId: string): LashingReading | undefined {
    return this.readings.get(poleId);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
    p.then(resolve, reject);
  });
}

describe('ScaffoldSensorHub', () => {
  let deflection = 12;
  const hub = new ScaffoldSensorHub(() => [
    { poleId: 'N-01', tensionKgf: 180, deflectionMm: deflection },
    { poleId: 'N-02', tensionKgf: 175, deflectionMm: 9 },
  ]);

  before(() => hub.start());
  after(() => hub.stop());

  test('keeps the latest reading per pole', async () => {
    const [count] = await withTimeout(once(hub, 'sweep'), 1000, 'first sweep');
    assert.equal(count, 2);
    assert.equal(hub.latest('N-02')?.tensionKgf, 175);
  });

  test('raises an alarm when a lashing deflects past 40mm', async () => {
    const alarm = once(hub, 'alarm');
    deflection = 47;
    const [reading] = (await withTimeout(alarm, 1000, 'deflection alarm')) as [LashingReading];
    assert.equal(reading.poleId, 'N-01');
    assert.ok(reading.deflectionMm > 40);
    deflection = 12;
  });

  test('unknown poles have no reading', () => {
    assert.equal(hub.latest('S-99'), undefined);
  });
});
