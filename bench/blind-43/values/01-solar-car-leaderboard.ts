// expect: no-promise-as-value
// The broadcast payload nests the cached state-of-charge promise itself (leaderSoc) instead of its awaited number, so it serialises as {}.
export interface LapTiming {
  carId: string;
  team: string;
  lap: number;
  lapSeconds: number;
  crossedAt: number;
}

export interface Standing {
  carId: string;
  team: string;
  laps: number;
  totalSeconds: number;
  gapSeconds: number;
}

declare const bms: {
  stateOfCharge(carId: string): Promise<number>;
};
declare const pitRadio: {
  broadcast(channel: string, payload: Record<string, unknown>): Promise<void>;
};

export function computeStandings(timings: LapTiming[]): Standing[] {
  const byCar = new Map<string, { team: string; laps: number; totalSeconds: number }>();
  for (const t of timings) {
    const entry = byCar.get(t.carId) ?? { team: t.team, laps: 0, totalSeconds: 0 };
    entry.laps = Math.max(entry.laps, t.lap);
    entry.totalSeconds += t.lapSeconds;
    byCar.set(t.carId, entry);
  }
  const rows = [...byCar.entries()]
    .map(([carId, e]) => ({ carId, team: e.team, laps: e.laps, totalSeconds: e.totalSeconds, gapSeconds: 0 }))
    .sort((a, b) => b.laps - a.laps || a.totalSeconds - b.totalSeconds);
  const leader = rows[0];
  for (const row of rows) {
    row.gapSeconds = leader && row.laps === leader.laps ? Math.round((row.totalSeconds - leader.totalSeconds) * 10) / 10 : NaN;
  }
  return rows;
}

export class LeaderboardPublisher {
  private readonly socCache = new Map<string, { at: number; value: Promise<number> }>();
  private readonly timings: LapTiming[] = [];

  constructor(private readonly socMaxAgeMs = 30_000) {}

  private stateOfCharge(carId: string): Promise<number> {
    const cached = this.socCache.get(carId);
    if (cached && Date.now() - cached.at < this.socMaxAgeMs) return cached.value;
    const value = bms.stateOfCharge(carId);
    value.catch(() => this.socCache.delete(carId));
    this.socCache.set(carId, { at: Date.now(), value });
    return value;
  }

  recordLap(timing: LapTiming): void {
    this.timings.push(timing);
  }

  async publish(): Promise<Standing[]> {
    const standings = computeStandings(this.timings);
    const leader = standings[0];
    if (!leader) return standings;

    const chaser = standings[1];
    const chaserSoc = chaser ? await this.stateOfCharge(chaser.carId) : undefined;

    await pitRadio.broadcast('leaderboard', {
      lap: leader.laps,
      leader: leader.carId,
      leaderTeam: leader.team,
      leaderSoc: this.stateOfCharge(leader.carId),
      chaser: chaser?.carId,
      chaserGapSeconds: chaser?.gapSeconds,
      chaserSoc,
      top5: standings.slice(0, 5).map((s) => ({ carId: s.carId, laps: s.laps, gap: s.gapSeconds })),
    });
    return standings;
  }
}
