// expect: no-multiple-settle
// The test helper nextSplit uses an async executor whose awaited checkpoint lookup can reject before the timer or listener exist, leaving the promise unsettled.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface Checkpoint {
  id: string;
  name: string;
  km: number;
}

interface Split {
  bib: number;
  checkpointId: string;
  elapsedMs: number;
}

class RaceClock extends EventEmitter {
  private readonly startedAt = Date.now();
  private readonly checkpoints = new Map<string, Checkpoint>();

  addCheckpoint(cp: Checkpoint): void {
    this.checkpoints.set(cp.name, cp);
  }

  async checkpoint(name: string): Promise<Checkpoint> {
    await Promise.resolve();
    const cp = this.checkpoints.get(name);
    if (!cp) throw new Error(`unknown checkpoint ${name}`);
    return cp;
  }

  chipRead(bib: number, checkpointId: string): void {
    const split: Split = { bib, checkpointId, elapsedMs: Date.now() - this.startedAt };
    setImmediate(() => this.emit('split', split));
  }
}

function nextSplit(clock: RaceClock, bib: number, checkpointName: string, timeoutMs = 500): Promise<Split> {
  return new Promise<Split>(async (resolve, reject) => {
    const cp = await clock.checkpoint(checkpointName);
    const onSplit = (split: Split) => {
      if (split.bib !== bib || split.checkpointId !== cp.id) return;
      clearTimeout(timer);
      clock.off('split', onSplit);
      resolve(split);
    };
    const timer = setTimeout(() => {
      clock.off('split', onSplit);
      reject(new Error(`bib ${bib} never reached ${checkpointName}`));
    }, timeoutMs);
    clock.on('split', onSplit);
  });
}

describe('sled dog race clock', () => {
  let clock: RaceClock;

  beforeEach(() => {
    clock = new RaceClock();
    clock.addCheckpoint({ id: 'cp-1', name: 'Rainy Pass', km: 42 });
    clock.addCheckpoint({ id: 'cp-2', name: 'Rohn', km: 76 });
  });

  afterEach(() => {
    clock.removeAllListeners();
  });

  it('records a split for the matching team only', async () => {
    const split = nextSplit(clock, 17, 'Rainy Pass');
    clock.chipRead(4, 'cp-1');
    clock.chipRead(17, 'cp-1');
    const result = await split;
    expect(result.bib).toBe(17);
    expect(result.checkpointId).toBe('cp-1');
  });

  it('keeps splits in order along the trail', async () => {
    const first = await nextSplitAfterRead(clock, 9, 'Rainy Pass', 'cp-1');
    const second = await nextSplitAfterRead(clock, 9, 'Rohn', 'cp-2');
    expect(second.elapsedMs).toBeGreaterThan(first.elapsedMs - 1);
  });

  it('fails clearly for a checkpoint that is not on the course', async () => {
    await expect(nextSplit(clock, 9, 'Nikolai')).rejects.toThrow('unknown checkpoint Nikolai');
  });
});

async function nextSplitAfterRead(clock: RaceClock, bib: number, name: string, cpId: string): Promise<Split> {
  const pending = nextSplit(clock, bib, name);
  setTimeout(() => clock.chipRead(bib, cpId), 5);
  return pending;
}
