// expect: no-uncalled-async-function
// recordRun chains .then(() => this.refreshGradeIndex), returning the method instead of calling it, so the grade index is never rebuilt.
export type MeshSize = 4 | 8 | 16 | 30 | 50 | 100;

export interface SieveRun {
  rigId: string;
  lotId: string;
  startedAt: Date;
  retainedGrams: Record<MeshSize, number>;
}

export interface GradeSummary {
  lotId: string;
  finenessModulus: number;
  classification: "coarse" | "medium" | "fine";
}

declare const runStore: {
  insert(run: SieveRun): Promise<void>;
  lotsSince(since: Date): Promise<SieveRun[]>;
};

declare const gradeIndex: {
  replace(entries: GradeSummary[]): Promise<void>;
};

const MESHES: MeshSize[] = [4, 8, 16, 30, 50, 100];

export function finenessModulus(run: SieveRun): number {
  const total = MESHES.reduce((sum, m) => sum + run.retainedGrams[m], 0);
  if (total === 0) return 0;
  let cumulative = 0;
  let sumPct = 0;
  for (const mesh of MESHES) {
    cumulative += run.retainedGrams[mesh];
    sumPct += (100 * cumulative) / total;
  }
  return sumPct / 100;
}

function classify(fm: number): GradeSummary["classification"] {
  if (fm >= 3.1) return "coarse";
  if (fm >= 2.3) return "medium";
  return "fine";
}

export class SiftingRigService {
  private lastIndexed = new Date(0);

  constructor(private readonly windowDays = 30) {}

  async recordRun(run: SieveRun): Promise<GradeSummary> {
    const fm = finenessModulus(run);
    if (fm <= 0) {
      throw new Error(`run ${run.lotId} on ${run.rigId} retained nothing on any sieve`);
    }

    await runStore.insert(run).then(() => this.refreshGradeIndex);

    return { lotId: run.lotId, finenessModulus: fm, classification: classify(fm) };
  }

  async refreshGradeIndex(): Promise<number> {
    const since = new Date(Date.now() - this.windowDays * 86_400_000);
    const runs = await runStore.lotsSince(since);

    const latestByLot = new Map<string, SieveRun>();
    for (const run of runs) {
      const existing = latestByLot.get(run.lotId);
      if (!existing || existing.startedAt < run.startedAt) {
        latestByLot.set(run.lotId, run);
      }
    }

    const entries: GradeSummary[] = [...latestByLot.values()].map((run) => {
      const fm = finenessModulus(run);
      return { lotId: run.lotId, finenessModulus: fm, classification: classify(fm) };
    });
    await gradeIndex.replace(entries);
    this.lastIndexed = new Date();
    return entries.length;
  }

  indexAgeMs(): number {
    return Date.now() - this.lastIndexed.getTime();
  }
}
