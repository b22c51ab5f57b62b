// expect: no-promise-as-value
// The published QC event nests the un-awaited tensiometer.profile() promise as tensionProfile, which JSON-serialises to {} so downstream grading sees no tension data.
export interface Defect {
  kind: 'skipped-pick' | 'slub' | 'dye-streak' | 'hole';
  panel: number;
  mm: number;
}

export interface TensionProfile {
  canopyId: string;
  ribNewtons: number[];
  maxDeviationPct: number;
}

export interface CanopyInspection {
  canopyId: string;
  loomId: string;
  defects: Defect[];
  grade: 'A' | 'B' | 'seconds';
}

declare const visionStation: {
  scan(canopyId: string): Promise<Defect[]>;
};

declare const tensiometer: {
  profile(canopyId: string): Promise<TensionProfile>;
};

declare const qcBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

function gradeFor(defects: readonly Defect[]): CanopyInspection['grade'] {
  if (defects.some((d) => d.kind === 'hole')) return 'seconds';
  const streakMm = defects.filter((d) => d.kind === 'dye-streak').reduce((sum, d) => sum + d.mm, 0);
  if (streakMm > 40 || defects.length > 6) return 'seconds';
  return defects.length > 2 ? 'B' : 'A';
}

export class CanopyQcStation {
  private inspected = 0;
  private seconds = 0;

  constructor(private readonly loomId: string) {}

  async inspect(canopyId: string): Promise<CanopyInspection> {
    const defects = await visionStation.scan(canopyId);
    const grade = gradeFor(defects);
    this.inspected++;
    if (grade === 'seconds') this.seconds++;

    await qcBus.publish('canopy.inspected', {
      canopyId,
      loomId: this.loomId,
      grade,
      defects,
      tensionProfile: tensiometer.profile(canopyId),
      inspectedAt: new Date().toISOString(),
    });

    return { canopyId, loomId: this.loomId, defects, grade };
  }

  async inspectRoll(canopyIds: readonly string[]): Promise<Record<CanopyInspection['grade'], number>> {
    const counts: Record<CanopyInspection['grade'], number> = { A: 0, B: 0, seconds: 0 };
    for (const id of canopyIds) {
      const result = await this.inspect(id);
      counts[result.grade]++;
    }
    return counts;
  }

  secondsRate(): number {
    return this.inspected === 0 ? 0 : this.seconds / this.inspected;
  }
}
