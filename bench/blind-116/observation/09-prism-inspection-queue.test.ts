// expect: none
// The 'prism' listener hands each inspection to an async method but chains a .catch that records the failure, so no inspection promise is left unhandled.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Prism {
  serial: string;
  tier: number;
  focalMm: number;
}

interface Interferometer {
  measure(prism: Prism): Promise<{ rmsWaveErr: number }>;
}

class PrismInspectionQueue {
  readonly passed: string[] = [];
  readonly rejected: string[] = [];
  readonly errors: Array<{ serial: string; error: unknown }> = [];
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly meter: Interferometer, private readonly maxRms = 0.25) {}

  attach(line: EventEmitter): void {
    line.on('prism', (prism: Prism) => {
      const job = this.inspect(prism)
        .catch((error: unknown) => {
          this.errors.push({ serial: prism.serial, error });
        })
        .finally(() => this.inFlight.delete(job));
      this.inFlight.add(job);
    });
  }

  private async inspect(prism: Prism): Promise<void> {
    const { rmsWaveErr } = await this.meter.measure(prism);
    (rmsWaveErr <= this.maxRms ? this.passed : this.rejected).push(prism.serial);
  }

  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }
}

describe('PrismInspectionQueue', () => {
  let line: EventEmitter;
  let queue: PrismInspectionQueue;
  const readings = new Map<string, number | Error>([
    ['FR-001', 0.12],
    ['FR-002', 0.31],
    ['FR-003', new Error('fringe count unstable')],
  ]);

  before(() => {
    line = new EventEmitter();
    queue = new PrismInspectionQueue({
      async measure(prism) {
        const r = readings.get(prism.serial);
        if (r instanceof Error) throw r;
        return { rmsWaveErr: r ?? 0 };
      },
    });
    queue.attach(line);
  });

  after(() => line.removeAllListeners());

  test('sorts prisms by wavefront error', async () => {
    line.emit('prism', { serial: 'FR-001', tier: 3, focalMm: 500 });
    line.emit('prism', { serial: 'FR-002', tier: 4, focalMm: 500 });
    await queue.drain();
    assert.deepEqual(queue.passed, ['FR-001']);
    assert.deepEqual(queue.rejected, ['FR-002']);
  });

  test('records measurement failures instead of crashing', async () => {
    line.emit('prism', { serial: 'FR-003', tier: 1, focalMm: 920 });
    await queue.drain();
    assert.equal(queue.errors.length, 1);
    assert.equal(queue.errors[0].serial, 'FR-003');
  });
});
