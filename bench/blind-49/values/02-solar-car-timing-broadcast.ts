// expect: no-promise-as-value
// The lap broadcast nests this.standings(), an async method, in the JSON payload, so spectators receive "standings": {} instead of the table.
export interface LapCrossing {
  carNumber: number;
  team: string;
  lap: number;
  crossedAt: number;
  stateOfChargePercent: number;
}

export interface StandingRow {
  position: number;
  carNumber: number;
  team: string;
  laps: number;
  gapSeconds: number;
}

interface Socketish {
  readyState: number;
  send(data: string): void;
}

declare const penaltyDesk: {
  secondsFor(carNumber: number): Promise<number>;
};

export class TimingTower {
  private readonly crossings = new Map<number, LapCrossing[]>();
  private readonly clients = new Set<Socketish>();

  subscribe(client: Socketish): () => void {
    this.clients.add(client);
    return () => this.clients.delete(client);
  }

  async standings(): Promise<StandingRow[]> {
    const rows = await Promise.all(
      [...this.crossings.entries()].map(async ([carNumber, laps]) => {
        const last = laps[laps.length - 1];
        const penalty = await penaltyDesk.secondsFor(carNumber);
        return { carNumber, team: last.team, laps: laps.length, at: last.crossedAt / 1000 + penalty };
      }),
    );
    rows.sort((a, b) => b.laps - a.laps || a.at - b.at);
    const leader = rows[0];
    return rows.map((r, i) => ({
      position: i + 1,
      carNumber: r.carNumber,
      team: r.team,
      laps: r.laps,
      gapSeconds: leader && r.laps === leader.laps ? Number((r.at - leader.at).toFixed(1)) : Number.NaN,
    }));
  }

  record(crossing: LapCrossing): void {
    const laps = this.crossings.get(crossing.carNumber) ?? [];
    const previous = laps[laps.length - 1];
    if (previous && crossing.crossedAt - previous.crossedAt < 60_000) {
      return;
    }
    laps.push(crossing);
    this.crossings.set(crossing.carNumber, laps);
  }

  broadcastLap(crossing: LapCrossing): number {
    this.record(crossing);
    const payload = JSON.stringify({
      type: 'lap',
      car: crossing.carNumber,
      team: crossing.team,
      lap: crossing.lap,
      soc: crossing.stateOfChargePercent,
      standings: this.standings(),
    });
    let delivered = 0;
    for (const client of this.clients) {
      if (client.readyState === 1) {
        client.send(payload);
        delivered++;
      }
    }
    return delivered;
  }
}
