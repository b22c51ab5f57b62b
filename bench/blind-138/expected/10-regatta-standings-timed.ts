// expect: no-uncalled-async-function
// recompute passes this.recalculateStandings to timed() without calling it; timed() accepts a value or a promise, so it awaits the function object itself and the standings are never recalculated.
import { performance } from 'node:perf_hooks';

export interface Finish {
  race: number;
  sailNumber: string;
  place: number | null;
  penalty?: 'DSQ' | 'DNF' | 'OCS' | 'ZFP';
}

export interface ResultsDb {
  finishes(regattaId: string): Promise<Finish[]>;
  saveStandings(regattaId: string, rows: Array<{ sailNumber: string; net: number }>): Promise<void>;
}

export interface Publisher {
  publish(regattaId: string, html: string): Promise<void>;
}

export class SeriesScorer {
  readonly timings = new Map<string, number>();
  private standings: Array<{ sailNumber: string; net: number }> = [];

  constructor(
    private readonly db: ResultsDb,
    private readonly publisher: Publisher,
    private readonly regattaId: string,
    private readonly fleetSize: number,
    private readonly discards = 1,
  ) {}

  private async timed<T>(label: string, work: T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work;
    } finally {
      this.timings.set(label, Math.round(performance.now() - started));
    }
  }

  async recalculateStandings(): Promise<void> {
    const finishes = await this.db.finishes(this.regattaId);
    const byBoat = new Map<string, number[]>();
    for (const f of finishes) {
      let points = f.place ?? this.fleetSize + 1;
      if (f.penalty === 'ZFP') points = Math.round(points * 1.2);
      else if (f.penalty) points = this.fleetSize + 1;
      byBoat.set(f.sailNumber, [...(byBoat.get(f.sailNumber) ?? []), points]);
    }
    this.standings = [...byBoat]
      .map(([sailNumber, scores]) => {
        const kept = [...scores].sort((a, b) => a - b).slice(0, Math.max(1, scores.length - this.discards));
        return { sailNumber, net: kept.reduce((a, b) => a + b, 0) };
      })
      .sort((a, b) => a.net - b.net);
    await this.db.saveStandings(this.regattaId, this.standings);
  }

  private render(): string {
    const rows = this.standings
      .map((s, i) => `<tr><td>${i + 1}</td><td>${s.sailNumber}</td><td>${s.net}</td></tr>`)
      .join('');
    return `<table><thead><tr><th>Pos</th><th>Sail</th><th>Net</th></tr></thead><tbody>${rows}</tbody></table>`;
  }

  async recompute(): Promise<Map<string, number>> {
    await this.timed('standings', this.recalculateStandings);
    await this.timed('publish', this.publisher.publish(this.regattaId, this.render()));
    return this.timings;
  }
}
