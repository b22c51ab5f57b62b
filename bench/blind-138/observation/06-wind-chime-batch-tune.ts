// expect: none
// Every allSettled result is examined: fulfilled entries are collected and rejected entries are logged with their reason and returned to the caller as failures.
export interface ChimeTube {
  tubeId: string;
  note: string;
  targetHz: number;
  lengthMm: number;
}

export interface TuneOutcome {
  tubeId: string;
  measuredHz: number;
  trimmedMm: number;
}

export interface TuningBench {
  strikeAndMeasure(tube: ChimeTube): Promise<number>;
  trim(tubeId: string, mm: number): Promise<void>;
}

export interface BatchReport {
  tuned: TuneOutcome[];
  failed: Array<{ tubeId: string; reason: string }>;
}

function trimFor(tube: ChimeTube, measuredHz: number): number {
  // Frequency of a free-free tube scales with 1/L², so L_new = L * sqrt(f_measured / f_target).
  if (measuredHz >= tube.targetHz) return 0;
  const newLength = tube.lengthMm * Math.sqrt(measuredHz / tube.targetHz);
  return Math.round((tube.lengthMm - newLength) * 10) / 10;
}

export class ChimeTuner {
  constructor(private readonly bench: TuningBench, private readonly log: (line: string) => void = console.warn) {}

  private async tuneOne(tube: ChimeTube): Promise<TuneOutcome> {
    const measuredHz = await this.bench.strikeAndMeasure(tube);
    const trimmedMm = trimFor(tube, measuredHz);
    if (trimmedMm > 0) {
      await this.bench.trim(tube.tubeId, trimmedMm);
    }
    return { tubeId: tube.tubeId, measuredHz, trimmedMm };
  }

  async tuneSet(tubes: ChimeTube[]): Promise<BatchReport> {
    const results = await Promise.allSettled(tubes.map((tube) => this.tuneOne(tube)));

    const report: BatchReport = { tuned: [], failed: [] };
    results.forEach((result, index) => {
      const tube = tubes[index]!;
      if (result.status === 'fulfilled') {
        report.tuned.push(result.value);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        this.log(`tube ${tube.tubeId} (${tube.note}) could not be tuned: ${reason}`);
        report.failed.push({ tubeId: tube.tubeId, reason });
      }
    });
    return report;
  }
}

export function summarize(report: BatchReport): string {
  const trimmed = report.tuned.filter((t) => t.trimmedMm > 0).length;
  return `${report.tuned.length} tuned (${trimmed} trimmed), ${report.failed.length} failed`;
}
