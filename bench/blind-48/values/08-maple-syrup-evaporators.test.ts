// expect: none
// Correct: promises go to expect(...).resolves or are awaited before assertions, and the event-written variable is read only after awaiting once().
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
};

interface Batch {
  panId: string;
  litres: number;
  brix: number;
}

class FakeEvaporator extends EventEmitter {
  brixReadings: number[] = [];

  async brix(): Promise<number> {
    return this.brixReadings.shift() ?? 0;
  }

  async drawOff(panId: string): Promise<Batch> {
    const brix = await this.brix();
    if (brix < 66) throw new Error(`pan ${panId} at ${brix} Brix, below syrup density`);
    const batch = { panId, litres: 18, brix };
    setImmediate(() => this.emit('batch-complete', batch));
    return batch;
  }
}

describe('FakeEvaporator draw-off', () => {
  let evaporator: FakeEvaporator;

  beforeEach(() => {
    evaporator = new FakeEvaporator();
  });

  it('draws off syrup once it reaches density', async () => {
    evaporator.brixReadings = [66.9];
    await expect(evaporator.drawOff('flue-pan')).resolves.toEqual({ panId: 'flue-pan', litres: 18, brix: 66.9 });
  });

  it('reports brix as a number', async () => {
    evaporator.brixReadings = [67.2];
    expect(await evaporator.brix()).toBeGreaterThan(66);
  });

  it('announces the completed batch after drawing off', async () => {
    evaporator.brixReadings = [67.5];
    let announced: Batch | undefined;
    evaporator.once('batch-complete', (batch: Batch) => {
      announced = batch;
    });
    await Promise.all([once(evaporator, 'batch-complete'), evaporator.drawOff('syrup-pan')]);
    expect(announced?.litres).toBe(18);
    expect(announced?.panId).toBe('syrup-pan');
  });

  it('refuses to draw thin sap', async () => {
    evaporator.brixReadings = [58];
    const outcome = await evaporator.drawOff('syrup-pan').then(
      () => 'drawn',
      (err: Error) => err.message,
    );
    expect(outcome).toBe('pan syrup-pan at 58 Brix, below syrup density');
  });
});
