// expect: no-swallowed-abort
// fetchFinishSheet retries every failure, including an abort from the caller's signal, and finally reports it as a generic "feed unreachable" error.
import { EventEmitter } from 'node:events';

export interface FinishRecord {
  sailNumber: string;
  boatClass: string;
  finishTime: string;
  elapsedSeconds: number;
  status: 'FIN' | 'DNF' | 'DSQ' | 'OCS';
}

export interface CorrectedResult extends FinishRecord {
  rating: number;
  correctedSeconds: number;
  place: number;
}

export interface ResultsFeedOptions {
  feedUrl: string;
  raceId: string;
  signal: AbortSignal;
  attempts?: number;
}

async function fetchFinishSheet(opts: ResultsFeedOptions): Promise<FinishRecord[]> {
  const attempts = opts.attempts ?? 3;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${opts.feedUrl}/races/${encodeURIComponent(opts.raceId)}/finishes`, {
        signal: AbortSignal.any([opts.signal, AbortSignal.timeout(4000)]),
      });
      if (!res.ok) throw new Error(`finish feed responded ${res.status}`);
      return (await res.json()) as FinishRecord[];
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`Results feed unreachable for race ${opts.raceId} after ${attempts} attempts`, {
    cause: lastError,
  });
}

export class RaceCommitteeBoard extends EventEmitter {
  constructor(private readonly ratings: ReadonlyMap<string, number>) {
    super();
  }

  async publish(opts: ResultsFeedOptions): Promise<CorrectedResult[]> {
    const finishes = await fetchFinishSheet(opts);
    const scored = finishes
      .filter((f) => f.status === 'FIN')
      .map((f) => {
        const rating = this.ratings.get(f.sailNumber);
        if (rating === undefined) {
          this.emit('unrated', f.sailNumber);
        }
        const r = rating ?? 1;
        return { ...f, rating: r, correctedSeconds: Math.round(f.elapsedSeconds * r), place: 0 };
      })
      .sort((a, b) => a.correctedSeconds - b.correctedSeconds)
      .map((f, i) => ({ ...f, place: i + 1 }));

    // DNF/DSQ/OCS boats score one place behind the last finisher (RRS A5.2).
    const penalised = finishes
      .filter((f) => f.status !== 'FIN')
      .map((f) => ({ ...f, rating: this.ratings.get(f.sailNumber) ?? 1, correctedSeconds: Infinity, place: scored.length + 1 }));

    const results = [...scored, ...penalised];
    this.emit('published', opts.raceId, results.length);
    return results;
  }
}
