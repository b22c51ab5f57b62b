// expect: none
// Async handlers are passed as event/timer callbacks on purpose, and the shutdown Promise.all calls both flush methods rather than listing them.
import { EventEmitter } from 'node:events';

export interface Crossing {
  riderBib: number;
  loopId: 'finish' | 'pursuit-a' | 'pursuit-b';
  timestampMs: number;
}

export interface Standing {
  bib: number;
  laps: number;
  bestLapMs: number;
}

declare const resultsBoard: {
  publish(eventName: string, standings: Standing[]): Promise<void>;
};
declare const splitArchive: {
  append(eventName: string, splits: Crossing[]): Promise<void>;
};

type Scorer = (standings: Map<number, Standing>) => Standing[];

const byLapsThenBest: Scorer = (s) =>
  [...s.values()].sort((a, b) => b.laps - a.laps || a.bestLapMs - b.bestLapMs);
const byBestLap: Scorer = (s) => [...s.values()].sort((a, b) => a.bestLapMs - b.bestLapMs);

export function scorerFor(format: 'scratch' | 'flying-lap'): Scorer {
  return format === 'flying-lap' ? byBestLap : byLapsThenBest;
}

export class RaceTimer {
  private standings = new Map<number, Standing>();
  private lastFinish = new Map<number, number>();
  private unsavedSplits: Crossing[] = [];
  private ticker?: NodeJS.Timeout;

  constructor(
    private readonly eventName: string,
    private readonly transponders: EventEmitter,
    private readonly score: Scorer,
  ) {}

  start(): void {
    this.transponders.on('crossing', this.onCrossing);
    this.ticker = setInterval(this.publishStandings, 1000);
  }

  private onCrossing = async (c: Crossing): Promise<void> => {
    this.unsavedSplits.push(c);
    if (c.loopId !== 'finish') return;
    const previous = this.lastFinish.get(c.riderBib);
    this.lastFinish.set(c.riderBib, c.timestampMs);
    const entry = this.standings.get(c.riderBib) ?? { bib: c.riderBib, laps: 0, bestLapMs: Infinity };
    if (previous !== undefined) {
      entry.laps += 1;
      entry.bestLapMs = Math.min(entry.bestLapMs, c.timestampMs - previous);
    }
    this.standings.set(c.riderBib, entry);
    if (this.unsavedSplits.length >= 200) await this.flushSplits();
  };

  private publishStandings = async (): Promise<void> => {
    await resultsBoard.publish(this.eventName, this.score(this.standings));
  };

  private async flushSplits(): Promise<void> {
    const batch = this.unsavedSplits.splice(0);
    if (batch.length) await splitArchive.append(this.eventName, batch);
  }

  async stop(): Promise<Standing[]> {
    this.transponders.off('crossing', this.onCrossing);
    clearInterval(this.ticker);
    await Promise.all([this.flushSplits(), this.publishStandings()]);
    return this.score(this.standings);
  }
}
