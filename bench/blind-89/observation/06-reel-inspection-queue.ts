// expect: none
// Correct: the emitter listener is synchronous and attaches a .catch to the handler's promise, and inspect() catches its own failures, so nothing can reject unobserved.
import { EventEmitter } from 'node:events';

export interface ReelArrival {
  reelId: string;
  gauge: '16mm' | '35mm' | '70mm';
  base: 'nitrate' | 'acetate' | 'polyester';
  vinegarSyndromeSuspected: boolean;
}

interface InspectionResult {
  reelId: string;
  shrinkagePct: number;
  splices: number;
  verdict: 'scan' | 'repair-first' | 'quarantine';
}

declare const densitometer: { measureShrinkage(reelId: string): Promise<number> };
declare const spliceCounter: { count(reelId: string): Promise<number> };
declare const catalogue: {
  saveInspection(r: InspectionResult): Promise<void>;
  flagForReview(reelId: string, reason: string): Promise<void>;
};

export class ReelInspectionQueue {
  readonly failures = new Map<string, unknown>();
  #active = 0;

  constructor(intake: EventEmitter, private readonly maxConcurrent = 3) {
    intake.on('arrived', (reel: ReelArrival) => {
      if (reel.base === 'nitrate') {
        // Nitrate never enters the inspection room; it goes straight to the vault.
        this.quarantine(reel).catch((err: unknown) => this.failures.set(reel.reelId, err));
        return;
      }
      this.inspect(reel).catch((err: unknown) => this.failures.set(reel.reelId, err));
    });
  }

  get active(): number {
    return this.#active;
  }

  async inspect(reel: ReelArrival): Promise<InspectionResult | null> {
    if (this.#active >= this.maxConcurrent) {
      await catalogue.flagForReview(reel.reelId, 'inspection backlog');
      return null;
    }
    this.#active += 1;
    try {
      const [shrinkagePct, splices] = await Promise.all([
        densitometer.measureShrinkage(reel.reelId),
        spliceCounter.count(reel.reelId),
      ]);
      const verdict: InspectionResult['verdict'] =
        shrinkagePct > 1.5 || reel.vinegarSyndromeSuspected ? 'repair-first' : splices > 40 ? 'repair-first' : 'scan';
      const result = { reelId: reel.reelId, shrinkagePct, splices, verdict };
      await catalogue.saveInspection(result);
      return result;
    } catch (err) {
      this.failures.set(reel.reelId, err);
      return null;
    } finally {
      this.#active -= 1;
    }
  }

  private async quarantine(reel: ReelArrival): Promise<void> {
    await catalogue.saveInspection({ reelId: reel.reelId, shrinkagePct: NaN, splices: 0, verdict: 'quarantine' });
    await catalogue.flagForReview(reel.reelId, 'nitrate base');
  }
}
