// expect: none
// Assertions use awaited values or expect(...).resolves/.rejects on promises, and the callback-written log is read only after awaiting the event that fills it.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  resolves: { toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface GravityLog {
  day: number;
  sg: number;
}

class Fermenter extends EventEmitter {
  private day = 0;
  private sg: number;

  constructor(
    readonly batch: string,
    readonly originalGravity: number,
    private readonly dropPerDay: number,
  ) {
    super();
    this.sg = originalGravity;
  }

  async gravity(): Promise<number> {
    return this.sg;
  }

  async abv(): Promise<number> {
    return (this.originalGravity - (await this.gravity())) * 131.25;
  }

  async advance(days: number): Promise<void> {
    if (days <= 0) throw new Error('days must be positive');
    for (let i = 0; i < days; i++) {
      this.day++;
      this.sg = Math.max(0.996, this.sg - this.dropPerDay);
      this.emit('reading', { day: this.day, sg: this.sg } satisfies GravityLog);
    }
    await new Promise((resolve) => setImmediate(resolve));
    this.emit('advanced', this.day);
  }

  async isStable(): Promise<boolean> {
    return this.sg <= 0.998;
  }
}

describe('Fermenter', () => {
  let fermenter: Fermenter;

  beforeEach(() => {
    fermenter = new Fermenter('traditional-2024-07', 1.12, 0.004);
  });

  it('starts at the original gravity', async () => {
    expect(await fermenter.gravity()).toBeCloseTo(1.12, 3);
    await expect(fermenter.abv()).resolves.toBe(0);
  });

  it('logs one reading per day', async () => {
    const log: GravityLog[] = [];
    fermenter.on('reading', (entry: GravityLog) => log.push(entry));
    await Promise.all([once(fermenter, 'advanced'), fermenter.advance(3)]);
    expect(log.map((l) => l.day)).toEqual([1, 2, 3]);
    expect(log[2].sg).toBeCloseTo(1.108, 3);
  });

  it('reaches a stable dry mead after enough days', async () => {
    await fermenter.advance(40);
    expect(await fermenter.isStable()).toBe(true);
    expect(await fermenter.abv()).toBeCloseTo(16.16, 1);
  });

  it('rejects a non-positive number of days', async () => {
    await expect(fermenter.advance(0)).rejects.toThrow('days must be positive');
  });
});
