// expect: no-leaked-race
// withTimeout() races the event against a setTimeout that is never cleared, so every passing test leaves a pending 2 s timer (and its rejection) behind.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface StallEvent {
  loco: number;
  block: string;
  currentMa: number;
}

class Booster extends EventEmitter {
  private readonly draw = new Map<number, number>();
  constructor(private readonly stallMa = 900) {
    super();
  }

  report(loco: number, block: string, currentMa: number): void {
    this.draw.set(loco, currentMa);
    if (currentMa >= this.stallMa) {
      this.emit('stall', { loco, block, currentMa } satisfies StallEvent);
    }
  }

  totalMa(): number {
    let sum = 0;
    for (const ma of this.draw.values()) sum += ma;
    return sum;
  }

  reset(): void {
    this.draw.clear();
    this.removeAllListeners();
  }
}

function withTimeout<T>(work: Promise<T>, ms = 2_000): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms)),
  ]);
}

describe('Booster stall detection', () => {
  let booster: Booster;

  beforeEach(() => {
    booster = new Booster(900);
  });

  afterEach(() => {
    booster.reset();
    vi.restoreAllMocks();
  });

  it('emits a stall when a loco draws more than the limit', async () => {
    const stalled = withTimeout(once(booster, 'stall'));
    booster.report(3, 'yard-2', 1_150);
    const [event] = await stalled;
    expect(event).toEqual({ loco: 3, block: 'yard-2', currentMa: 1_150 });
  });

  it('does not stall on normal running current', async () => {
    const onStall = vi.fn();
    booster.on('stall', onStall);
    booster.report(7, 'main-up', 420);
    booster.report(8, 'main-down', 380);
    expect(onStall).not.toHaveBeenCalled();
    expect(booster.totalMa()).toBe(800);
  });

  it('reports the block where the stall happened', async () => {
    const stalled = withTimeout(once(booster, 'stall'));
    booster.report(5, 'helix-3', 400);
    booster.report(5, 'helix-4', 990);
    const [event] = (await stalled) as [StallEvent];
    expect(event.block).toBe('helix-4');
  });
});
