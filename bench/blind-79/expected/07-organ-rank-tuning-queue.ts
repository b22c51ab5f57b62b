// expect: no-uncalled-async-function
// Bug: when no ranks are pending the job callback returns session.finalize (the function) instead of session.finalize(), so the visit is never finalised.
type Temperament = 'equal' | 'werckmeister-iii' | 'kirnberger-iii' | 'meantone-quarter-comma';

interface PipeRank {
  stop: string;
  division: 'great' | 'swell' | 'choir' | 'pedal';
  footage: 16 | 8 | 4 | 2;
  pipes: number;
  centsDeviation: number[];
}

interface VisitReport {
  organId: string;
  tunedRanks: string[];
  skippedRanks: string[];
  temperament: Temperament;
  finishedAt: string;
}

declare const jobQueue: {
  enqueue(label: string, work: () => unknown): Promise<unknown>;
};
declare const parishPortal: {
  submitReport(report: VisitReport): Promise<void>;
};
declare function tuneRank(rank: PipeRank, temperament: Temperament): Promise<number[]>;

class TuningSession {
  readonly tuned: string[] = [];
  readonly skipped: string[] = [];

  constructor(
    readonly organId: string,
    readonly temperament: Temperament,
    readonly pendingRanks: PipeRank[],
  ) {}

  needsWork(rank: PipeRank): boolean {
    return rank.centsDeviation.some((c) => Math.abs(c) > 3);
  }

  finalize = async (): Promise<VisitReport> => {
    const report: VisitReport = {
      organId: this.organId,
      tunedRanks: this.tuned,
      skippedRanks: this.skipped,
      temperament: this.temperament,
      finishedAt: new Date().toISOString(),
    };
    await parishPortal.submitReport(report);
    return report;
  };
}

async function tuneRanks(session: TuningSession): Promise<VisitReport> {
  while (session.pendingRanks.length > 0) {
    const rank = session.pendingRanks.shift()!;
    const label = `${rank.division} ${rank.stop} ${rank.footage}'`;
    if (!session.needsWork(rank)) {
      session.skipped.push(label);
      continue;
    }
    const after = await tuneRank(rank, session.temperament);
    if (after.some((c) => Math.abs(c) > 5)) {
      session.skipped.push(`${label} (needs regulation)`);
    } else {
      session.tuned.push(label);
    }
  }
  return session.finalize();
}

export function scheduleVisit(
  organId: string,
  temperament: Temperament,
  ranks: PipeRank[],
) {
  const reeds = ranks.filter((r) => /trumpet|oboe|cromorne|posaune/i.test(r.stop));
  const flues = ranks.filter((r) => !reeds.includes(r));
  const session = new TuningSession(organId, temperament, [...flues, ...reeds]);

  return jobQueue.enqueue(`tune:${organId}`, () => {
    if (session.pendingRanks.length === 0) return session.finalize;
    return tuneRanks(session);
  });
}
