// expect: none
// `tracks.map(this.inspectTrack, this)` calls inspectTrack on each track with the right receiver, so Promise.all gets an array of real promises, not of uncalled function references.
export interface Track {
  id: string;
  lengthM: number;
  lastGauged: string;
}

export interface GaugeReading {
  trackId: string;
  maxDeviationMm: number;
  brokenSleepers: number;
}

export interface GaugeTrolley {
  survey(trackId: string, lengthM: number): Promise<GaugeReading>;
}

export interface InspectionReport {
  trackId: string;
  verdict: 'open' | 'speed-restricted' | 'closed';
  reading: GaugeReading;
}

export class YardInspector {
  private readonly history = new Map<string, InspectionReport[]>();

  constructor(private readonly trolley: GaugeTrolley, private readonly closeAboveMm = 25) {}

  async inspectTrack(track: Track): Promise<InspectionReport> {
    const reading = await this.trolley.survey(track.id, track.lengthM);
    const verdict =
      reading.maxDeviationMm > this.closeAboveMm || reading.brokenSleepers > 3
        ? 'closed'
        : reading.maxDeviationMm > this.closeAboveMm / 2 || reading.brokenSleepers > 0
          ? 'speed-restricted'
          : 'open';
    const report: InspectionReport = { trackId: track.id, verdict, reading };
    this.history.set(track.id, [...(this.history.get(track.id) ?? []), report]);
    return report;
  }

  async inspectYard(tracks: Track[], dueBefore: string): Promise<InspectionReport[]> {
    const due = tracks.filter((t) => t.lastGauged < dueBefore);
    const reports = await Promise.all(due.map(this.inspectTrack, this));
    return reports.sort((a, b) => a.verdict.localeCompare(b.verdict) || a.trackId.localeCompare(b.trackId));
  }

  closedTracks(): string[] {
    return [...this.history]
      .filter(([, reports]) => reports.at(-1)?.verdict === 'closed')
      .map(([trackId]) => trackId);
  }
}
