// expect: none
// waitForCycle listens for 'cycle' and 'error' plus a timeout; a shared cleanup clears the timer and removes both listeners whichever fires first.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface CycleReport {
  poolId: string;
  turbidityNtu: number;
  waterTempC: number;
  litresFiltered: number;
}

class PoolFilterPump extends EventEmitter {
  clogged = false;
  cycles = 0;

  constructor(readonly poolId: string, private readonly litresPerCycle: number) {
    super();
  }

  startCycle(): void {
    setTimeout(() => {
      if (this.clogged) {
        this.emit('error', new Error(`pool ${this.poolId} filter clogged`));
        return;
      }
      this.cycles += 1;
      const report: CycleReport = {
        poolId: this.poolId,
        turbidityNtu: Math.max(2, 40 - this.cycles * 9),
        waterTempC: 31,
        litresFiltered: this.litresPerCycle,
      };
      this.emit('cycle', report);
    }, 10);
  }
}

function waitForCycle(pump: PoolFilterPump, timeoutMs: number): Promise<CycleReport> {
  return new Promise<CycleReport>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      pump.off('cycle', onCycle);
      pump.off('error', onError);
    };
    const onCycle = (report: CycleReport) => {
      cleanup();
      resolve(report);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no filter cycle from ${pump.poolId} within ${timeoutMs}ms`));
    }, timeoutMs);
    pump.on('cycle', onCycle);
    pump.on('error', onError);
  });
}

describe('saltwater crocodile pool filtration', () => {
  let pump: PoolFilterPump;

  beforeEach(() => {
    pump = new PoolFilterPump('hatchling-3', 12_000);
  });

  it('reports litres filtered for one cycle', async () => {
    const pending = waitForCycle(pump, 1_000);
    pump.startCycle();
    const report = await pending;
    assert.equal(report.poolId, 'hatchling-3');
    assert.equal(report.litresFiltered, 12_000);
  });

  it('brings turbidity down over successive cycles', async () => {
    const readings: number[] = [];
    for (let i = 0; i < 4; i++) {
      const pending = waitForCycle(pump, 1_000);
      pump.startCycle();
      readings.push((await pending).turbidityNtu);
    }
    assert.deepEqual(readings, [31, 22, 13, 4]);
  });

  it('surfaces a clogged filter as a rejection', async () => {
    pump.clogged = true;
    const pending = waitForCycle(pump, 1_000);
    pump.startCycle();
    await assert.rejects(pending, /clogged/);
    assert.equal(pump.listenerCount('cycle'), 0);
  });

  it('times out when the pump never runs', async () => {
    await assert.rejects(waitForCycle(pump, 30), /within 30ms/);
    assert.equal(pump.listenerCount('error'), 0);
  });
});
