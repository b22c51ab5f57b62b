// expect: none
// Re-awaiting the single-flight timetable promise is intended (one load shared by all callers), and a failed load is evicted so the next call starts afresh.
export interface TimetableEntry {
  tripId: string;
  line: string;
  platform: string;
  scheduledDeparture: number;
}

export interface TrainPosition {
  trainId: string;
  tripId: string;
  line: string;
  platform: string;
  departedAt: number | null;
}

export interface HeadwayAlert {
  line: string;
  platform: string;
  gapSeconds: number;
  scheduledGapSeconds: number;
}

declare const scheduleService: {
  timetableFor(serviceDay: string): Promise<TimetableEntry[]>;
};

declare const trackCircuits: {
  departures(line: string, sinceMs: number): Promise<TrainPosition[]>;
};

const GAP_TOLERANCE = 1.5;

export class HeadwayMonitor {
  private timetableLoad: Promise<Map<string, TimetableEntry>> | undefined;
  private loadedFor = '';

  private timetable(serviceDay: string): Promise<Map<string, TimetableEntry>> {
    if (this.loadedFor !== serviceDay) {
      this.timetableLoad = undefined;
      this.loadedFor = serviceDay;
    }
    this.timetableLoad ??= scheduleService.timetableFor(serviceDay).then(
      (entries) => new Map(entries.map((e) => [e.tripId, e])),
      (err: unknown) => {
        this.timetableLoad = undefined;
        throw err;
      },
    );
    return this.timetableLoad;
  }

  async check(serviceDay: string, lines: string[], windowMs: number, now = Date.now()): Promise<HeadwayAlert[]> {
    const alerts: HeadwayAlert[] = [];
    for (const line of lines) {
      const byTrip = await this.timetable(serviceDay);
      const departures = (await trackCircuits.departures(line, now - windowMs))
        .filter((p): p is TrainPosition & { departedAt: number } => p.departedAt !== null)
        .sort((a, b) => a.departedAt - b.departedAt);

      for (let i = 1; i < departures.length; i++) {
        const prev = departures[i - 1];
        const cur = departures[i];
        if (prev.platform !== cur.platform) continue;
        const scheduledPrev = byTrip.get(prev.tripId)?.scheduledDeparture;
        const scheduledCur = byTrip.get(cur.tripId)?.scheduledDeparture;
        if (scheduledPrev === undefined || scheduledCur === undefined) continue;
        const gapSeconds = (cur.departedAt - prev.departedAt) / 1000;
        const scheduledGapSeconds = (scheduledCur - scheduledPrev) / 1000;
        if (scheduledGapSeconds > 0 && gapSeconds > scheduledGapSeconds * GAP_TOLERANCE) {
          alerts.push({ line, platform: cur.platform, gapSeconds, scheduledGapSeconds });
        }
      }
    }
    return alerts;
  }
}
