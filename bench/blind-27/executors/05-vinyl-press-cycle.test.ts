// expect: no-multiple-settle
// The test helper uses an async executor that awaits line.acquire() before wiring any listener; if acquire rejects the promise never settles and the test hangs.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface Pressing {
  pressId: string;
  catalogue: string;
  weightGrams: number;
  cycleMs: number;
}

class HydraulicPress extends EventEmitter {
  constructor(readonly id: string, private readonly faultOnCycle: number | null = null) {
    super();
  }
  private cycles = 0;

  start(catalogue: string, weightGrams: number) {
    this.cycles++;
    const n = this.cycles;
    setTimeout(() => {
      if (n === this.faultOnCycle) {
        this.emit('fault', new Error(`press ${this.id}: steam pressure below 150 psi`));
      } else {
        this.emit('pressed', { pressId: this.id, catalogue, weightGrams, cycleMs: 28_000 } satisfies Pressing);
      }
    }, 5);
  }
}

class PressLine {
  private readonly presses = new Map<string, HydraulicPress>();
  private readonly busy = new Set<string>();

  add(press: HydraulicPress) {
    this.presses.set(press.id, press);
  }

  async acquire(id: string): Promise<HydraulicPress> {
    const press = this.presses.get(id);
    if (!press) throw new Error(`unknown press ${id}`);
    if (this.busy.has(id)) throw new Error(`press ${id} is already cycling`);
    this.busy.add(id);
    return press;
  }

  release(id: string) {
    this.busy.delete(id);
  }
}

function pressOne(line: PressLine, pressId: string, catalogue: string, weightGrams = 180): Promise<Pressing> {
  return new Promise(async (resolve, reject) => {
    const press = await line.acquire(pressId);
    const onPressed = (p: Pressing) => {
      press.off('fault', onFault);
      line.release(pressId);
      resolve(p);
    };
    const onFault = (err: Error) => {
      press.off('pressed', onPressed);
      line.release(pressId);
      reject(err);
    };
    press.once('pressed', onPressed);
    press.once('fault', onFault);
    press.start(catalogue, weightGrams);
  });
}

describe('press line', () => {
  let line: PressLine;

  beforeEach(() => {
    line = new PressLine();
    line.add(new HydraulicPress('P1'));
    line.add(new HydraulicPress('P2', 2));
  });

  it('presses a 180g record', async () => {
    const result = await pressOne(line, 'P1', 'WRP-0413');
    expect(result.weightGrams).toBe(180);
    expect(result.cycleMs).toBeGreaterThan(0);
  });

  it('reports a steam fault on the second cycle', async () => {
    await pressOne(line, 'P2', 'WRP-0413', 140);
    let message = '';
    try {
      await pressOne(line, 'P2', 'WRP-0413', 140);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.includes('steam pressure')).toBe(true);
  });

  it('frees the press after a cycle so it can be reused', async () => {
    await pressOne(line, 'P1', 'WRP-0413');
    const again = await pressOne(line, 'P1', 'WRP-0414');
    expect(again.catalogue).toBe('WRP-0414');
  });
});
