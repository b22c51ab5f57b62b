// expect: none
// The report awaits every reading before it is interpolated, serialised or compared; the only promise in a condition is the shared baseline load checked for existence.
export interface PressureReading {
  segment: string;
  kilometrePost: number;
  inletBar: number;
  outletBar: number;
  takenAt: string;
}

export interface Baseline {
  segment: string;
  expectedDropBar: number;
  revision: number;
}

export interface SegmentFinding {
  segment: string;
  dropBar: number;
  excessBar: number;
  suspectedRestriction: boolean;
}

declare const scada: {
  pressure(segment: string): Promise<PressureReading>;
};
declare const integrityDb: {
  baselines(): Promise<Baseline[]>;
  currentRevision(): Promise<number>;
};
declare const reportInbox: {
  submit(title: string, body: string): Promise<{ reportId: string }>;
};

export class PressureReporter {
  private baselineLoad?: Promise<Map<string, Baseline>>;

  private baselines(): Promise<Map<string, Baseline>> {
    if (!this.baselineLoad) {
      this.baselineLoad = integrityDb.baselines().then(
        (rows) => new Map(rows.map((b) => [b.segment, b])),
        (err: unknown) => {
          this.baselineLoad = undefined;
          throw err;
        },
      );
    }
    return this.baselineLoad;
  }

  async finding(segment: string): Promise<SegmentFinding> {
    const [reading, baselines] = await Promise.all([scada.pressure(segment), this.baselines()]);
    const baseline = baselines.get(segment);
    const dropBar = Math.round((reading.inletBar - reading.outletBar) * 100) / 100;
    const expected = baseline?.expectedDropBar ?? dropBar;
    const excessBar = Math.round((dropBar - expected) * 100) / 100;
    return { segment, dropBar, excessBar, suspectedRestriction: excessBar > 0.4 };
  }

  async report(segments: string[]): Promise<string> {
    const findings = await Promise.all(segments.map((s) => this.finding(s)));
    const baselines = await this.baselines();
    const anyBaseline = baselines.values().next().value as Baseline | undefined;
    const revision = await integrityDb.currentRevision();
    const stale = anyBaseline !== undefined && anyBaseline.revision === revision ? '' : ' (baselines may be stale)';

    const suspects = findings.filter((f) => f.suspectedRestriction);
    const title = `Pressure drop review: ${suspects.length} of ${findings.length} segments flagged${stale}`;
    const body = JSON.stringify({ revision, findings }, null, 2);
    const { reportId } = await reportInbox.submit(title, body);
    return `${reportId}: ${title}`;
  }
}
