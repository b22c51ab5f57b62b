// expect: no-uncalled-async-function
// Bug: for 'double' steps the queued task returns bell.strikeDouble (the function) instead of calling it, so double strikes are silently skipped.
import { setTimeout as delay } from 'node:timers/promises';

export interface FogBell {
  stationId: string;
  strike(): Promise<void>;
  strikeDouble(): Promise<void>;
  damp(): Promise<void>;
}

export interface BellStep {
  kind: 'single' | 'double';
  gapMs: number;
}

export interface BellPattern {
  name: string;
  steps: BellStep[];
  repeatEveryMs: number;
}

declare class SerialQueue {
  constructor(opts: { name: string });
  add<T>(task: () => T): Promise<Awaited<T>>;
  get size(): number;
}

declare const visibilityFeed: {
  current(stationId: string): Promise<{ metres: number; observedAt: Date }>;
};

export const PATTERNS: Record<string, BellPattern> = {
  coastal: { name: 'coastal', steps: [{ kind: 'single', gapMs: 0 }], repeatEveryMs: 15_000 },
  harbour: {
    name: 'harbour',
    steps: [
      { kind: 'double', gapMs: 2_000 },
      { kind: 'single', gapMs: 0 },
    ],
    repeatEveryMs: 20_000,
  },
};

export class FogSignalController {
  private readonly queue = new SerialQueue({ name: 'fog-bells' });
  private readonly bells = new Map<string, FogBell>();

  register(bell: FogBell): void {
    this.bells.set(bell.stationId, bell);
  }

  async soundPattern(stationId: string, pattern: BellPattern): Promise<number> {
    const bell = this.bells.get(stationId);
    if (!bell) throw new Error(`no bell registered at ${stationId}`);

    let strikes = 0;
    for (const step of pattern.steps) {
      await this.queue.add(() => (step.kind === 'single' ? bell.strike() : bell.strikeDouble));
      strikes += step.kind === 'single' ? 1 : 2;
      if (step.gapMs > 0) await delay(step.gapMs);
    }
    return strikes;
  }

  async needsSignal(stationId: string): Promise<boolean> {
    const { metres, observedAt } = await visibilityFeed.current(stationId);
    const stale = Date.now() - observedAt.getTime() > 10 * 60_000;
    // Treat stale visibility as fog: sounding unnecessarily is the safe failure.
    return stale || metres < 2_000;
  }

  async cycle(stationId: string, patternName: string): Promise<{ sounded: boolean; strikes: number }> {
    const pattern = PATTERNS[patternName];
    if (!pattern) throw new Error(`unknown pattern ${patternName}`);
    if (!(await this.needsSignal(stationId))) {
      const bell = this.bells.get(stationId);
      if (bell) await this.queue.add(() => bell.damp());
      return { sounded: false, strikes: 0 };
    }
    const strikes = await this.soundPattern(stationId, pattern);
    return { sounded: true, strikes };
  }
}
