// expect: no-multiple-settle
// waitForChime never clears its timeout, so after the chime resolves it the timer still fires and calls reject.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
};

type Phase = 'purify' | 'whisk' | 'serve' | 'bow';

interface ChimeEvent {
  phase: Phase;
  elapsedMs: number;
}

class CeremonyTimer extends EventEmitter {
  private handle?: NodeJS.Timeout;
  private started = 0;

  constructor(private readonly phases: Array<{ phase: Phase; ms: number }>) {
    super();
  }

  begin(): void {
    this.started = Date.now();
    this.schedule(0);
  }

  halt(): void {
    if (this.handle) clearTimeout(this.handle);
  }

  private schedule(index: number): void {
    const step = this.phases[index];
    if (!step) return;
    this.handle = setTimeout(() => {
      const event: ChimeEvent = { phase: step.phase, elapsedMs: Date.now() - this.started };
      this.emit('chime', event);
      this.schedule(index + 1);
    }, step.ms);
  }
}

function waitForChime(timer: CeremonyTimer, timeoutMs: number): Promise<ChimeEvent> {
  return new Promise<ChimeEvent>((resolve, reject) => {
    setTimeout(() => reject(new Error(`no chime within ${timeoutMs}ms`)), timeoutMs);
    timer.once('chime', (event: ChimeEvent) => resolve(event));
  });
}

describe('tea ceremony timer', () => {
  let timer: CeremonyTimer;

  beforeEach(() => {
    timer = new CeremonyTimer([
      { phase: 'purify', ms: 10 },
      { phase: 'whisk', ms: 20 },
      { phase: 'serve', ms: 10 },
      { phase: 'bow', ms: 5 },
    ]);
  });

  afterEach(() => {
    timer.halt();
    timer.removeAllListeners();
  });

  it('chimes for purification first', async () => {
    const first = waitForChime(timer, 200);
    timer.begin();
    const event = await first;
    expect(event.phase).toBe('purify');
    expect(event.elapsedMs).toBeGreaterThanOrEqual(10);
  });

  it('chimes every phase in order', async () => {
    timer.begin();
    const phases: Phase[] = [];
    for (let i = 0; i < 4; i++) {
      phases.push((await waitForChime(timer, 200)).phase);
    }
    expect(phases).toEqual(['purify', 'whisk', 'serve', 'bow']);
  });

  it('stays silent once halted', async () => {
    timer.begin();
    timer.halt();
    let heard = false;
    try {
      await waitForChime(timer, 50);
      heard = true;
    } catch (err) {
      expect((err as Error).message).toBe('no chime within 50ms');
    }
    expect(heard).toBe(false);
  });
});
