// expect: none
// Correct: every rejection assertion is awaited, and the parallel gate commands are combined with Promise.all.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
  resolves: { toBe(expected: unknown): Promise<void> };
};

type Side = 'upstream' | 'downstream';

class FakeLockGates extends EventEmitter {
  levels: Record<Side | 'chamber', number> = { upstream: 4.2, chamber: 1.1, downstream: 1.1 };
  open: Record<Side, boolean> = { upstream: false, downstream: false };
  motorFault = false;

  async openGate(side: Side): Promise<void> {
    await new Promise((r) => setImmediate(r));
    if (this.motorFault) throw new Error(`motor fault on ${side} gate`);
    const other: Side = side === 'upstream' ? 'downstream' : 'upstream';
    if (this.open[other]) throw new Error('interlock: opposite gate is open');
    if (Math.abs(this.levels[side] - this.levels.chamber) > 0.05) {
      throw new Error(`interlock: head difference at ${side} gate`);
    }
    this.open[side] = true;
    this.emit('opened', side);
  }

  async closeGate(side: Side): Promise<void> {
    await new Promise((r) => setImmediate(r));
    this.open[side] = false;
  }

  async equalise(side: Side): Promise<number> {
    await new Promise((r) => setImmediate(r));
    this.levels.chamber = this.levels[side];
    return this.levels.chamber;
  }
}

describe('lock gate controller', () => {
  let gates: FakeLockGates;

  beforeEach(() => {
    gates = new FakeLockGates();
  });

  it('refuses to open the upstream gate before the chamber is filled', async () => {
    await expect(gates.openGate('upstream')).rejects.toThrow(/head difference/);
    expect(gates.open.upstream).toBe(false);
  });

  it('opens the upstream gate once levels are equal', async () => {
    await expect(gates.equalise('upstream')).resolves.toBe(4.2);
    await gates.openGate('upstream');
    expect(gates.open).toEqual({ upstream: true, downstream: false });
  });

  it('never opens both gates at once', async () => {
    await gates.openGate('downstream');
    gates.levels.upstream = gates.levels.chamber;
    await expect(gates.openGate('upstream')).rejects.toThrow('interlock: opposite gate is open');
  });

  it('closes both gates together for maintenance', async () => {
    gates.open = { upstream: true, downstream: true };
    await Promise.all([gates.closeGate('upstream'), gates.closeGate('downstream')]);
    expect(gates.open).toEqual({ upstream: false, downstream: false });
  });

  it('surfaces motor faults', async () => {
    gates.motorFault = true;
    await expect(gates.openGate('downstream')).rejects.toThrow(/motor fault/);
  });
});
