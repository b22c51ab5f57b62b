// expect: no-multiple-settle
// nextCycle listens with once() but settles only for 'dry' and 'fault'; a 'damp' cycle result leaves the promise pending forever.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThanOrEqual(n: number): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

type CycleStatus = 'dry' | 'damp' | 'fault';

interface CycleResult {
  rackId: string;
  status: CycleStatus;
  moisturePct: number;
  minutes: number;
}

class SimulatedRack extends EventEmitter {
  private moisture = 82;

  constructor(readonly rackId: string, private readonly lossPerCycle: number) {
    super();
  }

  runFanCycle(minutes: number, faulty = false): void {
    setTimeout(() => {
      if (faulty) {
        this.emit('cycle', { rackId: this.rackId, status: 'fault', moisturePct: this.moisture, minutes });
        return;
      }
      this.moisture = Math.max(8, this.moisture - this.lossPerCycle);
      const status: CycleStatus = this.moisture <= 14 ? 'dry' : 'damp';
      this.emit('cycle', { rackId: this.rackId, status, moisturePct: this.moisture, minutes });
    }, 5);
  }
}

function nextCycle(rack: SimulatedRack): Promise<CycleResult> {
  return new Promise<CycleResult>((resolve, reject) => {
    rack.once('cycle', (result: CycleResult) => {
      if (result.status === 'dry') {
        resolve(result);
      } else if (result.status === 'fault') {
        reject(new Error(`rack ${result.rackId} fan fault at ${result.moisturePct}%`));
      }
    });
  });
}

async function dryUntilDone(rack: SimulatedRack, maxCycles: number): Promise<CycleResult> {
  let last: CycleResult | undefined;
  for (let i = 0; i < maxCycles; i++) {
    const pending = nextCycle(rack);
    rack.runFanCycle(30);
    last = await pending;
    if (last.status === 'dry') {
      return last;
    }
  }
  throw new Error(`rack ${rack.rackId} still damp after ${maxCycles} cycles (${last?.moisturePct}%)`);
}

describe('seaweed drying rack cycles', () => {
  let kombuRack: SimulatedRack;

  beforeEach(() => {
    kombuRack = new SimulatedRack('kombu-3', 25);
  });

  afterEach(() => {
    kombuRack.removeAllListeners();
  });

  it('reaches dry moisture within the cycle budget', async () => {
    const result = await dryUntilDone(kombuRack, 5);
    expect(result.status).toBe('dry');
    expect(result.moisturePct).toBeLessThanOrEqual(14);
  });

  it('surfaces a fan fault as a rejection', async () => {
    const pending = nextCycle(kombuRack);
    kombuRack.runFanCycle(30, true);
    await expect(pending).rejects.toThrow(/fan fault/);
  });

  it('reports remaining moisture when the rack never dries', async () => {
    const slowRack = new SimulatedRack('wakame-1', 2);
    await expect(dryUntilDone(slowRack, 3)).rejects.toThrow(/still damp/);
  });

  it('keeps moisture above zero', async () => {
    const result = await dryUntilDone(kombuRack, 10);
    expect(result.moisturePct).toBeGreaterThan(0);
  });
});
