// expect: none
// Methods are passed uncalled only where callbacks are expected (an emitter listener, Array.map, a sort comparator); every async call is awaited.
import { EventEmitter } from 'node:events';

export interface BeamBreak {
  lane: number;
  gate: 'start' | '250m' | 'finish';
  atMs: number;
}

export interface LaneResult {
  lane: number;
  crew: string;
  splitMs: number | null;
  finishMs: number | null;
  place: number | null;
}

declare const regattaApi: {
  heatLineup(heatId: string): Promise<Array<{ lane: number; crew: string }>>;
  postResults(heatId: string, results: LaneResult[]): Promise<void>;
};

export class HeatTimer {
  private startAt: number | null = null;
  private readonly splits = new Map<number, number>();
  private readonly finishes = new Map<number, number>();
  private readonly handleBreak: (b: BeamBreak) => void;

  constructor(private readonly beams: EventEmitter, private readonly lanes: number) {
    this.handleBreak = this.onBeamBreak.bind(this);
    beams.on('break', this.handleBreak);
  }

  private onBeamBreak(b: BeamBreak): void {
    if (b.lane < 1 || b.lane > this.lanes) return;
    if (b.gate === 'start') {
      this.startAt ??= b.atMs;
      return;
    }
    if (this.startAt === null) return;
    const elapsed = b.atMs - this.startAt;
    // the drum and the flag both break the beam; keep the first crossing
    const target = b.gate === '250m' ? this.splits : this.finishes;
    if (!target.has(b.lane)) target.set(b.lane, elapsed);
  }

  formatMs(ms: number | null): string {
    if (ms === null) return 'DNF';
    const minutes = Math.floor(ms / 60_000);
    const seconds = ((ms % 60_000) / 1000).toFixed(2).padStart(5, '0');
    return `${minutes}:${seconds}`;
  }

  get formatter(): (ms: number | null) => string {
    return this.formatMs.bind(this);
  }

  private static byFinish(a: LaneResult, b: LaneResult): number {
    return (a.finishMs ?? Infinity) - (b.finishMs ?? Infinity);
  }

  results(lineup: Array<{ lane: number; crew: string }>): LaneResult[] {
    const rows: LaneResult[] = lineup.map(({ lane, crew }) => ({
      lane,
      crew,
      splitMs: this.splits.get(lane) ?? null,
      finishMs: this.finishes.get(lane) ?? null,
      place: null,
    }));
    rows.sort(HeatTimer.byFinish);
    rows.forEach((row, i) => {
      row.place = row.finishMs === null ? null : i + 1;
    });
    return rows;
  }

  detach(): void {
    this.beams.off('break', this.handleBreak);
  }
}

export async function closeHeat(heatId: string, timer: HeatTimer): Promise<string[]> {
  const lineup = await regattaApi.heatLineup(heatId);
  const results = timer.results(lineup);
  timer.detach();
  await regattaApi.postResults(heatId, results);
  const format = timer.formatter;
  return results.map((r) => `${r.place ?? '-'} ${r.crew} ${format(r.finishMs)}`);
}
