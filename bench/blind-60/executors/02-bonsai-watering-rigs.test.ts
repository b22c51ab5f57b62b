// expect: none
// waitForCycle listens for 'cycle', 'fault' and a cleared timeout, removing every listener on the first outcome, so it settles exactly once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface CycleReport {
  zone: string;
  millilitres: number;
}

class WateringRig extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly flowPerTick: number) {
    super();
  }

  start(zone: string, ticks: number): void {
    let delivered = 0;
    let remaining = ticks;
    this.timer = setInterval(() => {
      if (zone === 'juniper-dry') {
        this.stop();
        this.emit('fault', new Error(`valve stuck on ${zone}`));
        return;
      }
      delivered += this.flowPerTick;
      remaining -= 1;
      if (remaining === 0) {
        this.stop();
        this.emit('cycle', { zone, millilitres: delivered } satisfies CycleReport);
      }
    }, 5);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

function waitForCycle(rig: WateringRig, timeoutMs = 1_000): Promise<CycleReport> {
  return new Promise<CycleReport>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      rig.off('cycle', onCycle);
      rig.off('fault', onFault);
    };
    const onCycle = (report: CycleReport) => {
      cleanup();
      resolve(report);
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no watering cycle within ${timeoutMs}ms`));
    }, timeoutMs);

    rig.on('cycle', onCycle);
    rig.on('fault', onFault);
  });
}

describe('bonsai watering rig', () => {
  let rig: WateringRig;

  beforeEach(() => {
    rig = new WateringRig(12);
  });

  afterEach(() => {
    rig.stop();
    rig.removeAllListeners();
  });

  it('reports the total delivered for a zone', async () => {
    const done = waitForCycle(rig);
    rig.start('maple-east', 4);
    assert.deepEqual(await done, { zone: 'maple-east', millilitres: 48 });
  });

  it('surfaces a stuck valve as a rejection', async () => {
    const done = waitForCycle(rig);
    rig.start('juniper-dry', 3);
    await assert.rejects(done, /valve stuck on juniper-dry/);
  });

  it('leaves no listeners behind after a cycle', async () => {
    const done = waitForCycle(rig);
    rig.start('ficus-north', 1);
    await done;
    assert.equal(rig.listenerCount('cycle'), 0);
    assert.equal(rig.listenerCount('fault'), 0);
  });
});
