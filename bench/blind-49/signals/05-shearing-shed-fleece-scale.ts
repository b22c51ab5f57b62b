// expect: no-leaked-race
// weighFleece races the scale against a timer that is never cleared, and when the timer wins the weight listener is never removed; the losers keep running.
import { EventEmitter } from 'node:events';

export interface FleeceWeight {
  stand: number;
  grams: number;
  stable: boolean;
  at: number;
}

export interface FleeceLot {
  shearer: string;
  stand: number;
  grade: 'superfine' | 'fine' | 'medium' | 'strong' | 'oddments';
  grams: number;
}

declare const woolTable: EventEmitter & {
  requestWeight(stand: number): void;
};

declare const woolClasser: {
  grade(stand: number): Promise<FleeceLot['grade']>;
};

export class ScaleTimeoutError extends Error {
  constructor(stand: number, ms: number) {
    super(`scale on stand ${stand} gave no stable weight within ${ms} ms`);
    this.name = 'ScaleTimeoutError';
  }
}

function nextStableWeight(stand: number): Promise<FleeceWeight> {
  return new Promise((resolve, reject) => {
    const onWeight = (w: FleeceWeight) => {
      if (w.stand !== stand || !w.stable) return;
      woolTable.off('weight', onWeight);
      woolTable.off('error', onError);
      resolve(w);
    };
    const onError = (err: Error) => {
      woolTable.off('weight', onWeight);
      reject(err);
    };
    woolTable.on('weight', onWeight);
    woolTable.once('error', onError);
    woolTable.requestWeight(stand);
  });
}

async function weighFleece(stand: number, timeoutMs: number): Promise<FleeceWeight> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new ScaleTimeoutError(stand, timeoutMs)), timeoutMs);
  });
  return Promise.race([nextStableWeight(stand), timeout]);
}

export class ShedTally {
  private readonly lots: FleeceLot[] = [];

  constructor(private readonly standShearers: Map<number, string>, private readonly scaleTimeoutMs = 10_000) {}

  async recordFleece(stand: number): Promise<FleeceLot> {
    const shearer = this.standShearers.get(stand);
    if (!shearer) throw new Error(`nobody is shearing on stand ${stand}`);
    const [weight, grade] = await Promise.all([weighFleece(stand, this.scaleTimeoutMs), woolClasser.grade(stand)]);
    if (weight.grams < 500) {
      throw new Error(`fleece from stand ${stand} weighed only ${weight.grams} g; check for belly wool`);
    }
    const lot: FleeceLot = { shearer, stand, grade, grams: weight.grams };
    this.lots.push(lot);
    return lot;
  }

  totalsByGrade(): Record<FleeceLot['grade'], number> {
    const totals: Record<FleeceLot['grade'], number> = { superfine: 0, fine: 0, medium: 0, strong: 0, oddments: 0 };
    for (const lot of this.lots) totals[lot.grade] += lot.grams;
    return totals;
  }

  fleecesPerShearer(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const lot of this.lots) counts.set(lot.shearer, (counts.get(lot.shearer) ?? 0) + 1);
    return counts;
  }
}
