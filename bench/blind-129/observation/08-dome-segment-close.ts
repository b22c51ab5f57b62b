// expect: none
// Each segment's close promise gets its fulfilment and rejection handlers attached in the same map call that starts it, so awaiting them one by one afterwards cannot leave a rejection unobserved.
export type SegmentId = 'north' | 'east' | 'south' | 'west' | 'zenith';

export interface SegmentDriver {
  close(segment: SegmentId): Promise<{ segment: SegmentId; seconds: number }>;
  limitSwitch(segment: SegmentId): Promise<boolean>;
}

export interface WeatherAlert {
  kind: 'rain' | 'wind' | 'dew';
  severity: number;
}

type CloseOutcome =
  | { segment: SegmentId; ok: true; seconds: number }
  | { segment: SegmentId; ok: false; error: string };

const CLOSE_ORDER: SegmentId[] = ['zenith', 'north', 'south', 'east', 'west'];

export class DomeEmergencyCloser {
  constructor(
    private readonly driver: SegmentDriver,
    private readonly onProgress: (line: string) => void = () => {},
  ) {}

  async closeAll(alert: WeatherAlert): Promise<CloseOutcome[]> {
    this.onProgress(`closing dome for ${alert.kind} (severity ${alert.severity})`);

    const pending = CLOSE_ORDER.map((segment) =>
      this.driver.close(segment).then(
        (r): CloseOutcome => ({ segment, ok: true, seconds: r.seconds }),
        (err: unknown): CloseOutcome => ({
          segment,
          ok: false,
          error: err instanceof Error ? err.message : String(err),
        }),
      ),
    );

    const outcomes: CloseOutcome[] = [];
    for (const p of pending) {
      const outcome = await p;
      this.onProgress(
        outcome.ok ? `${outcome.segment} closed in ${outcome.seconds}s` : `${outcome.segment} FAILED: ${outcome.error}`,
      );
      outcomes.push(outcome);
    }
    return outcomes;
  }

  async verifySealed(): Promise<SegmentId[]> {
    const open: SegmentId[] = [];
    for (const segment of CLOSE_ORDER) {
      if (!(await this.driver.limitSwitch(segment))) open.push(segment);
    }
    return open;
  }
}
