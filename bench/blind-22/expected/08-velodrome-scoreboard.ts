// expect: no-uncalled-async-function
// The 'standings' branch of frameFor returns the method reference this.computeStandings instead of calling it, so the scoreboard gets a function that JSON.stringify drops.
import { EventEmitter } from 'node:events';

export interface LapCrossing {
  rider: number;
  lap: number;
  atMs: number;
}

interface Standing {
  rider: number;
  laps: number;
  bestLapMs: number;
  points: number;
}

declare const timingLoop: EventEmitter;
declare const scoreboard: {
  publish(topic: string, body: string): Promise<void>;
};
declare const riderRegistry: {
  pointsFor(rider: number): Promise<number>;
};

type FrameKind = 'last-lap' | 'standings' | 'laps-to-go';

export class PointsRaceBoard {
  private crossings: LapCrossing[] = [];

  constructor(private readonly totalLaps: number) {
    timingLoop.on('crossing', (c: LapCrossing) => {
      this.crossings.push(c);
      void this.refresh(['last-lap', 'laps-to-go']);
    });
  }

  private async computeStandings(): Promise<Standing[]> {
    const byRider = new Map<number, LapCrossing[]>();
    for (const c of this.crossings) {
      const list = byRider.get(c.rider) ?? [];
      list.push(c);
      byRider.set(c.rider, list);
    }
    const rows = await Promise.all(
      [...byRider.entries()].map(async ([rider, laps]) => {
        let best = Infinity;
        for (let i = 1; i < laps.length; i++) best = Math.min(best, laps[i].atMs - laps[i - 1].atMs);
        return { rider, laps: laps.length, bestLapMs: best, points: await riderRegistry.pointsFor(rider) };
      }),
    );
    return rows.sort((a, b) => b.points - a.points || b.laps - a.laps);
  }

  private leadLap(): number {
    return this.crossings.reduce((max, c) => Math.max(max, c.lap), 0);
  }

  private async frameFor(kind: FrameKind) {
    switch (kind) {
      case 'last-lap':
        return this.crossings[this.crossings.length - 1] ?? null;
      case 'standings':
        return this.computeStandings;
      case 'laps-to-go':
        return { remaining: Math.max(0, this.totalLaps - this.leadLap()) };
    }
  }

  async refresh(kinds: FrameKind[]): Promise<void> {
    await Promise.all(
      kinds.map(async (kind) => {
        const frame = await this.frameFor(kind);
        await scoreboard.publish(`velodrome/${kind}`, JSON.stringify({ kind, frame }));
      }),
    );
  }

  async sprintLap(): Promise<void> {
    // points are awarded every tenth lap; push the table straight after
    await this.refresh(['standings', 'laps-to-go']);
  }
}
