// expect: none
// The within() helper races the work against a timer it clears in finally and aborts the work's controller, so neither loser keeps running.
import assert from 'node:assert/strict';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;

interface HaulReport {
  birdsReturned: number;
  fishKg: number;
  sweetfishCount: number;
}

interface FishingBoat {
  launch(): Promise<void>;
  haulNets(options: { signal?: AbortSignal }): Promise<HaulReport>;
  recallBirds(options: { signal?: AbortSignal }): Promise<number>;
  moor(): Promise<void>;
}

declare function createBoatSimulator(options: { birds: number; riverSpeedMps: number }): FishingBoat;

async function within<T>(ms: number, work: (signal: AbortSignal) => Promise<T>, what: string): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms}ms`)), ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

describe('cormorant boat simulator', () => {
  let boat: FishingBoat;

  beforeEach(async () => {
    boat = createBoatSimulator({ birds: 8, riverSpeedMps: 0.6 });
    await boat.launch();
  });

  afterEach(async () => {
    await boat.moor();
  });

  it('hauls the nets before the lanterns burn out', async () => {
    const report = await within(500, (signal) => boat.haulNets({ signal }), 'haul');
    assert.ok(report.fishKg > 0);
    assert.equal(report.birdsReturned, 8);
  });

  it('recalls every bird', async () => {
    const returned = await within(300, (signal) => boat.recallBirds({ signal }), 'recall');
    assert.equal(returned, 8);
  });

  it('stops hauling when the signal aborts', async () => {
    const controller = new AbortController();
    const haul = boat.haulNets({ signal: controller.signal });
    controller.abort();
    await assert.rejects(haul, { name: 'AbortError' });
  });

  it('reports a timeout with the operation name', async () => {
    await assert.rejects(
      within(1, (signal) => boat.haulNets({ signal }), 'slow haul'),
      /slow haul took longer than 1ms/,
    );
  });
});
