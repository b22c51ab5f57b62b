// expect: none
// Every allSettled entry is inspected: fulfilled dates are kept and each rejected entry's reason is recorded against its sample and reported back.
export interface PeatSample {
  sampleId: string;
  trench: string;
  depthCm: number;
}

export interface RadiocarbonDate {
  sampleId: string;
  conventionalAgeBp: number;
  errorYears: number;
}

export interface DatingLab {
  submit(sample: PeatSample): Promise<RadiocarbonDate>;
}

export interface ExcavationLog {
  record(entry: { sampleId: string; kind: 'dated' | 'failed'; detail: string }): Promise<void>;
}

export interface BatchOutcome {
  dated: RadiocarbonDate[];
  failed: Array<{ sampleId: string; reason: string }>;
}

export class RadiocarbonBatch {
  constructor(
    private readonly lab: DatingLab,
    private readonly log: ExcavationLog,
  ) {}

  async submitTrench(samples: PeatSample[]): Promise<BatchOutcome> {
    const ordered = [...samples].sort((a, b) => a.depthCm - b.depthCm);
    const results = await Promise.allSettled(ordered.map((s) => this.lab.submit(s)));

    const outcome: BatchOutcome = { dated: [], failed: [] };
    results.forEach((result, i) => {
      const sample = ordered[i];
      if (result.status === 'fulfilled') {
        outcome.dated.push(result.value);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        outcome.failed.push({ sampleId: sample.sampleId, reason });
      }
    });

    for (const d of outcome.dated) {
      await this.log.record({ sampleId: d.sampleId, kind: 'dated', detail: `${d.conventionalAgeBp}±${d.errorYears} BP` });
    }
    for (const f of outcome.failed) {
      await this.log.record({ sampleId: f.sampleId, kind: 'failed', detail: f.reason });
    }

    return outcome;
  }

  hasStratigraphicInversion(dates: RadiocarbonDate[], depthOf: (id: string) => number): boolean {
    const sorted = [...dates].sort((a, b) => depthOf(a.sampleId) - depthOf(b.sampleId));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].conventionalAgeBp + sorted[i].errorYears < sorted[i - 1].conventionalAgeBp - sorted[i - 1].errorYears) {
        return true;
      }
    }
    return false;
  }
}
