// expect: no-floating-promises
// On a new track record, recordRun() calls the async leaderboard.invalidate() as a bare statement, so its rejection is dropped and the stale board can race the announcement.
export interface RunTiming {
  runId: string;
  trackId: string;
  crew: string[];
  sledClass: "two-man" | "four-man" | "monobob";
  startMs: number;
  finishMs: number;
  iceTempC: number;
}

declare const runStore: {
  saveRun(run: RunTiming): Promise<void>;
  bestTimes(trackId: string): Promise<Array<{ sledClass: RunTiming["sledClass"]; finishMs: number }>>;
};

declare const leaderboard: {
  invalidate(trackId: string): Promise<void>;
};

declare const announcer: {
  announceRecord(run: RunTiming, previousMs: number | undefined): Promise<void>;
};

export class TrackRecords {
  private readonly records = new Map<string, number>();
  private loaded = new Set<string>();

  private key(trackId: string, sledClass: RunTiming["sledClass"]): string {
    return `${trackId}:${sledClass}`;
  }

  private async ensureLoaded(trackId: string): Promise<void> {
    if (this.loaded.has(trackId)) return;
    const best = await runStore.bestTimes(trackId);
    for (const b of best) this.records.set(this.key(trackId, b.sledClass), b.finishMs);
    this.loaded.add(trackId);
  }

  async recordRun(run: RunTiming): Promise<boolean> {
    if (run.finishMs <= run.startMs) throw new Error(`run ${run.runId} finished before it started`);
    await this.ensureLoaded(run.trackId);
    await runStore.saveRun(run);

    const k = this.key(run.trackId, run.sledClass);
    const previous = this.records.get(k);
    const elapsed = run.finishMs - run.startMs;
    if (previous !== undefined && elapsed >= previous) return false;

    this.records.set(k, elapsed);
    leaderboard.invalidate(run.trackId);
    await announcer.announceRecord(run, previous);
    return true;
  }

  iceAdjusted(run: RunTiming): number {
    // colder ice is faster; normalise to -7 °C for cross-day comparisons
    const elapsed = run.finishMs - run.startMs;
    return Math.round(elapsed * (1 + (run.iceTempC + 7) * 0.002));
  }
}
