// expect: no-unchecked-settled-results
// allSettled results are cast straight to fulfilled and their .value read, so a failed station turns into undefined instead of being reported.
export interface Station {
  stationId: string;
  kilometrePost: number;
  hasGeophone: boolean;
}

export interface Passage {
  stationId: string;
  kilometrePost: number;
  detectedAt: Date;
  signalDb: number;
}

export interface PigRun {
  runId: string;
  pigType: 'cleaning' | 'gauging' | 'intelligent';
  launchedAt: Date;
  expectedSpeedMps: number;
}

export interface RunProgress {
  runId: string;
  lastPassage?: Passage;
  averageSpeedMps?: number;
  stalledBetween?: [string, string];
}

declare const telemetryGateway: {
  passage(runId: string, stationId: string): Promise<Passage | null>;
};
declare const controlRoom: {
  publish(progress: RunProgress): Promise<void>;
};

function speedBetween(a: Passage, b: Passage): number {
  const metres = (b.kilometrePost - a.kilometrePost) * 1000;
  const seconds = (b.detectedAt.getTime() - a.detectedAt.getTime()) / 1000;
  return seconds > 0 ? metres / seconds : 0;
}

export class PigTracker {
  constructor(private readonly stations: Station[]) {}

  private orderedStations(): Station[] {
    return this.stations.filter((s) => s.hasGeophone).sort((a, b) => a.kilometrePost - b.kilometrePost);
  }

  async progress(run: PigRun, now = new Date()): Promise<RunProgress> {
    const stations = this.orderedStations();
    const settled = await Promise.allSettled(stations.map((s) => telemetryGateway.passage(run.runId, s.stationId)));
    const readings = settled.map((r) => (r as PromiseFulfilledResult<Passage | null>).value);
    const passages = readings.filter((p): p is Passage => p !== null);

    const progress: RunProgress = { runId: run.runId };
    if (passages.length === 0) return progress;

    progress.lastPassage = passages[passages.length - 1];
    if (passages.length > 1) {
      const speeds = passages.slice(1).map((p, i) => speedBetween(passages[i], p));
      progress.averageSpeedMps = speeds.reduce((a, b) => a + b, 0) / speeds.length;
    }

    const lastIndex = stations.findIndex((s) => s.stationId === progress.lastPassage?.stationId);
    const next = stations[lastIndex + 1];
    if (next && progress.lastPassage) {
      const gapKm = next.kilometrePost - progress.lastPassage.kilometrePost;
      const expectedSeconds = (gapKm * 1000) / run.expectedSpeedMps;
      const elapsed = (now.getTime() - progress.lastPassage.detectedAt.getTime()) / 1000;
      if (elapsed > expectedSeconds * 3) progress.stalledBetween = [progress.lastPassage.stationId, next.stationId];
    }
    return progress;
  }

  async publishProgress(runs: PigRun[]): Promise<RunProgress[]> {
    const results: RunProgress[] = [];
    for (const run of runs) {
      const progress = await this.progress(run);
      await controlRoom.publish(progress);
      results.push(progress);
    }
    return results;
  }
}
