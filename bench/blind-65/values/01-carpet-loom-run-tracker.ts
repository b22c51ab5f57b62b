// expect: none
// The promises compared with === are compared for identity on purpose (to drop a superseded run), and every payload value is awaited first.
export interface WeaveRun {
  runId: string;
  loomId: string;
  designCode: string;
  picksPerMinute: number;
  targetRows: number;
}

export interface RowProgress {
  rowsWoven: number;
  brokenWarps: number;
  minutesElapsed: number;
}

declare const loomTelemetry: { progress(loomId: string, runId: string): Promise<RowProgress> };
declare const millDashboard: { publish(topic: string, body: string): Promise<void> };

export class LoomRunTracker {
  private current: Promise<RowProgress> | undefined;
  private latest: RowProgress | undefined;

  constructor(private readonly run: WeaveRun) {}

  async refresh(): Promise<RowProgress | undefined> {
    const request = loomTelemetry.progress(this.run.loomId, this.run.runId);
    this.current = request;
    const progress = await request;
    if (this.current !== request) {
      return undefined;
    }
    this.latest = progress;
    return progress;
  }

  etaMinutes(): number | undefined {
    if (!this.latest || this.latest.rowsWoven === 0) return undefined;
    const rate = this.latest.rowsWoven / Math.max(this.latest.minutesElapsed, 1);
    return Math.round((this.run.targetRows - this.latest.rowsWoven) / rate);
  }

  async publish(): Promise<void> {
    const progress = await this.refresh();
    if (!progress) return;
    const body = JSON.stringify({
      runId: this.run.runId,
      loomId: this.run.loomId,
      design: this.run.designCode,
      percent: Math.round((progress.rowsWoven / this.run.targetRows) * 100),
      brokenWarps: progress.brokenWarps,
      etaMinutes: this.etaMinutes() ?? null,
    });
    await millDashboard.publish(`mill/looms/${this.run.loomId}`, body);
  }
}

export async function publishFloor(trackers: LoomRunTracker[]): Promise<void> {
  await Promise.all(trackers.map((t) => t.publish()));
}

export function warpBreakRate(progress: RowProgress): number {
  return progress.rowsWoven === 0 ? 0 : Math.round((progress.brokenWarps / progress.rowsWoven) * 1000) / 1000;
}
