// expect: none
// The tablet callback fires once and every verdict (approved, rejected, deferred, error, unknown) settles the promise on its own branch.
export interface BarrelSample {
  sampleId: string;
  barrelId: string;
  vintage: number;
  varietal: string;
  drawnAt: string;
}

type TastingVerdict =
  | { status: 'approved'; score: number; notes: string }
  | { status: 'rejected'; reason: 'oxidised' | 'volatile_acidity' | 'brett' | 'other'; notes: string }
  | { status: 'deferred'; revisitAfterDays: number };

export type TastingOutcome =
  | { kind: 'blend'; barrelId: string; score: number; notes: string }
  | { kind: 'revisit'; barrelId: string; revisitOn: Date };

declare const tastingTablet: {
  presentSample(sample: BarrelSample, cb: (err: Error | null, verdict?: TastingVerdict) => void): void;
};

declare const cellarLog: {
  record(barrelId: string, entry: Record<string, unknown>): Promise<void>;
  flagBarrel(barrelId: string, reason: string): Promise<void>;
};

export class SampleRejectedError extends Error {
  constructor(
    readonly barrelId: string,
    readonly reason: string,
  ) {
    super(`barrel ${barrelId} rejected at tasting: ${reason}`);
    this.name = 'SampleRejectedError';
  }
}

function addDays(from: Date, days: number): Date {
  const next = new Date(from);
  next.setDate(next.getDate() + days);
  return next;
}

export function presentForTasting(sample: BarrelSample): Promise<TastingOutcome> {
  return new Promise<TastingOutcome>((resolve, reject) => {
    tastingTablet.presentSample(sample, (err, verdict) => {
      if (err) {
        reject(err);
        return;
      }
      if (!verdict) {
        reject(new Error(`tablet returned no verdict for ${sample.sampleId}`));
        return;
      }
      switch (verdict.status) {
        case 'approved':
          resolve({ kind: 'blend', barrelId: sample.barrelId, score: verdict.score, notes: verdict.notes });
          return;
        case 'rejected':
          reject(new SampleRejectedError(sample.barrelId, verdict.reason));
          return;
        case 'deferred':
          resolve({
            kind: 'revisit',
            barrelId: sample.barrelId,
            revisitOn: addDays(new Date(), verdict.revisitAfterDays),
          });
          return;
        default: {
          const unexpected: never = verdict;
          reject(new Error(`unknown tasting verdict ${JSON.stringify(unexpected)}`));
        }
      }
    });
  });
}

export async function runTastingFlight(samples: readonly BarrelSample[]): Promise<TastingOutcome[]> {
  const outcomes: TastingOutcome[] = [];
  for (const sample of samples) {
    try {
      const outcome = await presentForTasting(sample);
      outcomes.push(outcome);
      await cellarLog.record(sample.barrelId, { sampleId: sample.sampleId, outcome: outcome.kind });
    } catch (error) {
      if (!(error instanceof SampleRejectedError)) throw error;
      await cellarLog.flagBarrel(error.barrelId, error.reason);
    }
  }
  return outcomes;
}
