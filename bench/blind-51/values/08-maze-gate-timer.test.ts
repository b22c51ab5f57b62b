// expect: none
// Assertions always get settled values: results are awaited before expect(), and promise-valued expectations go through the awaited .resolves/.rejects matchers.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type GateState = 'open' | 'closed' | 'locked';

class TimedMazeGate {
  private state: GateState = 'closed';
  private openedAt?: number;

  constructor(readonly gateId: string, private readonly clock: () => number, private readonly holdOpenMs: number) {}

  private async settle(): Promise<void> {
    await new Promise<void>((resolve) => queueMicrotask(resolve));
  }

  async open(): Promise<void> {
    await this.settle();
    if (this.state === 'locked') throw new Error(`gate ${this.gateId} is locked`);
    this.state = 'open';
    this.openedAt = this.clock();
  }

  async lock(): Promise<void> {
    await this.settle();
    this.state = 'locked';
    this.openedAt = undefined;
  }

  async isOpen(): Promise<boolean> {
    await this.settle();
    if (this.state === 'open' && this.openedAt !== undefined && this.clock() - this.openedAt >= this.holdOpenMs) {
      this.state = 'closed';
    }
    return this.state === 'open';
  }

  async currentState(): Promise<GateState> {
    await this.isOpen();
    return this.state;
  }
}

describe('TimedMazeGate', () => {
  let now: number;
  let gate: TimedMazeGate;

  beforeEach(() => {
    now = 1_000;
    gate = new TimedMazeGate('minotaur-7', () => now, 30_000);
  });

  it('starts closed', async () => {
    expect(await gate.isOpen()).toBe(false);
  });

  it('opens on request', async () => {
    await gate.open();
    await expect(gate.isOpen()).resolves.toBe(true);
  });

  it('closes itself after the hold-open time', async () => {
    await gate.open();
    now += 30_000;
    expect(await gate.currentState()).toBe('closed');
  });

  it('stays open just before the hold-open time elapses', async () => {
    await gate.open();
    now += 29_999;
    await expect(gate.currentState()).resolves.toBe('open');
  });

  it('refuses to open once locked', async () => {
    await gate.lock();
    await expect(gate.open()).rejects.toThrow(/minotaur-7 is locked/);
    expect(await gate.currentState()).toBe('locked');
  });
});
