// expect: no-floating-promises
// The unknown-puppet test calls expect(...).rejects.toThrow without await or return, so the assertion promise is dropped.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
  resolves: { toEqual(expected: unknown): Promise<void> };
};

interface Cue {
  id: string;
  puppet: string;
  action: 'raise' | 'lower' | 'gesture';
  durationMs: number;
}

class CueRunner extends EventEmitter {
  private fired: string[] = [];

  constructor(private readonly rig: Map<string, { busy: boolean }>) {
    super();
  }

  async fire(cue: Cue): Promise<string> {
    const puppet = this.rig.get(cue.puppet);
    if (!puppet) throw new Error(`unknown puppet: ${cue.puppet}`);
    if (puppet.busy) throw new Error(`puppet ${cue.puppet} is mid-cue`);

    puppet.busy = true;
    this.emit('start', cue.id);
    await new Promise((resolve) => setTimeout(resolve, cue.durationMs));
    puppet.busy = false;
    this.fired.push(cue.id);
    this.emit('done', cue.id);
    return cue.id;
  }

  history(): string[] {
    return [...this.fired];
  }
}

describe('CueRunner', () => {
  let rig: Map<string, { busy: boolean }>;
  let runner: CueRunner;

  beforeEach(() => {
    rig = new Map([
      ['fox', { busy: false }],
      ['crow', { busy: false }],
    ]);
    runner = new CueRunner(rig);
  });

  it('fires a cue and records it', async () => {
    await expect(runner.fire({ id: 'c1', puppet: 'fox', action: 'raise', durationMs: 5 })).resolves.toEqual('c1');
    expect(runner.history()).toEqual(['c1']);
    expect(rig.get('fox')?.busy).toBe(false);
  });

  it('emits done after the cue duration', async () => {
    const [[cueId]] = await Promise.all([
      once(runner, 'done'),
      runner.fire({ id: 'c2', puppet: 'crow', action: 'gesture', durationMs: 10 }),
    ]);
    expect(cueId).toBe('c2');
  });

  it('rejects cues for puppets not on the rig', () => {
    expect(runner.fire({ id: 'c3', puppet: 'owl', action: 'lower', durationMs: 5 })).rejects.toThrow(/unknown puppet/);
  });

  it('refuses to double-book a puppet', async () => {
    const first = runner.fire({ id: 'c4', puppet: 'fox', action: 'raise', durationMs: 20 });
    const second = runner.fire({ id: 'c5', puppet: 'fox', action: 'lower', durationMs: 5 });
    await Promise.all([first, expect(second).rejects.toThrow(/mid-cue/)]);
    expect(runner.history()).toEqual(['c4']);
  });
});
