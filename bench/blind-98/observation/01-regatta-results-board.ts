// expect: no-floating-promises
// The 'finish' listener is async and EventEmitter ignores the promise it returns, so a failed results-store write becomes an unhandled rejection that crashes the timing process mid-race.
import { EventEmitter } from 'node:events';

export interface Crossing {
  raceId: string;
  sailNumber: string;
  crossedAt: number;
}

export interface Standing {
  sailNumber: string;
  elapsedMs: number;
  correctedMs: number;
  place: number;
}

export interface ResultsStore {
  saveStanding(raceId: string, standing: Standing): Promise<void>;
  handicapFor(sailNumber: string): Promise<number>;
}

export interface BoardDisplay {
  render(raceId: string, standings: readonly Standing[]): void;
}

export class ResultsBoard {
  private readonly standings = new Map<string, Standing[]>();
  private readonly starts = new Map<string, number>();

  constructor(
    private readonly buoy: EventEmitter,
    private readonly store: ResultsStore,
    private readonly display: BoardDisplay,
  ) {}

  attach(): void {
    this.buoy.on('start', (raceId: string, at: number) => {
      this.starts.set(raceId, at);
      this.standings.set(raceId, []);
    });

    this.buoy.on('finish', async (crossing: Crossing) => {
      const startedAt = this.starts.get(crossing.raceId);
      if (startedAt === undefined) return;

      const rating = await this.store.handicapFor(crossing.sailNumber);
      const elapsedMs = crossing.crossedAt - startedAt;
      const list = this.standings.get(crossing.raceId) ?? [];
      const standing: Standing = {
        sailNumber: crossing.sailNumber,
        elapsedMs,
        correctedMs: Math.round(elapsedMs * rating),
        place: 0,
      };
      list.push(standing);
      list.sort((a, b) => a.correctedMs - b.correctedMs).forEach((s, i) => {
        s.place = i + 1;
      });
      this.standings.set(crossing.raceId, list);

      await this.store.saveStanding(crossing.raceId, standing);
      this.display.render(crossing.raceId, list);
    });
  }

  detach(): void {
    this.buoy.removeAllListeners('start');
    this.buoy.removeAllListeners('finish');
  }
}
